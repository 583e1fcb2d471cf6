// Spanish for ../phone.ts: the same areas, loaded only by a screen that speaks Spanish. It
// imports nothing but the Spanish messages and types, so its chunk stands alone.
import type { Translated } from '../../define.ts';
import { install } from '../../messages/es/install.ts';
import { join } from '../../messages/es/join.ts';
import { phone } from '../../messages/es/phone.ts';
import { phoneTabs } from '../../messages/es/phone-tabs.ts';
import { pickers } from '../../messages/es/pickers.ts';
import type { words as english } from '../phone.ts';

export const words: Translated<typeof english> = {
  ...phone,
  ...phoneTabs,
  ...join,
  ...install,
  ...pickers,
};
