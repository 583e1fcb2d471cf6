// A birthday in the screen's language, a day and a month without a year: "5 March", "5 de marzo".
import type { Birthday } from '../board/index.ts';
import { dateFormat } from './intl-formats.ts';

export function birthdayWords(birthday: Birthday): string {
  // 2000 was a leap year, so 29 February is said as itself.
  return dateFormat({
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, birthday.month - 1, birthday.day));
}
