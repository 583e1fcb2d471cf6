// Spanish for ../week.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { week as english } from '../week.ts';

export const week = {
  'week.tomorrow': 'Mañana',
  'week.openWeek': 'Mañana y la semana: toca para ver la semana',
  'week.prepare': 'Para preparar: {what}',
  'week.prepareFor': 'Para preparar para {title}: {what}',
  'week.title': 'La semana',
  'week.close': 'Cerrar',
  'week.today': 'Hoy',
  'week.nothingOn': 'No hay nada.',
  'week.kindGroup': 'Grupo',
  'week.kindOuting': 'Salida',
  'week.kindMeeting': 'Reunión de la casa',
  'week.cancelled': 'Ese día no hay',
  'week.changed': 'Cambiado para ese día',
  'week.tab': 'Semana',
  'week.phoneTitle': 'Esta semana',
} satisfies Translated<typeof english>;
