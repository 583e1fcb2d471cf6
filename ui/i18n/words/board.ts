// The words both screens' first views show — the day's chores, groups, shifts, announcements,
// meals and agenda, the status and the board's sentences — in English, which comes with every
// screen's first code (ui/i18n/index.ts). Each screen adds its own part (see words/*.ts).
import type { Catalog } from '../define.ts';
import { agenda } from '../messages/agenda.ts';
import { announcements } from '../messages/announcements.ts';
import { chores } from '../messages/chores.ts';
import { common } from '../messages/common.ts';
import { groups } from '../messages/groups.ts';
import { kiosk } from '../messages/kiosk.ts';
import { meals } from '../messages/meals.ts';
import { offline } from '../messages/offline.ts';
import { sentences } from '../messages/sentences.ts';
import { shifts } from '../messages/shifts.ts';
import { week } from '../messages/week.ts';

export const words = {
  ...common,
  ...offline,
  ...kiosk,
  ...chores,
  ...groups,
  ...announcements,
  ...shifts,
  ...agenda,
  ...meals,
  ...week,
  ...sentences,
} satisfies Catalog;
