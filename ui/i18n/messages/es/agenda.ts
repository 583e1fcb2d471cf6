// Spanish for ../agenda.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { agenda as english } from '../agenda.ts';

export const agenda = {
  'agenda.heading': 'Asamblea de la casa — {when}',
  'agenda.when': '{day} {time}',
  'agenda.today': 'hoy',
  'agenda.onNow': 'Ahora',
  'agenda.nothingYet': 'Todavía no hay nada en el orden del día.',
  'agenda.addLabel': 'Algo de lo que hablar',
  'agenda.withName': 'Poner mi nombre',
  'agenda.withNameHint': 'Sin él, nadie ve quién lo añadió.',
  'agenda.add': 'Añadir al orden del día',
  'agenda.added': 'Añadido al orden del día.',
  'agenda.carried': 'Pasa a la próxima',
  'agenda.carriedLabel': 'Pasa a la próxima: {text}',
  'agenda.fromBefore': 'De la última vez',
  'agenda.takeBack': 'Retirar',
  'agenda.takeBackLabel': 'Retirar: {text}',
  'agenda.takeOff': 'Quitar',
  'agenda.takeOffLabel': 'Quitar del orden del día: {text}',
  'agenda.cardTitle': 'Orden del día',
  'agenda.cardToday': 'Orden del día, {time}',
  'agenda.cardNext': 'Próxima asamblea: {when}. Añade puntos desde tu móvil.',
  'agenda.cardNone': 'No hay asamblea en el calendario.',
  'agenda.cardEmpty': 'Todavía no hay nada en el orden del día. Añade un punto desde tu móvil.',
  'agenda.kind': 'Qué es',
  'agenda.kindGroup': 'Un grupo',
  'agenda.kindOuting': 'Una salida',
  'agenda.kindMeeting': 'La asamblea de la casa',
  'agenda.leaderInFeed': 'Mostrar el nombre de quien lo lleva en los calendarios de la gente',
  'agenda.badgeMeeting': 'Asamblea',
  'agenda.badgeOuting': 'Salida',
} satisfies Translated<typeof english>;
