// Spanish for ../phone-later.ts: the same areas, loaded only by a screen that speaks Spanish. It
// imports nothing but the Spanish messages and types, so its chunk stands alone.
import type { Translated } from '../../define.ts';
import { aboutMe } from '../../messages/es/about-me.ts';
import { admin } from '../../messages/es/admin.ts';
import { birthdays } from '../../messages/es/birthdays.ts';
import { calendar } from '../../messages/es/calendar.ts';
import { devices } from '../../messages/es/devices.ts';
import { leaving } from '../../messages/es/leaving.ts';
import { night } from '../../messages/es/night.ts';
import { people } from '../../messages/es/people.ts';
import { shopping } from '../../messages/es/shopping.ts';
import { touch } from '../../messages/es/touch.ts';
import type { words as english } from '../phone-later.ts';

export const words: Translated<typeof english> = {
  ...shopping,
  ...touch,
  ...aboutMe,
  ...people,
  ...devices,
  ...calendar,
  ...birthdays,
  ...admin,
  ...leaving,
  ...night,
};
