// Groups: the day's activities in time order, with the one on now and the next one marked,
// at the house's clock times; one day's meeting cancelled or moved, and who says they're coming.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COUNTDOWN_MINUTES,
  cancelGroupOn,
  type Group,
  groupComingRecords,
  groupDayId,
  groupDayRecords,
  groupRecords,
  groupsOn,
  moveGroupOn,
  setComing,
} from '../../board/group.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal, validateDocument } from './helpers.ts';

const LONDON = 'Europe/London';

const group = (title: string, start: string, end: string, extra: Partial<Group> = {}): Group => ({
  title,
  schedule: { kind: 'daily' },
  start,
  end,
  ...extra,
});

describe('what a group may say', () => {
  it('a group that ends before it starts is refused, pointing at the end time', () => {
    const doc = new Y.Doc();
    const error = refusal(() => groupRecords(doc).add(group('Art', '14:00', '13:30')));
    expect(error.message).toBe('Please end the group after it starts.');
    expect(error.field).toBe('end');
    expectPlainSentence(error.message);
    expect(groupRecords(doc).values()).toEqual([]);
  });

  it('a group that ends when it starts is refused too', () => {
    const error = refusal(() => groupRecords(new Y.Doc()).add(group('Art', '14:00', '14:00')));
    expect(error.field).toBe('end');
  });

  it('moving only the start past the end is refused', () => {
    const groups = groupRecords(new Y.Doc());
    const id = groups.add(group('Art', '14:00', '15:00'));
    const error = refusal(() => groups.update(id, { start: '15:30' }));
    expect(error.field).toBe('end');
    expect(groups.get(id)?.start).toBe('14:00');
  });

  it.each([
    ['start', '9:00', 'Please give the start time as HH:MM.'],
    ['start', '25:00', 'Please give the start time as HH:MM.'],
    ['end', '10.30', 'Please give the end time as HH:MM.'],
  ])('a %s time of %j is refused with "%s"', (field, value, message) => {
    const error = refusal(() =>
      groupRecords(new Y.Doc()).add({ ...group('Art', '08:00', '23:00'), [field]: value }),
    );
    expect(error.message).toBe(message);
    expect(error.field).toBe(field);
  });

  it('the name is required and at most 120 characters', () => {
    const groups = groupRecords(new Y.Doc());
    expect(refusal(() => groups.add(group('  ', '10:00', '11:00'))).message).toBe(
      'Please write the name of the group.',
    );
    expect(groups.add(group('g'.repeat(120), '10:00', '11:00'))).toBeTruthy();
    const error = refusal(() => groups.add(group('g'.repeat(121), '10:00', '11:00')));
    expect(error.message).toBe('Please keep the name of the group to 120 characters or fewer.');
    expect(error.field).toBe('title');
  });

  it("empty place, leader and note ('' or spaces) are simply not given", () => {
    const groups = groupRecords(new Y.Doc());
    const id = groups.add(group('Art', '10:00', '11:00', { place: '', leader: '  ', note: '' }));
    expect(groups.get(id)).toEqual(group('Art', '10:00', '11:00'));
  });

  it('a note is at most 280 characters', () => {
    const groups = groupRecords(new Y.Doc());
    expect(groups.add(group('Art', '10:00', '11:00', { note: 'n'.repeat(280) }))).toBeTruthy();
    expect(
      refusal(() => groups.add(group('Art', '10:00', '11:00', { note: 'n'.repeat(281) }))).field,
    ).toBe('note');
  });
});

describe("groupsOn: the day's groups", () => {
  // 1 July 2026, London is on BST (UTC+1): 10:00 on the house clock is 09:00Z.
  const day = '2026-07-01';
  function board() {
    const doc = new Y.Doc();
    const groups = groupRecords(doc);
    const ids = {
      lunch: groups.add(group('Lunch club', '12:00', '13:00')),
      walk: groups.add(group('Morning walk', '08:00', '09:00')),
      art: groups.add(group('Art', '10:00', '11:30')),
      film: groups.add(group('Film night', '19:00', '21:00')),
      mondays: groups.add(
        group('Monday meeting', '09:30', '10:00', {
          schedule: { kind: 'weekdays', weekdays: [1] },
        }),
      ),
    };
    return { doc, ids };
  }

  it("lists only the day's groups, in start order, with their instants in the house zone", () => {
    const { doc } = board();
    const today = groupsOn(doc, day, at('2026-07-01T06:00:00Z'), LONDON); // a Wednesday
    expect(today.map((g) => g.group.title)).toEqual([
      'Morning walk',
      'Art',
      'Lunch club',
      'Film night',
    ]);
    expect(today[1]).toMatchObject({
      startsAt: at('2026-07-01T09:00:00Z'),
      endsAt: at('2026-07-01T10:30:00Z'),
    });
  });

  it("marks what's on now, the one next, what's past and what's later", () => {
    const { doc, ids } = board();
    const now = at('2026-07-01T09:15:00Z'); // 10:15 in London: during Art
    const status = Object.fromEntries(groupsOn(doc, day, now, LONDON).map((g) => [g.id, g.status]));
    expect(status).toEqual({
      [ids.walk]: 'past',
      [ids.art]: 'now',
      [ids.lunch]: 'next',
      [ids.film]: 'later',
    });
  });

  it("only one group is 'next', even when two start at the same time", () => {
    const { doc } = board();
    groupRecords(doc).add(group('Bake', '12:00', '12:45'));
    const today = groupsOn(doc, day, at('2026-07-01T09:15:00Z'), LONDON);
    expect(today.filter((g) => g.status === 'next').map((g) => g.group.title)).toEqual(['Bake']);
    // Same start: in title order, so 'Bake' comes before 'Lunch club'.
    expect(today.map((g) => g.group.title)).toEqual([
      'Morning walk',
      'Art',
      'Bake',
      'Lunch club',
      'Film night',
    ]);
  });

  it("before the first group, it is 'next' and the rest 'later'", () => {
    const { doc } = board();
    const today = groupsOn(doc, day, at('2026-07-01T05:00:00Z'), LONDON);
    expect(today.map((g) => g.status)).toEqual(['next', 'later', 'later', 'later']);
  });

  it("after the last group, all are 'past' and none is 'next'", () => {
    const { doc } = board();
    const today = groupsOn(doc, day, at('2026-07-01T21:00:00Z'), LONDON);
    expect(today.map((g) => g.status)).toEqual(['past', 'past', 'past', 'past']);
  });

  it("a group is 'now' from its start minute and 'past' from its end minute", () => {
    const { doc, ids } = board();
    const statusAt = (iso: string) =>
      groupsOn(doc, day, at(iso), LONDON).find((g) => g.id === ids.art)?.status;
    expect(statusAt('2026-07-01T08:59:59Z')).toBe('next');
    expect(statusAt('2026-07-01T09:00:00Z')).toBe('now');
    expect(statusAt('2026-07-01T10:29:59Z')).toBe('now');
    expect(statusAt('2026-07-01T10:30:00Z')).toBe('past');
  });

  it("two overlapping groups can both be 'now'", () => {
    const { doc } = board();
    groupRecords(doc).add(group('Garden', '10:30', '12:30'));
    const today = groupsOn(doc, day, at('2026-07-01T09:45:00Z'), LONDON); // 10:45
    expect(today.filter((g) => g.status === 'now').map((g) => g.group.title)).toEqual([
      'Art',
      'Garden',
    ]);
    expect(today.find((g) => g.status === 'next')?.group.title).toBe('Lunch club');
  });

  it("uses the house's zone: the same instant is during Art in London but early morning in New York", () => {
    const { doc } = board();
    const now = at('2026-07-01T09:15:00Z'); // 10:15 London, 05:15 New York
    const london = groupsOn(doc, day, now, LONDON);
    const newYork = groupsOn(doc, day, now, 'America/New_York');
    expect(london.find((g) => g.status === 'now')?.group.title).toBe('Art');
    expect(newYork.find((g) => g.status === 'now')).toBeUndefined();
    expect(newYork.find((g) => g.status === 'next')?.group.title).toBe('Morning walk');
    // Art at 10:00 EDT is 14:00Z.
    expect(newYork.find((g) => g.group.title === 'Art')?.startsAt).toBe(at('2026-07-01T14:00:00Z'));
  });

  it('on the day the clocks go forward, a 10:00 group in London starts at 09:00Z', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Art', '10:00', '11:00'));
    groupRecords(doc).add(group('Early', '00:30', '00:45'));
    const [early, art] = groupsOn(doc, '2026-03-29', at('2026-03-29T09:30:00Z'), LONDON);
    expect(early).toMatchObject({ startsAt: at('2026-03-29T00:30:00Z'), status: 'past' }); // still GMT
    expect(art).toMatchObject({ startsAt: at('2026-03-29T09:00:00Z'), status: 'now' });
  });

  it("in Auckland, on the Saturday evening before the clocks go back, a 19:00 group is 'now' at 19:30", () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Quiz', '19:00', '20:00'));
    const now = at('2026-04-04T06:30:00Z'); // 19:30 NZDT (UTC+13)
    const [quiz] = groupsOn(doc, '2026-04-04', now, 'Pacific/Auckland');
    expect(quiz).toMatchObject({ startsAt: at('2026-04-04T06:00:00Z'), status: 'now' });
  });

  it("in New York, on the morning the clocks go forward, a 06:30 group is 'now' at 06:45", () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Early walk', '06:30', '07:30'));
    const now = at('2026-03-08T10:45:00Z'); // 06:45 EDT (UTC-4)
    const [walk] = groupsOn(doc, '2026-03-08', now, 'America/New_York');
    expect(walk).toMatchObject({ startsAt: at('2026-03-08T10:30:00Z'), status: 'now' });
  });

  it('two devices adding groups at once both see both, in the same order', () => {
    const a = new Y.Doc();
    const b = copyOf(a);
    groupRecords(a).add(group('Art', '10:00', '11:00'));
    groupRecords(b).add(group('Walk', '08:00', '09:00'));
    exchange(a, b);
    const titles = (doc: Y.Doc) =>
      groupsOn(doc, day, at('2026-07-01T06:00:00Z'), LONDON).map((g) => g.group.title);
    expect(titles(a)).toEqual(['Walk', 'Art']);
    expect(titles(b)).toEqual(['Walk', 'Art']);
  });

  // Finding (passes; documents a hazard): each field merges on its own, so two edits that are
  // valid alone can merge into a group that ends before it starts. It is then shown as an error
  // entry (not thrown), and groupsOn leaves it out of the day.
  it('two valid time edits from two devices can merge into an end-before-start group, shown as an error entry', () => {
    const a = new Y.Doc();
    const id = groupRecords(a).add(group('Art', '10:00', '11:00'));
    const b = copyOf(a);
    groupRecords(a).update(id, { end: '10:30' }); // 10:00-10:30, fine on A
    groupRecords(b).update(id, { start: '10:45' }); // 10:45-11:00, fine on B
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(groupRecords(doc).entries()).toEqual([
        { id, ok: false, error: 'Please end the group after it starts.' },
      ]);
      expect(groupsOn(doc, day, at('2026-07-01T06:00:00Z'), LONDON)).toEqual([]);
    }
  });
});

describe('one day of a group: cancelled, moved, and who is coming', () => {
  // 1 July 2026 is a Wednesday; London is on BST (UTC+1).
  const day = '2026-07-01';
  const tomorrow = '2026-07-02';
  const early = at('2026-07-01T05:00:00Z'); // 06:00 in London, before every group
  function board() {
    const doc = new Y.Doc();
    const groups = groupRecords(doc);
    const ids = {
      walk: groups.add(group('Morning walk', '08:00', '09:00', { place: 'Front door' })),
      art: groups.add(group('Art', '10:00', '11:30', { place: 'Lounge' })),
      lunch: groups.add(group('Lunch club', '12:00', '13:00')),
    };
    return { doc, ids };
  }
  const on = (doc: Y.Doc, d: string, now: number) => groupsOn(doc, d, now, LONDON);
  const find = (doc: Y.Doc, d: string, id: string, now = early) =>
    on(doc, d, now).find((g) => g.id === id);

  it("cancelling marks that day's meeting 'cancelled' and leaves the other days alone", () => {
    const { doc, ids } = board();
    cancelGroupOn(doc, ids.art, day);
    expect(find(doc, day, ids.art)?.status).toBe('cancelled');
    expect(find(doc, tomorrow, ids.art, at('2026-07-02T05:00:00Z'))?.status).toBe('later');
    expect(find(doc, '2026-06-30', ids.art, at('2026-06-30T05:00:00Z'))?.status).toBe('later');
    expect(groupRecords(doc).get(ids.art)).not.toHaveProperty('cancelled');
  });

  it("a cancelled group is still listed in its place, and 'next' goes to the group after it", () => {
    const { doc, ids } = board();
    cancelGroupOn(doc, ids.art, day);
    const now = at('2026-07-01T08:30:00Z'); // 09:30: the walk is over, Art would be next
    expect(on(doc, day, now).map((g) => [g.id, g.status])).toEqual([
      [ids.walk, 'past'],
      [ids.art, 'cancelled'],
      [ids.lunch, 'next'],
    ]);
  });

  it("a cancelled group stays 'cancelled' during and after its time, with no countdown", () => {
    const { doc, ids } = board();
    cancelGroupOn(doc, ids.art, day);
    for (const iso of ['2026-07-01T08:50:00Z', '2026-07-01T09:10:00Z', '2026-07-01T11:00:00Z']) {
      const art = find(doc, day, ids.art, at(iso));
      expect(art?.status).toBe('cancelled');
      expect(art?.startsInMinutes).toBeUndefined();
    }
  });

  it('un-cancelling puts it back as it was', () => {
    const { doc, ids } = board();
    cancelGroupOn(doc, ids.art, day);
    cancelGroupOn(doc, ids.art, day, false);
    expect(find(doc, day, ids.art)?.status).toBe('later');
    expect(groupDayRecords(doc).get(groupDayId(ids.art, day))).not.toHaveProperty('cancelled');
  });

  it('a removed group leaves the day, and comes back with its day changes when restored', () => {
    const { doc, ids } = board();
    cancelGroupOn(doc, ids.art, day);
    groupRecords(doc).softRemove(ids.art, early);
    expect(on(doc, day, early).map((g) => g.id)).toEqual([ids.walk, ids.lunch]);
    groupRecords(doc).restore(ids.art);
    expect(find(doc, day, ids.art)?.status).toBe('cancelled');
  });

  it('a cancellation on one device shows on the other', () => {
    const { doc: a, ids } = board();
    const b = copyOf(a);
    cancelGroupOn(a, ids.art, day);
    exchange(a, b);
    expect(find(b, day, ids.art)?.status).toBe('cancelled');
  });

  it("moving changes that day's time and place, marks it moved, and leaves the other days alone", () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '14:00', end: '15:00', place: 'Garden' });
    expect(find(doc, day, ids.art)).toMatchObject({
      start: '14:00',
      end: '15:00',
      place: 'Garden',
      moved: true,
      startsAt: at('2026-07-01T13:00:00Z'),
      endsAt: at('2026-07-01T14:00:00Z'),
    });
    expect(find(doc, tomorrow, ids.art)).toMatchObject({
      start: '10:00',
      end: '11:30',
      place: 'Lounge',
      moved: false,
    });
    expect(groupRecords(doc).get(ids.art)).toMatchObject({ start: '10:00', place: 'Lounge' });
  });

  it("a moved meeting takes its new place in the day's order, and the status goes by the new time", () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '14:00', end: '15:00' });
    expect(on(doc, day, early).map((g) => g.id)).toEqual([ids.walk, ids.lunch, ids.art]);
    const at1030 = at('2026-07-01T09:30:00Z'); // Art's usual time
    expect(find(doc, day, ids.art, at1030)?.status).toBe('later');
    expect(find(doc, day, ids.lunch, at1030)?.status).toBe('next');
    expect(find(doc, day, ids.art, at('2026-07-01T13:30:00Z'))?.status).toBe('now');
  });

  it('moving only the place keeps the time, and is shown as moved', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.walk, day, { place: 'Back garden' });
    expect(find(doc, day, ids.walk)).toMatchObject({
      start: '08:00',
      end: '09:00',
      place: 'Back garden',
      moved: true,
    });
  });

  it('moving only the start keeps the usual length, later or earlier', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '10:30' });
    expect(find(doc, day, ids.art)).toMatchObject({ start: '10:30', end: '12:00', moved: true });
    moveGroupOn(doc, ids.art, tomorrow, { start: '09:00' });
    expect(find(doc, tomorrow, ids.art)).toMatchObject({ start: '09:00', end: '10:30' });
  });

  it('a meeting moved to start after its usual end keeps its length and is on now once it starts', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '14:00' });
    expect(find(doc, day, ids.art)).toMatchObject({
      start: '14:00',
      end: '15:30',
      endsAt: at('2026-07-01T14:30:00Z'),
    });
    expect(find(doc, day, ids.art, at('2026-07-01T13:10:00Z'))?.status).toBe('now'); // 14:10
  });

  it('a meeting moved late in the evening keeps its length only up to 23:59', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '23:00' });
    expect(find(doc, day, ids.art)).toMatchObject({ start: '23:00', end: '23:59' });
    expect(find(doc, day, ids.art, at('2026-07-01T22:30:00Z'))?.status).toBe('now'); // 23:30
  });

  it('a move with a new start and a new end uses both, whatever the usual length', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { start: '14:00', end: '14:20' });
    expect(find(doc, day, ids.art)).toMatchObject({ start: '14:00', end: '14:20' });
  });

  it('a move is refused when a time is not HH:MM, and nothing changes', () => {
    const { doc, ids } = board();
    const error = refusal(() => moveGroupOn(doc, ids.art, day, { start: '2pm' }));
    expect(error.message).toBe('Please give the new start time as HH:MM.');
    expect(error.field).toBe('start');
    expectPlainSentence(error.message);
    expect(find(doc, day, ids.art)?.moved).toBe(false);
  });

  it('a new end that is not after the start falls back to the usual end', () => {
    const { doc, ids } = board();
    moveGroupOn(doc, ids.art, day, { end: '09:30' });
    expect(find(doc, day, ids.art)).toMatchObject({ start: '10:00', end: '11:30' });
  });

  it('"I\'m coming" adds a person once, and "not any more" takes them off', () => {
    const { doc, ids } = board();
    setComing(doc, ids.art, day, 'sam01', true);
    setComing(doc, ids.art, day, 'alex02', true);
    setComing(doc, ids.art, day, 'sam01', true);
    expect(find(doc, day, ids.art)?.coming).toEqual(['alex02', 'sam01']); // person ids, sorted
    expect(find(doc, tomorrow, ids.art)?.coming).toEqual([]);
    expect(find(doc, day, ids.lunch)?.coming).toEqual([]);
    setComing(doc, ids.art, day, 'sam01', false);
    expect(find(doc, day, ids.art)?.coming).toEqual(['alex02']);
    setComing(doc, ids.art, day, 'alex02', false);
    expect(find(doc, day, ids.art)?.coming).toEqual([]);
    // Taken off softly: the records stay, marked, until housekeeping forgets the day.
    expect(groupComingRecords(doc).values()).toEqual([]);
    expect(groupComingRecords(doc).recentlyRemoved(0)).toHaveLength(2);
    expect(groupDayRecords(doc).has(groupDayId(ids.art, day))).toBe(false);
    setComing(doc, ids.art, day, 'sam01', true, 99);
    expect(find(doc, day, ids.art)?.coming).toEqual(['sam01']);
  });

  it('each "I\'m coming" is its own record in groupComing, under the group, the day and the person', () => {
    const { doc, ids } = board();
    setComing(doc, ids.art, day, 'sam01', true, 50);
    setComing(doc, ids.art, day, 'sam01', true, 60); // saying it again keeps the first
    setComing(doc, ids.art, day, 'alex02', true, 70);
    expect(groupComingRecords(doc).name).toBe('groupComing');
    expect(doc.getMap('groupComing').toJSON()).toEqual({
      [`${groupDayId(ids.art, day)}_sam01`]: { at: 50 },
      [`${groupDayId(ids.art, day)}_alex02`]: { at: 70 },
    });
    expect(
      groupComingRecords(doc)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
    // Saying so does not make a day change: the meeting is not shown as moved or cancelled.
    expect(groupDayRecords(doc).map.size).toBe(0);
    expect(find(doc, day, ids.art)).toMatchObject({ moved: false, status: 'later' });
  });

  it('"not any more" from someone who never said they were coming changes nothing', () => {
    const { doc, ids } = board();
    setComing(doc, ids.art, day, 'sam01', true);
    setComing(doc, ids.art, day, 'kai03', false);
    expect(find(doc, day, ids.art)?.coming).toEqual(['sam01']);
  });

  it('"I\'m coming" is kept on a moved or cancelled meeting, and a move keeps who is coming', () => {
    const { doc, ids } = board();
    setComing(doc, ids.art, day, 'sam01', true);
    moveGroupOn(doc, ids.art, day, { place: 'Garden' });
    expect(find(doc, day, ids.art)).toMatchObject({ coming: ['sam01'], place: 'Garden' });
    cancelGroupOn(doc, ids.art, day);
    expect(find(doc, day, ids.art)).toMatchObject({ coming: ['sam01'], status: 'cancelled' });
  });

  it('a removed group brought back keeps who said they were coming', () => {
    const { doc, ids } = board();
    setComing(doc, ids.art, day, 'sam01', true);
    groupRecords(doc).softRemove(ids.art, early);
    groupRecords(doc).restore(ids.art);
    expect(find(doc, day, ids.art)?.coming).toEqual(['sam01']);
  });

  it('"I\'m coming" names a person id, not a free name', () => {
    const { doc, ids } = board();
    refusal(() => setComing(doc, ids.art, day, 'Sam Smith', true));
    expect(find(doc, day, ids.art)?.coming).toEqual([]);
    expect(groupComingRecords(doc).map.size).toBe(0);
  });

  // Person ids are at most 24 characters, so every per-person record id stays valid.
  it('a long person id saying "I\'m coming" leaves a valid board', () => {
    const { doc, ids } = board();
    expect(() => setComing(doc, ids.art, day, 'p'.repeat(25), true)).toThrow(/not on the board/);
    const longId = 'p'.repeat(24);
    setComing(doc, ids.art, day, longId, true);
    expect(find(doc, day, ids.art)?.coming).toEqual([longId]);
    expect(
      groupComingRecords(doc)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
    expect(() => validateDocument(doc, 'board')).not.toThrow();
  });

  // One record per person: people saying so on two phones before they sync all count, whether
  // or not anyone had said so for that day before.
  it('two people saying "I\'m coming" on two devices at once, on a day nobody had yet, are both coming', () => {
    const { doc: a, ids } = board();
    const b = copyOf(a);
    setComing(a, ids.art, day, 'sam01', true);
    setComing(b, ids.art, day, 'alex02', true);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(find(doc, day, ids.art)?.coming).toEqual(['alex02', 'sam01']);
    }
  });

  it('"I\'m coming" on one device and a move or a cancellation on another, at once, both hold', () => {
    const { doc: a, ids } = board();
    const b = copyOf(a);
    const c = copyOf(a);
    setComing(a, ids.art, day, 'sam01', true);
    moveGroupOn(b, ids.art, day, { place: 'Garden' });
    cancelGroupOn(c, ids.lunch, day);
    setComing(c, ids.lunch, day, 'kai03', true);
    exchange(a, b);
    exchange(b, c);
    exchange(a, b);
    for (const doc of [a, b, c]) {
      expect(find(doc, day, ids.art)).toMatchObject({ coming: ['sam01'], place: 'Garden' });
      expect(find(doc, day, ids.lunch)).toMatchObject({ coming: ['kai03'], status: 'cancelled' });
    }
  });

  it('one person saying "not any more" on one device while another says "I\'m coming" on another: each holds', () => {
    const { doc: a, ids } = board();
    setComing(a, ids.art, day, 'sam01', true);
    const b = copyOf(a);
    setComing(a, ids.art, day, 'sam01', false);
    setComing(b, ids.art, day, 'alex02', true);
    exchange(a, b);
    for (const doc of [a, b]) expect(find(doc, day, ids.art)?.coming).toEqual(['alex02']);
  });

  it('two people saying "I\'m coming" on two devices at once are both coming', () => {
    const { doc: a, ids } = board();
    setComing(a, ids.art, day, 'kai03', true); // the day entry already exists
    const b = copyOf(a);
    setComing(a, ids.art, day, 'sam01', true);
    setComing(b, ids.art, day, 'alex02', true);
    exchange(a, b);
    for (const doc of [a, b]) {
      expect([...(find(doc, day, ids.art)?.coming ?? [])].sort()).toEqual(
        ['alex02', 'kai03', 'sam01'].sort(),
      );
    }
  });
});

describe('the countdown to a group', () => {
  const day = '2026-07-01';
  // Art at 10:00 in London is 09:00Z.
  const minutesAt = (iso: string) => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Art', '10:00', '11:00'));
    return groupsOn(doc, day, at(iso), LONDON)[0]?.startsInMinutes;
  };

  it(`shows from ${COUNTDOWN_MINUTES} minutes before the start`, () => {
    expect(COUNTDOWN_MINUTES).toBe(15);
    expect(minutesAt('2026-07-01T08:44:59Z')).toBeUndefined();
    expect(minutesAt('2026-07-01T08:45:00Z')).toBe(15);
    expect(minutesAt('2026-07-01T08:50:00Z')).toBe(10);
  });

  it('counts whole minutes up, so it never says 0 before the start', () => {
    expect(minutesAt('2026-07-01T08:59:01Z')).toBe(1);
    expect(minutesAt('2026-07-01T08:59:59Z')).toBe(1);
    expect(minutesAt('2026-07-01T08:58:30Z')).toBe(2);
  });

  it('is gone from the start and after', () => {
    expect(minutesAt('2026-07-01T09:00:00Z')).toBeUndefined();
    expect(minutesAt('2026-07-01T09:30:00Z')).toBeUndefined();
    expect(minutesAt('2026-07-01T12:00:00Z')).toBeUndefined();
  });

  it('long before the start there is none', () => {
    expect(minutesAt('2026-07-01T06:00:00Z')).toBeUndefined();
  });

  it('counts to the moved time when that day was moved', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art', '10:00', '11:00'));
    moveGroupOn(doc, id, day, { start: '10:30' });
    const [art] = groupsOn(doc, day, at('2026-07-01T09:20:00Z'), LONDON); // 10:20
    expect(art?.startsInMinutes).toBe(10);
  });
});

describe('groups on the days the clocks change, in London', () => {
  it('clocks forward (29 March 2026): a 02:10 group starts 12 real minutes after 00:58 GMT', () => {
    // At 01:00 GMT the clocks jump to 02:00 BST, so 02:10 BST is 01:10Z.
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Night café', '02:10', '03:00'));
    groupRecords(doc).add(group('Art', '10:00', '11:00'));
    const [cafe, art] = groupsOn(doc, '2026-03-29', at('2026-03-29T00:58:00Z'), LONDON);
    expect(cafe).toMatchObject({
      startsAt: at('2026-03-29T01:10:00Z'),
      endsAt: at('2026-03-29T02:00:00Z'),
      status: 'next',
      startsInMinutes: 12,
    });
    expect(art?.startsAt).toBe(at('2026-03-29T09:00:00Z'));
  });

  it('clocks back (25 October 2026): a 01:00-02:00 group lasts two real hours, from the first 01:00', () => {
    // 01:00 BST is 00:00Z; at 02:00 BST the clocks go back to 01:00 GMT; 02:00 GMT is 02:00Z.
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Night walk', '01:00', '02:00'));
    groupRecords(doc).add(group('Art', '10:00', '11:00'));
    const day = '2026-10-25';
    const [walk, art] = groupsOn(doc, day, at('2026-10-25T01:30:00Z'), LONDON); // 01:30 GMT
    expect(walk).toMatchObject({
      startsAt: at('2026-10-25T00:00:00Z'),
      endsAt: at('2026-10-25T02:00:00Z'),
      status: 'now',
    });
    expect(art).toMatchObject({ startsAt: at('2026-10-25T10:00:00Z'), status: 'next' });
  });

  it('clocks back: the house day starts at 23:00Z the evening before, and a 00:30 group is on it', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Late film', '00:30', '01:15'));
    const [film] = groupsOn(doc, '2026-10-25', at('2026-10-24T23:20:00Z'), LONDON); // 00:20 BST
    expect(film).toMatchObject({
      startsAt: at('2026-10-24T23:30:00Z'),
      status: 'next',
      startsInMinutes: 10,
    });
  });

  it('a meeting moved on a clock-change day is placed by that day’s clocks', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art', '10:00', '11:00'));
    moveGroupOn(doc, id, '2026-10-25', { start: '09:00', end: '10:00' });
    const [art] = groupsOn(doc, '2026-10-25', at('2026-10-25T08:00:00Z'), LONDON);
    expect(art).toMatchObject({ startsAt: at('2026-10-25T09:00:00Z'), moved: true }); // GMT
    const [before] = groupsOn(doc, '2026-10-24', at('2026-10-24T08:00:00Z'), LONDON);
    expect(before).toMatchObject({ startsAt: at('2026-10-24T09:00:00Z'), moved: false }); // BST
  });
});
