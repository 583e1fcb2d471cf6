// A birthday, if the person wants the house to know it: a day and a month, never a year (an age
// is nobody's business on a wall). A 29 February birthday is kept on 28 February in the years
// that have no 29th, so it stays in its own month. Whether the wall says it is the person's own
// choice, off unless they turn it on (board/person.ts).
import type { Birthday } from './birthday-schema.ts';
import type { Day } from './time.ts';

export type { Birthday };

/** Days in each month, February as in a leap year (29 February is a real birthday). */
export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether a house day (YYYY-MM-DD) is this birthday: 29 February falls on the 28th in other years. */
export function isBirthdayOn(birthday: Birthday, day: Day): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (birthday.month !== month) return false;
  if (birthday.month === 2 && birthday.day === 29 && !isLeapYear(year)) return date === 28;
  return birthday.day === date;
}
