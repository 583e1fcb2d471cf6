// Wall-clock time in the house's own time zone. "Today" on the board is the house's today,
// whatever zone the server or a phone happens to be in.

/** A calendar day as written on the board: YYYY-MM-DD. */
export type Day = string;

export interface ZonedTime {
  day: Day;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Zones that are always ICU's own; with the list below, a check that loads no zone data. */
const ALWAYS_ZONES = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'];
let knownZones: Set<string> | undefined;

/**
 * Whether `timeZone` names a zone this runtime knows. Canonical names are looked up in the list
 * of zones, which costs little; anything else (an alias such as Asia/Calcutta) is tried for real.
 * The first real try pages in ICU's zone data, about 8 MiB in Node, which a server that has not
 * yet loaded a house need not carry.
 */
export function isTimeZone(timeZone: string): boolean {
  knownZones ??= new Set([
    ...ALWAYS_ZONES,
    ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []),
  ]);
  if (knownZones.has(timeZone)) return true;
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The last answer per time zone, by whole second (all the clock shows): a server loading a
 * thousand boards at once asks each one's day within the same few seconds.
 */
const lastParts = new Map<string, { second: number; parts: ZonedParts }>();

function zonedParts(instant: number, timeZone: string): ZonedParts {
  const second = Math.floor(instant / 1000);
  const last = lastParts.get(timeZone);
  if (last && last.second === second) return last.parts;
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const zoned = Object.freeze({
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  });
  lastParts.set(timeZone, { second, parts: zoned });
  return zoned;
}

const pad = (n: number) => String(n).padStart(2, '0');

const dayOfParts = (p: ZonedParts) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;

export function zonedTime(instant: number, timeZone: string): ZonedTime {
  const p = zonedParts(instant, timeZone);
  const day = dayOfParts(p);
  return { day, hour: p.hour, minute: p.minute, weekday: weekdayOf(day) };
}

/** The day only: housekeeping asks it of every board it loads, and needs no weekday. */
export function dayInZone(instant: number, timeZone: string): Day {
  return dayOfParts(zonedParts(instant, timeZone));
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the house's clocks show `time` on `day`. A time that happens twice (the
 * hour repeated when clocks go back) is its first occurrence; a time skipped when clocks go
 * forward moves forward by the jump (01:30 on a 01:00→02:00 night is 02:30).
 */
export function instantInZone(day: Day, time: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The zone's offsets a day either side cover any change of offset near this wall time.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const fits = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  if (fits.length > 0) return Math.min(...fits);
  return wall - before;
}

/** The instant the house's today ends: its next midnight, not 24 hours on. */
export function endOfDayIn(instant: number, timeZone: string): number {
  return instantInZone(addDays(dayInZone(instant, timeZone), 1), '00:00', timeZone);
}

export function parseDay(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function weekdayOf(day: Day): number {
  return parseDay(day).getUTCDay();
}

export function addDays(day: Day, days: number): Day {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar day written YYYY-MM-DD (not 30 February). */
export function isDay(value: string): boolean {
  return DAY_PATTERN.test(value) && parseDay(value).toISOString().slice(0, 10) === value;
}
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}
