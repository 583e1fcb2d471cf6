// Shifts: which staff are on now and who is next. No contact details, ever.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sentence } from '../../board/sentences.ts';
import { endShift, isOnShift, type Shift, shiftRecords, shiftsAt } from '../../board/shift.ts';
import { looksLikeContact } from '../../board/text.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

const NO_CONTACT = sentence('noContact');

const HOUR = 3_600_000;
const NOW = at('2026-07-01T12:00:00Z');
const shift = (name: string, start: number, end: number, extra: Partial<Shift> = {}): Shift => ({
  name,
  start,
  end,
  ...extra,
});

describe('who is on now and who is next', () => {
  it('shiftsAt lists who is on now, earliest first, and who comes on next', () => {
    const doc = new Y.Doc();
    const shifts = shiftRecords(doc);
    shifts.add(shift('Priya', NOW - 1 * HOUR, NOW + 7 * HOUR));
    shifts.add(shift('Jo', NOW - 3 * HOUR, NOW + 5 * HOUR));
    shifts.add(shift('Morning Mo', NOW - 10 * HOUR, NOW - 2 * HOUR));
    shifts.add(shift('Late Lee', NOW + 6 * HOUR, NOW + 14 * HOUR));
    shifts.add(shift('Evening Eve', NOW + 2 * HOUR, NOW + 10 * HOUR));
    const { onNow, next } = shiftsAt(doc, NOW);
    expect(onNow.map((s) => s.name)).toEqual(['Jo', 'Priya']);
    expect(next?.name).toBe('Evening Eve');
    expect(next?.id).toEqual(expect.any(String));
  });

  it('a shift is on from its start and off at its end', () => {
    const s = shift('Jo', NOW, NOW + HOUR);
    expect(isOnShift(s, NOW - 1)).toBe(false);
    expect(isOnShift(s, NOW)).toBe(true);
    expect(isOnShift(s, NOW + HOUR - 1)).toBe(true);
    expect(isOnShift(s, NOW + HOUR)).toBe(false);
  });

  it('a shift someone ended early is no longer "on"', () => {
    const doc = new Y.Doc();
    const id = shiftRecords(doc).add(shift('Jo', NOW - 3 * HOUR, NOW + 5 * HOUR));
    endShift(doc, id, NOW - HOUR);
    expect(shiftsAt(doc, NOW).onNow).toEqual([]);
    expect(shiftRecords(doc).get(id)?.endedAt).toBe(NOW - HOUR);
  });

  it('ending a shift takes effect from the moment given', () => {
    const doc = new Y.Doc();
    const id = shiftRecords(doc).add(shift('Jo', NOW - 3 * HOUR, NOW + 5 * HOUR));
    endShift(doc, id, NOW + HOUR);
    expect(shiftsAt(doc, NOW).onNow.map((s) => s.name)).toEqual(['Jo']);
    expect(shiftsAt(doc, NOW + HOUR).onNow).toEqual([]);
  });

  it('a future shift that was ended (called off) is not next', () => {
    const doc = new Y.Doc();
    const id = shiftRecords(doc).add(shift('Eve', NOW + HOUR, NOW + 9 * HOUR));
    shiftRecords(doc).add(shift('Lee', NOW + 2 * HOUR, NOW + 10 * HOUR));
    endShift(doc, id, NOW);
    expect(shiftsAt(doc, NOW).next?.name).toBe('Lee');
  });

  it('with nobody on and nobody coming, says so', () => {
    const doc = new Y.Doc();
    shiftRecords(doc).add(shift('Mo', NOW - 10 * HOUR, NOW - 2 * HOUR));
    expect(shiftsAt(doc, NOW)).toEqual({ onNow: [], next: undefined });
  });

  it('a shift that starts this very moment is on, not next', () => {
    const doc = new Y.Doc();
    shiftRecords(doc).add(shift('Jo', NOW, NOW + HOUR));
    const { onNow, next } = shiftsAt(doc, NOW);
    expect(onNow.map((s) => s.name)).toEqual(['Jo']);
    expect(next).toBeUndefined();
  });

  it('ending a shift on one device shows as ended on the other', () => {
    const a = new Y.Doc();
    const id = shiftRecords(a).add(shift('Jo', NOW - HOUR, NOW + HOUR));
    const b = copyOf(a);
    endShift(a, id, NOW - 1);
    exchange(a, b);
    expect(shiftsAt(b, NOW).onNow).toEqual([]);
  });
});

describe('what a shift may say', () => {
  it('a shift must end after it starts', () => {
    const error = refusal(() => shiftRecords(new Y.Doc()).add(shift('Jo', NOW, NOW)));
    expect(error.message).toBe('Please end the shift after it starts.');
    expect(error.field).toBe('end');
  });

  it('a name is required, at most 60 characters', () => {
    const shifts = shiftRecords(new Y.Doc());
    expect(refusal(() => shifts.add(shift('  ', NOW, NOW + HOUR))).message).toBe(
      'Please write your name.',
    );
    expect(shifts.add(shift('n'.repeat(60), NOW, NOW + HOUR))).toBeTruthy();
    const error = refusal(() => shifts.add(shift('n'.repeat(61), NOW, NOW + HOUR)));
    expect(error.message).toBe('Please keep your name to 60 characters or fewer.');
    expect(error.field).toBe('name');
  });

  it("empty pronouns and 'up for' are simply not given", () => {
    const shifts = shiftRecords(new Y.Doc());
    const id = shifts.add(shift('Jo', NOW, NOW + HOUR, { pronouns: '', upFor: '   ' }));
    expect(shifts.get(id)).toEqual(shift('Jo', NOW, NOW + HOUR));
  });

  it('there is no field to put contact details in', () => {
    const doc = new Y.Doc();
    const withPhone = { ...shift('Jo', NOW, NOW + HOUR), phone: '07700 900123' } as Shift;
    refusal(() => shiftRecords(doc).add(withPhone));
    expect(doc.getMap('shifts').size).toBe(0);
  });

  const contacts = [
    ['a UK mobile number', '07700 900123'],
    ['a UK mobile in international form', '+44 7700 900123'],
    ['a number with dashes', '0161-496-0000'],
    ['a number run together', 'call 07700900123'],
    ['an e-mail address', 'jo.bloggs@example.org'],
    ['an @handle', 'find me @jo_bloggs'],
    ['an @handle on its own', '@jobloggs'],
    ['a link', 'https://instagram.com/jobloggs'],
    ['a www address', 'www.example.org/jo'],
  ];

  for (const field of ['name', 'pronouns', 'upFor'] as const) {
    it.each(contacts)(`${field}: %s ("%s") is refused with the kind message`, (_what, text) => {
      const doc = new Y.Doc();
      const value = { ...shift('Jo', NOW, NOW + HOUR), [field]: text };
      const error = refusal(() => shiftRecords(doc).add(value));
      expect(error.message).toBe(NO_CONTACT);
      expect(error.field).toBe(field);
      expect(shiftRecords(doc).values()).toEqual([]);
    });
  }

  it('the kind message says what to leave out and why, in one sentence', () => {
    expectPlainSentence(NO_CONTACT);
    expect(NO_CONTACT).toMatch(/phone/);
    expect(NO_CONTACT).toMatch(/e-mail/);
  });

  it('contact details cannot be slipped in later with an update', () => {
    const shifts = shiftRecords(new Y.Doc());
    const id = shifts.add(shift('Jo', NOW, NOW + HOUR, { upFor: 'cards' }));
    const error = refusal(() => shifts.update(id, { upFor: 'text me on 07700 900123' }));
    expect(error.message).toBe(NO_CONTACT);
    expect(shifts.get(id)?.upFor).toBe('cards');
  });

  it.each([
    ['name', "Sam O'Neill"],
    ['name', 'Anne-Marie'],
    ['name', 'Jo B.'],
    ['pronouns', 'she/her'],
    ['pronouns', 'they/them'],
    ['upFor', 'a walk after lunch'],
    ['upFor', 'back at 3'],
    ['upFor', 'cards, chess or a chat'],
    ['upFor', 'room 12 if you need me'],
    ['upFor', 'helping with forms (2 or 3 of them)'],
    ['upFor', 'Tea @ 4'],
  ])('ordinary text in %s, like %j, is accepted', (field, text) => {
    const shifts = shiftRecords(new Y.Doc());
    const id = shifts.add({ ...shift('Jo', NOW, NOW + HOUR), [field]: text });
    expect(shifts.get(id)?.[field as keyof Shift]).toBe(text);
  });

  it.each([
    ['upFor', 'a chat 10.30 - 12.00'],
    ['upFor', 'art group 2.00 - 3.30'],
    ['upFor', 'back on 2026-07-02'],
  ])('a time range or a date in %s, like %j, is not mistaken for a phone number', (field, text) => {
    expect(looksLikeContact(text)).toBe(false);
    const shifts = shiftRecords(new Y.Doc());
    expect(() => shifts.add({ ...shift('Jo', NOW, NOW + HOUR), [field]: text })).not.toThrow();
  });
});
