// The first thing of the morning is about the coming day: yesterday's chore left open is not it,
// and a group that has already started is not it either — at night it is what is on "now". Every
// instant here is pinned, in London, across midnight and across both of its clock changes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { cancelGroupOn, type Group, groupRecords } from '../../board/group.ts';
import { firstThingOn, groupsUnderWay, nightAhead } from '../../board/morning.ts';
import { DEFAULT_NIGHT_HOURS } from '../../board/settings.ts';
import { instantInZone } from '../../board/time.ts';
import { at as utc } from './helpers.ts';

const LONDON = 'Europe/London';
const house = { timeZone: LONDON, nightHours: DEFAULT_NIGHT_HOURS, nightHoursByWeekday: {} };
const at = (day: string, time: string) => instantInZone(day, time, LONDON);

function groups(...list: Array<[title: string, start: string, end: string, day?: string]>) {
  const doc = new Y.Doc();
  const ids = list.map(([title, start, end, day]) => {
    const group: Group = {
      title,
      schedule: day ? { kind: 'once', day } : { kind: 'daily' },
      start,
      end,
    };
    return groupRecords(doc).add(group);
  });
  return { doc, ids };
}

const titles = (doc: Y.Doc, now: number) => groupsUnderWay(doc, now, LONDON).map((g) => g.title);

describe('the first thing of the morning', () => {
  it("yesterday's chore still open is not the first thing of today", () => {
    const doc = new Y.Doc();
    // 30 November 2026 is a Monday: the chore falls on Mondays only.
    choreRecords(doc).add({
      title: 'Bins out',
      schedule: { kind: 'weekdays', weekdays: [1] },
      createdAt: instantInZone('2026-11-20', '12:00', LONDON),
    });
    expect(firstThingOn(doc, '2026-11-30', LONDON)).toEqual({ kind: 'chore', title: 'Bins out' });
    expect(firstThingOn(doc, '2026-12-01', LONDON)).toBeUndefined();
  });

  it('a one-off still waiting from an earlier day is not the first thing of the day either', () => {
    const doc = new Y.Doc();
    choreRecords(doc).add({
      title: 'Defrost the freezer',
      schedule: { kind: 'once', day: '2026-11-28' },
      createdAt: instantInZone('2026-11-20', '12:00', LONDON),
    });
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toEqual({
      kind: 'chore',
      title: 'Defrost the freezer',
    });
    expect(firstThingOn(doc, '2026-11-30', LONDON)).toBeUndefined();
  });
});

describe('a group under way at night', () => {
  it('at 3:35 am the 3 am house meeting is on now, and the first thing is the morning walk', () => {
    const { doc } = groups(['House meeting', '03:00', '04:30'], ['Morning walk', '09:30', '10:15']);
    const ahead = nightAhead(doc, house, at('2026-11-28', '03:35'));
    expect(ahead.underWay).toEqual([
      {
        title: 'House meeting',
        start: '03:00',
        end: '04:30',
        endsAt: at('2026-11-28', '04:30'),
      },
    ]);
    expect(ahead).toMatchObject({
      morning: '2026-11-28',
      morningIsToday: true,
      first: { kind: 'group', title: 'Morning walk', start: '09:30' },
    });
  });

  it('a group that has just started is never the first thing, and one just ended is neither', () => {
    const { doc } = groups(['House meeting', '03:00', '04:30'], ['Morning walk', '09:30', '10:15']);
    // One minute before: still to come, so it is the first thing.
    expect(nightAhead(doc, house, at('2026-11-28', '02:59')).first).toMatchObject({
      title: 'House meeting',
    });
    expect(titles(doc, at('2026-11-28', '02:59'))).toEqual([]);
    // The minute it starts it is on now.
    const starting = nightAhead(doc, house, at('2026-11-28', '03:00'));
    expect(starting.first).toMatchObject({ title: 'Morning walk' });
    expect(starting.underWay.map((g) => g.title)).toEqual(['House meeting']);
    // The minute it ends it is gone from both.
    const ended = nightAhead(doc, house, at('2026-11-28', '04:30'));
    expect(ended.underWay).toEqual([]);
    expect(ended.first).toMatchObject({ title: 'Morning walk' });
  });

  it('when every group of the morning has started, the first thing is its chore, else nothing', () => {
    const { doc } = groups(['Night walk', '02:00', '05:00']);
    expect(nightAhead(doc, house, at('2026-11-28', '03:00')).first).toBeUndefined();
    choreRecords(doc).add({
      title: 'Bins out',
      schedule: { kind: 'daily' },
      createdAt: at('2026-11-20', '12:00'),
    });
    expect(nightAhead(doc, house, at('2026-11-28', '03:00')).first).toEqual({
      kind: 'chore',
      title: 'Bins out',
    });
  });

  it('a cancelled group is not on now', () => {
    const { doc, ids } = groups(['House meeting', '03:00', '04:30']);
    cancelGroupOn(doc, ids[0]!, '2026-11-28');
    expect(titles(doc, at('2026-11-28', '03:35'))).toEqual([]);
    expect(nightAhead(doc, house, at('2026-11-28', '03:35')).first).toBeUndefined();
  });
});

describe('across midnight', () => {
  const { doc } = groups(
    ['Late film', '22:30', '23:59', '2026-11-27'],
    ['Early yoga', '00:30', '01:15', '2026-11-28'],
    ['Morning walk', '09:30', '10:15', '2026-11-28'],
  );

  it("at 23:50 the late film is on now and tomorrow's first thing is just after midnight", () => {
    const ahead = nightAhead(doc, house, at('2026-11-27', '23:50'));
    expect(ahead.underWay.map((g) => g.title)).toEqual(['Late film']);
    expect(ahead).toMatchObject({
      morning: '2026-11-28',
      morningIsToday: false,
      first: { title: 'Early yoga', start: '00:30' },
    });
  });

  it('at 00:40 the yoga is on now and no longer the first thing; the film is over', () => {
    const ahead = nightAhead(doc, house, at('2026-11-28', '00:40'));
    expect(ahead.underWay.map((g) => g.title)).toEqual(['Early yoga']);
    expect(ahead).toMatchObject({
      morning: '2026-11-28',
      morningIsToday: true,
      first: { title: 'Morning walk' },
    });
  });

  it('at 00:00 yesterday evening is over and nothing is on', () => {
    expect(titles(doc, at('2026-11-28', '00:00'))).toEqual([]);
  });
});

describe('when the clocks change', () => {
  // 28 March 2027: London's clocks go from 01:00 GMT to 02:00 BST.
  it('at 02:30 UTC on the morning the clocks go forward it is 03:30, and the 3 am group is on', () => {
    const { doc } = groups(['House meeting', '03:00', '04:30'], ['Morning walk', '09:30', '10:15']);
    const now = utc('2027-03-28T02:30:00Z');
    const ahead = nightAhead(doc, house, now);
    expect(ahead.underWay).toEqual([
      {
        title: 'House meeting',
        start: '03:00',
        end: '04:30',
        endsAt: utc('2027-03-28T03:30:00Z'),
      },
    ]);
    expect(ahead).toMatchObject({
      morning: '2027-03-28',
      morningIsToday: true,
      first: { title: 'Morning walk' },
    });
    // An hour of the clock went missing, not a group: at 01:59 UTC (02:59 BST) it is still to come.
    expect(nightAhead(doc, house, utc('2027-03-28T01:59:00Z')).first).toMatchObject({
      title: 'House meeting',
    });
  });

  // 25 October 2026: London's clocks go back from 02:00 BST to 01:00 GMT; 01:xx happens twice.
  it('through the hour that happens twice, a group from 1 to 2 am stays on now until 2 am', () => {
    const { doc } = groups(['Quiet hour', '01:00', '02:00'], ['Morning walk', '09:30', '10:15']);
    for (const iso of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      const ahead = nightAhead(doc, house, utc(iso));
      expect(
        ahead.underWay.map((g) => g.title),
        iso,
      ).toEqual(['Quiet hour']);
      expect(ahead.first, iso).toMatchObject({ title: 'Morning walk' });
    }
    expect(titles(doc, utc('2026-10-25T02:00:00Z'))).toEqual([]);
  });
});
