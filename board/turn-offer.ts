// Offers: nobody is given a turn or a place on a rota, they are asked. An invitation asks someone
// to join a chore's rota; a swap asks them to take one day's turn (and to hand their next turn
// back). The person asked says yes or "not this time" — the one who asked learns only that, never
// why — and an offer nobody answered lapses quietly when the house's day ends. No counts, no
// reminders: an offer is a per-day record, forgotten with the day like the other day records.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { choreRecords, joinRota, swapTurn, turnOf } from './chore.ts';
import { boardNow } from './clock.ts';
import { Records, recordKind, ValidationError } from './records.ts';
import { type Day, dayInZone } from './time.ts';
import type * as S from './turn-offer-schema.ts';
import type { ChoreOffer } from './turn-offer-schema.ts';

export type { ChoreOffer };

export const OFFER_KINDS = ['invite', 'swap'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const CHORE_OFFERS = recordKind<z.infer<typeof S.choreOfferSchema>>({
  name: 'choreOffers',
  doc: 'board',
  required: ['what', 'chore', 'day', 'from', 'to', 'at'],
  limit: 20_000,
  perDay: 'person-day',
  // Taking back a "yes" would take back a turn someone else let go of: not the phone's undo.
  undoable: false,
});

export const choreOfferRecords = (doc: Y.Doc) => new Records(doc, CHORE_OFFERS);

type OfferKey = Pick<ChoreOffer, 'what' | 'chore' | 'day' | 'from' | 'to'>;

/**
 * An offer's id says all that makes it that offer (`<what>-<from>-<chore>_<day>_<to>`): the server
 * holds every offer to its id, so who made it, to whom, for what, can never change afterwards;
 * making the same offer again rewrites the same record.
 */
export function offerId({ what, chore, day, from, to }: OfferKey): string {
  return `${what}-${from}-${chore}_${day}_${to}`;
}

/** An offer still waiting for its answer: unanswered and made on the house's today. */
export function isOpen(offer: ChoreOffer, now: number, timeZone: string): boolean {
  return offer.answer === undefined && dayInZone(offer.at, timeZone) === dayInZone(now, timeZone);
}

function makeOffer(doc: Y.Doc, key: OfferKey, at: number): string {
  if (key.from === key.to) throw new ValidationError({ key: 'offerToSelf' });
  const id = offerId(key);
  const records = choreOfferRecords(doc);
  const offer = { ...key, at };
  if (records.has(id)) records.update(id, { ...offer, answer: undefined });
  else records.add(offer, id);
  return id;
}

/** Asks `to` to join a chore's rota; returns the offer's id. */
export function inviteToRota(
  doc: Y.Doc,
  chore: string,
  from: string,
  to: string,
  timeZone: string,
  at = boardNow(),
): string {
  return makeOffer(doc, { what: 'invite', chore, day: dayInZone(at, timeZone), from, to }, at);
}

/** Asks `to` to take `from`'s turn on `day`; the turn stays with `from` until they say yes. */
export function offerSwap(
  doc: Y.Doc,
  chore: string,
  day: Day,
  from: string,
  to: string,
  at = boardNow(),
): string {
  return makeOffer(doc, { what: 'swap', chore, day, from, to }, at);
}

/**
 * The answer of the person asked. Yes to an invitation puts them on the rota; yes to a swap gives
 * them the day's turn (and their next turn to the one who asked), in the same change, so the
 * server sees the yes that allows it. A swap whose turn has moved on meanwhile is gone.
 */
export function answerOffer(
  doc: Y.Doc,
  id: string,
  me: string,
  yes: boolean,
  timeZone: string,
  now = boardNow(),
): void {
  const records = choreOfferRecords(doc);
  const offer = records.get(id);
  if (!offer || offer.to !== me || !isOpen(offer, now, timeZone))
    throw new ValidationError({ key: 'offerGone' });
  const chore = choreRecords(doc).get(offer.chore);
  if (yes && (!chore || chore.removedAt !== undefined))
    throw new ValidationError({ key: 'itemGone' });
  if (yes && offer.what === 'swap' && turnOf(doc, offer.chore, offer.day) !== offer.from)
    throw new ValidationError({ key: 'offerGone' });
  doc.transact(() => {
    records.update(id, { answer: yes ? 'accepted' : 'declined' });
    if (!yes) return;
    if (offer.what === 'invite') joinRota(doc, offer.chore, me);
    else swapTurn(doc, offer.chore, offer.day, me);
  }, ANSWER_ORIGIN);
}

/**
 * The origin an answer is written with: a phone's undo tracks only its edits without one, and
 * taking back a yes would hand a turn back without the other's yes.
 */
export const ANSWER_ORIGIN = 'offer-answer';

export type Offer = ChoreOffer & { id: string };

/** Offers waiting for my answer today, oldest first. */
export function offersTo(doc: Y.Doc, me: string, now: number, timeZone: string): Offer[] {
  return choreOfferRecords(doc)
    .values()
    .filter((offer) => offer.to === me && isOpen(offer, now, timeZone))
    .sort((a, b) => a.at - b.at);
}

/**
 * What became of the offers I made today: waiting, or "not this time" (an accepted one shows in
 * the turn or the rota itself). Newest first.
 */
export function offersFrom(doc: Y.Doc, me: string, now: number, timeZone: string): Offer[] {
  const today = dayInZone(now, timeZone);
  return choreOfferRecords(doc)
    .values()
    .filter((offer) => offer.from === me && offer.answer !== 'accepted')
    .filter((offer) => dayInZone(offer.at, timeZone) === today)
    .sort((a, b) => b.at - a.at);
}
