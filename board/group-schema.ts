// The schemas of group.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { GROUP_KINDS_OF } from './group.ts';
import { scheduleSchema } from './schedule-schema.ts';
import { says, type Thing } from './sentences.ts';
import { NAME_MAX, SHORT_MAX, TITLE_MAX } from './text.ts';
import { optionalName, optionalText, requiredText } from './text-schema.ts';
import { TIME_PATTERN } from './time.ts';

const endsAfterStart = { message: says('groupEndAfterStart'), path: ['end'] };

const clock = (what: Thing) => z.string().check(z.regex(TIME_PATTERN, says('giveTime', { what })));
export const groupSchema = z
  .strictObject({
    title: requiredText('groupName', TITLE_MAX),
    schedule: scheduleSchema,
    start: clock('startTime'),
    end: clock('endTime'),
    place: optionalText('place', SHORT_MAX),
    leader: optionalName('leader', NAME_MAX),
    /** Group, outing or the house meeting; left out, a group. */
    kind: z.optional(z.enum(GROUP_KINDS_OF)),
    /**
     * The leader chose to have their name in the house's calendar feed (people's own calendar
     * apps); left out, the feed names no one.
     */
    leaderInFeed: z.optional(z.boolean()),
    note: optionalText('note', 280),
    removedAt: z.optional(z.int().check(z.nonnegative())),
  })
  .check(z.refine((g) => g.end > g.start, endsAfterStart));

export type Group = z.infer<typeof groupSchema>;

/** One day's meeting of a group: cancelled or moved. */
export const groupDaySchema = z.strictObject({
  cancelled: z.optional(z.boolean()),
  start: z.optional(clock('newStartTime')),
  end: z.optional(clock('newEndTime')),
  place: optionalText('place', SHORT_MAX),
});

/** "I'm coming": one record per person and day, so people saying so at once all count. */
export const groupComingSchema = z.strictObject({
  at: z.int().check(z.nonnegative()),
  /** Not coming after all: clients take a record off softly, never wipe it. */
  removedAt: z.optional(z.int().check(z.nonnegative())),
});

export type GroupDay = z.infer<typeof groupDaySchema>;
