// How a schedule reads on the screens: a few plain words, in the screen's language. (The board
// once had an English copy of this, describeSchedule; the screens' version is the only one.)
import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../board/schedule.ts';
import { scheduleWords } from '../../ui/house-time.ts';
import { setHouseLanguage } from '../../ui/i18n/index.ts';

afterEach(() => setHouseLanguage('en'));

describe('scheduleWords: a few plain words', () => {
  it('says once, daily, the weekdays in week order, and every N days', () => {
    setHouseLanguage('en');
    expect(scheduleWords({ kind: 'once', day: '2026-03-29' })).toBe('once');
    expect(scheduleWords({ kind: 'daily' })).toBe('daily');
    expect(scheduleWords({ kind: 'weekdays', weekdays: [4, 1] })).toBe('Mon, Thu');
    expect(scheduleWords({ kind: 'weekdays', weekdays: [6, 0, 3] })).toBe('Sun, Wed, Sat');
    expect(scheduleWords({ kind: 'every', days: 3, from: '2026-03-27' })).toBe('every 3 days');
  });

  it('does not reorder the schedule it describes', () => {
    const schedule: Schedule = { kind: 'weekdays', weekdays: [4, 1] };
    scheduleWords(schedule);
    expect(schedule.weekdays).toEqual([4, 1]);
  });

  it('every 1 day is not written "every 1 days"', () => {
    expect(scheduleWords({ kind: 'every', days: 1, from: '2026-03-27' })).toBe('daily');
  });
});
