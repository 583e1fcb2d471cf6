// Times and dates as the phone's pickers read and write them, whatever the browser's own
// language: a time typed on a number pad ("1930", "19.30", "7:30 pm") becomes the board's
// "19:30"; a date is shown in the order and the month names of the page's language.

/** A typed time as the board's HH:MM, or undefined while it is not yet a whole time. */
export function typedClock(raw: string, finished = false): string | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  // "7pm", "7:30 pm", "7.30 a.m." — English speakers may still write the 12-hour clock.
  const twelve = text.match(/^(\d{1,2})(?:[:.,h ](\d{2}))? ?([ap])\.? ?m\.?$/);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    return clock((hour % 12) + (twelve[3] === 'p' ? 12 : 0), minute);
  }
  const parts =
    text.match(/^(\d{1,2})[:.,h ](\d{2})$/) ??
    text.match(/^(\d{2})(\d{2})$/) ??
    // A bare hour ("7", "19") is a whole time only once the person has left the field.
    (finished ? text.match(/^(\d{1,2})()h?$/) : null);
  if (!parts) return undefined;
  const hour = Number(parts[1]);
  const minute = Number(parts[2] || 0);
  if (hour > 23 || minute > 59) return undefined;
  return clock(hour, minute);
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export type DatePart = 'day' | 'month' | 'year';

/** The order a language writes a date in: day, month, year in Spanish and British English. */
export function datePartOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2024, 10, 27)));
  return parts
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
}

/** The twelve months' names in a language, January first ("enero" in Spanish). */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) =>
    format.format(new Date(Date.UTC(2024, month, 15))),
  );
}

/** How many days a month has; `month` counts from 1. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date from its parts as the board writes it (YYYY-MM-DD), the day kept within the month. */
export function dayFromParts(year: number, month: number, day: number): string {
  const kept = Math.min(Math.max(day, 1), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(kept).padStart(2, '0')}`;
}
