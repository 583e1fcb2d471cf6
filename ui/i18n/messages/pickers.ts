// Words for the phone's date and time pickers, which follow the page's language rather than the
// browser's: the parts of a date, and how a time is typed.
import { messages } from '../define.ts';

export const pickers = messages(
  {
    'picker.day': 'Day',
    'picker.month': 'Month',
    'picker.year': 'Year',
    'picker.timePlaceholder': 'hh:mm',
  },
  {
    'picker.day': 'Día',
    'picker.month': 'Mes',
    'picker.year': 'Año',
    'picker.timePlaceholder': 'hh:mm',
  },
);
