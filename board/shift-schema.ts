// The schemas of shift.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { ID_PATTERN, PERSON_ID_PATTERN } from './ids.ts';
import { NAME_DISPLAYS } from './roles.ts';
import { says } from './sentences.ts';
import { NAME_MAX, SHORT_MAX } from './text.ts';
import { optionalText, requiredName } from './text-schema.ts';

export const shiftSchema = z
  .strictObject({
    name: requiredName('yourName', NAME_MAX),
    nameDisplay: z.optional(z.enum(NAME_DISPLAYS)),
    pronouns: optionalText('pronouns', 30),
    upFor: optionalText('upFor', SHORT_MAX),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    endedAt: z.optional(z.int().check(z.nonnegative())),
    /**
     * The person on this shift, when they put it on the board under their own name: their shift
     * records are forgotten with them when they leave the house.
     */
    person: z.optional(z.string().check(z.regex(PERSON_ID_PATTERN))),
  })
  .check(
    z.refine((s) => s.end > s.start, {
      message: says('shiftEndAfterStart'),
      path: ['end'],
    }),
  );

export type Shift = z.infer<typeof shiftSchema>;

export const handoffSchema = z.strictObject({
  fromShift: z.string().check(z.regex(ID_PATTERN)),
  note: optionalText('handoffNote', 280),
  at: z.int().check(z.nonnegative()),
  toShift: z.optional(z.string().check(z.regex(ID_PATTERN))),
  takenAt: z.optional(z.int().check(z.nonnegative())),
});

export type Handoff = z.infer<typeof handoffSchema>;
