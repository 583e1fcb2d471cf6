// What ical-generator needs to write wall-clock times in the house's zone, whatever zone the
// server itself runs in: a VTIMEZONE made from the runtime's own zone data (Intl), and times
// handed over as Temporal-like zoned values (ical-generator reads their fields as they are; a
// plain Date would be read in the server's own zone).
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { instantInZone } from '../../board/time.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function partsAt(instant: number, timeZone: string) {
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
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return {
    year: p.year!,
    month: p.month!,
    day: p.day!,
    hour: p.hour!,
    minute: p.minute!,
    second: p.second!,
  };
}

/** The zone's offset from UTC at an instant, in whole seconds. */
export function offsetSecondsAt(instant: number, timeZone: string): number {
  const at = Math.floor(instant / 1000) * 1000;
  const p = partsAt(at, timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at) / 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function iso(f: Fields): string {
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

function plainDate(f: Fields): ICalTemporalPlainDateStub {
  const text = iso(f).slice(0, 10);
  return {
    year: f.year,
    month: f.month,
    day: f.day,
    toJSON: () => text,
    toString: () => text,
  };
}

function instantStub(epochMilliseconds: number): ICalTemporalInstantStub {
  const text = new Date(epochMilliseconds).toISOString();
  return {
    epochMilliseconds,
    toJSON: () => text,
    toString: () => text,
    toZonedDateTimeISO: (zone) => zonedAt(epochMilliseconds, zone),
  };
}

function plainDateTime(f: Fields, instant: number): ICalTemporalPlainDateTimeStub {
  return {
    ...f,
    toJSON: () => iso(f),
    toString: () => iso(f),
    toPlainDate: () => plainDate(f),
    toZonedDateTime: (zone) => zonedAt(instant, zone),
  };
}

/** The instant as a zoned time in `timeZone`. */
export function zonedAt(instant: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const f = partsAt(instant, timeZone);
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...f,
    timeZoneId: timeZone,
    toInstant: () => instantStub(instant),
    toJSON: () => `${iso(f)}[${timeZone}]`,
    toString: () => `${iso(f)}[${timeZone}]`,
    toPlainDateTime: () => plainDateTime(f, instant),
    withTimeZone: (zone) => (zone === timeZone ? zoned : zonedAt(instant, zone)),
  };
  return zoned;
}

/**
 * `time` on `day` on the house's clocks, as a zoned time. The fields are the wall clock as the
 * board wrote it (a time skipped when clocks go forward stays as written: a calendar app moves
 * it on by the jump, as the board does); the instant is the board's own.
 */
export function wallTime(day: string, time: string, timeZone: string) {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const f = { year, month, day: dayOfMonth, hour, minute, second: 0 };
  const instant = instantInZone(day, time, timeZone);
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...f,
    timeZoneId: timeZone,
    toInstant: () => instantStub(instant),
    toJSON: () => `${iso(f)}[${timeZone}]`,
    toString: () => `${iso(f)}[${timeZone}]`,
    toPlainDateTime: () => plainDateTime(f, instant),
    withTimeZone: (zone) => (zone === timeZone ? zoned : zonedAt(instant, zone)),
  };
  return zoned;
}

/** Instants (ms) at which the zone's offset changes between two instants. */
export function offsetChanges(timeZone: string, from: number, to: number): number[] {
  const changes: number[] = [];
  const day = 86_400_000;
  let before = offsetSecondsAt(from, timeZone);
  for (let t = from; t < to; t += day) {
    // A week at a time while the offset stays, then day by day through a week that changed.
    const weekOn = Math.min(t + 7 * day, to);
    if (weekOn - t > day && offsetSecondsAt(weekOn, timeZone) === before) {
      t = weekOn - day;
      continue;
    }
    const next = Math.min(t + day, to);
    const after = offsetSecondsAt(next, timeZone);
    if (after === before) continue;
    // The change is within (t, next]: narrow it down to the second.
    let low = t;
    let high = next;
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (middle <= low || middle >= high) break;
      if (offsetSecondsAt(middle, timeZone) === before) low = middle;
      else high = middle;
    }
    changes.push(high);
    before = after;
  }
  return changes;
}

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const text = `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}`;
  return abs % 60 ? `${text}${pad(abs % 60)}` : text;
}

function localText(instant: number, offsetSeconds: number): string {
  const d = new Date(instant + offsetSeconds * 1000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

const vtimezones = new Map<string, string>();

/**
 * A VTIMEZONE for the zone from the start of `fromYear` to the end of `toYear`: one observance
 * before the first change, then one per change of offset, each at its own onset (written in the
 * local time before it, as RFC 5545 asks). Past `toYear` a calendar keeps the last offset.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  const known = vtimezones.get(key);
  if (known) return known;
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const changes = offsetChanges(timeZone, from, to);
  const first = offsetSecondsAt(from, timeZone);
  const offsets = [first, ...changes.map((t) => offsetSecondsAt(t, timeZone))];
  const lowest = Math.min(...offsets);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  const observance = (onset: string, fromOffset: number, toOffset: number) => {
    const kind = toOffset > lowest ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${offsetText(fromOffset)}`,
      `TZOFFSETTO:${offsetText(toOffset)}`,
      `END:${kind}`,
    );
  };
  observance('19700101T000000', first, first);
  let before = first;
  for (const change of changes) {
    const after = offsetSecondsAt(change, timeZone);
    observance(localText(change, before), before, after);
    before = after;
  }
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  if (vtimezones.size > 200) vtimezones.clear();
  vtimezones.set(key, text);
  return text;
}
