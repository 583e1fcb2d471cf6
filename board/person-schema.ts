// The schemas of person.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { birthdaySchema } from './birthday-schema.ts';
import { NAME_DISPLAYS } from './roles.ts';
import { says } from './sentences.ts';
import { NAME_MAX } from './text.ts';
import { requiredName } from './text-schema.ts';
import { DAY_PATTERN } from './time.ts';

export const personSchema = z.strictObject({
  name: requiredName('aName', NAME_MAX),
  nameDisplay: z.enum(NAME_DISPLAYS),
  /** Away until the end of this day: skipped in chore rotations. */
  awayUntil: z.optional(z.string().check(z.regex(DAY_PATTERN))),
  /**
   * When they left the house (written by the server only, once every device of theirs is let
   * go): off every rota, picker and the wall at once; forgotten wholly after the house's wait.
   */
  leftAt: z.optional(z.int().check(z.nonnegative())),
  /** Their birthday, a day and a month (never a year), if they chose to say it. */
  birthday: z.optional(birthdaySchema),
  /** Whether the wall wishes them a happy birthday on the day: off unless they turn it on. */
  birthdayOnWall: z.optional(z.boolean(says('chooseBirthdayOnWall'))),
});

export type Person = z.infer<typeof personSchema>;
