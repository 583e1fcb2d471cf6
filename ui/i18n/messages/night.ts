// Words of the wall at night (the calm low-light view) and of the admin's night, language and
// text-size settings.
import type { Catalog } from '../define.ts';

export const night = {
  'night.label': 'Night view. Tap anywhere to see the whole board.',
  'night.onShift': 'On shift now',
  'night.onShiftOffline': 'On shift when the wall was last connected',
  'night.nobodyDefault':
    'Staff are in the house tonight. If you need someone, knock on the office door.',
  'night.now': 'Now',
  'night.until': 'until {time}',
  'night.firstTomorrow': 'First thing tomorrow',
  'night.firstThisMorning': 'First thing this morning',
  'night.groupAt': '{time} · {title}',
  'night.chore': 'Chore: {title}',
  'night.nothingPlanned': 'Nothing planned yet — a quiet start.',
  'night.tapHint': 'Tap to see the whole board',
  'night.form.nightHours': 'Night hours',
  'night.form.nightHint':
    'At night the wall dims to a calm view: the time, who is on shift and the first thing tomorrow. The same start and end means no night.',
  'night.form.nightStart': 'From',
  'night.form.nightEnd': 'Until',
  'night.form.byWeekday': 'Different hours on some nights',
  'night.form.weekdayNight': 'Night starting {day}',
  'night.form.nobodyWords': 'What the wall says at night when nobody is marked on shift',
  'night.form.nobodyWordsHint':
    'A sentence or two, kind and useful, like "Staff are in the house — knock on the office door". No phone numbers or e-mail addresses: the wall is public. Left empty, it says: "{words}"',
  'night.form.language': 'Language of the house',
  'night.form.languageHint': 'The wall speaks it; each phone can pick its own.',
  'night.form.textSize': 'Text size on the wall',
  'night.form.textSize1': 'Small',
  'night.form.textSize2': 'Medium',
  'night.form.textSize3': 'Large',
  'night.form.textSize4': 'Largest',
  'night.weekday.mon': 'Monday',
  'night.weekday.tue': 'Tuesday',
  'night.weekday.wed': 'Wednesday',
  'night.weekday.thu': 'Thursday',
  'night.weekday.fri': 'Friday',
  'night.weekday.sat': 'Saturday',
  'night.weekday.sun': 'Sunday',
} satisfies Catalog;
