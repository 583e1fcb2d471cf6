// Chores: what needs doing on which day, who said they'd do it, whether it's done and who said
// thanks — per day, the same on every device; yesterday's undone ones show once more.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  choreDayId,
  choreDaySection,
  choreSection,
  choresOn,
  claimChore,
  forgetOldChoreDays,
  markChoreDone,
  markChoreNotDone,
  removeChore,
  swapTurn,
  thankFor,
} from '../../board/chore.ts';
import { ID_PATTERN } from '../../board/ids.ts';
import { introduce, personName } from '../../board/person.ts';
import type { Schedule } from '../../board/schedule.ts';
import { ValidationError } from '../../board/section.ts';
import { TITLE_MAX } from '../../board/text.ts';
import { addDays, daysBetween } from '../../board/time.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

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

describe('what a chore may say', () => {
  it('a chore title of exactly 120 characters is accepted', () => {
    const chores = choreSection(new Y.Doc());
    const title = 'x'.repeat(TITLE_MAX);
    expect(TITLE_MAX).toBe(120);
    const id = chores.add(chore(title));
    expect(chores.get(id)?.title).toBe(title);
  });

  it('a chore title longer than 120 characters is refused with a plain sentence', () => {
    const doc = new Y.Doc();
    const error = refusal(() => choreSection(doc).add(chore('x'.repeat(121))));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Please keep the chore to 120 characters or fewer.');
    expect(error.field).toBe('title');
    expectPlainSentence(error.message);
    expect(choreSection(doc).values()).toEqual([]);
  });

  it('spaces around a title do not count towards the limit and are not kept', () => {
    const chores = choreSection(new Y.Doc());
    const id = chores.add(chore(`  ${'y'.repeat(120)}  `));
    expect(chores.get(id)?.title).toBe('y'.repeat(120));
  });

  it.each([[''], ['   '], ['\n\t ']])('an empty or blank title (%j) is refused', (title) => {
    const error = refusal(() => choreSection(new Y.Doc()).add(chore(title)));
    expect(error.message).toBe('Please write the chore.');
    expect(error.field).toBe('title');
  });

  it('a missing title is refused with the same sentence, not a type error', () => {
    const { title: _title, ...rest } = chore('x');
    const error = refusal(() => choreSection(new Y.Doc()).add(rest as Chore));
    expect(error.message).toBe('Please write the chore.');
    expect(error.field).toBe('title');
  });

  it("an empty area ('' or spaces) is simply not given", () => {
    const chores = choreSection(new Y.Doc());
    const a = chores.add(chore('Mop', { area: '' }));
    const b = chores.add(chore('Sweep', { area: '   ' }));
    expect(chores.get(a)).not.toHaveProperty('area');
    expect(chores.get(b)).not.toHaveProperty('area');
  });

  it('an area is at most 80 characters', () => {
    const chores = choreSection(new Y.Doc());
    expect(chores.get(chores.add(chore('Mop', { area: 'a'.repeat(80) })))?.area).toHaveLength(80);
    const error = refusal(() => chores.add(chore('Mop', { area: 'a'.repeat(81) })));
    expect(error.message).toBe('Please keep the area to 80 characters or fewer.');
    expect(error.field).toBe('area');
  });

  it('a bad schedule is refused with the field it belongs to', () => {
    const error = refusal(() =>
      choreSection(new Y.Doc()).add(
        chore('Mop', { schedule: { kind: 'every', days: 0, from: '2026-03-01' } }),
      ),
    );
    expect(error.message).toBe('Please choose every 1 day or more.');
    expect(error.field).toBe('schedule.days');
  });

  it('a field the board does not know is refused', () => {
    const doc = new Y.Doc();
    const error = refusal(() =>
      choreSection(doc).add({ ...chore('Mop'), phone: '07700 900123' } as Chore),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(doc.getMap('chores').size).toBe(0);
  });
});

describe("the day's chores", () => {
  it('choresOn picks the chores that fall on that day and leaves the others out', () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
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
    const chores = choreSection(doc);
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
    choreSection(doc).add(chore('Dishes'));
    doc.getMap('chores').set('broken01', new Y.Map([['title', '']]));
    expect(todays(doc, '2026-03-30').map((c) => c.chore.title)).toEqual(['Dishes']);
    expect(choresOn(doc, '2026-03-30').every((c) => c.chore.title === 'Dishes')).toBe(true);
  });

  it('each listed chore carries its id, day, day id, the chore itself (without the id) and its day state', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes', { area: 'kitchen', schedule: daily30 }));
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
  it("yesterday's undone chore shows today, once, marked still open and under yesterday's day", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const open = choresOn(doc, '2026-03-30').filter((c) => c.stillOpen);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      id,
      day: '2026-03-29',
      dayId: choreDayId(id, '2026-03-29'),
      stillOpen: true,
    });
    // Today's own instance is there too, and is not marked still open.
    expect(todays(doc, '2026-03-30')).toMatchObject([{ id, stillOpen: false }]);
  });

  it('a chore done yesterday does not come back today', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-29', SAM, at('2026-03-29T19:00:00Z'));
    expect(choresOn(doc, '2026-03-30').filter((c) => c.stillOpen)).toEqual([]);
  });

  it("the day before yesterday's undone chore never shows: it is shown once, then it leaves", () => {
    const doc = new Y.Doc();
    choreSection(doc).add(chore('Dishes'));
    const days = (day: string) => choresOn(doc, day).map((c) => c.day);
    expect(days('2026-03-30')).not.toContain('2026-03-28');
    expect(days('2026-03-30')).toContain('2026-03-29');
    expect(days('2026-03-31')).not.toContain('2026-03-29');
  });

  it('only a day the chore fell on can be still open: a Monday chore shows on Tuesday, not Wednesday', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(
      chore('Hoover the lounge', { schedule: { kind: 'weekdays', weekdays: [1] } }),
    );
    // 30 March 2026 is a Monday.
    expect(choresOn(doc, '2026-03-30').map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-03-30', false],
    ]);
    expect(choresOn(doc, '2026-03-31').map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-03-30', true],
    ]);
    expect(choresOn(doc, '2026-04-01')).toEqual([]);
  });

  it("ticking yesterday's chore done from today's list takes it off, and leaves today's as it was", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const [open] = choresOn(doc, '2026-03-30').filter((c) => c.stillOpen);
    markChoreDone(doc, id, open!.day, SAM, at('2026-03-30T08:00:00Z'));
    expect(choresOn(doc, '2026-03-30').filter((c) => c.stillOpen)).toEqual([]);
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
  });

  it("a still-open chore keeps yesterday's claim and turn", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes', { rotation: [SAM, ALEX] }));
    claimChore(doc, id, '2026-03-29', ALEX);
    const [open] = choresOn(doc, '2026-03-30').filter((c) => c.stillOpen);
    const yesterday = choresOn(doc, '2026-03-29').find((c) => c.day === '2026-03-29');
    expect(open?.claimedBy).toBe(ALEX);
    expect(open?.turn).toBe(yesterday?.turn);
  });

  it("today's to-do comes first, then yesterday's still open, then what's done; each in title order", () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
    const bins = chores.add(chore('Bins'));
    chores.add(chore('Windows'));
    const dishes = chores.add(chore('Dishes'));
    markChoreDone(doc, bins, '2026-03-30', SAM, 1);
    markChoreDone(doc, dishes, '2026-03-29', SAM, 2);
    expect(choresOn(doc, '2026-03-30').map((c) => [c.chore.title, c.stillOpen, !!c.done])).toEqual([
      ['Dishes', false, false],
      ['Windows', false, false],
      ['Bins', true, false],
      ['Windows', true, false],
      ['Bins', false, true],
    ]);
  });

  // BUG (fails): board/chore.ts choresOn (lines 101-116; the `yesterday` branch at line 106)
  // lists yesterday's instance of every chore whose schedule fell yesterday, even one that did
  // not exist yet. A chore made today with no start day (the phone's chore form and seedHouse write { kind: 'daily' } with no `from`)
  // shows twice on its first day: today's, and a "still open" one for yesterday. Its createdAt
  // is after yesterday ended in every time zone, so nobody could have got to it.
  it('a chore added today is not shown as left over from yesterday', () => {
    const doc = new Y.Doc();
    // 13:00Z on 30 March is after the end of 29 March everywhere (UTC-12 ends it at 12:00Z).
    choreSection(doc).add(chore('Dishes', { createdAt: at('2026-03-30T13:00:00Z') }));
    expect(choresOn(doc, '2026-03-30').filter((c) => c.stillOpen)).toEqual([]);
  });
});

describe('marking a chore done', () => {
  it('markChoreDone records when and by whom, for that day only', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const when = at('2026-03-30T08:15:00Z');
    markChoreDone(doc, id, '2026-03-30', SAM, when);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: when, by: SAM });
    expect(todays(doc, '2026-03-31')[0]?.done).toBeUndefined();
    expect(todays(doc, '2026-03-29')[0]?.done).toBeUndefined();
  });

  it('done on the kiosk (nobody named) is still done, with nobody named', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', undefined, 42);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: 42, by: undefined });
  });

  it('marking it done again replaces who did it', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 10);
    markChoreDone(doc, id, '2026-03-30', undefined, 20);
    expect(todays(doc, '2026-03-30')[0]?.done).toEqual({ at: 20, by: undefined });
    expect(choreDaySection(doc).values()).toHaveLength(1);
  });

  it('markChoreNotDone undoes it for that day', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 10);
    markChoreDone(doc, id, '2026-03-31', ALEX, 11);
    markChoreNotDone(doc, id, '2026-03-30');
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
    expect(todays(doc, '2026-03-31')[0]?.done).toEqual({ at: 11, by: ALEX });
  });

  it('markChoreNotDone on a day never marked leaves nothing behind', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreNotDone(doc, id, '2026-03-30');
    expect(doc.getMap('choreDays').size).toBe(0);
  });

  it.each([
    ['a free name', 'Sam Smith'],
    ['a name with an accent', 'Zoë'],
    ['an id over 64 characters', 'n'.repeat(65)],
  ])('who did it must be a person id, not %s: refused, and nothing is marked', (_what, by) => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const error = refusal(() => markChoreDone(doc, id, '2026-03-30', by, 1));
    expect(error.field).toBe('doneBy');
    expect(error.message).toBe('That person is not on the board.');
    expectPlainSentence(error.message);
    expect(todays(doc, '2026-03-30')[0]?.done).toBeUndefined();
  });

  it('who did it shows with the name they chose, and a changed choice shows at once', () => {
    const doc = new Y.Doc();
    introduce(doc, SAM, { name: 'Sam', nameDisplay: 'full' });
    const id = choreSection(doc).add(chore('Dishes'));
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
    const id = choreSection(doc).add(chore('Dishes'));
    expect(choreDayId(id, '2026-03-30')).toMatch(ID_PATTERN);
  });

  it('two devices marking the same chore done on the same morning end with one day entry', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    const b = copyOf(a);
    markChoreDone(a, id, '2026-03-30', SAM, 100);
    markChoreDone(b, id, '2026-03-30', ALEX, 200);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect([...doc.getMap('choreDays').keys()]).toEqual([choreDayId(id, '2026-03-30')]);
      expect(
        choreDaySection(doc)
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
    const id = choreSection(a).add(chore('Dishes'));
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
    const id = choreSection(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: undefined });
    expect(todays(doc, '2026-03-31')[0]?.claimedBy).toBeUndefined();
  });

  it('claiming with nobody takes the claim back', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    claimChore(doc, id, '2026-03-30', undefined);
    expect(todays(doc, '2026-03-30')[0]?.claimedBy).toBeUndefined();
    expect(choreDaySection(doc).get(choreDayId(id, '2026-03-30'))).not.toHaveProperty('claimedBy');
  });

  it('a later claim by someone else replaces the first', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    claimChore(doc, id, '2026-03-30', SAM);
    claimChore(doc, id, '2026-03-30', ALEX);
    expect(todays(doc, '2026-03-30')[0]?.claimedBy).toBe(ALEX);
  });

  it('ticking a claimed chore done, and un-ticking it, keeps the claim', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
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
    const id = choreSection(doc).add(chore('Dishes'));
    expect(refusal(() => claimChore(doc, id, '2026-03-30', 'Sam Smith')).field).toBe('claimedBy');
  });

  it('a claim made on one device shows on the other', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    const b = copyOf(a);
    claimChore(a, id, '2026-03-30', SAM);
    exchange(a, b);
    expect(todays(b, '2026-03-30')[0]?.claimedBy).toBe(SAM);
  });

  // BUG (fails): board/chore.ts changeDay (lines 119-125) adds a whole new Y.Map under the
  // day id when the day has no entry yet. If a phone claims a chore while the kiosk ticks it done
  // before the two have synced, both create that entry and Yjs keeps only one of the two maps:
  // here the claim survives and the done tick is lost (with the client ids swapped, the tick
  // survives and the claim is lost). Expected: both the claim and the tick survive, as they do
  // when the day entry already exists (separate fields merge).
  it('a claim on one device and a done tick on another, before they sync, both survive', () => {
    const a = new Y.Doc();
    a.clientID = 1;
    const id = choreSection(a).add(chore('Dishes'));
    const b = new Y.Doc();
    b.clientID = 2;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    claimChore(b, id, '2026-03-30', SAM); // Sam's phone
    markChoreDone(a, id, '2026-03-30', undefined, 100); // the kiosk
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(todays(doc, '2026-03-30')[0]).toMatchObject({ claimedBy: SAM, done: { at: 100 } });
    }
  });

  it('when the day already has an entry, a claim and a done tick made at once both survive', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
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
  it('anyone can thank whoever did a done chore, once each, in the order they thanked', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', ALEX);
    thankFor(doc, id, '2026-03-30', KAI);
    thankFor(doc, id, '2026-03-30', ALEX);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([ALEX, KAI]);
  });

  it('a chore that is not done cannot be thanked, and nothing is written', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    thankFor(doc, id, '2026-03-30', ALEX);
    expect(doc.getMap('choreDays').size).toBe(0);
    claimChore(doc, id, '2026-03-30', SAM);
    thankFor(doc, id, '2026-03-30', ALEX);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
  });

  it('un-ticking a chore clears its thanks; ticking it again starts with none', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    thankFor(doc, id, '2026-03-30', ALEX);
    markChoreNotDone(doc, id, '2026-03-30');
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
    expect(choreDaySection(doc).get(choreDayId(id, '2026-03-30'))).not.toHaveProperty('thanks');
    markChoreDone(doc, id, '2026-03-30', SAM, 2);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
  });

  it("thanks belong to that day's chore only", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-29', SAM, 1);
    markChoreDone(doc, id, '2026-03-30', SAM, 2);
    thankFor(doc, id, '2026-03-29', ALEX);
    expect(todays(doc, '2026-03-29')[0]?.thanks).toEqual([ALEX]);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
  });

  // BUG (fails): board/chore.ts thankFor (lines 165-169) writes the whole `thanks` list as one
  // plain value. Two people thanking on two devices before these sync each write their own list,
  // and Yjs keeps only one: one thanks is silently lost. Expected: both thanks, on both devices.
  it('two people thanking on two devices at once are both thanked', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    const b = copyOf(a);
    thankFor(a, id, '2026-03-30', ALEX);
    thankFor(b, id, '2026-03-30', KAI);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect([...(todays(doc, '2026-03-30')[0]?.thanks ?? [])].sort()).toEqual([ALEX, KAI].sort());
    }
  });

  it('thanks must come from a person id', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', SAM, 1);
    expect(refusal(() => thankFor(doc, id, '2026-03-30', 'Alex B')).field).toMatch(/^thanks/);
    expect(todays(doc, '2026-03-30')[0]?.thanks).toEqual([]);
  });
});

describe('removing a chore', () => {
  it('removeChore takes the chore off the day but keeps it and its day entries', () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
    const dishes = chores.add(chore('Dishes'));
    const bins = chores.add(chore('Bins'));
    markChoreDone(doc, dishes, '2026-03-29', SAM, 1);
    markChoreDone(doc, dishes, '2026-03-30', SAM, 2);
    markChoreDone(doc, bins, '2026-03-30', ALEX, 3);
    removeChore(doc, dishes, at('2026-03-30T12:00:00Z'));
    expect(todays(doc, '2026-03-30').map((c) => c.id)).toEqual([bins]);
    expect(chores.values().map((c) => c.id)).toEqual([bins]);
    expect(chores.recentlyRemoved(0).map((c) => [c.id, c.removedAt])).toEqual([
      [dishes, at('2026-03-30T12:00:00Z')],
    ]);
    expect([...doc.getMap('choreDays').keys()].sort()).toEqual(
      [
        choreDayId(dishes, '2026-03-29'),
        choreDayId(dishes, '2026-03-30'),
        choreDayId(bins, '2026-03-30'),
      ].sort(),
    );
  });

  it('a removed chore brought back has its ticks as they were', () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
    const dishes = chores.add(chore('Dishes'));
    markChoreDone(doc, dishes, '2026-03-30', SAM, 2);
    removeChore(doc, dishes, 10);
    chores.restore(dishes);
    expect(todays(doc, '2026-03-30')).toMatchObject([
      { id: dishes, done: { at: 2, by: SAM }, stillOpen: false },
    ]);
    expect(chores.recentlyRemoved(0)).toEqual([]);
  });

  it("a removed chore leaves no still-open entry for yesterday's undone day either", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    removeChore(doc, id, 10);
    expect(choresOn(doc, '2026-03-30')).toEqual([]);
  });

  it('the removal reaches another device as one change', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', SAM, 1);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    removeChore(a, id, 50);
    expect(updates).toBe(1);
    expect(choreSection(b).values()).toEqual([]);
    expect(choresOn(b, '2026-03-30')).toEqual([]);
    expect(
      choreSection(b)
        .recentlyRemoved(0)
        .map((c) => c.id),
    ).toEqual([id]);
    expect(b.getMap('choreDays').size).toBe(1);
  });
});

describe('forgetting old chore days', () => {
  const today = '2026-03-30';

  function withDays(offsets: number[]) {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    for (const offset of offsets) markChoreDone(doc, id, addDays(today, offset), SAM, 1);
    const kept = () =>
      [...doc.getMap('choreDays').keys()].map((k) => daysBetween(today, k.slice(id.length + 1)));
    return { doc, kept };
  }

  it('keeps the last 14 days (a record 14 days old stays, 15 days old goes) and says how many went', () => {
    const { doc, kept } = withDays([-20, -16, -15, -14, -13, -1, 0]);
    expect(forgetOldChoreDays(doc, today)).toBe(3);
    expect(kept().sort((x, y) => x - y)).toEqual([-14, -13, -1, 0]);
  });

  it("keeps future days (a swap already agreed) and yesterday's, which may still be open", () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes', { rotation: [SAM, ALEX] }));
    swapTurn(doc, id, addDays(today, 5), ALEX);
    markChoreDone(doc, id, addDays(today, -1), SAM, 1);
    const before = [...doc.getMap('choreDays').keys()].sort();
    expect(forgetOldChoreDays(doc, today)).toBe(0);
    expect([...doc.getMap('choreDays').keys()].sort()).toEqual(before);
  });

  it('keepDays can be chosen', () => {
    const { doc, kept } = withDays([-8, -7, -6, 0]);
    expect(forgetOldChoreDays(doc, today, 7)).toBe(1);
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
    expect(forgetOldChoreDays(doc, today)).toBe(3);
    expect(updates).toBe(1);
    expect(kept()).toEqual([0]);
    expect([...other.getMap('choreDays').keys()]).toEqual([...doc.getMap('choreDays').keys()]);
    expect(forgetOldChoreDays(doc, today)).toBe(0);
  });
});
