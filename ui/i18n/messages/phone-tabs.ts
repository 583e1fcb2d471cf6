// The phone's tab bar (Today, Week, Food, List, You), the row of Today's sections at its top,
// the row in You for an admin, and the words the placeholder sections show until theirs arrive.
import { messages } from '../define.ts';

export const phoneTabs = messages(
  {
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
  },
  {
    'tab.today': 'Hoy',
    'tab.week': 'Semana',
    'tab.food': 'Comida',
    'tab.list': 'Lista',
    'tab.you': 'Tú',
    'phoneTabs.todaySections': 'Secciones de hoy',
    'phoneTabs.youSections': 'Este móvil y la gestión de la casa',
    'phoneTabs.week': 'La semana que viene',
    'phoneTabs.food': 'Comida',
    'phoneTabs.list': 'Lista de la compra',
    'phoneTabs.agenda': 'Orden del día de la reunión de la casa',
  },
);
