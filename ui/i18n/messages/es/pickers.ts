// Spanish for ../pickers.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { pickers as english } from '../pickers.ts';

export const pickers = {
  'picker.day': 'Día',
  'picker.month': 'Mes',
  'picker.year': 'Año',
  'picker.timePlaceholder': 'hh:mm',
} satisfies Translated<typeof english>;
