// Night hours on the wall: when the kiosk dims to its calm view. A night belongs to the day it
// starts on, so "Friday 23:00–08:00" covers Friday night into Saturday morning.
import { DEFAULT_NIGHT_HOURS, type NightHours, type Settings, WEEKDAY_KEYS } from './settings.ts';
import { addDays, type Day, instantInZone, minutesOf, weekdayOf, zonedTime } from './time.ts';

type NightSettings = Pick<Settings, 'nightHours' | 'nightHoursByWeekday' | 'timeZone'>;

/** The hours of the night that starts on `day`. */
export function nightHoursOn(settings: NightSettings, day: Day): NightHours {
  // WEEKDAY_KEYS starts on Monday; weekdayOf counts from Sunday.
  const key = WEEKDAY_KEYS[(weekdayOf(day) + 6) % 7]!;
  return settings.nightHoursByWeekday[key] ?? settings.nightHours ?? DEFAULT_NIGHT_HOURS;
}

/** The night that starts on `day` as instants, or undefined when that day has no night. */
export function nightOf(
  settings: NightSettings,
  day: Day,
): { from: number; until: number } | undefined {
  const hours = nightHoursOn(settings, day);
  if (hours.start === hours.end) return undefined;
  const endDay = minutesOf(hours.end) < minutesOf(hours.start) ? addDays(day, 1) : day;
  return {
    from: instantInZone(day, hours.start, settings.timeZone),
    until: instantInZone(endDay, hours.end, settings.timeZone),
  };
}

/** The night going on at `now`, if any: the one that started today or the one from yesterday. */
export function currentNight(
  settings: NightSettings,
  now: number,
): { from: number; until: number } | undefined {
  const today = zonedTime(now, settings.timeZone).day;
  for (const day of [today, addDays(today, -1)]) {
    const night = nightOf(settings, day);
    if (night && night.from <= now && now < night.until) return night;
  }
  return undefined;
}

export function isNight(settings: NightSettings, now: number): boolean {
  return currentNight(settings, now) !== undefined;
}
