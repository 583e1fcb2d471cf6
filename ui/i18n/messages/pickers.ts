// Words for the phone's date and time pickers, which follow the page's language rather than the
// browser's: the parts of a date, and how a time is typed.
import type { Catalog } from '../define.ts';

export const pickers = {
  'picker.day': 'Day',
  'picker.month': 'Month',
  'picker.year': 'Year',
  'picker.timePlaceholder': 'hh:mm',
} satisfies Catalog;
