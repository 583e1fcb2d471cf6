// Birthdays, if a person wants the wall to say theirs: a day and a month (never a year), a
// refusal in plain words for a day the month does not have, the day in the house's own time
// zone (it turns at the house's midnight, not the server's), the wall's greeting only for people
// who turned it on, and nobody but the person's own devices may set it.

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { birthdaySchema } from '../../board/birthday-schema.ts';
import {
  aboutPerson,
  birthdaysOnWall,
  dayInZone,
  forgetOnBoard,
  introduce,
  isBirthdayOn,
  personRecords,
  setBirthday,
  setVisitorMode,
  writeSettings,
} from '../../board/index.ts';
import { birthdayNames } from '../../kiosk/birthday-band.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { at, expectPlainSentence, refusal } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const NOW = at('2026-06-15T12:00:00Z');

function board() {
  const doc = new Y.Doc();
  introduce(doc, 'jo01', { name: 'Jo', nameDisplay: 'full' });
  introduce(doc, 'sam02', { name: 'Sam', nameDisplay: 'full' });
  introduce(doc, 'kit03', { name: 'Kit', nameDisplay: 'initial' });
  introduce(doc, 'ash04', { name: 'Ash', nameDisplay: 'hidden' });
  return doc;
}

/** Just enough of a house for the wall's band: its board and settings documents. */
function houseOf(boardDoc: Y.Doc, timeZone: string): HouseConnection {
  const settings = new Y.Doc();
  writeSettings(settings, { timeZone });
  return { docs: { board: boardDoc, settings } } as unknown as HouseConnection;
}

describe('a birthday is a day and a month', () => {
  it.each([
    [1, 1],
    [31, 12],
    [30, 4],
    [29, 2],
    [31, 1],
    [31, 8],
  ])('%i/%i is a day some year has', (day, month) => {
    expect(birthdaySchema.parse({ day, month })).toEqual({ day, month });
  });

  it('31 April, 30 February and 31 November are refused in a plain sentence about the day', () => {
    const doc = board();
    for (const [day, month, max] of [
      [31, 4, 30],
      [30, 2, 29],
      [31, 11, 30],
      [31, 6, 30],
      [31, 9, 30],
    ] as const) {
      const problem = refusal(() => setBirthday(doc, 'jo01', { day, month }, true));
      expect(problem.message).toBe(`That month has only ${max} days. Please pick another day.`);
      expect(problem.sentence).toEqual({ key: 'noSuchBirthday', values: { max } });
      expect(problem.field).toBe('birthday.day');
    }
    expect(personRecords(doc).get('jo01')?.birthday).toBeUndefined();
  });

  it('a month or day out of range, a half day, words or a year are refused, and nothing is kept', () => {
    const doc = board();
    const wrong: unknown[] = [
      { day: 0, month: 1 },
      { day: 32, month: 1 },
      { day: 1, month: 0 },
      { day: 1, month: 13 },
      { day: 1.5, month: 3 },
      { day: '5', month: 3 },
      { day: 5 },
      { day: 5, month: 3, year: 1990 },
      '1990-03-05',
      null,
    ];
    for (const birthday of wrong) {
      const problem = refusal(() =>
        personRecords(doc).update('jo01', { birthday } as unknown as { birthday: undefined }),
      );
      expectPlainSentence(problem.message);
    }
    expect(
      refusal(() => personRecords(doc).update('jo01', { birthday: { day: 1, month: 13 } })).message,
    ).toBe('Please pick the day and the month of your birthday from the lists.');
    expect(
      refusal(() =>
        personRecords(doc).update('jo01', { birthdayOnWall: 'yes' as unknown as boolean }),
      ).message,
    ).toBe('Please choose whether the wall may wish you a happy birthday.');
    expect(personRecords(doc).get('jo01')).toEqual({ name: 'Jo', nameDisplay: 'full' });
  });

  it('29 February falls on 28 February in a year without one, and never on 1 March', () => {
    const leapDay = { day: 29, month: 2 };
    expect(isBirthdayOn(leapDay, '2027-02-28')).toBe(true);
    expect(isBirthdayOn(leapDay, '2027-03-01')).toBe(false);
    expect(isBirthdayOn(leapDay, '2028-02-29')).toBe(true);
    expect(isBirthdayOn(leapDay, '2028-02-28')).toBe(false);
    expect(isBirthdayOn(leapDay, '2100-02-28')).toBe(true); // 2100 is not a leap year
    expect(isBirthdayOn(leapDay, '2000-02-29')).toBe(true); // 2000 was
    expect(isBirthdayOn({ day: 28, month: 2 }, '2028-02-28')).toBe(true);
    expect(isBirthdayOn({ day: 15, month: 6 }, '2026-06-15')).toBe(true);
    expect(isBirthdayOn({ day: 15, month: 6 }, '2026-07-15')).toBe(false);
  });

  it('taking the birthday away turns the wall off with it', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    expect(personRecords(doc).get('jo01')).toMatchObject({ birthdayOnWall: true });
    setBirthday(doc, 'jo01', undefined, true);
    expect(personRecords(doc).get('jo01')).toEqual({ name: 'Jo', nameDisplay: 'full' });
  });

  it('a new name from the server keeps the birthday', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    introduce(doc, 'jo01', { name: 'Joanna', nameDisplay: 'initial' });
    expect(personRecords(doc).get('jo01')).toEqual({
      name: 'Joanna',
      nameDisplay: 'initial',
      birthday: { day: 15, month: 6 },
      birthdayOnWall: true,
    });
  });
});

describe('the wall says it on the day, in the house time zone, for those who turned it on', () => {
  it('only people who turned "Show on the wall" on, and are still in the house', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    setBirthday(doc, 'sam02', { day: 15, month: 6 }, false);
    setBirthday(doc, 'kit03', { day: 16, month: 6 }, true);
    expect(birthdaysOnWall(doc, '2026-06-15')).toEqual(['jo01']);
    expect(birthdaysOnWall(doc, '2026-06-16')).toEqual(['kit03']);
    expect(birthdaysOnWall(doc, '2026-06-14')).toEqual([]);
    personRecords(doc).update('jo01', { leftAt: NOW });
    expect(birthdaysOnWall(doc, '2026-06-15')).toEqual([]);
  });

  it('on the day in a pinned zone: already the 15th in Auckland while still the 14th in UTC', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    const lateOn14th = at('2026-06-14T20:00:00Z');
    expect(birthdayNames(houseOf(doc, 'Pacific/Auckland'), lateOn14th)).toEqual(['Jo']);
    expect(birthdayNames(houseOf(doc, 'UTC'), lateOn14th)).toEqual([]);
  });

  it('across midnight in the house: not at 23:59 the night before, yes at 00:00, gone at 00:00 after', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    const house = houseOf(doc, 'America/New_York'); // UTC−4 in June
    expect(dayInZone(at('2026-06-15T03:59:00Z'), 'America/New_York')).toBe('2026-06-14');
    expect(birthdayNames(house, at('2026-06-15T03:59:00Z'))).toEqual([]);
    expect(birthdayNames(house, at('2026-06-15T04:00:00Z'))).toEqual(['Jo']);
    expect(birthdayNames(house, at('2026-06-16T03:59:00Z'))).toEqual(['Jo']);
    expect(birthdayNames(house, at('2026-06-16T04:00:00Z'))).toEqual([]);
  });

  it('names as each person chose: in full, an initial, a hidden name not at all; initials in visitor mode', () => {
    const doc = board();
    for (const id of ['jo01', 'sam02', 'kit03', 'ash04']) {
      setBirthday(doc, id, { day: 15, month: 6 }, true);
    }
    const house = houseOf(doc, 'UTC');
    expect(birthdayNames(house, NOW)).toEqual(['Jo', 'K.', 'Sam']);
    setVisitorMode(doc, true, NOW);
    expect(birthdayNames(house, NOW)).toEqual(['J.', 'K.', 'S.']);
  });
});

describe("a birthday is its person's own", () => {
  it('their own phone may set it; another member, staff and the wall are refused, and it stays', () => {
    const server = serverCopy('board', NOW);
    const first = server.device();
    introduce(first, 'jo01', { name: 'Jo', nameDisplay: 'full' });
    expect(server.send(first, writer('jo01'))).toBeUndefined();

    const jo = server.device();
    setBirthday(jo, 'jo01', { day: 15, month: 6 }, true);
    expect(server.send(jo, writer('jo01'))).toBeUndefined();

    for (const [id, role] of [
      ['sam02', 'member'],
      ['kai05', 'staff'],
      ['rosa06', 'admin'],
      ['wall07', 'kiosk'],
    ] as const) {
      const other = server.device();
      setBirthday(other, 'jo01', { day: 1, month: 1 }, false);
      expect(server.send(other, writer(id, role))).toBeDefined();
      const wiper = server.device();
      setBirthday(wiper, 'jo01', undefined, false);
      expect(server.send(wiper, writer(id, role))).toBeDefined();
    }
    expect(personRecords(server.doc).get('jo01')).toMatchObject({
      birthday: { day: 15, month: 6 },
      birthdayOnWall: true,
    });
  });

  it('the server refuses a day the month does not have, even from their own phone', () => {
    const server = serverCopy('board', NOW);
    const first = server.device();
    introduce(first, 'jo01', { name: 'Jo', nameDisplay: 'full' });
    expect(server.send(first, writer('jo01'))).toBeUndefined();
    const jo = server.device();
    personRecords(jo).map.get('jo01')!.set('birthday', { day: 31, month: 4 });
    expect(server.send(jo, writer('jo01'))).toBeDefined();
    const huge = server.device();
    personRecords(huge)
      .map.get('jo01')!
      .set('birthday', { day: 1, month: 1, note: 'x'.repeat(100_000) });
    expect(server.send(huge, writer('jo01'))).toBeDefined();
    expect(personRecords(server.doc).get('jo01')?.birthday).toBeUndefined();
  });
});

describe('what the board holds about a person, and forgetting them', () => {
  it('"what the board holds about me" shows the birthday and whether the wall says it', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 29, month: 2 }, false);
    const about = aboutPerson({ board: doc }, 'jo01', { now: NOW });
    expect(about.name).toMatchObject({ birthday: { day: 29, month: 2 }, birthdayOnWall: false });
    expect(aboutPerson({ board: doc }, 'sam02', { now: NOW }).name).not.toHaveProperty('birthday');
  });

  it('forgetting a person forgets their birthday with their entry', () => {
    const doc = board();
    setBirthday(doc, 'jo01', { day: 15, month: 6 }, true);
    personRecords(doc).update('jo01', { leftAt: NOW });
    forgetOnBoard(doc, 'jo01');
    expect(personRecords(doc).has('jo01')).toBe(false);
    expect(JSON.stringify(doc.toJSON())).not.toContain('"month"');
    expect(birthdaysOnWall(doc, '2026-06-15')).toEqual([]);
  });
});
