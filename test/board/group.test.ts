// Groups: the day's activities in time order, with the one on now and the next one marked,
// at the house's clock times.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Group, groupSection, groupsOn } from '../../board/group.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

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
    const error = refusal(() => groupSection(doc).add(group('Art', '14:00', '13:30')));
    expect(error.message).toBe('Please end the group after it starts.');
    expect(error.field).toBe('end');
    expectPlainSentence(error.message);
    expect(groupSection(doc).values()).toEqual([]);
  });

  it('a group that ends when it starts is refused too', () => {
    const error = refusal(() => groupSection(new Y.Doc()).add(group('Art', '14:00', '14:00')));
    expect(error.field).toBe('end');
  });

  it('moving only the start past the end is refused', () => {
    const groups = groupSection(new Y.Doc());
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
      groupSection(new Y.Doc()).add({ ...group('Art', '08:00', '23:00'), [field]: value }),
    );
    expect(error.message).toBe(message);
    expect(error.field).toBe(field);
  });

  it('the name is required and at most 120 characters', () => {
    const groups = groupSection(new Y.Doc());
    expect(refusal(() => groups.add(group('  ', '10:00', '11:00'))).message).toBe(
      'Please write the name of the group.',
    );
    expect(groups.add(group('g'.repeat(120), '10:00', '11:00'))).toBeTruthy();
    const error = refusal(() => groups.add(group('g'.repeat(121), '10:00', '11:00')));
    expect(error.message).toBe('Please keep the name of the group to 120 characters or fewer.');
    expect(error.field).toBe('title');
  });

  it("empty place, leader and note ('' or spaces) are simply not given", () => {
    const groups = groupSection(new Y.Doc());
    const id = groups.add(group('Art', '10:00', '11:00', { place: '', leader: '  ', note: '' }));
    expect(groups.get(id)).toEqual(group('Art', '10:00', '11:00'));
  });

  it('a note is at most 280 characters', () => {
    const groups = groupSection(new Y.Doc());
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
    const groups = groupSection(doc);
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
    groupSection(doc).add(group('Bake', '12:00', '12:45'));
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
    groupSection(doc).add(group('Garden', '10:30', '12:30'));
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
    groupSection(doc).add(group('Art', '10:00', '11:00'));
    groupSection(doc).add(group('Early', '00:30', '00:45'));
    const [early, art] = groupsOn(doc, '2026-03-29', at('2026-03-29T09:30:00Z'), LONDON);
    expect(early).toMatchObject({ startsAt: at('2026-03-29T00:30:00Z'), status: 'past' }); // still GMT
    expect(art).toMatchObject({ startsAt: at('2026-03-29T09:00:00Z'), status: 'now' });
  });

  it("in Auckland, on the Saturday evening before the clocks go back, a 19:00 group is 'now' at 19:30", () => {
    const doc = new Y.Doc();
    groupSection(doc).add(group('Quiz', '19:00', '20:00'));
    const now = at('2026-04-04T06:30:00Z'); // 19:30 NZDT (UTC+13)
    const [quiz] = groupsOn(doc, '2026-04-04', now, 'Pacific/Auckland');
    expect(quiz).toMatchObject({ startsAt: at('2026-04-04T06:00:00Z'), status: 'now' });
  });

  it("in New York, on the morning the clocks go forward, a 06:30 group is 'now' at 06:45", () => {
    const doc = new Y.Doc();
    groupSection(doc).add(group('Early walk', '06:30', '07:30'));
    const now = at('2026-03-08T10:45:00Z'); // 06:45 EDT (UTC-4)
    const [walk] = groupsOn(doc, '2026-03-08', now, 'America/New_York');
    expect(walk).toMatchObject({ startsAt: at('2026-03-08T10:30:00Z'), status: 'now' });
  });

  it('two devices adding groups at once both see both, in the same order', () => {
    const a = new Y.Doc();
    const b = copyOf(a);
    groupSection(a).add(group('Art', '10:00', '11:00'));
    groupSection(b).add(group('Walk', '08:00', '09:00'));
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
    const id = groupSection(a).add(group('Art', '10:00', '11:00'));
    const b = copyOf(a);
    groupSection(a).update(id, { end: '10:30' }); // 10:00-10:30, fine on A
    groupSection(b).update(id, { start: '10:45' }); // 10:45-11:00, fine on B
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(groupSection(doc).entries()).toEqual([
        { id, ok: false, error: 'Please end the group after it starts.' },
      ]);
      expect(groupsOn(doc, day, at('2026-07-01T06:00:00Z'), LONDON)).toEqual([]);
    }
  });
});
