// Handoffs and visitor mode: the outgoing staff member leaves a short public note, the incoming
// one takes over with one tap and "On now" changes at that moment; visitor mode shows names as
// initials for a while. Staff names on the wall follow the choice each staff member made.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sentence } from '../../board/sentences.ts';
import {
  comeOnAndTakeOver,
  HANDOFF_NOTE_HOURS,
  handOver,
  handoffHistory,
  handoffRecords,
  pendingHandoff,
  recentHandoffNote,
  type Shift,
  shiftName,
  shiftRecords,
  shiftsAt,
  takeOver,
  USUAL_SHIFT_HOURS,
} from '../../board/shift.ts';
import { setVisitorMode, VISITOR_MODE_HOURS, visitorModeOn } from '../../board/visitor.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

const NO_CONTACT = sentence('noContact');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = at('2026-07-01T16:00:00Z'); // the planned change of shift

const shift = (name: string, start: number, end: number, extra: Partial<Shift> = {}): Shift => ({
  name,
  start,
  end,
  ...extra,
});

/** Jo on 08:00-16:00, Priya on 16:00-24:00. */
function staffDoc() {
  const doc = new Y.Doc();
  const jo = shiftRecords(doc).add(shift('Jo', T - 8 * HOUR, T));
  const priya = shiftRecords(doc).add(shift('Priya', T, T + 8 * HOUR));
  return { doc, jo, priya };
}

const onNow = (doc: Y.Doc, now: number) => shiftsAt(doc, now).onNow.map((s) => s.name);

describe('handing over', () => {
  it('handOver leaves a note waiting for the next person: pendingHandoff shows it', () => {
    const { doc, jo } = staffDoc();
    expect(pendingHandoff(doc)).toBeUndefined();
    const id = handOver(doc, jo, 'Fire alarm test at 3, nothing to worry about.', T - 30 * 60_000);
    expect(pendingHandoff(doc)).toEqual({
      id,
      fromShift: jo,
      note: 'Fire alarm test at 3, nothing to worry about.',
      at: T - 30 * 60_000,
    });
  });

  it('a handover without a note is still a handover', () => {
    const { doc, jo } = staffDoc();
    handOver(doc, jo, '  ', T - HOUR);
    expect(pendingHandoff(doc)).toMatchObject({ fromShift: jo, at: T - HOUR });
    expect(pendingHandoff(doc)).not.toHaveProperty('note');
  });

  it('with two handovers waiting, the latest is the one shown', () => {
    const { doc, jo, priya } = staffDoc();
    handOver(doc, jo, 'First.', T - 2 * HOUR);
    const later = handOver(doc, priya, 'Second.', T - HOUR);
    expect(pendingHandoff(doc)?.id).toBe(later);
  });

  it.each([
    ['a phone number', 'ring me on 07700 900123 if needed'],
    ['an e-mail address', 'any problems: jo.bloggs@example.org'],
    ['a handle', 'message @jo_bloggs'],
    ['a link', 'see https://example.org/jo'],
  ])('a note with %s is refused with the kind message, and nothing is handed over', (_w, note) => {
    const { doc, jo } = staffDoc();
    const error = refusal(() => handOver(doc, jo, note, T - HOUR));
    expect(error.message).toBe(NO_CONTACT);
    expect(error.field).toBe('note');
    expect(handoffRecords(doc).values()).toEqual([]);
    expect(pendingHandoff(doc)).toBeUndefined();
  });

  it('a note is at most 280 characters', () => {
    const { doc, jo } = staffDoc();
    expect(handOver(doc, jo, 'n'.repeat(280), T)).toBeTruthy();
    const error = refusal(() => handOver(doc, jo, 'n'.repeat(281), T));
    expect(error.field).toBe('note');
    expectPlainSentence(error.message);
  });
});

describe('taking over', () => {
  it('someone not yet on shift takes over with one tap: on from that moment for the usual hours', () => {
    const { doc, jo } = staffDoc();
    const id = handOver(doc, jo, 'All calm.', T - 30 * 60_000);
    const tap = T - 20 * 60_000;
    const updates: unknown[] = [];
    doc.on('update', (update) => updates.push(update));
    const sam = comeOnAndTakeOver(doc, id, { name: 'Sam', nameDisplay: 'initial' }, tap);
    expect(updates).toHaveLength(1); // one change: never a shift without its takeover
    expect(shiftRecords(doc).get(sam)).toEqual({
      name: 'Sam',
      nameDisplay: 'initial',
      start: tap,
      end: tap + USUAL_SHIFT_HOURS * HOUR,
    });
    expect(USUAL_SHIFT_HOURS).toBe(8);
    expect(onNow(doc, tap)).toEqual(['Sam']);
    expect(handoffRecords(doc).get(id)).toMatchObject({ toShift: sam, takenAt: tap });
    expect(shiftRecords(doc).get(jo)?.endedAt).toBe(tap);
  });

  it('the incoming person taking over early ends the outgoing shift and starts theirs at that moment', () => {
    const { doc, jo, priya } = staffDoc();
    const id = handOver(doc, jo, 'All calm.', T - 30 * 60_000);
    const tap = T - 20 * 60_000; // 15:40
    expect(onNow(doc, tap)).toEqual(['Jo']);
    takeOver(doc, id, priya, tap);
    expect(onNow(doc, tap - 1)).toEqual(['Jo']);
    expect(onNow(doc, tap)).toEqual(['Priya']);
    expect(shiftRecords(doc).get(jo)?.endedAt).toBe(tap);
    expect(shiftRecords(doc).get(priya)?.start).toBe(tap);
    expect(pendingHandoff(doc)).toBeUndefined();
    expect(handoffRecords(doc).get(id)).toMatchObject({ toShift: priya, takenAt: tap });
  });

  it('taking over late: the outgoing person is on until the tap, the incoming one keeps their start', () => {
    const doc = new Y.Doc();
    const jo = shiftRecords(doc).add(shift('Jo', T - 8 * HOUR, T + HOUR)); // overlapping shifts
    const priya = shiftRecords(doc).add(shift('Priya', T, T + 8 * HOUR));
    const id = handOver(doc, jo, 'All calm.', T);
    const tap = T + 10 * 60_000;
    takeOver(doc, id, priya, tap);
    expect(onNow(doc, tap - 1)).toEqual(['Jo', 'Priya']);
    expect(onNow(doc, tap)).toEqual(['Priya']);
    expect(shiftRecords(doc).get(priya)?.start).toBe(T);
  });

  it('a shift that was called off and then taken over is on again', () => {
    const { doc, jo, priya } = staffDoc();
    shiftRecords(doc).update(priya, { endedAt: T - HOUR });
    const id = handOver(doc, jo, undefined, T - HOUR);
    takeOver(doc, id, priya, T - 10 * 60_000);
    expect(onNow(doc, T)).toEqual(['Priya']);
    expect(shiftRecords(doc).get(priya)).not.toHaveProperty('endedAt');
  });

  it('a handover is taken over once: a second tap changes nothing', () => {
    const { doc, jo, priya } = staffDoc();
    const lee = shiftRecords(doc).add(shift('Lee', T + HOUR, T + 9 * HOUR));
    const id = handOver(doc, jo, 'All calm.', T - HOUR);
    takeOver(doc, id, priya, T - 10 * 60_000);
    takeOver(doc, id, lee, T - 5 * 60_000);
    expect(handoffRecords(doc).get(id)).toMatchObject({
      toShift: priya,
      takenAt: T - 10 * 60_000,
    });
    expect(shiftRecords(doc).get(lee)?.start).toBe(T + HOUR);
  });

  it('taking over an unknown handover, or into an unknown shift, changes nothing', () => {
    const { doc, jo, priya } = staffDoc();
    const id = handOver(doc, jo, 'All calm.', T - HOUR);
    const before = Y.encodeStateVector(doc);
    takeOver(doc, 'nope1234', priya, T);
    takeOver(doc, id, 'nope1234', T);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(pendingHandoff(doc)?.id).toBe(id);
  });

  it('the takeover reaches the kiosk as one change, and "On now" changes there too', () => {
    const { doc: phone, jo, priya } = staffDoc();
    const id = handOver(phone, jo, 'All calm.', T - HOUR);
    const kiosk = copyOf(phone);
    let updates = 0;
    phone.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(kiosk, update);
    });
    const tap = T - 20 * 60_000;
    takeOver(phone, id, priya, tap);
    expect(updates).toBe(1);
    expect(onNow(kiosk, tap)).toEqual(['Priya']);
    expect(pendingHandoff(kiosk)).toBeUndefined();
  });
});

describe('the handoff note on the kiosk', () => {
  function takenOver(note: string | undefined, tap: number) {
    const { doc, jo, priya } = staffDoc();
    const id = handOver(doc, jo, note, tap - 10 * 60_000);
    takeOver(doc, id, priya, tap);
    return { doc, id };
  }

  it(`shows for ${HANDOFF_NOTE_HOURS} hours after the takeover, and not after`, () => {
    expect(HANDOFF_NOTE_HOURS).toBe(4);
    const { doc, id } = takenOver('Fire alarm test at 3.', T);
    expect(recentHandoffNote(doc, T)?.id).toBe(id);
    expect(recentHandoffNote(doc, T + 4 * HOUR - 1)?.note).toBe('Fire alarm test at 3.');
    expect(recentHandoffNote(doc, T + 4 * HOUR)).toBeUndefined();
    expect(recentHandoffNote(doc, T + DAY)).toBeUndefined();
  });

  it('does not show while the handover is still waiting for someone', () => {
    const { doc, jo } = staffDoc();
    handOver(doc, jo, 'Fire alarm test at 3.', T - HOUR);
    expect(recentHandoffNote(doc, T)).toBeUndefined();
  });

  it('a takeover with no note shows no note', () => {
    const { doc } = takenOver(undefined, T);
    expect(recentHandoffNote(doc, T + HOUR)).toBeUndefined();
  });

  it('the latest takeover’s note is the one shown', () => {
    const { doc, jo, priya } = staffDoc();
    const lee = shiftRecords(doc).add(shift('Lee', T + 8 * HOUR, T + 16 * HOUR));
    const first = handOver(doc, jo, 'Morning: all calm.', T - HOUR);
    takeOver(doc, first, priya, T);
    const second = handOver(doc, priya, 'Evening: new resident arrived.', T + 2 * HOUR);
    takeOver(doc, second, lee, T + 2 * HOUR + 5 * 60_000);
    expect(recentHandoffNote(doc, T + 3 * HOUR)?.note).toBe('Evening: new resident arrived.');
  });
});

describe('handoff history', () => {
  it('keeps the last 7 days, newest first', () => {
    const { doc, jo } = staffDoc();
    const now = T;
    const old = handOver(doc, jo, 'Eight days ago.', now - 8 * DAY);
    const edge = handOver(doc, jo, 'Exactly a week ago.', now - 7 * DAY);
    const inside = handOver(doc, jo, 'Just under a week ago.', now - 7 * DAY + 1);
    const today = handOver(doc, jo, 'Today.', now - HOUR);
    const yesterday = handOver(doc, jo, 'Yesterday.', now - DAY);
    expect(handoffHistory(doc, now).map((h) => h.id)).toEqual([today, yesterday, inside]);
    // Older ones are only left out, not forgotten.
    expect(handoffRecords(doc).has(old)).toBe(true);
    expect(handoffRecords(doc).has(edge)).toBe(true);
  });

  it('lists handovers that were taken over and ones still waiting alike', () => {
    const { doc, jo, priya } = staffDoc();
    const taken = handOver(doc, jo, 'Taken.', T - 2 * HOUR);
    takeOver(doc, taken, priya, T - HOUR);
    const waiting = handOver(doc, priya, 'Waiting.', T - 30 * 60_000);
    expect(handoffHistory(doc, T).map((h) => h.id)).toEqual([waiting, taken]);
  });
});

describe('visitor mode', () => {
  it(`is on for ${VISITOR_MODE_HOURS} hours from the tap, then ends by itself`, () => {
    expect(VISITOR_MODE_HOURS).toBe(2);
    const doc = new Y.Doc();
    expect(visitorModeOn(doc, T)).toBe(false);
    setVisitorMode(doc, true, T);
    expect(visitorModeOn(doc, T)).toBe(true);
    expect(visitorModeOn(doc, T + 2 * HOUR - 1)).toBe(true);
    expect(visitorModeOn(doc, T + 2 * HOUR)).toBe(false);
  });

  it('can be switched off at once', () => {
    const doc = new Y.Doc();
    setVisitorMode(doc, true, T);
    setVisitorMode(doc, false, T + 10 * 60_000);
    expect(visitorModeOn(doc, T + 10 * 60_000)).toBe(false);
    expect(doc.getMap('visitor').size).toBe(0);
  });

  it('can be switched on for another length of time, and tapping again starts the time afresh', () => {
    const doc = new Y.Doc();
    setVisitorMode(doc, true, T, 1);
    expect(visitorModeOn(doc, T + HOUR - 1)).toBe(true);
    expect(visitorModeOn(doc, T + HOUR)).toBe(false);
    setVisitorMode(doc, true, T + 30 * 60_000);
    expect(visitorModeOn(doc, T + 2 * HOUR + 29 * 60_000)).toBe(true);
    expect(visitorModeOn(doc, T + 2 * HOUR + 30 * 60_000)).toBe(false);
  });

  it('switched on from a phone, it is on at the kiosk once synced; switched off, off there too', () => {
    const phone = new Y.Doc();
    const kiosk = copyOf(phone);
    setVisitorMode(phone, true, T);
    exchange(phone, kiosk);
    expect(visitorModeOn(kiosk, T + HOUR)).toBe(true);
    setVisitorMode(phone, false, T + HOUR);
    exchange(phone, kiosk);
    expect(visitorModeOn(kiosk, T + HOUR)).toBe(false);
  });
});

describe('staff names on the wall', () => {
  it('show in full unless the staff member chose otherwise', () => {
    expect(shiftName(shift('Priya', T, T + HOUR))).toBe('Priya');
    expect(shiftName(shift('Priya', T, T + HOUR, { nameDisplay: 'full' }))).toBe('Priya');
    expect(shiftName(shift('Priya', T, T + HOUR, { nameDisplay: 'initial' }))).toBe('P.');
    expect(shiftName(shift('Priya', T, T + HOUR, { nameDisplay: 'hidden' }))).toBeUndefined();
  });

  it('in visitor mode a full name shows as an initial, and a hidden one stays hidden', () => {
    expect(shiftName(shift('Priya', T, T + HOUR), true)).toBe('P.');
    expect(shiftName(shift('Priya', T, T + HOUR, { nameDisplay: 'initial' }), true)).toBe('P.');
    expect(shiftName(shift('Priya', T, T + HOUR, { nameDisplay: 'hidden' }), true)).toBeUndefined();
  });

  it('a changed choice shows on the other device once synced', () => {
    const a = new Y.Doc();
    const id = shiftRecords(a).add(shift('Priya', T, T + HOUR));
    const b = copyOf(a);
    shiftRecords(a).update(id, { nameDisplay: 'initial' });
    exchange(a, b);
    expect(shiftName(shiftRecords(b).get(id)!)).toBe('P.');
  });

  it('a name display that is not one of the three choices is refused', () => {
    const error = refusal(() =>
      shiftRecords(new Y.Doc()).add({
        ...shift('Priya', T, T + HOUR),
        nameDisplay: 'loud' as Shift['nameDisplay'],
      }),
    );
    expect(error.field).toBe('nameDisplay');
  });
});
