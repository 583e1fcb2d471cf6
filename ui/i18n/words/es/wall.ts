// Spanish for ../wall.ts: the same areas, loaded only by a screen that speaks Spanish. It
// imports nothing but the Spanish messages and types, so its chunk stands alone.
import type { Translated } from '../../define.ts';
import { birthdays } from '../../messages/es/birthdays.ts';
import { shopping } from '../../messages/es/shopping.ts';
import { touch } from '../../messages/es/touch.ts';
import type { words as english } from '../wall.ts';

export const words: Translated<typeof english> = {
  ...touch,
  ...shopping,
  ...birthdays,
};
