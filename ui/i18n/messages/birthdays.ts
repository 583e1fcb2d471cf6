// Birthdays, if a person wants the wall to say theirs (a day and a month, never a year), and the
// house's choice of which cards the wall shows.
import type { Catalog } from '../define.ts';

export const birthdays = {
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
} satisfies Catalog;
