// Night hours: when the wall dims, in the house's own time zone, across midnight and the clock
// changes, with other hours on chosen weekdays.
import { describe, expect, it } from 'vitest';
import { currentNight, isNight, nightHoursOn } from '../../board/night.ts';
import { DEFAULT_NIGHT_HOURS, type Settings } from '../../board/settings.ts';
import { instantInZone } from '../../board/time.ts';

function house(patch: Partial<Settings> = {}) {
  return {
    timeZone: 'Europe/London',
    nightHours: DEFAULT_NIGHT_HOURS,
    nightHoursByWeekday: {},
    ...patch,
  };
}

const at = (day: string, time: string, zone = 'Europe/London') => instantInZone(day, time, zone);

describe('isNight', () => {
  it.each([
    ['2026-11-27', '21:59', false],
    ['2026-11-27', '22:00', true],
    ['2026-11-27', '23:59', true],
    ['2026-11-28', '00:00', true],
    ['2026-11-28', '06:59', true],
    ['2026-11-28', '07:00', false],
    ['2026-11-28', '12:00', false],
  ])('with the default 22:00–07:00, %s %s is night: %s', (day, time, night) => {
    expect(isNight(house(), at(day, time))).toBe(night);
  });

  it('follows the house time zone, not the device', () => {
    const settings = house({ timeZone: 'America/Los_Angeles' });
    // 23:00 in Los Angeles is 07:00 the next morning in London.
    expect(isNight(settings, at('2026-11-27', '23:00', 'America/Los_Angeles'))).toBe(true);
    expect(isNight(settings, at('2026-11-27', '12:00', 'America/Los_Angeles'))).toBe(false);
  });

  it('a Friday night with its own hours runs into Saturday morning by them', () => {
    // 2026-11-27 is a Friday.
    const settings = house({ nightHoursByWeekday: { fri: { start: '23:30', end: '09:00' } } });
    expect(nightHoursOn(settings, '2026-11-27')).toEqual({ start: '23:30', end: '09:00' });
    expect(isNight(settings, at('2026-11-27', '22:30'))).toBe(false);
    expect(isNight(settings, at('2026-11-27', '23:45'))).toBe(true);
    expect(isNight(settings, at('2026-11-28', '08:30'))).toBe(true);
    expect(isNight(settings, at('2026-11-28', '09:00'))).toBe(false);
    // Thursday night keeps the house's usual hours and ends at 07:00 on Friday.
    expect(isNight(settings, at('2026-11-27', '07:30'))).toBe(false);
  });

  it('a night that does not cross midnight (01:00–06:00) is only those hours', () => {
    const settings = house({ nightHours: { start: '01:00', end: '06:00' } });
    expect(isNight(settings, at('2026-11-27', '00:30'))).toBe(false);
    expect(isNight(settings, at('2026-11-27', '03:00'))).toBe(true);
    expect(isNight(settings, at('2026-11-27', '06:00'))).toBe(false);
  });

  it('the same start and end means the wall never dims', () => {
    const settings = house({ nightHours: { start: '00:00', end: '00:00' } });
    for (const time of ['00:00', '03:00', '12:00', '23:59'])
      expect(isNight(settings, at('2026-11-27', time))).toBe(false);
  });

  it('the night the clocks go back is an hour longer, and still ends at 07:00', () => {
    // Europe/London leaves summer time at 02:00 on 2026-10-25.
    const night = currentNight(house(), at('2026-10-25', '03:00'))!;
    expect(night.until - night.from).toBe(10 * 3_600_000);
    expect(night.until).toBe(at('2026-10-25', '07:00'));
  });
});
