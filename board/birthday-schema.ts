// The schema of a birthday (birthday.ts): a day and a month that exist, never a year.
import * as z from 'zod/mini';
import { DAYS_IN_MONTH } from './birthday.ts';
import { says } from './sentences.ts';

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
