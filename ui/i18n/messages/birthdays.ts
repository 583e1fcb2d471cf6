// Birthdays, if a person wants the wall to say theirs (a day and a month, never a year), and the
// house's choice of which cards the wall shows.
import { messages } from '../define.ts';

export const birthdays = messages(
  {
    'birthday.legend': "Your birthday (day and month, if you'd like the wall to say it)",
    'birthday.hint': 'No year, ever. Leave it empty if you would rather not say.',
    'birthday.day': 'Day',
    'birthday.month': 'Month',
    'birthday.notSaid': 'Not said',
    'birthday.onWall': 'Show on the wall on the day',
    'birthday.onWallHint':
      'Off unless you turn it on. The wall says "Happy birthday" with your name as you chose to show it.',
    'birthday.leapDay': 'In years without 29 February, the wall says it on 28 February.',
    'birthday.band': 'Happy birthday, {names}!',
    'aboutMe.birthday': 'Birthday',
    'aboutMe.birthdayOnWall': 'the wall says it on the day',
    'aboutMe.birthdayNotOnWall': 'not on the wall',
    'wallCards.legend': 'Cards on the wall',
    'wallCards.hint': 'The wall shows the cards ticked here. Keep at least one.',
    'wallCards.chores': 'Chores',
    'wallCards.groups': 'Groups',
    'wallCards.shifts': 'Who is on shift',
    'wallCards.announcements': 'Announcements',
    'wallCards.meals': 'Meals',
    'wallCards.shopping': 'Shopping list',
    'wallCards.agenda': 'House meeting agenda',
  },
  {
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
  },
);
