// Schedules: which days a chore or group falls on, agreed by every device from the rule alone.

import { describe, expect, it } from 'vitest';
import { firstProblem } from '../../board/records.ts';
import { occursOn, type Schedule } from '../../board/schedule.ts';
import { scheduleSchema } from '../../board/schedule-schema.ts';
import { addDays } from '../../board/time.ts';
import { expectPlainSentence } from './helpers.ts';

/** The days from `from` (inclusive) for `count` days on which the schedule falls. */
function daysOf(schedule: Schedule, from: string, count: number): string[] {
  const days: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(from, i);
    if (occursOn(schedule, day)) days.push(day);
  }
  return days;
}

describe('once', () => {
  it('happens on its own day only', () => {
    const schedule: Schedule = { kind: 'once', day: '2026-03-29' };
    expect(daysOf(schedule, '2026-03-20', 20)).toEqual(['2026-03-29']);
  });
});

describe('daily', () => {
  it('without a start, happens every day', () => {
    expect(daysOf({ kind: 'daily' }, '2026-12-30', 4)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('with a start, happens from that day on and not before', () => {
    const schedule: Schedule = { kind: 'daily', from: '2026-03-29' };
    expect(occursOn(schedule, '2026-03-28')).toBe(false);
    expect(occursOn(schedule, '2026-03-29')).toBe(true);
    expect(occursOn(schedule, '2027-03-29')).toBe(true);
  });

  it('starting on a leap day, begins on 29 February', () => {
    const schedule: Schedule = { kind: 'daily', from: '2028-02-29' };
    expect(daysOf(schedule, '2028-02-27', 4)).toEqual(['2028-02-29', '2028-03-01']);
  });
});

describe('weekdays', () => {
  // 29 March 2026 is a Sunday (the last Sunday of March), so the 30th is a Monday.
  it('happens on the chosen days of the week only', () => {
    const schedule: Schedule = { kind: 'weekdays', weekdays: [1, 4] }; // Mon, Thu
    expect(daysOf(schedule, '2026-03-29', 14)).toEqual([
      '2026-03-30',
      '2026-04-02',
      '2026-04-06',
      '2026-04-09',
    ]);
  });

  it('with a start, skips the chosen weekdays before it', () => {
    const schedule: Schedule = { kind: 'weekdays', weekdays: [1, 4], from: '2026-04-03' };
    expect(daysOf(schedule, '2026-03-29', 14)).toEqual(['2026-04-06', '2026-04-09']);
  });

  it('weekends only: Saturday and Sunday', () => {
    const schedule: Schedule = { kind: 'weekdays', weekdays: [0, 6] };
    expect(daysOf(schedule, '2026-03-23', 7)).toEqual(['2026-03-28', '2026-03-29']);
  });
});

describe('every N days', () => {
  it('happens on the start day and every N days after', () => {
    const schedule: Schedule = { kind: 'every', days: 3, from: '2026-03-27' };
    expect(daysOf(schedule, '2026-03-27', 10)).toEqual([
      '2026-03-27',
      '2026-03-30',
      '2026-04-02',
      '2026-04-05',
    ]);
  });

  it('does not happen before its start day, even on days that fit the rhythm', () => {
    const schedule: Schedule = { kind: 'every', days: 3, from: '2026-03-27' };
    expect(occursOn(schedule, '2026-03-24')).toBe(false);
    expect(occursOn(schedule, '2026-03-21')).toBe(false);
    expect(daysOf(schedule, '2026-03-01', 26)).toEqual([]);
  });

  it('keeps its rhythm over daylight-saving changes and the year end', () => {
    const weekly: Schedule = { kind: 'every', days: 7, from: '2026-10-18' };
    expect(occursOn(weekly, '2026-10-25')).toBe(true);
    expect(occursOn(weekly, '2026-11-01')).toBe(true);
    expect(occursOn(weekly, '2026-10-31')).toBe(false);
    const fortnightly: Schedule = { kind: 'every', days: 14, from: '2026-12-21' };
    expect(occursOn(fortnightly, '2027-01-04')).toBe(true);
    expect(occursOn(fortnightly, '2026-12-28')).toBe(false);
  });

  it('counts the leap day 29 February 2028 as a day', () => {
    const everyOther: Schedule = { kind: 'every', days: 2, from: '2028-02-27' };
    expect(daysOf(everyOther, '2028-02-27', 6)).toEqual(['2028-02-27', '2028-02-29', '2028-03-02']);
    // 2028-02-29 + 365 days is 28 February 2029, since 2029 has no 29th.
    const yearly: Schedule = { kind: 'every', days: 365, from: '2028-02-29' };
    expect(occursOn(yearly, '2029-02-28')).toBe(true);
    expect(occursOn(yearly, '2029-03-01')).toBe(false);
  });

  it('every 1 day is every day from the start', () => {
    const schedule: Schedule = { kind: 'every', days: 1, from: '2026-03-28' };
    expect(daysOf(schedule, '2026-03-26', 5)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});

describe('the schema refuses schedules that make no sense, in plain words', () => {
  const problem = (value: unknown) => {
    const result = scheduleSchema.safeParse(value);
    if (result.success) throw new Error(`Expected ${JSON.stringify(value)} to be refused`);
    return firstProblem(result.error);
  };

  it.each([
    [{ kind: 'monthly' }, 'Please choose when it happens.'],
    [{}, 'Please choose when it happens.'],
    [{ kind: 'weekdays', weekdays: [] }, 'Please pick at least one day of the week.'],
    [{ kind: 'every', days: 0, from: '2026-03-27' }, 'Please choose every 1 day or more.'],
    [{ kind: 'every', days: -2, from: '2026-03-27' }, 'Please choose every 1 day or more.'],
    [{ kind: 'every', days: 366, from: '2026-03-27' }, 'Please choose a gap of a year or less.'],
    [{ kind: 'once', day: '29/03/2026' }, 'Please pick a date.'],
    [{ kind: 'daily', from: '2026-13-01' }, 'Please pick a date.'],
  ])('%j is refused with "%s"', (value, message) => {
    const error = problem(value);
    expect(error.message).toBe(message);
    expectPlainSentence(error.message);
  });

  it.each([
    ['a weekday number out of range', { kind: 'weekdays', weekdays: [7] }],
    ['a fractional gap', { kind: 'every', days: 1.5, from: '2026-03-27' }],
    ['every N days without a start', { kind: 'every', days: 3 }],
    ['once without a day', { kind: 'once' }],
    ['an extra field', { kind: 'daily', at: '09:00' }],
    ['a weekday given as text', { kind: 'weekdays', weekdays: ['Mon'] }],
  ])('refuses %s', (_what, value) => {
    expect(scheduleSchema.safeParse(value).success).toBe(false);
  });

  it('says which field is wrong', () => {
    expect(problem({ kind: 'every', days: 0, from: '2026-03-27' }).field).toBe('days');
    expect(problem({ kind: 'once', day: 'soon' }).field).toBe('day');
  });

  it('accepts each kind of sensible schedule', () => {
    for (const schedule of [
      { kind: 'once', day: '2028-02-29' },
      { kind: 'daily' },
      { kind: 'daily', from: '2026-03-29' },
      { kind: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      { kind: 'every', days: 365, from: '2026-01-01' },
    ]) {
      expect(scheduleSchema.safeParse(schedule).success).toBe(true);
    }
  });

  it.each([['2026-02-30'], ['2026-04-31'], ['2027-02-29']])(
    'refuses the impossible date %s',
    (day) => {
      expect(scheduleSchema.safeParse({ kind: 'once', day }).success).toBe(false);
    },
  );
});
