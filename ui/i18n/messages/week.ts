// The week ahead: the wall's "Tomorrow" strip and its week overlay, and the phone's Week tab.
import { messages } from '../define.ts';

export const week = messages(
  {
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
  },
  {
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
  },
);
