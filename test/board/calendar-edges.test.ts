// The days the clock likes to trip on, each pinned: the end of a month and of a year, a leap day,
// the morning London's clocks go forward (the night .ci/run also moves the machine's clock to),
// and "today" in a house where it is already tomorrow.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  carriedOver,
  choreRecords,
  choresOn,
  markChoreDone,
} from '../../board/chore.ts';
import { currentNight, isNight } from '../../board/night.ts';
import { occursOn } from '../../board/schedule.ts';
import { DEFAULT_NIGHT_HOURS } from '../../board/settings.ts';
import { addDays, dayInZone, daysBetween, instantInZone, weekdayOf } from '../../board/time.ts';
import { at } from './helpers.ts';

const LONDON = 'Europe/London';
const house = (timeZone = LONDON) => ({
  timeZone,
  nightHours: DEFAULT_NIGHT_HOURS,
  nightHoursByWeekday: {},
});
const chore = (title: string, extra: Partial<Chore> = {}): Chore => ({
  title,
  schedule: { kind: 'daily' },
  createdAt: at('2026-11-01T09:00:00Z'),
  ...extra,
});

describe('the end of a month and of a year', () => {
  it('the day after the last of a month is the first of the next, leap years included', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(weekdayOf('2027-01-01')).toBe(5); // a Friday
  });

  it('a chore every 3 days keeps its rhythm across New Year', () => {
    const schedule = { kind: 'every' as const, days: 3, from: '2026-12-26' };
    const days = Array.from({ length: 12 }, (_, i) => addDays('2026-12-26', i)).filter((day) =>
      occursOn(schedule, day),
    );
    expect(days).toEqual(['2026-12-26', '2026-12-29', '2027-01-01', '2027-01-04']);
  });

  it("New Year's Eve's undone one-off chore waits into the new year until it is done", () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add(
      chore('Bins out', { schedule: { kind: 'once', day: '2026-12-31' } }),
    );
    const shown = (day: string) => choresOn(doc, day, LONDON).map((c) => [c.id, c.day, c.since]);
    expect(shown('2027-01-01')).toEqual([[id, '2026-12-31', '2026-12-31']]);
    expect(shown('2027-01-02')).toEqual([[id, '2026-12-31', '2026-12-31']]);
    // Ticked on 2 January (London), it is ticked under its own day, and gone on the 3rd.
    markChoreDone(doc, id, '2026-12-31', 'sam01', at('2027-01-02T18:00:00Z'));
    expect(choresOn(doc, '2026-12-31', LONDON)[0]?.done?.by).toBe('sam01');
    expect(shown('2027-01-03')).toEqual([]);
  });

  it("a Thursday chore New Year's Eve left undone is still open on New Year's Day only", () => {
    const doc = new Y.Doc();
    // 31 December 2026 is a Thursday.
    const id = choreRecords(doc).add(
      chore('Bins out', { schedule: { kind: 'weekdays', weekdays: [4] } }),
    );
    expect(choresOn(doc, '2027-01-01', LONDON).map((c) => [c.id, c.day, c.stillOpen])).toEqual([
      [id, '2026-12-31', true],
    ]);
    expect(choresOn(doc, '2027-01-02', LONDON)).toEqual([]);
    markChoreDone(doc, id, '2026-12-31', 'sam01', at('2026-12-31T18:00:00Z'));
    expect(choresOn(doc, '2027-01-01', LONDON)).toEqual([]);
  });
});

describe('a house where it is already tomorrow', () => {
  // 13:00 UTC on New Year's Eve is 03:00 on New Year's Day at UTC+14.
  const instant = at('2026-12-31T13:00:00Z');

  it('"today" is the house\'s day, not the machine\'s', () => {
    expect(dayInZone(instant, 'Pacific/Kiritimati')).toBe('2027-01-01');
    expect(dayInZone(instant, LONDON)).toBe('2026-12-31');
    expect(dayInZone(instant, 'Etc/GMT+12')).toBe('2026-12-31');
  });

  it("the wall there shows New Year's Day's chores while London still shows New Year's Eve's", () => {
    const doc = new Y.Doc();
    choreRecords(doc).add(chore('Sweep up', { schedule: { kind: 'once', day: '2027-01-01' } }));
    choreRecords(doc).add(
      chore('Tidy after the party', { schedule: { kind: 'once', day: '2026-12-31' } }),
    );
    const titles = (zone: string) =>
      choresOn(doc, dayInZone(instant, zone), zone)
        .filter((c) => !carriedOver(c))
        .map((c) => c.chore.title);
    expect(titles('Pacific/Kiritimati')).toEqual(['Sweep up']);
    expect(titles(LONDON)).toEqual(['Tidy after the party']);
  });

  it('it is night there (03:00) and day in London (13:00)', () => {
    expect(isNight(house('Pacific/Kiritimati'), instant)).toBe(true);
    expect(isNight(house(LONDON), instant)).toBe(false);
  });
});

describe('the morning the clocks go forward in London (28 March 2027)', () => {
  it('03:30 is night (02:30 UTC, an hour after the change), 07:00 is morning', () => {
    const half3 = instantInZone('2027-03-28', '03:30', LONDON);
    expect(half3).toBe(at('2027-03-28T02:30:00Z'));
    expect(isNight(house(), half3)).toBe(true);
    expect(isNight(house(), instantInZone('2027-03-28', '06:59', LONDON))).toBe(true);
    expect(isNight(house(), instantInZone('2027-03-28', '07:00', LONDON))).toBe(false);
  });

  it('that night is an hour shorter, and still ends at 07:00', () => {
    const night = currentNight(house(), at('2027-03-28T02:30:00Z'))!;
    expect(night.from).toBe(instantInZone('2027-03-27', '22:00', LONDON));
    expect(night.until).toBe(instantInZone('2027-03-28', '07:00', LONDON));
    expect(night.until - night.from).toBe(8 * 3_600_000);
  });
});
