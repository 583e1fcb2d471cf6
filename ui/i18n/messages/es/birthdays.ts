// Spanish for ../birthdays.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { birthdays as english } from '../birthdays.ts';

export const birthdays = {
  'birthday.legend': 'Tu cumpleaños (día y mes, si quieres que la pared lo diga)',
  'birthday.hint': 'Nunca el año. Déjalo vacío si prefieres no decirlo.',
  'birthday.day': 'Día',
  'birthday.month': 'Mes',
  'birthday.notSaid': 'Sin decir',
  'birthday.onWall': 'Mostrarlo en la pared ese día',
  'birthday.onWallHint':
    'Apagado salvo que lo actives. La pared dice «Feliz cumpleaños» con tu nombre como elegiste que se vea.',
  'birthday.leapDay': 'Los años sin 29 de febrero, la pared lo dice el 28 de febrero.',
  'birthday.band': '¡Feliz cumpleaños, {names}!',
  'aboutMe.birthday': 'Cumpleaños',
  'aboutMe.birthdayOnWall': 'la pared lo dice ese día',
  'aboutMe.birthdayNotOnWall': 'no sale en la pared',
  'wallCards.legend': 'Tarjetas en la pared',
  'wallCards.hint': 'La pared muestra las tarjetas marcadas aquí. Deja al menos una.',
  'wallCards.chores': 'Tareas',
  'wallCards.groups': 'Grupos',
  'wallCards.shifts': 'Quién está de turno',
  'wallCards.announcements': 'Avisos',
  'wallCards.meals': 'Comidas',
  'wallCards.shopping': 'Lista de la compra',
  'wallCards.agenda': 'Orden del día de la asamblea',
} satisfies Translated<typeof english>;
