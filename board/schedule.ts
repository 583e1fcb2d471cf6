// When a chore or group happens: once, daily, on chosen weekdays, or every N days.
// Pure rules, so every device agrees on which days an item falls without asking anyone.
import type { Schedule } from './schedule-schema.ts';
import { type Day, daysBetween, weekdayOf } from './time.ts';

export type { Schedule };

export function occursOn(schedule: Schedule, on: Day): boolean {
  switch (schedule.kind) {
    case 'once':
      return schedule.day === on;
    case 'daily':
      return !schedule.from || schedule.from <= on;
    case 'weekdays':
      return (!schedule.from || schedule.from <= on) && schedule.weekdays.includes(weekdayOf(on));
    case 'every': {
      const gap = daysBetween(schedule.from, on);
      return gap >= 0 && gap % schedule.days === 0;
    }
  }
}

/** Where counting starts for a schedule that gives no start: a Monday long ago. */
const ANCHOR: Day = '2024-01-01';

/**
 * How many times the schedule has happened before `on` (from its start): the turn number that
 * rotations count with. Every device computes the same number for the same day.
 */
export function occurrenceIndex(schedule: Schedule, on: Day): number {
  switch (schedule.kind) {
    case 'once':
      return 0;
    case 'daily':
      return Math.max(0, daysBetween(schedule.from ?? ANCHOR, on));
    case 'every':
      return Math.max(0, Math.floor(daysBetween(schedule.from, on) / schedule.days));
    case 'weekdays': {
      const from = schedule.from ?? ANCHOR;
      const days = daysBetween(from, on);
      if (days <= 0) return 0;
      const weekdays = new Set(schedule.weekdays);
      const fullWeeks = Math.floor(days / 7);
      let count = fullWeeks * weekdays.size;
      const startWeekday = weekdayOf(from);
      for (let d = fullWeeks * 7; d < days; d++)
        if (weekdays.has((startWeekday + d) % 7)) count += 1;
      return count;
    }
  }
}
