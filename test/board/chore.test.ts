// Chores: what needs doing on which day, who said they'd do it, whether it's done and who said
// thanks — per day, the same on every device; each chore shows once a day, and one not due today
// but missed yesterday shows once more.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addQuickChore,
  type Chore,
  choreClaimRecords,
  choreDayId,
  choreDoneRecords,
  choreRecords,
  choresOn,
  choreThanksId,
  choreThanksRecords,
  choreTurnRecords,
  claimChore,
  dayOfRecordId,
  markChoreDone,
  markChoreNotDone,
  removeChore,
  setChoreDone,
  swapTurn,
  thankFor,
} from '../../board/chore.ts';
import { forgetOldDays } from '../../board/housekeeping.ts';
import { ID_PATTERN } from '../../board/ids.ts';
import { introduce, personName } from '../../board/person.ts';
import { type Records, ValidationError } from '../../board/records.ts';
import type { Schedule } from '../../board/schedule.ts';
import { TITLE_MAX } from '../../board/text.ts';
import type { Day } from '../../board/time.ts';
import { addDays, daysBetween } from '../../board/time.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal, validateDocument } from './helpers.ts';

const chore = (title: string, extra: Partial<Chore> = {}): Chore => ({
  title,
  schedule: { kind: 'daily' },
  createdAt: at('2026-03-01T09:00:00Z'),
  ...extra,
});

// People are named by their ids; their names live in the people section.
const SAM = 'sam01';
const ALEX = 'alex02';
const KAI = 'kai03';

const daily30: Schedule = { kind: 'daily', from: '2026-03-30' };

/** The day's own chores, without yesterday's still-open ones. */
const todays = (doc: Y.Doc, day: string) => choresOn(doc, day).filter((c) => c.day === day);

/** The four sections a day's chore is kept in, one concern each. */
const DAY_SECTIONS = {
  choreDone: choreDoneRecords,
  choreClaims: choreClaimRecords,
  choreTurns: choreTurnRecords,
  choreThanks: choreThanksRecords,
};

type DayRecords = Record<keyof typeof DAY_SECTIONS, string[]>;

/**
 * Every per-day record on the board, by section name: what the chore functions wrote. Records
 * taken off (un-ticked, taken back) are kept with `removedAt` and left out here.
 */
function dayRecords(doc: Y.Doc): DayRecords {
  const keys = (name: keyof DayRecords) => {
    const records = DAY_SECTIONS[name](doc) as Records<{ removedAt?: number }>;
    expect(records.name).toBe(name);
    return [...records.map.keys()].filter((k) => records.get(k)?.removedAt === undefined).sort();
  };
  return {
    choreDone: keys('choreDone'),
    choreClaims: keys('choreClaims'),
    choreTurns: keys('choreTurns'),
    choreThanks: keys('choreThanks'),
  };
}

/** No per-day record of any kind. */
const NO_DAY_RECORDS: DayRecords = {
  choreDone: [],
  choreClaims: [],
  choreTurns: [],
  choreThanks: [],
};

describe('what a chore may say', () => {
  it('a chore title of exactly 120 characters is accepted', () => {
    const chores = choreRecords(new Y.Doc());
    const title = 'x'.repeat(TITLE_MAX);
    expect(TITLE_MAX).toBe(120);
    const id = chores.add(chore(title));
    expect(chores.get(id)?.title).toBe(title);
  });

  it('a chore title longer than 120 characters is refused with a plain sentence', () => {
    const doc = new Y.Doc();
    const error = refusal(() => choreRecords(doc).add(chore('x'.repeat(121))));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Please keep the chore to 120 characters or fewer.');
    expect(error.field).toBe('title');
    expectPlainSentence(error.message);
    expect(choreRecords(doc).values()).toEqual([]);
  });

  it('spaces around a title do not count towards the limit and are not kept', () => {
    const chores = choreRecords(new Y.Doc());
    const id = chores.add(chore(`  ${'y'.repeat(120)}  `));
    expect(chores.get(id)?.title).toBe('y'.repeat(120));
  });

  it.each([[''], ['   '], ['\n\t ']])('an empty or blank title (%j) is refused', (title) => {
    const error = refusal(() => choreRecords(new Y.Doc()).add(chore(title)));
    expect(error.message).toBe('Please write the chore.');
    expect(error.field).toBe('title');
  });

  it('a missing title is refused with the same sentence, not a type error', () => {
    const { title: _title, ...rest } = chore('x');
    const error = refusal(() => choreRecords(new Y.Doc()).add(rest as Chore));
    expect(error.message).toBe('Please write the chore.');
    expect(error.field).toBe('title');
  });

  it("an empty area ('' or spaces) is simply not given", () => {
    const chores = choreRecords(new Y.Doc());
    const a = chores.add(chore('Mop', { area: '' }));
    const b = chores.add(chore('Sweep', { area: '   ' }));
    expect(chores.get(a)).not.toHaveProperty('area');
    expect(chores.get(b)).not.toHaveProperty('area');
  });

  it('an area is at most 80 characters', () => {
    const chores = choreRecords(new Y.Doc());
    expect(chores.get(chores.add(chore('Mop', { area: 'a'.repeat(80) })))?.area).toHaveLength(80);
    const error = refusal(() => chores.add(chore('Mop', { area: 'a'.repeat(81) })));
    expect(error.message).toBe('Please keep the area to 80 characters or fewer.');
    expect(error.field).toBe('area');
  });

  it('a bad schedule is refused with the field it belongs to', () => {
    const error = refusal(() =>
      choreRecords(new Y.Doc()).add(
        chore('Mop', { schedule: { kind: 'every', days: 0, from: '2026-03-01' } }),
      ),
    );
    expect(error.message).toBe('Please choose every 1 day or more.');
    expect(error.field).toBe('schedule.days');
  });

  it('a field the board does not know is refused', () => {
    const doc = new Y.Doc();
    const error = refusal(() =>
      choreRecords(doc).add({ ...chore('Mop'), phone: '07700 900123' } as Chore),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(doc.getMap('chores').size).toBe(0);
  });
});

describe("the day's chores", () => {
  it('choresOn picks the chores that fall on that day and leaves the others out', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const daily = chores.add(chore('Wipe the table'));
    const mondays = chores.add(
      chore('Hoover the lounge', { schedule: { kind: 'weekdays', weekdays: [1] } }),
    );
    chores.add(chore('Defrost the freezer', { schedule: { kind: 'once', day: '2026-04-01' } }));
    // 30 March 2026 is a Monday.
    expect(
      todays(doc, '2026-03-30')
        .map((c) => c.id)
        .sort(),
    ).toEqual([daily, mondays].sort());
    expect(todays(doc, '2026-03-31').map((c) => c.id)).toEqual([daily]);
    expect(
      todays(doc, '2026-04-01')
        .map((c) => c.chore.title)
        .sort(),
    ).toEqual(['Defrost the freezer', 'Wipe the table']);
  });

  it('lists what is left to do first, each group in title order', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    // Starting today, so nothing is left over from yesterday.
    const from = { schedule: { kind: 'daily', from: '2026-03-30' } } as const;
    const bins = chores.add(chore('Bins', from));
    chores.add(chore('Windows', from));
    chores.add(chore('Dishes', from));
    markChoreDone(doc, bins, '2026-03-30', SAM, 1);
    expect(choresOn(doc, '2026-03-30').map((c) => c.chore.title)).toEqual([
      'Dishes',
      'Windows',
      'Bins',
    ]);
  });

  it('a broken chore does not stop the day from listing', () => {
    const doc = new Y.Doc();
    choreRecords(doc).add(chore('Dishes'));
    doc.getMap('chores').set('broken01', new Y.Map([['title', '']]));
    expect(todays(doc, '2026-03-30').map((c) => c.chore.title)).toEqual(['Dishes']);
    expect(choresOn(doc, '2026-03-30').every((c) => c.chore.title === 'Dishes')).toBe(true);
  });

  it('each listed chore carries its id, day, day id, the chore itself (without the id) and its day state', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes', { area: 'kitchen', schedule: daily30 }));
    expect(choresOn(doc, '2026-03-30')).toEqual([
      {
        id,
        dayId: choreDayId(id, '2026-03-30'),
        day: '2026-03-30',
        chore: chore('Dishes', { area: 'kitchen', schedule: daily30 }),
        turn: undefined,
        claimedBy: undefined,
        done: undefined,
        thanks: [],
        stillOpen: false,
      },
    ]);
  });
});

describe("yesterday's chores nobody got to", () => {
  // 29 March 2026 is a Sunday, 30 March a Monday, 31 March a Tuesday.
  const sundays: Schedule = { kind: 'weekdays', weekdays: [0] };

  it("a daily chore shows once the next day: today's, never yesterday's undone one beside it", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    expect(choresOn(doc, '2026-03-30').map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-03-30', false],
    ]);
  });

  it("a chore not due today but undone yesterday shows once, still open, under yesterday's day", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Hoover the lounge', { schedule: sundays }));
    expect(choresOn(doc, '2026-03-30')).toMatchObject([
      { id, day: '2026-03-29', dayId: choreDayId(id, '2026-03-29'), stillOpen: true },
    ]);
    expect(choresOn(doc, '2026-03-30')[0]?.since).toBeUndefined();
  });

  it('a chore done yesterday does not come back today', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Hoover the lounge', { schedule: sundays }));
    markChoreDone(doc, id, '2026-03-29', SAM, at('2026-03-29T19:00:00Z'));
    expect(choresOn(doc, '2026-03-30')).toEqual([]);
  });

  it("the day before yesterday's undone chore never shows: it is shown once, then it leaves", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(
      chore('Water the plants', { schedule: { kind: 'every', days: 3, from: '2026-03-27' } }),
    );
    const shown = (day: string) => choresOn(doc, day).map((c) => [c.id, c.day, c.stillOpen]);
    expect(shown('2026-03-28')).toEqual([[id, '2026-03-27', true]]);
    expect(shown('2026-03-29')).toEqual([]);
    expect(shown('2026-03-30')).toEqual([[id, '2026-03-30', false]]);
  });

  it('only a day the chore fell on can be still open: a Monday chore shows on Tuesday, not Wednesday', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(
      chore('Hoover the lounge', { schedule: { kind: 'weekdays', weekdays: [1] } }),
    );
    expect(choresOn(doc, '2026-03-30').map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-03-30', false],
    ]);
    expect(choresOn(doc, '2026-03-31').map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-03-30', true],
    ]);
    expect(choresOn(doc, '2026-04-01')).toEqual([]);
  });

  it("ticking yesterday's chore done from today's list ticks yesterday's and takes it off", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Hoover the lounge', { schedule: sundays }));
    const [open] = choresOn(doc, '2026-03-30');
    markChoreDone(doc, id, open!.day, SAM, at('2026-03-30T08:00:00Z'));
    expect(choresOn(doc, '2026-03-30')).toEqual([]);
    expect(todays(doc, '2026-03-29')[0]?.done?.by).toBe(SAM);
  });

  it("a still-open chore keeps yesterday's claim and turn", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(
      chore('Hoover the lounge', { schedule: sundays, rotation: [SAM, ALEX] }),
    );
    claimChore(doc, id, '2026-03-29', ALEX);
    const [open] = choresOn(doc, '2026-03-30').filter((c) => c.stillOpen);
    const yesterday = choresOn(doc, '2026-03-29').find((c) => c.day === '2026-03-29');
    expect(open?.claimedBy).toBe(ALEX);
    expect(open?.turn).toBe(yesterday?.turn);
  });

  it("today's to-do comes first, then what was carried over, then what's done; each in title order", () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const bins = chores.add(chore('Bins'));
    chores.add(chore('Windows'));
    chores.add(chore('Dishes', { schedule: sundays }));
    const oven = chores.add(chore('Oven', { schedule: sundays }));
    chores.add(chore('Fridge', { schedule: { kind: 'once', day: '2026-03-27' } }));
    markChoreDone(doc, bins, '2026-03-30', SAM, 1);
    markChoreDone(doc, oven, '2026-03-29', SAM, 2);
    expect(
      choresOn(doc, '2026-03-30').map((c) => [c.chore.title, c.stillOpen, c.since, !!c.done]),
    ).toEqual([
      ['Windows', false, undefined, false],
      ['Dishes', true, undefined, false],
      ['Fridge', false, '2026-03-27', false],
      ['Bins', false, undefined, true],
    ]);
  });

  // A chore made today with no start day (the phone's chore form and seedHouse write
  // { kind: 'daily' } with no `from`) falls on yesterday by its schedule, but nobody could have
  // got to it then.
  it('a chore added today is not shown as left over from yesterday', () => {
    const doc = new Y.Doc();
    // 13:00Z on 30 March is after the end of 29 March everywhere (UTC-12 ends it at 12:00Z).
    const made = at('2026-03-30T13:00:00Z');
    const daily = choreRecords(doc).add(chore('Dishes', { createdAt: made }));
    choreRecords(doc).add(chore('Hoover the lounge', { schedule: sundays, createdAt: made }));
    expect(choresOn(doc, '2026-03-30').map((c) => [c.id, c.day])).toEqual([[daily, '2026-03-30']]);
    for (const zone of ['Pacific/Kiritimati', 'Europe/London', 'Etc/GMT+12']) {
      expect(
        choresOn(doc, '2026-03-30', zone).filter((c) => c.stillOpen),
        zone,
      ).toEqual([]);
    }
  });

  it('a chore added today is left over tomorrow if nobody did it', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(
      chore('Hoover the lounge', {
        schedule: { kind: 'weekdays', weekdays: [1] },
        createdAt: at('2026-03-30T13:00:00Z'),
      }),
    );
    expect(
      choresOn(doc, '2026-03-31')
        .filter((c) => c.stillOpen)
        .map((c) => [c.id, c.day]),
    ).toEqual([[id, '2026-03-30']]);
  });

  it('a chore added at any time yesterday is left over today, from the first moment of yesterday', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    chores.add(chore('Early', { schedule: sundays, createdAt: at('2026-03-29T00:00:00Z') }));
    chores.add(chore('Late', { schedule: sundays, createdAt: at('2026-03-29T23:59:59Z') }));
    chores.add(chore('Today', { schedule: sundays, createdAt: at('2026-03-30T00:00:00Z') }));
    expect(
      choresOn(doc, '2026-03-30')
        .filter((c) => c.stillOpen)
        .map((c) => c.chore.title),
    ).toEqual(['Early', 'Late']);
  });

  it("whether a chore existed yesterday goes by the house's time zone (UTC when none is given)", () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    // 23:30Z on 29 March is 00:30 on 30 March in London (BST from 01:00Z that day): made today.
    const lateEvening = chores.add(
      chore('Dishes', { schedule: sundays, createdAt: at('2026-03-29T23:30:00Z') }),
    );
    // 02:00Z on 30 March is 22:00 on 29 March in New York (EDT): made yesterday.
    const smallHours = chores.add(
      chore('Bins', { schedule: sundays, createdAt: at('2026-03-30T02:00:00Z') }),
    );
    const stillOpen = (zone?: string) =>
      choresOn(doc, '2026-03-30', zone)
        .filter((c) => c.stillOpen)
        .map((c) => c.id);
    expect(stillOpen()).toEqual([lateEvening]);
    expect(stillOpen('UTC')).toEqual([lateEvening]);
    expect(stillOpen('Europe/London')).toEqual([]);
    expect(stillOpen('America/New_York').sort()).toEqual([lateEvening, smallHours].sort());
  });

  it('a chore with a start day of today has no yesterday, whenever it was made', () => {
    const doc = new Y.Doc();
    choreRecords(doc).add(chore('Dishes', { schedule: daily30 }));
    choreRecords(doc).add(
      chore('Hoover the lounge', { schedule: { kind: 'every', days: 2, from: '2026-03-31' } }),
    );
    expect(choresOn(doc, '2026-03-30').map((c) => c.chore.title)).toEqual(['Dishes']);
  });
});

describe('marking a chore done', () => {
  it('setChoreDone is a tap on either screen: done (by whom, if anyone), then not done', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    const when = at('2026-03-30T08:15:00Z');
    setChoreDone(doc, id, '2026-03-30', true, SAM, when);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: when, by: SAM });
    setChoreDone(doc, id, '2026-03-30', false, undefined, when + 1);
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
    expect(choreDoneRecords(doc).get(choreDayId(id, '2026-03-30'))?.removedAt).toBe(when + 1);
    setChoreDone(doc, id, '2026-03-30', true, undefined, when + 2);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: when + 2 });
  });

  it('markChoreDone records when and by whom, for that day only', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    const when = at('2026-03-30T08:15:00Z');
    markChoreDone(doc, id, '2026-03-30', SAM, when);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: when, by: SAM });
    expect(todays(doc, '2026-03-31')[0]?.done).toBeUndefined();
    expect(todays(doc, '2026-03-29')[0]?.done).toBeUndefined();
  });

  it('done on the kiosk (nobody named) is still done, with nobody named', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', undefined, 42);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: 42, by: undefined });
  });

  it('marking it done again replaces who did it', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 10);
    markChoreDone(doc, id, '2026-03-30', undefined, 20);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: 20, by: undefined });
    expect(choreDoneRecords(doc).values()).toHaveLength(1);
    expect(choreDoneRecords(doc).get(choreDayId(id, '2026-03-30'))).not.toHaveProperty('by');
  });

  it("the tick is one record in choreDone under the chore's day id, holding when and who", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 10);
    markChoreDone(doc, id, '2026-03-31', undefined, 11);
    expect(choreDoneRecords(doc).name).toBe('choreDone');
    expect(doc.getMap('choreDone').toJSON()).toEqual({
      [choreDayId(id, '2026-03-30')]: { at: 10, by: SAM },
      [choreDayId(id, '2026-03-31')]: { at: 11 },
    });
    expect(dayRecords(doc)).toMatchObject({ choreClaims: [], choreTurns: [], choreThanks: [] });
  });

  it('markChoreNotDone undoes it for that day', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 10);
    markChoreDone(doc, id, '2026-03-31', ALEX, 11);
    markChoreNotDone(doc, id, '2026-03-30');
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
    expect(todays(doc, '2026-03-31')[0]?.done).toEqual({ at: 11, by: ALEX });
    expect(dayRecords(doc).choreDone).toEqual([choreDayId(id, '2026-03-31')]);
  });

  it('markChoreNotDone on a day never marked leaves nothing behind', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreNotDone(doc, id, '2026-03-30');
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
  });

  it.each([
    ['a free name', 'Sam Smith'],
    ['a name with an accent', 'Zoë'],
    ['an id over 64 characters', 'n'.repeat(65)],
  ])('who did it must be a person id, not %s: refused, and nothing is marked', (_what, by) => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    const error = refusal(() => markChoreDone(doc, id, '2026-03-30', by, 1));
    expect(error.field).toBe('by');
    expect(error.message).toBe('That person is not on the board.');
    expectPlainSentence(error.message);
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
  });

  it('who did it shows with the name they chose, and a changed choice shows at once', () => {
    const doc = new Y.Doc();
    introduce(doc, SAM, { name: 'Sam', nameDisplay: 'full' });
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    const by = () => personName(doc, todays(doc, '2026-03-30')[0]?.done?.by);
    expect(by()).toBe('Sam');
    introduce(doc, SAM, { name: 'Sam', nameDisplay: 'initial' });
    expect(by()).toBe('S.');
    introduce(doc, SAM, { name: 'Sam', nameDisplay: 'hidden' });
    expect(by()).toBeUndefined();
  });

  it('the day id is the chore and the day, and is a valid item id', () => {
    expect(choreDayId('abc123', '2026-03-30')).toBe('abc123_2026-03-30');
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    expect(choreDayId(id, '2026-03-30')).toMatch(ID_PATTERN);
  });

  it('two devices marking the same chore done on the same morning end with one day entry', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    const b = copyOf(a);
    markChoreDone(a, id, '2026-03-30', SAM, 100);
    markChoreDone(b, id, '2026-03-30', ALEX, 200);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(dayRecords(doc)).toEqual({
        ...NO_DAY_RECORDS,
        choreDone: [choreDayId(id, '2026-03-30')],
      });
      expect(
        choreDoneRecords(doc)
          .entries()
          .every((e) => e.ok),
      ).toBe(true);
    }
    const doneA = todays(a, '2026-03-30')[0]?.done;
    expect([
      { at: 100, by: SAM },
      { at: 200, by: ALEX },
    ]).toContainEqual(doneA);
    expect(todays(b, '2026-03-30')[0]?.done).toEqual(doneA);
  });

  it('done on one device and undone on another after sync shows the same on both', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 100);
    const b = copyOf(a);
    markChoreNotDone(b, id, '2026-03-30');
    exchange(a, b);
    expect(todays(a, '2026-03-30')[0]?.done).toBeUndefined();
    expect(todays(b, '2026-03-30')[0]?.done).toBeUndefined();
  });
});

describe('"I\'ll do it": claiming a chore', () => {
  it('a claim names who will do it, for that day only, and does not tick it done', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: undefined });
    expect(todays(doc, '2026-03-31')[0]?.claimedBy).toBeUndefined();
  });

  it('claiming with nobody takes the claim back', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    claimChore(doc, id, '2026-03-30', undefined);
    expect(todays(doc, '2026-03-30')[0]?.claimedBy).toBeUndefined();
    // Taken back softly: the record stays, marked, so the server can tell it from a wipe.
    expect(choreClaimRecords(doc).get(choreDayId(id, '2026-03-30'))).toHaveProperty('removedAt');
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
  });

  it('taking back a claim nobody made writes nothing', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', undefined);
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
    expect(todays(doc, '2026-03-30')[0]?.claimedBy).toBeUndefined();
  });

  it("the claim is one record in choreClaims under the chore's day id, naming who", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    claimChore(doc, id, '2026-03-30', ALEX);
    expect(choreClaimRecords(doc).name).toBe('choreClaims');
    expect(doc.getMap('choreClaims').toJSON()).toEqual({
      [choreDayId(id, '2026-03-30')]: { by: ALEX },
    });
    expect(dayRecords(doc)).toMatchObject({ choreDone: [], choreTurns: [], choreThanks: [] });
  });

  it('a later claim by someone else replaces the first', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    claimChore(doc, id, '2026-03-30', ALEX);
    expect(todays(doc, '2026-03-30')[0]?.claimedBy).toBe(ALEX);
  });

  it('ticking a claimed chore done, and un-ticking it, keeps the claim', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    markChoreDone(doc, id, '2026-03-30', SAM, 5);
    expect(todays(doc, '2026-03-30')[0]).toMatchObject({
      claimedBy: SAM,
      done: { at: 5, by: SAM },
    });
    markChoreNotDone(doc, id, '2026-03-30');
    expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: undefined });
  });

  it('a claim must name a person id', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    const error = refusal(() => claimChore(doc, id, '2026-03-30', 'Sam Smith'));
    expect(error.field).toBe('by');
    expect(error.message).toBe('That person is not on the board.');
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
  });

  it('a claim made on one device shows on the other', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    const b = copyOf(a);
    claimChore(a, id, '2026-03-30', SAM);
    exchange(a, b);
    expect(todays(b, '2026-03-30')[0]?.claimedBy).toBe(SAM);
  });

  // On a brand-new day neither device has a record for the chore yet. The claim and the tick
  // are kept in different sections, so whichever device Yjs favours, neither is lost.
  it.each([
    [1, 2],
    [2, 1],
  ])(
    'a claim on one device and a done tick on another, before they sync, both survive (client ids %i and %i)',
    (kiosk, phone) => {
      const a = new Y.Doc();
      a.clientID = kiosk;
      const id = choreRecords(a).add(chore('Dishes'));
      const b = new Y.Doc();
      b.clientID = phone;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      claimChore(b, id, '2026-03-30', SAM); // Sam's phone
      markChoreDone(a, id, '2026-03-30', undefined, 100); // the kiosk
      exchange(a, b);
      for (const doc of [a, b]) {
        expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: { at: 100 } });
      }
    },
  );

  it('a claim, a tick and a swap made on three devices at once on a brand-new day all survive', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes', { rotation: [SAM, ALEX, KAI] }));
    const b = copyOf(a);
    const c = copyOf(a);
    claimChore(a, id, '2026-03-30', ALEX);
    markChoreDone(b, id, '2026-03-30', ALEX, 100);
    swapTurn(c, id, '2026-03-30', KAI);
    exchange(a, b);
    exchange(b, c);
    exchange(a, b);
    for (const doc of [a, b, c]) {
      expect(todays(doc, '2026-03-30')[0]).toMatchObject({
        claimedBy: ALEX,
        done: { at: 100, by: ALEX },
        turn: KAI,
      });
    }
  });

  it('when the day already has an entry, a claim and a done tick made at once both survive', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    claimChore(a, id, '2026-03-30', ALEX);
    const b = copyOf(a);
    claimChore(b, id, '2026-03-30', SAM);
    markChoreDone(a, id, '2026-03-30', undefined, 100);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: { at: 100 } });
    }
  });
});

describe('thanks', () => {
  it('anyone can thank whoever did a done chore, once each; the thanks list person ids in order', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', KAI);
    thankFor(doc, id, '2026-03-30', ALEX);
    thankFor(doc, id, '2026-03-30', KAI);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([ALEX, KAI]);
    expect(choreThanksRecords(doc).values()).toHaveLength(2);
  });

  it('each thanks is its own record in choreThanks, under the chore, the day and the person', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', ALEX, 50);
    thankFor(doc, id, '2026-03-30', ALEX, 60); // a second thanks keeps the first
    thankFor(doc, id, '2026-03-30', KAI, 70);
    expect(choreThanksRecords(doc).name).toBe('choreThanks');
    expect(choreThanksId(id, '2026-03-30', ALEX)).toBe(`${id}_2026-03-30_${ALEX}`);
    expect(doc.getMap('choreThanks').toJSON()).toEqual({
      [choreThanksId(id, '2026-03-30', ALEX)]: { at: 50 },
      [choreThanksId(id, '2026-03-30', KAI)]: { at: 70 },
    });
    expect(
      choreThanksRecords(doc)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
  });

  it('a thanks id is a valid item id for the ids the board makes', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    expect(choreThanksId(id, '2026-03-30', 'a1b2c3d4e5f60718')).toMatch(ID_PATTERN);
  });

  it('a chore that is not done cannot be thanked, and nothing is written', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    thankFor(doc, id, '2026-03-30', ALEX);
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
    claimChore(doc, id, '2026-03-30', SAM);
    thankFor(doc, id, '2026-03-30', ALEX);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
    expect(dayRecords(doc).choreThanks).toEqual([]);
  });

  it('un-ticking a chore clears its thanks; ticking it again starts with none', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', ALEX, 1);
    thankFor(doc, id, '2026-03-30', KAI, 1);
    markChoreNotDone(doc, id, '2026-03-30');
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
    markChoreDone(doc, id, '2026-03-30', SAM, 2);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
    // Thanking the new tick counts again, from the same record.
    thankFor(doc, id, '2026-03-30', ALEX, 3);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([ALEX]);
  });

  it("un-ticking leaves each thanks its giver's own record: no screen changes another's", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', ALEX, 1);
    const before = JSON.stringify(doc.getMap('choreThanks').toJSON());
    markChoreNotDone(doc, id, '2026-03-30');
    expect(JSON.stringify(doc.getMap('choreThanks').toJSON())).toBe(before);
  });

  it("un-ticking takes away only that day's thanks for that chore", () => {
    const doc = new Y.Doc();
    const dishes = choreRecords(doc).add(chore('Dishes'));
    const bins = choreRecords(doc).add(chore('Bins'));
    for (const [id, day] of [
      [dishes, '2026-03-29'],
      [dishes, '2026-03-30'],
      [bins, '2026-03-30'],
    ] as const) {
      markChoreDone(doc, id, day, SAM, 1);
      thankFor(doc, id, day, ALEX);
    }
    markChoreNotDone(doc, dishes, '2026-03-30');
    const thanksOn = (id: string, day: Day) =>
      todays(doc, day).find((c) => c.id === id && c.day === day)?.thanks;
    expect(thanksOn(dishes, '2026-03-29')).toEqual([ALEX]);
    expect(thanksOn(dishes, '2026-03-30')).toEqual([]);
    expect(thanksOn(bins, '2026-03-30')).toEqual([ALEX]);
  });

  it('un-ticking (the tick and its thanks) reaches another device as one change', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    thankFor(a, id, '2026-03-30', ALEX);
    thankFor(a, id, '2026-03-30', KAI);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    markChoreNotDone(a, id, '2026-03-30');
    expect(updates).toBe(1);
    expect(todays(b, '2026-03-30')[0]).toMatchObject({ done: undefined, thanks: [] });
  });

  it("thanks belong to that day's chore only", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-29', SAM, 1);
    markChoreDone(doc, id, '2026-03-30', SAM, 2);
    thankFor(doc, id, '2026-03-29', ALEX);
    expect(todays(doc, '2026-03-29')[0]?.thanks).toEqual([ALEX]);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
  });

  // Each thanks is its own record, so thanks given on two devices before they sync both count.
  it('two people thanking on two devices at once are both thanked', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    const b = copyOf(a);
    thankFor(a, id, '2026-03-30', ALEX);
    thankFor(b, id, '2026-03-30', KAI);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect([...(todays(doc, '2026-03-30')[0]?.thanks ?? [])].sort()).toEqual([ALEX, KAI].sort());
    }
  });

  it('the same person thanking on two devices at once counts once', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    const b = copyOf(a);
    thankFor(a, id, '2026-03-30', ALEX, 10);
    thankFor(b, id, '2026-03-30', ALEX, 20);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([ALEX]);
      expect(choreThanksRecords(doc).values()).toHaveLength(1);
    }
  });

  it('thanks must come from a person id: a free name is refused, and nothing is written', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    const error = refusal(() => thankFor(doc, id, '2026-03-30', 'Alex B'));
    expect(error.message).toBe('That person is not on the board.');
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
    expect(dayRecords(doc).choreThanks).toEqual([]);
  });

  // Person ids are at most 24 characters, so every per-person record id stays valid.
  it('a person id long enough to tick a chore can thank for it, and the board stays valid', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    expect(() => markChoreDone(doc, id, '2026-03-30', 'p'.repeat(25), 1)).toThrow(
      /not on the board/,
    );
    expect(() => thankFor(doc, id, '2026-03-30', 'p'.repeat(25))).toThrow(/not on the board/);
    const longId = 'p'.repeat(24);
    markChoreDone(doc, id, '2026-03-30', longId, 1);
    claimChore(doc, id, '2026-03-30', longId);
    expect(() => validateDocument(doc, 'board')).not.toThrow();
    thankFor(doc, id, '2026-03-30', longId);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([longId]);
    expect(
      choreThanksRecords(doc)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
    expect(() => validateDocument(doc, 'board')).not.toThrow();
  });

  it('un-ticking on one device while someone thanks on another leaves no thanks on the undone chore', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 10);
    const b = copyOf(a);
    markChoreNotDone(a, id, '2026-03-30');
    thankFor(b, id, '2026-03-30', KAI, 15);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(todays(doc, '2026-03-30')[0]).toMatchObject({ done: undefined, thanks: [] });
    }
    markChoreDone(a, id, '2026-03-30', SAM, 20);
    expect(todays(a, '2026-03-30')[0]?.thanks).toEqual([]);
  });
});

describe('removing a chore', () => {
  it('removeChore takes the chore off the day but keeps it and its day entries', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const dishes = chores.add(chore('Dishes'));
    const bins = chores.add(chore('Bins'));
    markChoreDone(doc, dishes, '2026-03-29', SAM, 1);
    markChoreDone(doc, dishes, '2026-03-30', SAM, 2);
    markChoreDone(doc, bins, '2026-03-30', ALEX, 3);
    claimChore(doc, dishes, '2026-03-31', KAI);
    thankFor(doc, dishes, '2026-03-30', ALEX);
    const before = dayRecords(doc);
    removeChore(doc, dishes, at('2026-03-30T12:00:00Z'));
    expect(todays(doc, '2026-03-30').map((c) => c.id)).toEqual([bins]);
    expect(chores.values().map((c) => c.id)).toEqual([bins]);
    expect(chores.recentlyRemoved(0).map((c) => [c.id, c.removedAt])).toEqual([
      [dishes, at('2026-03-30T12:00:00Z')],
    ]);
    expect(dayRecords(doc)).toEqual(before);
    expect(dayRecords(doc)).toEqual({
      ...NO_DAY_RECORDS,
      choreDone: [
        choreDayId(dishes, '2026-03-29'),
        choreDayId(dishes, '2026-03-30'),
        choreDayId(bins, '2026-03-30'),
      ].sort(),
      choreClaims: [choreDayId(dishes, '2026-03-31')],
      choreThanks: [choreThanksId(dishes, '2026-03-30', ALEX)],
    });
  });

  it('a removed chore brought back has its ticks, claims and thanks as they were', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const dishes = chores.add(chore('Dishes'));
    markChoreDone(doc, dishes, '2026-03-30', SAM, 2);
    claimChore(doc, dishes, '2026-03-30', SAM);
    thankFor(doc, dishes, '2026-03-30', ALEX);
    removeChore(doc, dishes, 10);
    chores.restore(dishes);
    expect(todays(doc, '2026-03-30')).toMatchObject([
      { id: dishes, done: { at: 2, by: SAM }, claimedBy: SAM, thanks: [ALEX], stillOpen: false },
    ]);
    expect(chores.recentlyRemoved(0)).toEqual([]);
  });

  it("a removed chore leaves no still-open entry for yesterday's undone day either", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    removeChore(doc, id, 10);
    expect(choresOn(doc, '2026-03-30')).toEqual([]);
  });

  it('the removal reaches another device as one change', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    removeChore(a, id, 50);
    expect(updates).toBe(1);
    expect(choreRecords(b).values()).toEqual([]);
    expect(choresOn(b, '2026-03-30')).toEqual([]);
    expect(
      choreRecords(b)
        .recentlyRemoved(0)
        .map((c) => c.id),
    ).toEqual([id]);
    expect(dayRecords(b)).toEqual({ ...NO_DAY_RECORDS, choreDone: [choreDayId(id, '2026-03-30')] });
  });
});

describe("the day in a day record's id", () => {
  it('dayOfRecordId reads the day from a chore day id and from a thanks id', () => {
    expect(dayOfRecordId(choreDayId('abc123', '2026-03-30'))).toBe('2026-03-30');
    expect(dayOfRecordId(choreThanksId('abc123', '2026-03-30', 'sam01'))).toBe('2026-03-30');
    expect(dayOfRecordId(choreThanksId('abc123', '2026-03-30', 'sam_01'))).toBe('2026-03-30');
  });

  it('an id with no day in it has none', () => {
    expect(dayOfRecordId('abc123')).toBeUndefined();
  });
});

describe('forgetting old chore days', () => {
  const today = '2026-03-30';

  function withDays(offsets: number[]) {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes'));
    for (const offset of offsets) markChoreDone(doc, id, addDays(today, offset), SAM, 1);
    const kept = () =>
      [...choreDoneRecords(doc).map.keys()].map((k) => daysBetween(today, k.slice(id.length + 1)));
    return { doc, kept };
  }

  it('keeps the last 14 days (a record 14 days old stays, 15 days old goes) and says how many went', () => {
    const { doc, kept } = withDays([-20, -16, -15, -14, -13, -1, 0]);
    expect(forgetOldDays(doc, today)).toBe(3);
    expect(kept().sort((x, y) => x - y)).toEqual([-14, -13, -1, 0]);
  });

  it('forgets old claims, swaps, ticks and each thanks alike, and counts every record', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes')); // no rotation: a swap writes one day
    const old = addDays(today, -15);
    const kept = addDays(today, -14);
    for (const day of [old, kept]) {
      claimChore(doc, id, day, SAM);
      markChoreDone(doc, id, day, SAM, 1);
      thankFor(doc, id, day, ALEX);
      thankFor(doc, id, day, KAI);
      swapTurn(doc, id, day, ALEX);
    }
    expect(Object.values(dayRecords(doc)).flat()).toHaveLength(10);
    expect(forgetOldDays(doc, today)).toBe(5); // a claim, a tick, a swap and two thanks
    expect(dayRecords(doc)).toEqual({
      choreDone: [choreDayId(id, kept)],
      choreClaims: [choreDayId(id, kept)],
      choreTurns: [choreDayId(id, kept)],
      choreThanks: [choreThanksId(id, kept, ALEX), choreThanksId(id, kept, KAI)],
    });
  });

  it('a record whose id names no day is forgotten too', () => {
    const doc = new Y.Doc();
    doc.getMap('choreDone').set('nodayhere', new Y.Map([['at', 1]]));
    expect(forgetOldDays(doc, today)).toBe(1);
    expect(dayRecords(doc)).toEqual(NO_DAY_RECORDS);
  });

  it("a chore whose id holds '_' keeps today's records when old days are forgotten", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Bins'), 'kitchen_1');
    markChoreDone(doc, id, today, SAM, 1);
    expect(forgetOldDays(doc, today)).toBe(0);
    expect(todays(doc, today)[0]?.done).toEqual({ at: 1, by: SAM });
    expect(dayOfRecordId(choreDayId(id, today))).toBe(today);
  });

  it("keeps future days (a swap already agreed) and yesterday's, which may still be open", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(chore('Dishes', { rotation: [SAM, ALEX] }));
    swapTurn(doc, id, addDays(today, 5), ALEX);
    markChoreDone(doc, id, addDays(today, -1), SAM, 1);
    claimChore(doc, id, addDays(today, 3), ALEX);
    thankFor(doc, id, addDays(today, -1), KAI);
    const before = dayRecords(doc);
    expect(before.choreTurns.length).toBeGreaterThan(0);
    expect(forgetOldDays(doc, today)).toBe(0);
    expect(dayRecords(doc)).toEqual(before);
  });

  it('keepDays can be chosen', () => {
    const { doc, kept } = withDays([-8, -7, -6, 0]);
    expect(forgetOldDays(doc, today, 7)).toBe(1);
    expect(kept().sort((x, y) => x - y)).toEqual([-7, -6, 0]);
  });

  it('forgetting reaches another device as one change, and again finds nothing to forget', () => {
    const { doc, kept } = withDays([-30, -20, -15, 0]);
    const other = copyOf(doc);
    let updates = 0;
    doc.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(other, update);
    });
    expect(forgetOldDays(doc, today)).toBe(3);
    expect(updates).toBe(1);
    expect(kept()).toEqual([0]);
    expect(dayRecords(other)).toEqual(dayRecords(doc));
    expect(forgetOldDays(doc, today)).toBe(0);
  });
});

describe('a chore added on the wall by touch', () => {
  it('is once (there until someone does it), or every day from today, and anyone can do it', () => {
    const doc = new Y.Doc();
    const today = '2026-11-27';
    const once = addQuickChore(doc, 'Hoover the lounge', 'once', today, at('2026-11-27T10:00:00Z'));
    const daily = addQuickChore(doc, 'Feed the cat', 'daily', today, at('2026-11-27T10:00:00Z'));
    expect(choreRecords(doc).get(once)?.schedule).toEqual({ kind: 'once', day: today });
    expect(choreRecords(doc).get(daily)?.schedule).toEqual({ kind: 'daily', from: today });
    expect(choreRecords(doc).get(daily)?.rotation).toBeUndefined();
    const shownOn = (day: string) =>
      choresOn(doc, day).map((chore) => [chore.chore.title, chore.since ?? null]);
    expect(shownOn(today)).toEqual([
      ['Feed the cat', null],
      ['Hoover the lounge', null],
    ]);
    expect(shownOn(addDays(today, 1))).toEqual([
      ['Feed the cat', null],
      ['Hoover the lounge', today],
    ]);
    expect(shownOn(addDays(today, -1))).toEqual([]);
    markChoreDone(doc, once, today, undefined, at('2026-11-28T09:00:00Z'));
    expect(shownOn(addDays(today, 2))).toEqual([['Feed the cat', null]]);
  });

  it('refuses a title past the limit with a plain sentence', () => {
    const error = refusal(() =>
      addQuickChore(new Y.Doc(), 'x'.repeat(TITLE_MAX + 1), 'once', '2026-11-27'),
    );
    expectPlainSentence(error.message);
  });
});
