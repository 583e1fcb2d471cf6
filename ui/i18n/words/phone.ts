// The phone's own words besides the board's: its tabs, joining, installing and the date
// pickers of Today's editors. They come with the phone's first code (client/main.ts).
import type { Catalog } from '../define.ts';
import { install } from '../messages/install.ts';
import { join } from '../messages/join.ts';
import { phone } from '../messages/phone.ts';
import { phoneTabs } from '../messages/phone-tabs.ts';
import { pickers } from '../messages/pickers.ts';

export const words = {
  ...phone,
  ...phoneTabs,
  ...join,
  ...install,
  ...pickers,
} satisfies Catalog;
