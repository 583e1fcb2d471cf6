// The week ahead: the wall's "Tomorrow" strip and its week overlay, and the phone's Week tab.
import type { Catalog } from '../define.ts';

export const week = {
  'week.tomorrow': 'Tomorrow',
  'week.openWeek': 'Tomorrow and the week ahead: tap to see the week',
  'week.prepare': 'To prepare: {what}',
  'week.prepareFor': 'To prepare for {title}: {what}',
  'week.title': 'The week ahead',
  'week.close': 'Close',
  'week.today': 'Today',
  'week.nothingOn': 'Nothing on.',
  'week.kindGroup': 'Group',
  'week.kindOuting': 'Outing',
  'week.kindMeeting': 'House meeting',
  'week.cancelled': 'Not on this day',
  'week.changed': 'Changed for this day',
  'week.tab': 'Week',
  'week.phoneTitle': 'This week',
} satisfies Catalog;
