// The schemas of agenda.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { AGENDA_MAX, MEETING_ID } from './agenda.ts';
import { PERSON_ID_PATTERN } from './ids.ts';
import { says } from './sentences.ts';
import { requiredText } from './text-schema.ts';

export const agendaSchema = z.strictObject({
  text: requiredText('agendaItem', AGENDA_MAX),
  /** Who added it, only when they chose to put their name on it (the default is without). */
  by: z.optional(z.string().check(z.regex(PERSON_ID_PATTERN))),
  /** The meeting it was added before: `<groupId>_<day>`. */
  for: z.string().check(z.regex(MEETING_ID, says('itemGone'))),
  addedAt: z.int().check(z.nonnegative()),
  /** Marked at the meeting "carried to next time" (staff or the wall). */
  carried: z.optional(z.boolean()),
  removedAt: z.optional(z.int().check(z.nonnegative())),
});

export type AgendaItem = z.infer<typeof agendaSchema>;
