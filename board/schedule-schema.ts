// The schema of when a chore, group or meal happens (schedule.ts says which days that is).
import * as z from 'zod/mini';
import { says } from './sentences.ts';
import { isDay } from './time.ts';

const day = z.string().check(z.refine(isDay, says('pickDate')));

export const scheduleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('once'), day }),
    z.strictObject({ kind: z.literal('daily'), from: z.optional(day) }),
    z.strictObject({
      kind: z.literal('weekdays'),
      weekdays: z
        .array(z.int().check(z.minimum(0), z.maximum(6)))
        .check(z.minLength(1, says('pickWeekday')), z.maxLength(7)),
      from: z.optional(day),
    }),
    z.strictObject({
      kind: z.literal('every'),
      days: z.int().check(z.minimum(1, says('everyAtLeast')), z.maximum(365, says('everyAtMost'))),
      from: day,
    }),
  ],
  { error: says('chooseWhen') },
);

export type Schedule = z.infer<typeof scheduleSchema>;
