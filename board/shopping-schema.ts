// The schemas of shopping.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { PERSON_ID_PATTERN } from './ids.ts';
import { SECTION_MAX } from './shopping.ts';
import { NAME_MAX } from './text.ts';
import { optionalName, requiredName } from './text-schema.ts';

const at = z.int().check(z.nonnegative());

export const shoppingItemSchema = z.strictObject({
  name: requiredName('shoppingItem', NAME_MAX),
  section: optionalName('shoppingSection', SECTION_MAX),
  /** Who put it on the list, if they chose to say; the wall puts no one. */
  by: z.optional(z.string().check(z.regex(PERSON_ID_PATTERN))),
  addedAt: at,
  boughtAt: z.optional(at),
  removedAt: z.optional(at),
});

export type ShoppingItem = z.infer<typeof shoppingItemSchema>;
