// Times and dates as the house reads them: in the house's time zone, written by `Intl` in the
// language the screen speaks — "3 pm", "2:30 pm", "Thursday 27 November" in English; "15:00",
// "jueves, 27 de noviembre" in Spanish — the same on every device whatever its own settings.
import { type Day, dayInZone, type Schedule, zonedTime } from '../board/index.ts';
import { language, t } from './i18n/index.ts';
import { dateFormat } from './intl-formats.ts';
import { serverNow } from './server-clock.ts';

/** A clock face: "3 pm" / "2:30 pm" in English, "15:00" in Spanish. Read in UTC. */
function clockFormat(withMinutes: boolean): Intl.DateTimeFormat {
  return language() === 'en'
    ? dateFormat({
        hour: 'numeric',
        minute: withMinutes ? '2-digit' : undefined,
        hourCycle: 'h12',
        timeZone: 'UTC',
      })
    : dateFormat({
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      });
}

/** Minutes after midnight as the screen's language writes a time of day. */
function clockWords(minutes: number): string {
  const at = new Date(Date.UTC(2024, 0, 1, 0, minutes % (24 * 60)));
  return clockFormat(minutes % 60 !== 0).format(at);
}

/** A wall-clock time written on the board ("15:00") in plain words ("3 pm"). */
export function timeWords(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return clockWords(hour * 60 + minute);
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

function dayFormat(day: Day, options: Intl.DateTimeFormatOptions): string {
  return dateFormat({ ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "Thursday 27 November", "jueves, 27 de noviembre". */
export function dayWords(day: Day): string {
  return dayFormat(day, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Thu 27 Nov", "jue, 27 nov", for lists. */
export function shortDayWords(day: Day): string {
  return dayFormat(day, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** A weekday's short name, 0 being Sunday: "Mon", "lun". */
export function weekdayWords(weekday: number, width: 'short' | 'long' = 'short'): string {
  // 7 January 2024 was a Sunday.
  return dayFormat(`2024-01-${String(7 + weekday).padStart(2, '0')}` as Day, { weekday: width });
}

/** A few plain words for a schedule: "daily", "Mon, Thu", "every 3 days". */
export function scheduleWords(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'once':
      return t('schedule.once');
    case 'daily':
      return t('schedule.daily');
    case 'weekdays':
      return [...schedule.weekdays]
        .sort()
        .map((d) => weekdayWords(d))
        .join(', ');
    case 'every':
      return schedule.days === 1 ? t('schedule.daily') : t('schedule.every', { n: schedule.days });
  }
}

export function todayIn(timeZone: string, now = serverNow()): Day {
  return dayInZone(now, timeZone);
}

/** "just now", "1 min ago", "25 min ago", "3 hours ago", "2 days ago". */
export function agoWords(since: number, now = serverNow()): string {
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return t('ago.justNow');
  if (minutes < 60) return t('ago.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('ago.hours', { n: hours });
  return t('ago.days', { n: Math.floor(hours / 24) });
}
