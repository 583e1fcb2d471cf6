// The first thing of the morning, as the wall shows it at night: the morning after the night
// going on, and that day's first group (with its time), else its first chore.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { cancelGroupOn, type Group, groupRecords } from '../../board/group.ts';
import { firstThingOn, morningAfter } from '../../board/morning.ts';
import { DEFAULT_NIGHT_HOURS } from '../../board/settings.ts';
import { instantInZone } from '../../board/time.ts';

const LONDON = 'Europe/London';
const house = { timeZone: LONDON, nightHours: DEFAULT_NIGHT_HOURS, nightHoursByWeekday: {} };
const at = (day: string, time: string) => instantInZone(day, time, LONDON);

const group = (title: string, start: string, end: string): Group => ({
  title,
  schedule: { kind: 'daily' },
  start,
  end,
});

describe('morningAfter', () => {
  it('at 23:30 it looks to tomorrow, at 03:00 to the morning a few hours away', () => {
    expect(morningAfter(house, at('2026-11-27', '23:30'))).toBe('2026-11-28');
    expect(morningAfter(house, at('2026-11-28', '03:00'))).toBe('2026-11-28');
  });

  it('a night that starts after midnight still looks to that same morning', () => {
    const late = { ...house, nightHours: { start: '01:00', end: '06:00' } };
    expect(morningAfter(late, at('2026-11-28', '02:00'))).toBe('2026-11-28');
  });
});

describe('firstThingOn', () => {
  it('is the earliest group of the day with its start time, not the first one added', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add(group('Art group', '14:00', '15:30'));
    groupRecords(doc).add(group('Morning walk', '09:30', '10:15'));
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toEqual({
      kind: 'group',
      title: 'Morning walk',
      start: '09:30',
    });
  });

  it('skips a group cancelled that day', () => {
    const doc = new Y.Doc();
    const walk = groupRecords(doc).add(group('Morning walk', '09:30', '10:15'));
    groupRecords(doc).add(group('Art group', '14:00', '15:30'));
    cancelGroupOn(doc, walk, '2026-11-28');
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toMatchObject({ title: 'Art group' });
    expect(firstThingOn(doc, '2026-11-29', LONDON)).toMatchObject({ title: 'Morning walk' });
  });

  it('without groups it is the first chore of the day, and nothing when there is none', () => {
    const doc = new Y.Doc();
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toBeUndefined();
    choreRecords(doc).add({
      title: 'Bins out',
      schedule: { kind: 'daily' },
      createdAt: at('2026-11-20', '12:00'),
    });
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toEqual({ kind: 'chore', title: 'Bins out' });
  });
});
