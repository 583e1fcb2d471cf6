// Chores: what needs doing on which day, and whether today's is done — per day, the same on
// every device.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  choreDayId,
  choreDaySection,
  choreSection,
  choresOn,
  markChoreDone,
  markChoreNotDone,
  removeChore,
} from '../../board/chore.ts';
import { ID_PATTERN } from '../../board/ids.ts';
import { ValidationError } from '../../board/section.ts';
import { TITLE_MAX } from '../../board/text.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

const chore = (title: string, extra: Partial<Chore> = {}): Chore => ({
  title,
  schedule: { kind: 'daily' },
  createdAt: at('2026-03-01T09:00:00Z'),
  ...extra,
});

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
      choresOn(doc, '2026-03-30')
        .map((c) => c.id)
        .sort(),
    ).toEqual([daily, mondays].sort());
    expect(choresOn(doc, '2026-03-31').map((c) => c.id)).toEqual([daily]);
    expect(
      choresOn(doc, '2026-04-01')
        .map((c) => c.chore.title)
        .sort(),
    ).toEqual(['Defrost the freezer', 'Wipe the table']);
  });

  it('lists what is left to do first, each group in title order', () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
    const bins = chores.add(chore('Bins'));
    chores.add(chore('Windows'));
    chores.add(chore('Dishes'));
    markChoreDone(doc, bins, '2026-03-30', 'Sam', 1);
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
    expect(choresOn(doc, '2026-03-30').map((c) => c.chore.title)).toEqual(['Dishes']);
  });

  it('each listed chore carries its id, its day id and the chore itself (without the id)', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes', { area: 'kitchen' }));
    expect(choresOn(doc, '2026-03-30')).toEqual([
      {
        id,
        dayId: choreDayId(id, '2026-03-30'),
        chore: chore('Dishes', { area: 'kitchen' }),
        done: undefined,
      },
    ]);
  });
});

describe('marking a chore done', () => {
  it('markChoreDone records when and by whom, for that day only', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const when = at('2026-03-30T08:15:00Z');
    markChoreDone(doc, id, '2026-03-30', 'Sam', when);
    expect(choresOn(doc, '2026-03-30')[0]?.done).toEqual({ at: when, by: 'Sam' });
    expect(choresOn(doc, '2026-03-31')[0]?.done).toBeUndefined();
    expect(choresOn(doc, '2026-03-29')[0]?.done).toBeUndefined();
  });

  it('done without a name is still done, with nobody named', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', '', 42);
    expect(choresOn(doc, '2026-03-30')[0]?.done).toEqual({ at: 42, by: undefined });
  });

  it('marking it done again replaces who did it', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', 'Sam', 10);
    markChoreDone(doc, id, '2026-03-30', undefined, 20);
    expect(choresOn(doc, '2026-03-30')[0]?.done).toEqual({ at: 20, by: undefined });
    expect(choreDaySection(doc).values()).toHaveLength(1);
  });

  it('markChoreNotDone undoes it for that day', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreDone(doc, id, '2026-03-30', 'Sam', 10);
    markChoreDone(doc, id, '2026-03-31', 'Alex', 11);
    markChoreNotDone(doc, id, '2026-03-30');
    expect(choresOn(doc, '2026-03-30')[0]?.done).toBeUndefined();
    expect(choresOn(doc, '2026-03-31')[0]?.done).toEqual({ at: 11, by: 'Alex' });
  });

  it('markChoreNotDone on a day never marked leaves nothing behind', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    markChoreNotDone(doc, id, '2026-03-30');
    expect(doc.getMap('choreDays').size).toBe(0);
  });

  it('a name over 60 characters on a done mark is refused, and nothing is marked', () => {
    const doc = new Y.Doc();
    const id = choreSection(doc).add(chore('Dishes'));
    const error = refusal(() => markChoreDone(doc, id, '2026-03-30', 'n'.repeat(61), 1));
    expect(error.field).toBe('doneBy');
    expect(choresOn(doc, '2026-03-30')[0]?.done).toBeUndefined();
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
    markChoreDone(a, id, '2026-03-30', 'Sam', 100);
    markChoreDone(b, id, '2026-03-30', 'Alex', 200);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect([...doc.getMap('choreDays').keys()]).toEqual([choreDayId(id, '2026-03-30')]);
      expect(
        choreDaySection(doc)
          .entries()
          .every((e) => e.ok),
      ).toBe(true);
    }
    const doneA = choresOn(a, '2026-03-30')[0]?.done;
    expect([
      { at: 100, by: 'Sam' },
      { at: 200, by: 'Alex' },
    ]).toContainEqual(doneA);
    expect(choresOn(b, '2026-03-30')[0]?.done).toEqual(doneA);
  });

  it('done on one device and undone on another after sync shows the same on both', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', 'Sam', 100);
    const b = copyOf(a);
    markChoreNotDone(b, id, '2026-03-30');
    exchange(a, b);
    expect(choresOn(a, '2026-03-30')[0]?.done).toBeUndefined();
    expect(choresOn(b, '2026-03-30')[0]?.done).toBeUndefined();
  });
});

describe('removing a chore', () => {
  it('removeChore removes the chore and all its day entries, and no one else’s', () => {
    const doc = new Y.Doc();
    const chores = choreSection(doc);
    const dishes = chores.add(chore('Dishes'));
    const bins = chores.add(chore('Bins'));
    markChoreDone(doc, dishes, '2026-03-29', 'Sam', 1);
    markChoreDone(doc, dishes, '2026-03-30', 'Sam', 2);
    markChoreDone(doc, bins, '2026-03-30', 'Alex', 3);
    removeChore(doc, dishes);
    expect(chores.has(dishes)).toBe(false);
    expect([...doc.getMap('choreDays').keys()]).toEqual([choreDayId(bins, '2026-03-30')]);
    expect(choresOn(doc, '2026-03-30').map((c) => c.id)).toEqual([bins]);
  });

  it('the removal reaches another device as one change', () => {
    const a = new Y.Doc();
    const id = choreSection(a).add(chore('Dishes'));
    markChoreDone(a, id, '2026-03-30', 'Sam', 1);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    removeChore(a, id);
    expect(updates).toBe(1);
    expect(b.getMap('chores').size).toBe(0);
    expect(b.getMap('choreDays').size).toBe(0);
  });
});
