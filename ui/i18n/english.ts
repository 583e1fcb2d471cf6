// The English messages, which every screen loads with its first code: English is the source and
// the fallback. Add an area's messages here once, and its Spanish in spanish.ts.
import type { Catalog, Merge } from './define.ts';
import { aboutMe } from './messages/about-me.ts';
import { admin } from './messages/admin.ts';
import { agenda } from './messages/agenda.ts';
import { announcements } from './messages/announcements.ts';
import { birthdays } from './messages/birthdays.ts';
import { calendar } from './messages/calendar.ts';
import { chores } from './messages/chores.ts';
import { common } from './messages/common.ts';
import { devices } from './messages/devices.ts';
import { groups } from './messages/groups.ts';
import { install } from './messages/install.ts';
import { join } from './messages/join.ts';
import { kiosk } from './messages/kiosk.ts';
import { leaving } from './messages/leaving.ts';
import { meals } from './messages/meals.ts';
import { night } from './messages/night.ts';
import { offline } from './messages/offline.ts';
import { people } from './messages/people.ts';
import { phone } from './messages/phone.ts';
import { phoneTabs } from './messages/phone-tabs.ts';
import { pickers } from './messages/pickers.ts';
import { sentences } from './messages/sentences.ts';
import { shifts } from './messages/shifts.ts';
import { shopping } from './messages/shopping.ts';
import { touch } from './messages/touch.ts';
import { week } from './messages/week.ts';

const areas = [
  common,
  touch,
  offline,
  kiosk,
  chores,
  groups,
  announcements,
  shifts,
  phone,
  phoneTabs,
  admin,
  leaving,
  join,
  sentences,
  install,
  night,
  devices,
  aboutMe,
  people,
  meals,
  shopping,
  agenda,
  week,
  birthdays,
  calendar,
  pickers,
] as const;

export type Messages = Merge<typeof areas>;
export type MessageKey = keyof Messages & string;

export const english: Messages = Object.assign({}, ...areas);

/** Every message, in a language the screens may load later. */
export type Translation = Record<MessageKey, Catalog[string]>;
