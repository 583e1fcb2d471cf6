// A birthday, if the person wants the house to know it: a day and a month, never a year (an age
// is nobody's business on a wall). A 29 February birthday is kept on 28 February in the years
// that have no 29th, so it stays in its own month. Whether the wall says it is the person's own
// choice, off unless they turn it on (board/person.ts).
import * as z from 'zod/mini';
import { says } from './sentences.ts';
import type { Day } from './time.ts';

/** Days in each month, February as in a leap year (29 February is a real birthday). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const PICK = says('pickBirthday');

export const birthdaySchema = z
  .strictObject({
    month: z.int(PICK).check(z.minimum(1, PICK), z.maximum(12, PICK)),
    day: z.int(PICK).check(z.minimum(1, PICK), z.maximum(31, PICK)),
  })
  .check(
    z.superRefine((birthday, context) => {
      if (birthday.day > DAYS_IN_MONTH[birthday.month - 1]!) {
        context.addIssue({
          code: 'custom',
          path: ['day'],
          message: says('noSuchBirthday', { max: DAYS_IN_MONTH[birthday.month - 1]! }),
        });
      }
    }),
  );

export type Birthday = z.infer<typeof birthdaySchema>;

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
