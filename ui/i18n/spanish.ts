// The Spanish messages, loaded only by a screen that speaks Spanish (see index.ts). They import
// nothing but types, so this file's chunk stands alone.
import type { Merge } from './define.ts';
import type { Translation } from './english.ts';
import { aboutMe } from './messages/es/about-me.ts';
import { admin } from './messages/es/admin.ts';
import { agenda } from './messages/es/agenda.ts';
import { announcements } from './messages/es/announcements.ts';
import { birthdays } from './messages/es/birthdays.ts';
import { calendar } from './messages/es/calendar.ts';
import { chores } from './messages/es/chores.ts';
import { common } from './messages/es/common.ts';
import { devices } from './messages/es/devices.ts';
import { groups } from './messages/es/groups.ts';
import { install } from './messages/es/install.ts';
import { join } from './messages/es/join.ts';
import { kiosk } from './messages/es/kiosk.ts';
import { leaving } from './messages/es/leaving.ts';
import { meals } from './messages/es/meals.ts';
import { night } from './messages/es/night.ts';
import { offline } from './messages/es/offline.ts';
import { people } from './messages/es/people.ts';
import { phone } from './messages/es/phone.ts';
import { phoneTabs } from './messages/es/phone-tabs.ts';
import { pickers } from './messages/es/pickers.ts';
import { sentences } from './messages/es/sentences.ts';
import { shifts } from './messages/es/shifts.ts';
import { shopping } from './messages/es/shopping.ts';
import { touch } from './messages/es/touch.ts';
import { week } from './messages/es/week.ts';

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

// A missing area or message here is a type error: Spanish says everything English says.
export const spanish: Translation = Object.assign({}, ...areas) as Merge<typeof areas>;
