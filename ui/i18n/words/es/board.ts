// Spanish for ../board.ts: the same areas, loaded only by a screen that speaks Spanish. It
// imports nothing but the Spanish messages and types, so its chunk stands alone.
import type { Translated } from '../../define.ts';
import { agenda } from '../../messages/es/agenda.ts';
import { announcements } from '../../messages/es/announcements.ts';
import { chores } from '../../messages/es/chores.ts';
import { common } from '../../messages/es/common.ts';
import { groups } from '../../messages/es/groups.ts';
import { kiosk } from '../../messages/es/kiosk.ts';
import { meals } from '../../messages/es/meals.ts';
import { offline } from '../../messages/es/offline.ts';
import { sentences } from '../../messages/es/sentences.ts';
import { shifts } from '../../messages/es/shifts.ts';
import { week } from '../../messages/es/week.ts';
import type { words as english } from '../board.ts';

export const words: Translated<typeof english> = {
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
};
