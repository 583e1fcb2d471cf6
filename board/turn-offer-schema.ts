// The schemas of turn-offer.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { PERSON_ID_PATTERN } from './ids.ts';
import { says } from './sentences.ts';
import { DAY_PATTERN } from './time.ts';
import { OFFER_KINDS } from './turn-offer.ts';

const personId = z.string().check(z.regex(PERSON_ID_PATTERN, says('personGone')));
/** A chore's id as a chore map holds it, short enough to fit in an offer's own id. */
const choreId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, says('itemGone')));

export const choreOfferSchema = z.strictObject({
  /** Join the chore's rota, or take one day's turn. */
  what: z.enum(OFFER_KINDS),
  chore: choreId,
  /** A swap: the turn's day. An invitation: the day it was made. */
  day: z.string().check(z.regex(DAY_PATTERN, says('pickDate'))),
  from: personId,
  to: personId,
  /** When it was made (or made again): it lapses when the house's day it was made in ends. */
  at: z.int().check(z.nonnegative()),
  /** Only the person asked answers; a decline carries no reason. */
  answer: z.optional(z.enum(['accepted', 'declined'])),
});

export type ChoreOffer = z.infer<typeof choreOfferSchema>;
