// The week ahead and tomorrow: each day's groups, outings and the house meeting in time order,
// a day's meeting cancelled or moved as it will be, the house's own clock across the night the
// clocks go forward, empty days, and what needs preparing for tomorrow.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cancelGroupOn, type Group, groupRecords, moveGroupOn } from '../../board/group.ts';
import { cancelMealOn, saveMeal, setCooking } from '../../board/meal.ts';
import { tomorrow, WEEK_AHEAD_MAX_DAYS, weekAhead } from '../../board/week.ts';
import { at } from './helpers.ts';

const LONDON = 'Europe/London';

const group = (title: string, start: string, end: string, extra: Partial<Group> = {}): Group => ({
  title,
  schedule: { kind: 'daily' },
  start,
  end,
  ...extra,
});

/** A house with a daily walk, a Sunday outing, a Wednesday house meeting and a Monday art group. */
function house() {
  const doc = new Y.Doc();
  const groups = groupRecords(doc);
  const walk = groups.add(group('Walk', '10:00', '11:00', { place: 'Park' }));
  const outing = groups.add(
    group('Seaside', '09:30', '16:00', {
      schedule: { kind: 'weekdays', weekdays: [0] },
      kind: 'outing',
      note: 'Bring a coat and lunch money',
    }),
  );
  const meeting = groups.add(
    group('House meeting', '18:00', '19:00', {
      schedule: { kind: 'weekdays', weekdays: [3] },
      kind: 'meeting',
    }),
  );
  const art = groups.add(
    group('Art', '14:00', '15:30', { schedule: { kind: 'weekdays', weekdays: [1] } }),
  );
  return { doc, walk, outing, meeting, art };
}

const titles = (day: { groups: Array<{ group: Group }> }) => day.groups.map((g) => g.group.title);

describe('the week ahead', () => {
  it('gives seven days from the first, each with its groups and what they are', () => {
    const { doc } = house();
    // Thursday 25 March 2027 to Wednesday 31 March, over the night the clocks go forward.
    const week = weekAhead(doc, '2027-03-25', 7, LONDON);
    expect(week.map((d) => d.day)).toEqual([
      '2027-03-25',
      '2027-03-26',
      '2027-03-27',
      '2027-03-28',
      '2027-03-29',
      '2027-03-30',
      '2027-03-31',
    ]);
    expect(week.map((d) => d.weekday)).toEqual([4, 5, 6, 0, 1, 2, 3]);
    expect(titles(week[0]!)).toEqual(['Walk']);
    expect(titles(week[3]!)).toEqual(['Seaside', 'Walk']);
    expect(week[3]!.groups.map((g) => g.kind)).toEqual(['outing', 'group']);
    expect(titles(week[4]!)).toEqual(['Walk', 'Art']);
    expect(titles(week[6]!)).toEqual(['Walk', 'House meeting']);
    expect(week[6]!.groups[1]!.kind).toBe('meeting');
  });

  it('reads the house clock on each day, in winter time before the change and summer time after', () => {
    const { doc } = house();
    const week = weekAhead(doc, '2027-03-27', 3, LONDON);
    const walkOn = (i: number) => week[i]!.groups.find((g) => g.group.title === 'Walk')!;
    // Saturday: GMT, 10:00 is 10:00Z. Sunday (the change at 01:00Z) and Monday: BST, 09:00Z.
    expect(walkOn(0).startsAt).toBe(at('2027-03-27T10:00:00Z'));
    expect(walkOn(1).startsAt).toBe(at('2027-03-28T09:00:00Z'));
    expect(walkOn(2).startsAt).toBe(at('2027-03-29T09:00:00Z'));
    expect(walkOn(1).start).toBe('10:00');
  });

  it('keeps a cancelled day in its place, marked, and shows a moved one at its new time and place', () => {
    const { doc, walk, art } = house();
    cancelGroupOn(doc, walk, '2027-03-28');
    moveGroupOn(doc, art, '2027-03-29', { start: '09:00', place: 'Garden' });
    const week = weekAhead(doc, '2027-03-28', 2, LONDON);
    const sunday = week[0]!.groups.find((g) => g.id === walk)!;
    expect(sunday.status).toBe('cancelled');
    const monday = week[1]!;
    expect(titles(monday)).toEqual(['Art', 'Walk']);
    const moved = monday.groups[0]!;
    expect(moved.moved).toBe(true);
    expect([moved.start, moved.end, moved.place]).toEqual(['09:00', '10:30', 'Garden']);
    // Only that day moved: the next Monday is as ever.
    const next = weekAhead(doc, '2027-04-05', 1, LONDON)[0]!;
    expect(next.groups.find((g) => g.id === art)!.start).toBe('14:00');
    expect(next.groups.find((g) => g.id === walk)!.status).toBe('later');
  });

  it('gives empty days as days with nothing on, not as gaps', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(
      group('Quiz', '19:00', '20:00', { schedule: { kind: 'once', day: '2027-03-30' } }),
    );
    const week = weekAhead(doc, '2027-03-28', 7, LONDON);
    expect(week).toHaveLength(7);
    expect(week.map((d) => d.groups.length)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(weekAhead(new Y.Doc(), '2027-03-28', 7, LONDON).every((d) => !d.groups.length)).toBe(
      true,
    );
  });

  it('leaves out removed groups', () => {
    const { doc, walk } = house();
    groupRecords(doc).softRemove(walk, at('2027-03-20T12:00:00Z'));
    const week = weekAhead(doc, '2027-03-25', 7, LONDON);
    expect(week.flatMap(titles)).not.toContain('Walk');
  });

  it('marks only what has ended or is on now, never a "next" on a day ahead', () => {
    const { doc } = house();
    const now = at('2027-03-29T09:30:00Z'); // 10:30 in London on Monday, during the walk.
    const [monday, tuesday] = weekAhead(doc, '2027-03-29', 2, LONDON, now);
    expect(monday!.groups.map((g) => g.status)).toEqual(['now', 'later']);
    expect(tuesday!.groups.map((g) => g.status)).toEqual(['later']);
    const earlier = weekAhead(doc, '2027-03-29', 1, LONDON, at('2027-03-29T20:00:00Z'));
    expect(earlier[0]!.groups.map((g) => g.status)).toEqual(['past', 'past']);
  });

  it('asks for no days, or far too many, safely', () => {
    const { doc } = house();
    expect(weekAhead(doc, '2027-03-28', 0, LONDON)).toEqual([]);
    expect(weekAhead(doc, '2027-03-28', -3, LONDON)).toEqual([]);
    expect(weekAhead(doc, '2027-03-28', 10_000, LONDON)).toHaveLength(WEEK_AHEAD_MAX_DAYS);
  });
});

describe('tomorrow', () => {
  it('is the house’s tomorrow: the first thing on, and an outing’s note to prepare', () => {
    const { doc, outing } = house();
    // 23:30 on Saturday in London (still GMT): tomorrow is Sunday, the day the clocks change.
    const next = tomorrow(doc, at('2027-03-27T23:30:00Z'), LONDON);
    expect(next.day).toBe('2027-03-28');
    expect(next.first?.group.title).toBe('Seaside');
    expect(next.first?.kind).toBe('outing');
    expect(next.groups.map((g) => g.group.title)).toEqual(['Seaside', 'Walk']);
    expect(next.prepare).toEqual([
      { groupId: outing, title: 'Seaside', start: '09:30', note: 'Bring a coat and lunch money' },
    ]);
  });

  it('after midnight in the house it is the next day’s tomorrow, whatever the UTC date', () => {
    const { doc } = house();
    // 00:30 BST on Sunday 28 March is 23:30Z on the 27th: tomorrow is Monday.
    const next = tomorrow(doc, at('2027-03-27T23:30:00Z') + 3_600_000, LONDON);
    expect(next.day).toBe('2027-03-29');
    expect(next.first?.group.title).toBe('Walk');
    expect(next.prepare).toEqual([]);
  });

  it('leaves a cancelled meeting out, and skips to the next one as first', () => {
    const { doc, outing } = house();
    cancelGroupOn(doc, outing, '2027-03-28');
    const next = tomorrow(doc, at('2027-03-27T12:00:00Z'), LONDON);
    expect(next.first?.group.title).toBe('Walk');
    expect(next.groups.map((g) => g.group.title)).toEqual(['Walk']);
    // Nothing to prepare for an outing that is not on.
    expect(next.prepare).toEqual([]);
  });

  it('asks nothing to be prepared for an ordinary group’s note, or an outing without one', () => {
    const doc = new Y.Doc();
    const groups = groupRecords(doc);
    groups.add(group('Walk', '10:00', '11:00', { note: 'Meet at the door' }));
    groups.add(group('Museum', '13:00', '16:00', { kind: 'outing', note: '   ' }));
    const next = tomorrow(doc, at('2027-03-27T12:00:00Z'), LONDON);
    expect(next.groups).toHaveLength(2);
    expect(next.prepare).toEqual([]);
  });

  it('is empty when tomorrow has nothing on', () => {
    const next = tomorrow(new Y.Doc(), at('2027-03-27T12:00:00Z'), LONDON);
    expect(next).toEqual({
      day: '2027-03-28',
      groups: [],
      first: undefined,
      meals: [],
      prepare: [],
    });
  });

  it('tells tomorrow’s meals with who said they will cook, and leaves out one that is off', () => {
    const doc = new Y.Doc();
    const dinner = saveMeal(doc, undefined, {
      kind: 'dinner',
      time: '19:00',
      schedule: { kind: 'daily' },
    });
    const lunch = saveMeal(doc, undefined, {
      kind: 'lunch',
      time: '12:30',
      schedule: { kind: 'weekdays', weekdays: [0] },
    });
    setCooking(doc, dinner, '2027-03-28', 'jo-person', true, at('2027-03-27T20:00:00Z'));
    cancelMealOn(doc, lunch, '2027-03-28');
    const next = tomorrow(doc, at('2027-03-27T23:30:00Z'), LONDON);
    expect(next.meals.map((m) => [m.kind, m.time, m.cooks])).toEqual([
      ['dinner', '19:00', ['jo-person']],
    ]);
    // The week keeps the lunch that is off, marked, in its place on Sunday; the dinner every day.
    const week = weekAhead(doc, '2027-03-27', 3, LONDON);
    expect(week.map((d) => d.meals.map((m) => `${m.kind}${m.cancelled ? ' off' : ''}`))).toEqual([
      ['dinner'],
      ['lunch off', 'dinner'],
      ['dinner'],
    ]);
    // Sunday's dinner is at 19:00 summer time, the evening after the clocks go forward.
    expect(week[1]?.meals[1]?.startsAt).toBe(at('2027-03-28T18:00:00Z'));
  });
});
