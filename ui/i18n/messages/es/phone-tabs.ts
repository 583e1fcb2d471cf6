// Spanish for ../phone-tabs.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { phoneTabs as english } from '../phone-tabs.ts';

export const phoneTabs = {
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
} satisfies Translated<typeof english>;
