// The phone's tab bar (Today, Week, Food, List, You), the row of Today's sections at its top,
// the row in You for an admin, and the words the placeholder sections show until theirs arrive.
import type { Catalog } from '../define.ts';

export const phoneTabs = {
  'tab.today': 'Today',
  'tab.week': 'Week',
  'tab.food': 'Food',
  'tab.list': 'List',
  'tab.you': 'You',
  'phoneTabs.todaySections': 'Today’s sections',
  'phoneTabs.youSections': 'This phone and the house’s admin',
  'phoneTabs.week': 'The week ahead',
  'phoneTabs.food': 'Food',
  'phoneTabs.list': 'Shopping list',
  'phoneTabs.agenda': 'House meeting agenda',
} satisfies Catalog;
