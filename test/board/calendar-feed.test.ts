// The calendar feed as data: each group once, with the rule board/schedule.ts repeats it by, its
// cancelled days and its moved days; removed groups left out; no names unless the leader chose.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FEED_OPEN_START, feedEvents } from '../../board/calendar-feed.ts';
import {
  cancelGroupOn,
  type Group,
  groupRecords,
  groupsOn,
  moveGroupOn,
  removeGroup,
  setComing,
} from '../../board/group.ts';
import { addDays, weekdayOf } from '../../board/time.ts';

const LONDON = 'Europe/London';

const group = (title: string, extra: Partial<Group> = {}): Group => ({
  title,
  schedule: { kind: 'daily' },
  start: '18:00',
  end: '19:00',
  ...extra,
});

function onlyEvent(doc: Y.Doc) {
  const events = feedEvents(doc, LONDON);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe("rules that repeat on the board's own days", () => {
  it('weekdays are a weekly rule by day, starting on the first of them from `from`', () => {
    const doc = new Y.Doc();
    // 2027-03-03 is a Wednesday: the first Monday or Friday from then is Friday the 5th.
    groupRecords(doc).add(
      group('Art', { schedule: { kind: 'weekdays', weekdays: [5, 1], from: '2027-03-03' } }),
    );
    const event = onlyEvent(doc);
    expect(event.rule).toEqual({ freq: 'WEEKLY', byDay: ['MO', 'FR'] });
    expect(event.day).toBe('2027-03-05');
    expect(weekdayOf(event.day)).toBe(5);
  });

  it('daily is a daily rule; without a start it starts on the fixed day long ago', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Walk'));
    const event = onlyEvent(doc);
    expect(event.rule).toEqual({ freq: 'DAILY' });
    expect(event.day).toBe(FEED_OPEN_START);
  });

  it('every N days is daily with an interval, from its start', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(
      group('Swim', { schedule: { kind: 'every', days: 3, from: '2027-03-02' } }),
    );
    const event = onlyEvent(doc);
    expect(event.rule).toEqual({ freq: 'DAILY', interval: 3 });
    expect(event.day).toBe('2027-03-02');
  });

  it('every 1 day is plain daily', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(
      group('Swim', { schedule: { kind: 'every', days: 1, from: '2027-03-02' } }),
    );
    expect(onlyEvent(doc).rule).toEqual({ freq: 'DAILY' });
  });

  it('once is a single event with no rule', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Trip', { schedule: { kind: 'once', day: '2027-04-10' } }));
    const event = onlyEvent(doc);
    expect(event.rule).toBeUndefined();
    expect(event).toMatchObject({ day: '2027-04-10', start: '18:00', end: '19:00' });
  });
});

describe('one day not as usual', () => {
  it('a cancelled day of a repeating group is an exception at its usual start', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art'));
    cancelGroupOn(doc, id, '2027-03-10');
    expect(onlyEvent(doc).cancelled).toEqual(['2027-03-10']);
  });

  it('a cancelled day taken back is no exception', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art'));
    cancelGroupOn(doc, id, '2027-03-10');
    cancelGroupOn(doc, id, '2027-03-10', false);
    expect(onlyEvent(doc).cancelled).toEqual([]);
    expect(onlyEvent(doc).moved).toEqual([]);
  });

  it('a moved day keeps its usual length, as on the board, and its new place', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art', { place: 'Lounge' }));
    moveGroupOn(doc, id, '2027-03-11', { start: '20:00', place: 'Garden' });
    const board = groupsOn(doc, '2027-03-11', 0, LONDON)[0]!;
    expect(onlyEvent(doc).moved).toEqual([
      { day: '2027-03-11', start: '20:00', end: board.end, place: 'Garden' },
    ]);
    expect(board.end).toBe('21:00');
  });

  it('a change on a day the group does not meet is left out, as on the board', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(
      group('Art', { schedule: { kind: 'weekdays', weekdays: [1], from: '2027-03-01' } }),
    );
    cancelGroupOn(doc, id, '2027-03-02'); // a Tuesday
    moveGroupOn(doc, id, '2027-03-03', { start: '09:00' }); // a Wednesday
    expect(onlyEvent(doc)).toMatchObject({ cancelled: [], moved: [] });
  });

  it('a one-off moved is written at its new time; cancelled, it is not in the feed', () => {
    const doc = new Y.Doc();
    const trip = groupRecords(doc).add(
      group('Trip', { schedule: { kind: 'once', day: '2027-04-10' } }),
    );
    moveGroupOn(doc, trip, '2027-04-10', { start: '10:00', end: '16:00' });
    expect(onlyEvent(doc)).toMatchObject({ start: '10:00', end: '16:00', moved: [] });
    cancelGroupOn(doc, trip, '2027-04-10');
    expect(feedEvents(doc, LONDON)).toEqual([]);
  });
});

describe('what the feed says, and what it leaves out', () => {
  it('a removed group is not in the feed', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(group('Art'));
    groupRecords(doc).add(group('Walk'));
    removeGroup(doc, id, 1);
    expect(feedEvents(doc, LONDON).map((e) => e.title)).toEqual(['Walk']);
  });

  it('no leader, no note and nobody coming, unless the leader chose to be named', () => {
    const doc = new Y.Doc();
    const quiet = groupRecords(doc).add(
      group('Art', { leader: 'Rosa Quiet', note: 'Ask Pat for the key' }),
    );
    setComing(doc, quiet, addDays('2027-03-01', 0), 'person-1', true, 5);
    groupRecords(doc).add(
      group('Music', { leader: 'Lee Shown', leaderInFeed: true, kind: 'outing' }),
    );
    const events = feedEvents(doc, LONDON);
    const text = JSON.stringify(events);
    expect(text).not.toContain('Rosa');
    expect(text).not.toContain('Pat');
    expect(text).not.toContain('person-1');
    expect(events.find((e) => e.title === 'Music')).toMatchObject({
      leader: 'Lee Shown',
      kind: 'outing',
    });
    expect(events.find((e) => e.title === 'Art')).toMatchObject({ kind: 'group' });
    expect(events.find((e) => e.title === 'Art')).not.toHaveProperty('leader');
  });
});

describe('a changed day reads as the board reads it', () => {
  it('for every kind of move, the feed and groupsOn agree', () => {
    const moves = [
      { start: '20:00' },
      { end: '21:15' },
      { start: '19:00', end: '18:30' }, // an end before the new start: the usual length
      { start: '23:30' }, // the usual length would run past midnight: 23:59
      { place: 'Garden' },
      { start: '07:00', end: '09:00', place: 'Park' },
    ];
    for (const [i, move] of moves.entries()) {
      const doc = new Y.Doc();
      const id = groupRecords(doc).add(group('Art', { place: 'Lounge' }));
      const day = addDays('2027-05-03', i);
      moveGroupOn(doc, id, day, move);
      const board = groupsOn(doc, day, 0, LONDON)[0]!;
      const feed = onlyEvent(doc).moved[0]!;
      expect(feed, JSON.stringify(move)).toEqual({
        day,
        start: board.start,
        end: board.end,
        place: board.place,
      });
    }
  });
});
