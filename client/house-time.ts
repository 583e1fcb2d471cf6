// Times and dates as the house reads them: in the house's time zone, in plain words
// ("3 pm", "2:30 pm", "Thursday 27 November"), the same on every device whatever its locale.
import { type Day, dayInZone, minutesOf, zonedTime } from '../board/index.ts';
import { t } from './i18n/index.ts';

/** "3 pm", "12:30 pm" from minutes after midnight. */
function clockWords(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute ? `${twelve}:${String(minute).padStart(2, '0')} ${suffix}` : `${twelve} ${suffix}`;
}

/** A wall-clock time written on the board ("15:00") in plain words ("3 pm"). */
export function timeWords(time: string): string {
  return clockWords(minutesOf(time));
}

/** An instant as the house's clocks show it: "3 pm". */
export function instantWords(instant: number, timeZone: string): string {
  const t = zonedTime(instant, timeZone);
  return clockWords(t.hour * 60 + t.minute);
}

/** An instant as HH:MM in the house's zone, for time inputs. */
export function instantClock(instant: number, timeZone: string): string {
  const t = zonedTime(instant, timeZone);
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/** "Thursday 27 November". */
export function dayWords(day: Day): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** "Thu 27 Nov", for lists. */
export function shortDayWords(day: Day): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

export function todayIn(timeZone: string, now = Date.now()): Day {
  return dayInZone(now, timeZone);
}

/** "just now", "1 min ago", "25 min ago", "3 hours ago", "2 days ago". */
export function agoWords(since: number, now = Date.now()): string {
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return t('ago.justNow');
  if (minutes < 60) return t('ago.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('ago.hours', { n: hours });
  return t('ago.days', { n: Math.floor(hours / 24) });
}
