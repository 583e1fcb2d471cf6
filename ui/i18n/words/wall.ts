// The wall's own words besides the board's: its touch quick-add and keyboard, the shopping card
// and the birthday band. They come with the wall's first code (kiosk/main.ts).
import type { Catalog } from '../define.ts';
import { birthdays } from '../messages/birthdays.ts';
import { shopping } from '../messages/shopping.ts';
import { touch } from '../messages/touch.ts';

export const words = {
  ...touch,
  ...shopping,
  ...birthdays,
} satisfies Catalog;
