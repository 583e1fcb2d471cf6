// The words of the phone's parts that load after its first screen: the list, the "You" tab
// (about me, my phones, leaving, the calendar link), the admin's page and moving in. Each of
// those modules waits for them before it draws (client/phone/later-words.ts).
import type { Catalog } from '../define.ts';
import { aboutMe } from '../messages/about-me.ts';
import { admin } from '../messages/admin.ts';
import { birthdays } from '../messages/birthdays.ts';
import { calendar } from '../messages/calendar.ts';
import { devices } from '../messages/devices.ts';
import { leaving } from '../messages/leaving.ts';
import { night } from '../messages/night.ts';
import { people } from '../messages/people.ts';
import { shopping } from '../messages/shopping.ts';
import { touch } from '../messages/touch.ts';

export const words = {
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
} satisfies Catalog;
