// Day after day, chores never pile up: a recurring chore shows once a day (yesterday's left
// undone only on a day it does not come round, and only that next day); a one-off waits, since
// its own day, until someone does it, then leaves; the nightly tidy keeps what a waiting one-off
// needs and forgets a finished one. Walked through a month with a change of clocks in it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addQuickChore,
  type Chore,
  type ChoreToday,
  choreClaimRecords,
  choreDayId,
  choreDoneRecords,
  choreRecords,
  choresOn,
  choreThanksRecords,
  claimChore,
  markChoreDone,
  markChoreNotDone,
  removeChore,
  thankFor,
} from '../../board/chore.ts';
import { forgetOldDays, tidy } from '../../board/housekeeping.ts';
import type { Schedule } from '../../board/schedule.ts';
import { addDays, type Day, dayInZone, instantInZone } from '../../board/time.ts';
import { at, exchange, validateDocument } from './helpers.ts';

const SAM = 'sam01';
const ALEX = 'alex02';

/** What a person sees of a chore on a day: which day it is kept under, and how it is shown. */
type Shown = [title: string, day: Day, how: string];

function shown(item: ChoreToday): Shown {
  const how = item.done
    ? 'done'
    : item.since
      ? `since ${item.since}`
      : item.stillOpen
        ? 'still open'
        : 'to do';
  return [item.chore.title, item.day, how];
}

/** Sunday is 0, as the board counts weekdays. */
const weekday = (day: Day) => new Date(`${day}T12:00:00Z`).getUTCDay();
const daysFrom = (from: Day, to: Day) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A recurring chore as the test expects it, written out apart from the board's own rules. */
interface Recurring {
  title: string;
  schedule: Schedule;
  dueOn: (day: Day) => boolean;
  /** Whether it is ticked done on a day it is due (by the walk's day number). */
  doneOn: (day: Day, n: number) => boolean;
  done: Set<Day>;
  id?: string;
}

/** A one-off as the test expects it: added on its day at `addedAt`, done on `doneOn` if ever. */
interface OneOff {
  title: string;
  /** Walk day number it is for and added on (negative: before the walk). */
  on: number;
  /** Walk day number it is done on, and the house's hour; never when absent. */
  done?: { on: number; time: string };
  /** Someone says "I'll do it" on its own day. */
  claimed?: boolean;
  id?: string;
  day?: Day;
  doneDay?: Day;
}

function month(first: Day) {
  const recurring: Recurring[] = [
    {
      title: 'Dishes',
      schedule: { kind: 'daily' },
      dueOn: () => true,
      doneOn: (_, n) => n % 2 === 0,
      done: new Set(),
    },
    {
      title: 'Wipe the table',
      schedule: { kind: 'daily' },
      dueOn: () => true,
      doneOn: () => false,
      done: new Set(),
    },
    {
      title: 'Mop the floor',
      schedule: { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] },
      dueOn: (day) => weekday(day) >= 1 && weekday(day) <= 5,
      doneOn: (day) => weekday(day) !== 5,
      done: new Set(),
    },
    {
      title: 'Hoover the lounge',
      schedule: { kind: 'weekdays', weekdays: [1, 4] },
      dueOn: (day) => weekday(day) === 1 || weekday(day) === 4,
      doneOn: (day) => weekday(day) === 1,
      done: new Set(),
    },
    {
      title: 'Water the plants',
      schedule: { kind: 'every', days: 3, from: addDays(first, -2) },
      dueOn: (day) => daysFrom(addDays(first, -2), day) % 3 === 0,
      doneOn: (_, n) => n % 2 === 1,
      done: new Set(),
    },
    {
      title: 'Clean the fridge',
      schedule: { kind: 'weekdays', weekdays: [6] },
      dueOn: (day) => weekday(day) === 6,
      doneOn: () => false,
      done: new Set(),
    },
  ];
  const oneOffs: OneOff[] = [
    // Waits the whole month and more, said "I'll do it" to on its first day.
    { title: 'Fix the shelf', on: -3, claimed: true },
    { title: 'Defrost the freezer', on: 2, done: { on: 5, time: '21:30' } },
    { title: 'Buy light bulbs', on: 10, done: { on: 10, time: '09:00' } },
    // Ticked on the day the clocks change (day 20 of the walk), in its small hours and late.
    { title: 'Return the library books', on: 18, done: { on: 20, time: '01:30' } },
    { title: 'Sort the post', on: 19, done: { on: 20, time: '23:30' } },
    { title: 'Paint the gate', on: 26 },
  ];
  return { recurring, oneOffs };
}

/**
 * Walks `days` days from `first` in `zone`: a phone and the wall edit the board, the server's copy
 * tidies every night, and each day every screen's list is checked against what a person expects.
 */
function walk(zone: string, first: Day, days: number) {
  const house = new Y.Doc();
  const wall = new Y.Doc();
  const { recurring, oneOffs } = month(first);
  const before = instantInZone(addDays(first, -10), '12:00', zone);
  for (const chore of recurring)
    chore.id = choreRecords(house).add({
      title: chore.title,
      schedule: chore.schedule,
      createdAt: before,
    });
  exchange(house, wall);

  const checkDay = (day: Day, n: number) => {
    const yesterday = addDays(day, -1);
    const expected: Shown[] = [];
    for (const chore of recurring) {
      if (chore.dueOn(day)) {
        expected.push([chore.title, day, chore.done.has(day) ? 'done' : 'to do']);
      } else if (chore.dueOn(yesterday) && !chore.done.has(yesterday)) {
        expected.push([chore.title, yesterday, 'still open']);
      }
    }
    for (const oneOff of oneOffs) {
      if (!oneOff.day || oneOff.on > n) continue;
      const doneBy = oneOff.doneDay && oneOff.doneDay <= day;
      if (oneOff.day === day) expected.push([oneOff.title, day, doneBy ? 'done' : 'to do']);
      else if (!doneBy) expected.push([oneOff.title, oneOff.day, `since ${oneOff.day}`]);
      else if (oneOff.doneDay === day) expected.push([oneOff.title, oneOff.day, 'done']);
    }
    for (const doc of [house, wall]) {
      const list = choresOn(doc, day, zone);
      // Never twice: one entry per chore, whatever the day.
      expect(new Set(list.map((c) => c.id)).size, `${day}: a chore shows twice`).toBe(list.length);
      expect(list.map(shown).sort(), day).toEqual(expected.sort());
    }
  };

  for (let n = 0; n < days; n++) {
    const day = addDays(first, n);
    const clock = (time: string) => instantInZone(day, time, zone);
    // The server's nightly tidy, on the house's clock, reaches the wall as any change would.
    tidy(house, 'board', clock('03:00'), zone);
    exchange(house, wall);

    for (const oneOff of oneOffs) {
      if (oneOff.on === n || (n === 0 && oneOff.on < 0)) {
        oneOff.day = addDays(first, oneOff.on);
        // Added on the wall by touch, at noon on its own day (or, before the walk, as it was).
        oneOff.id = addQuickChore(wall, oneOff.title, 'once', oneOff.day, clock('12:00'));
        if (oneOff.claimed) claimChore(wall, oneOff.id, oneOff.day, SAM);
      }
    }
    exchange(house, wall);
    checkDay(day, n);

    // The day's ticks: recurring chores on the phone (the server's copy), one-offs on the wall.
    for (const chore of recurring) {
      if (chore.dueOn(day) && chore.doneOn(day, n)) {
        markChoreDone(house, chore.id!, day, ALEX, clock('18:00'));
        chore.done.add(day);
      }
    }
    for (const oneOff of oneOffs) {
      if (oneOff.done?.on !== n) continue;
      const tickedAt = clock(oneOff.done.time);
      // Whatever day it is ticked on, it is ticked under its own day.
      const item = choresOn(wall, dayInZone(tickedAt, zone), zone).find((c) => c.id === oneOff.id);
      expect(item?.day, oneOff.title).toBe(oneOff.day);
      markChoreDone(wall, oneOff.id!, item!.day, undefined, tickedAt);
      oneOff.doneDay = dayInZone(tickedAt, zone);
    }
    exchange(house, wall);
    checkDay(day, n);
  }
  return { house, wall, recurring, oneOffs };
}

describe('a month of days never piles chores up', () => {
  const walks = [
    // London's clocks go forward on 28 March 2027; New York's go back on 1 November 2026.
    { zone: 'Europe/London', first: '2027-03-08', change: '2027-03-28' },
    { zone: 'America/New_York', first: '2026-10-12', change: '2026-11-01' },
  ];

  for (const { zone, first, change } of walks) {
    it(`in ${zone}, across the change of clocks on ${change}: each chore at most once a day, recurring ones on their days, one-offs until done`, () => {
      const days = 40;
      expect(daysFrom(first, change)).toBe(20);
      const { house, wall, oneOffs } = walk(zone, first, days);
      const last = addDays(first, days - 1);

      // The one-off nobody did is still there after 40 days, since its day, with its claim.
      const shelf = oneOffs.find((o) => o.title === 'Fix the shelf')!;
      const waiting = choresOn(wall, last, zone).find((c) => c.id === shelf.id);
      expect(waiting).toMatchObject({ day: shelf.day, since: shelf.day, claimedBy: SAM });
      expect(daysFrom(shelf.day!, last)).toBeGreaterThan(14);

      // One-offs done more than two weeks back are forgotten with their day records.
      const titles = choreRecords(house)
        .values()
        .map((c) => c.title);
      expect(titles).not.toContain('Defrost the freezer');
      expect(titles).not.toContain('Buy light bulbs');
      expect(titles).toContain('Paint the gate');
      for (const doc of [house, wall]) {
        const dayIds = [...choreDoneRecords(doc).map.keys(), ...choreClaimRecords(doc).map.keys()];
        const old = dayIds.filter((id) => id.slice(-10) < addDays(last, -14));
        // What is older than the two weeks kept belongs to the one-off still waiting.
        expect(old).toEqual([choreDayId(shelf.id!, shelf.day!)]);
      }
      validateDocument(house, 'board');
    });
  }
});

describe('a one-off chore', () => {
  const LONDON = 'Europe/London';
  const once = (day: Day, createdAt = at(`${day}T10:00:00Z`)): Chore => ({
    title: 'Defrost the freezer',
    schedule: { kind: 'once', day },
    createdAt,
  });

  it("is not shown before its day, and on its day is simply today's", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(once('2027-03-10', at('2027-03-01T10:00:00Z')));
    expect(choresOn(doc, '2027-03-09', LONDON)).toEqual([]);
    expect(choresOn(doc, '2027-03-10', LONDON)).toMatchObject([
      { id, day: '2027-03-10', stillOpen: false },
    ]);
    expect(choresOn(doc, '2027-03-10', LONDON)[0]?.since).toBeUndefined();
  });

  it('keeps its claim, turn and un-ticked tick under its own day while it waits', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(once('2027-03-10'));
    claimChore(doc, id, '2027-03-10', SAM);
    markChoreDone(doc, id, '2027-03-10', SAM, at('2027-03-10T18:00:00Z'));
    markChoreNotDone(doc, id, '2027-03-10', at('2027-03-10T18:05:00Z'));
    const [item] = choresOn(doc, '2027-03-14', LONDON);
    expect(item).toMatchObject({
      id,
      day: '2027-03-10',
      dayId: choreDayId(id, '2027-03-10'),
      since: '2027-03-10',
      claimedBy: SAM,
      stillOpen: false,
    });
    expect(item?.done).toBeUndefined();
  });

  it('ticked on a later day shows done, with its thanks, for the rest of that day only', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(once('2027-03-26'));
    // 00:30 on Sunday 28 March, the night London's clocks go forward, is 00:30Z.
    markChoreDone(doc, id, '2027-03-26', SAM, at('2027-03-28T00:30:00Z'));
    thankFor(doc, id, '2027-03-26', ALEX, at('2027-03-28T09:00:00Z'));
    expect(choresOn(doc, '2027-03-28', LONDON)).toMatchObject([
      { id, day: '2027-03-26', done: { by: SAM }, thanks: [ALEX] },
    ]);
    expect(choresOn(doc, '2027-03-28', LONDON)[0]?.since).toBeUndefined();
    expect(choresOn(doc, '2027-03-29', LONDON)).toEqual([]);
    // In New York it was still the 27th (20:30 EDT): done that day there, gone on the 28th.
    expect(choresOn(doc, '2027-03-27', 'America/New_York')).toMatchObject([{ id }]);
    expect(choresOn(doc, '2027-03-28', 'America/New_York')).toEqual([]);
  });

  it('taken off the board is gone from every day; brought back, it waits again with its claim', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(once('2027-03-01'));
    claimChore(doc, id, '2027-03-01', SAM);
    removeChore(doc, id, at('2027-03-20T10:00:00Z'));
    expect(choresOn(doc, '2027-03-20', LONDON)).toEqual([]);
    // Tidy while it is in "recently removed": its records stay, so bringing it back is whole.
    tidy(doc, 'board', at('2027-03-22T03:00:00Z'), LONDON);
    choreRecords(doc).restore(id);
    expect(choresOn(doc, '2027-03-22', LONDON)).toMatchObject([
      { id, since: '2027-03-01', claimedBy: SAM },
    ]);
  });
});

describe('the nightly tidy and one-off chores', () => {
  const LONDON = 'Europe/London';
  const TODAY = '2027-04-10';
  const NOW = instantInZone(TODAY, '03:00', LONDON);
  const once = (title: string, day: Day): Chore => ({
    title,
    schedule: { kind: 'once', day },
    createdAt: at(`${day}T10:00:00Z`),
  });

  it('keeps every record of a one-off still waiting, however old its day', () => {
    const doc = new Y.Doc();
    const day = addDays(TODAY, -30);
    const id = choreRecords(doc).add(once('Fix the shelf', day));
    claimChore(doc, id, day, SAM);
    markChoreDone(doc, id, day, SAM, at(`${day}T18:00:00Z`));
    markChoreNotDone(doc, id, day, at(`${day}T18:05:00Z`));
    expect(tidy(doc, 'board', NOW, LONDON)).toBe(0);
    expect(choresOn(doc, TODAY, LONDON)).toMatchObject([{ id, since: day, claimedBy: SAM }]);
    // The tick taken back is kept too, so the chore can never come back done (nor vanish).
    expect(choreDoneRecords(doc).has(choreDayId(id, day))).toBe(true);
  });

  it('forgets a one-off done more than two weeks ago, with its records: it never comes back open', () => {
    const doc = new Y.Doc();
    const day = addDays(TODAY, -20);
    const id = choreRecords(doc).add(once('Defrost the freezer', day));
    claimChore(doc, id, day, SAM);
    markChoreDone(doc, id, day, SAM, at(`${day}T18:00:00Z`));
    thankFor(doc, id, day, ALEX, at(`${day}T19:00:00Z`));
    // The chore, its tick, its claim and the thanks.
    expect(tidy(doc, 'board', NOW, LONDON)).toBe(4);
    expect(choreRecords(doc).has(id)).toBe(false);
    for (const records of [choreDoneRecords, choreClaimRecords, choreThanksRecords])
      expect(records(doc).map.size).toBe(0);
    for (let d = 0; d < 30; d++) expect(choresOn(doc, addDays(TODAY, d), LONDON)).toEqual([]);
  });

  it('keeps a one-off done recently even when its own day is long past, until two weeks after the tick', () => {
    const doc = new Y.Doc();
    const day = addDays(TODAY, -40);
    const id = choreRecords(doc).add(once('Sort the garage', day));
    const ticked = instantInZone(addDays(TODAY, -1), '20:00', LONDON);
    markChoreDone(doc, id, day, SAM, ticked);
    expect(tidy(doc, 'board', NOW, LONDON)).toBe(0);
    expect(choreRecords(doc).has(id)).toBe(true);
    expect(choresOn(doc, addDays(TODAY, -1), LONDON)).toMatchObject([{ id, done: { by: SAM } }]);
    expect(choresOn(doc, TODAY, LONDON)).toEqual([]);
    expect(forgetOldDays(doc, addDays(TODAY, 13), 14, LONDON)).toBe(0);
    expect(forgetOldDays(doc, addDays(TODAY, 14), 14, LONDON)).toBe(2);
    expect(choreRecords(doc).has(id)).toBe(false);
  });

  it("forgets a recurring chore's old days as before, and leaves the chore itself", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add({
      title: 'Dishes',
      schedule: { kind: 'daily' },
      createdAt: at('2027-01-01T10:00:00Z'),
    });
    const old = addDays(TODAY, -20);
    claimChore(doc, id, old, SAM);
    markChoreDone(doc, id, old, SAM, at(`${old}T18:00:00Z`));
    expect(tidy(doc, 'board', NOW, LONDON)).toBe(2);
    expect(choreRecords(doc).has(id)).toBe(true);
    expect(choresOn(doc, TODAY, LONDON)).toMatchObject([{ id, day: TODAY }]);
  });

  it('run on the server and a device at once, both end with the same board', () => {
    const server = new Y.Doc();
    const waiting = choreRecords(server).add(once('Fix the shelf', addDays(TODAY, -30)));
    const done = choreRecords(server).add(once('Defrost the freezer', addDays(TODAY, -20)));
    claimChore(server, waiting, addDays(TODAY, -30), SAM);
    markChoreDone(server, done, addDays(TODAY, -20), SAM, at(`${addDays(TODAY, -20)}T18:00:00Z`));
    const device = new Y.Doc();
    exchange(server, device);
    tidy(server, 'board', NOW, LONDON);
    tidy(device, 'board', NOW, LONDON);
    exchange(server, device);
    for (const doc of [server, device]) {
      expect(choresOn(doc, TODAY, LONDON).map((c) => [c.id, c.since, c.claimedBy])).toEqual([
        [waiting, addDays(TODAY, -30), SAM],
      ]);
      expect(choreRecords(doc).has(done)).toBe(false);
    }
  });
});
