// Yes before a turn is yours (board/turn-offer.ts and the rights in record-rights.ts): a rota is
// joined and left by each person themselves; an invitation or a swap is an offer the person asked
// says yes or "not this time" to; a swap moves the turn only on yes; an offer lapses when the
// house's day ends, in the house's own time zone.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  choreRecords,
  choreTurnRecords,
  joinRota,
  leaveRota,
  onlyJoinedOrLeft,
  turnOf,
} from '../../board/chore.ts';
import { introduce } from '../../board/person.ts';
import type { Writer } from '../../board/record-rights.ts';
import { english } from '../../board/sentences.ts';
import { addDays } from '../../board/time.ts';
import {
  answerOffer,
  choreOfferRecords,
  inviteToRota,
  isOpen,
  offerId,
  offerSwap,
  offersFrom,
  offersTo,
} from '../../board/turn-offer.ts';
import { undoScope } from '../../board/undo.ts';
import { at, refusal } from './helpers.ts';
import { serverCopy } from './server-copy.ts';

const ANA = 'ana01';
const BEN = 'ben02';
const CAL = 'cal03';
const ZONE = 'America/New_York';
// 30 March 2026 is a Monday; New York is on summer time (UTC-4).
const MONDAY = '2026-03-30';
const NOON = at('2026-03-30T16:00:00Z');

function board(rotation: string[] = [ANA, BEN]) {
  const doc = new Y.Doc();
  for (const id of [ANA, BEN, CAL])
    introduce(doc, id, { name: id.slice(0, 3), nameDisplay: 'full' });
  const chore: Chore = {
    title: 'Bins',
    schedule: { kind: 'daily' },
    rotation,
    createdAt: at('2026-03-01T09:00:00Z'),
  };
  return { doc, id: choreRecords(doc).add(chore) };
}

/** Who holds Monday's turn, and the other one on the rota. */
function holders(doc: Y.Doc, id: string) {
  const holder = turnOf(doc, id, MONDAY)!;
  return { holder, other: holder === ANA ? BEN : ANA };
}

describe('offers on the board', () => {
  it("a swap leaves the turn where it was until yes; yes moves it and hands the taker's next turn back", () => {
    const { doc, id } = board();
    const { holder, other } = holders(doc, id);
    const next = [1, 2, 3]
      .map((d) => addDays(MONDAY, d))
      .find((d) => turnOf(doc, id, d) === other)!;
    const offer = offerSwap(doc, id, MONDAY, holder, other, NOON);
    expect(turnOf(doc, id, MONDAY)).toBe(holder);
    expect(offersTo(doc, other, NOON, ZONE).map((o) => o.id)).toEqual([offer]);
    expect(offersFrom(doc, holder, NOON, ZONE).map((o) => o.id)).toEqual([offer]);
    answerOffer(doc, offer, other, true, ZONE, NOON);
    expect(turnOf(doc, id, MONDAY)).toBe(other);
    expect(turnOf(doc, id, next)).toBe(holder);
    expect(offersTo(doc, other, NOON, ZONE)).toEqual([]);
    // An accepted offer shows in the turn itself, not as a waiting offer.
    expect(offersFrom(doc, holder, NOON, ZONE)).toEqual([]);
  });

  it('"not this time" leaves every turn as it was and tells the asker only that', () => {
    const { doc, id } = board();
    const { holder, other } = holders(doc, id);
    const offer = offerSwap(doc, id, MONDAY, holder, other, NOON);
    answerOffer(doc, offer, other, false, ZONE, NOON);
    expect(turnOf(doc, id, MONDAY)).toBe(holder);
    expect(choreTurnRecords(doc).values()).toEqual([]);
    const [mine] = offersFrom(doc, holder, NOON, ZONE);
    expect(mine?.answer).toBe('declined');
    // Nothing but the answer: no reason, no count.
    expect(Object.keys(choreOfferRecords(doc).map.get(offer)!.toJSON()).sort()).toEqual(
      ['answer', 'at', 'chore', 'day', 'from', 'to', 'what'].sort(),
    );
    // Offered again, it is waiting again, under the same record.
    expect(offerSwap(doc, id, MONDAY, holder, other, NOON + 60_000)).toBe(offer);
    expect(offersTo(doc, other, NOON + 60_000, ZONE).map((o) => o.id)).toEqual([offer]);
  });

  it('only the person asked can answer, once, and nobody can ask themselves', () => {
    const { doc, id } = board();
    const { holder, other } = holders(doc, id);
    const offer = offerSwap(doc, id, MONDAY, holder, other, NOON);
    expect(refusal(() => answerOffer(doc, offer, CAL, true, ZONE, NOON)).sentence.key).toBe(
      'offerGone',
    );
    answerOffer(doc, offer, other, false, ZONE, NOON);
    expect(refusal(() => answerOffer(doc, offer, other, true, ZONE, NOON)).sentence.key).toBe(
      'offerGone',
    );
    expect(refusal(() => offerSwap(doc, id, MONDAY, holder, holder, NOON)).sentence.key).toBe(
      'offerToSelf',
    );
  });

  it('an invitation accepted puts the person at the end of the rota; they leave it themselves', () => {
    const { doc, id } = board();
    const offer = inviteToRota(doc, id, ANA, CAL, ZONE, NOON);
    expect(choreOfferRecords(doc).get(offer)?.day).toBe(MONDAY);
    answerOffer(doc, offer, CAL, true, ZONE, NOON);
    expect(choreRecords(doc).get(id)?.rotation).toEqual([ANA, BEN, CAL]);
    leaveRota(doc, id, CAL);
    leaveRota(doc, id, ANA);
    expect(choreRecords(doc).get(id)?.rotation).toEqual([BEN]);
    joinRota(doc, id, BEN); // already on it: nothing changes
    leaveRota(doc, id, BEN);
    expect(choreRecords(doc).get(id)?.rotation).toBeUndefined();
  });

  it("an unanswered offer lapses when the house's day ends, in the house's time zone", () => {
    const { doc, id } = board();
    // 23:30 in New York is already the next day in UTC; 19:30 there is still the same day in UTC.
    const late = at('2026-03-31T03:30:00Z');
    const afterMidnight = at('2026-03-31T04:10:00Z');
    const evening = at('2026-03-30T23:30:00Z');
    const laterEvening = at('2026-03-31T00:30:00Z');
    const offer = {
      ...choreOfferRecords(doc).validate({
        what: 'invite',
        chore: id,
        day: MONDAY,
        from: ANA,
        to: CAL,
        at: late,
      }),
    };
    expect(isOpen(offer, afterMidnight, ZONE)).toBe(false);
    expect(isOpen(offer, afterMidnight, 'UTC')).toBe(true);
    const early = { ...offer, at: evening };
    expect(isOpen(early, laterEvening, ZONE)).toBe(true);
    expect(isOpen(early, laterEvening, 'UTC')).toBe(false);
  });

  it("a phone's undo never takes back an answer (it would hand a turn back without a yes)", () => {
    const { doc, id } = board();
    const { holder, other } = holders(doc, id);
    const offer = offerSwap(doc, id, MONDAY, holder, other, NOON);
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([null]) });
    answerOffer(doc, offer, other, true, ZONE, NOON);
    expect(undo.canUndo()).toBe(false);
    expect(turnOf(doc, id, MONDAY)).toBe(other);
    undo.destroy();
  });

  it('the pairs of rotas that are one person joining or leaving', () => {
    expect(onlyJoinedOrLeft([], [ANA], ANA)).toBe(true);
    expect(onlyJoinedOrLeft([ANA, BEN], [ANA, BEN, CAL], CAL)).toBe(true);
    expect(onlyJoinedOrLeft([ANA, BEN, CAL], [ANA, CAL], BEN)).toBe(true);
    expect(onlyJoinedOrLeft([ANA, BEN], [BEN, ANA], ANA)).toBe(true); // moving oneself
    expect(onlyJoinedOrLeft([ANA], [ANA, BEN], ANA)).toBe(false);
    expect(onlyJoinedOrLeft([ANA, BEN], [BEN, ANA], CAL)).toBe(false);
    expect(onlyJoinedOrLeft([ANA, BEN], [ANA], ANA)).toBe(false);
    expect(onlyJoinedOrLeft([ANA], [ANA, ANA], ANA)).toBe(false);
  });
});

/** A writer as the server builds one, in a house in New York. */
const writer = (personId: string, role: Writer['role'] = 'member'): Writer => ({
  role,
  personId,
  ownClients: new Set(),
  house: () => ({ visitorEndsOnWall: false, timeZone: ZONE }),
});

describe("the server's rights over rotas, turns and offers", () => {
  function house(now = NOON) {
    const server = serverCopy('board', now);
    const { doc } = board();
    Y.applyUpdate(server.doc, Y.encodeStateAsUpdate(doc));
    const id = choreRecords(server.doc).values()[0]!.id;
    return { server, id, ...holders(server.doc, id) };
  }
  const said = (problem: unknown) => (problem as Error | undefined)?.message ?? '';

  it('a rota changes only by its writer joining or leaving; the kiosk changes none', () => {
    const { server, id } = house();
    let phone = server.device();
    joinRota(phone, id, CAL);
    expect(said(server.send(phone, writer(BEN)))).toBe(english({ key: 'rotaOnlyYourself' }));
    phone = server.device();
    joinRota(phone, id, CAL);
    expect(server.send(phone, writer(CAL))).toBeUndefined();
    phone = server.device();
    leaveRota(phone, id, CAL);
    expect(said(server.send(phone, writer(CAL, 'kiosk')))).toBe(
      english({ key: 'rotaOnlyYourself' }),
    );
    expect(said(server.send(phone, writer(ANA, 'admin')))).toBe(
      english({ key: 'rotaOnlyYourself' }),
    );
    expect(choreRecords(server.doc).get(id)?.rotation).toEqual([ANA, BEN, CAL]);
  });

  it('a yes in the same change moves the turn; the same write without it is refused', () => {
    const { server, id, holder, other } = house();
    let phone = server.device();
    const offer = offerSwap(phone, id, MONDAY, holder, other, NOON);
    expect(server.send(phone, writer(holder))).toBeUndefined();
    phone = server.device();
    choreTurnRecords(phone).add({ to: other }, `${id}_${MONDAY}`);
    expect(said(server.send(phone, writer(other)))).toBe(english({ key: 'turnNeedsYes' }));
    phone = server.device();
    answerOffer(phone, offer, other, true, ZONE, NOON);
    expect(server.send(phone, writer(other))).toBeUndefined();
    expect(turnOf(server.doc, id, MONDAY)).toBe(other);
  });

  it('an answer after the house day ended is refused as no longer open', () => {
    const late = at('2026-03-31T03:30:00Z'); // 23:30 in New York
    const { server, id, holder, other } = house(at('2026-03-31T04:10:00Z')); // 00:10 there
    let phone = server.device();
    const offer = offerSwap(phone, id, MONDAY, holder, other, late);
    expect(server.send(phone, writer(holder))).toBeUndefined();
    phone = server.device();
    choreOfferRecords(phone).update(offer, { answer: 'declined' });
    expect(said(server.send(phone, writer(other)))).toBe(english({ key: 'offerGone' }));
    expect(offerId({ what: 'swap', chore: id, day: MONDAY, from: holder, to: other })).toBe(offer);
  });
});
