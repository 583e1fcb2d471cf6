// The schemas of chore.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { PERSON_ID_PATTERN } from './ids.ts';
import { scheduleSchema } from './schedule-schema.ts';
import { says } from './sentences.ts';
import { SHORT_MAX, TITLE_MAX } from './text.ts';
import { optionalText, requiredText } from './text-schema.ts';

const personId = z.string().check(z.regex(PERSON_ID_PATTERN, says('personGone')));

export const choreSchema = z.strictObject({
  title: requiredText('chore', TITLE_MAX),
  area: optionalText('area', SHORT_MAX),
  schedule: scheduleSchema,
  /** People who volunteered to take turns; empty or absent means anyone. */
  rotation: z.optional(z.array(personId).check(z.maxLength(30, says('rotationMax')))),
  createdAt: z.int().check(z.nonnegative()),
  removedAt: z.optional(z.int().check(z.nonnegative())),
});

export type Chore = z.infer<typeof choreSchema>;

/**
 * A day's chore keeps each concern in its own record, so "I'll do it" on one phone and a tick on
 * the kiosk at the same moment both survive; each thanks is its own record too.
 */
export const choreDoneSchema = z.strictObject({
  at: z.int().check(z.nonnegative()),
  /** Who ticked it done; absent when it was ticked on the kiosk. */
  by: z.optional(personId),
  /** Un-ticked: clients take a record off softly, so the server can tell it from a wipe. */
  removedAt: z.optional(z.int().check(z.nonnegative())),
});
export const choreClaimSchema = z.strictObject({
  by: personId,
  removedAt: z.optional(z.int().check(z.nonnegative())),
});
/** A swap: this day's turn goes to someone other than the rotation says. */
export const choreTurnSchema = z.strictObject({ to: personId });
export const choreThanksSchema = z.strictObject({
  at: z.int().check(z.nonnegative()),
  removedAt: z.optional(z.int().check(z.nonnegative())),
});

export type ChoreDone = z.infer<typeof choreDoneSchema>;
