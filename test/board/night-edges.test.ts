// A day whose night hours start and end at the same time has no night at all, not an empty one.
import { describe, expect, it } from 'vitest';
import { nightOf } from '../../board/night.ts';

const house = (start: string, end: string) => ({
  timeZone: 'Europe/London',
  nightHours: { start, end },
  nightHoursByWeekday: {},
});

describe('a night of no length', () => {
  it('the same start and end gives the day no night', () => {
    expect(nightOf(house('00:00', '00:00'), '2026-11-27')).toBeUndefined();
    expect(nightOf(house('22:00', '22:00'), '2026-11-27')).toBeUndefined();
  });

  it('a night from 22:00 to 07:00 runs into the next morning', () => {
    const night = nightOf(house('22:00', '07:00'), '2026-11-27')!;
    expect(night.until - night.from).toBe(9 * 3_600_000);
  });
});
