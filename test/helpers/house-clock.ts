// Time is an input: a test house lives in a zone where it is the hour the test needs, whatever
// the machine's clock says. Servers and browsers keep real time; only the house's zone is chosen,
// a fixed-offset one (no summer time) where the local hour now is the one asked for. This is the
// one place the tests read the real clock to decide anything.

/** The machine's own offset from UTC now, in whole hours. */
function machineOffsetHours(now: number): number {
  return -Math.round(new Date(now).getTimezoneOffset() / 60);
}

/** The Etc/GMT zone `offset` hours east of UTC (Etc/GMT signs run the other way). */
function fixedZone(offset: number): string {
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** The offset from UTC, in -12…+14, at which it is `hour`:xx now. */
function offsetFor(hour: number, now: number): number {
  let offset = hour - new Date(now).getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  return offset;
}

/** A fixed-offset zone where it is `hour`:xx (0–23) now. */
export function zoneWhereItIs(hour: number, now = Date.now()): string {
  return fixedZone(offsetFor(hour, now));
}

/**
 * A zone where it is the middle of the day now: between 11:00 and 14:00, at least eight hours
 * from the default night hours (22:00–07:00) and ten from midnight, so a whole test file stays on
 * one day board. Never the machine's own offset, so a screen that used the machine's zone where
 * it should use the house's would show it.
 */
export function dayZone(now = Date.now()): string {
  const machine = machineOffsetHours(now);
  const hour = [12, 13, 11, 14].find((h) => offsetFor(h, now) !== machine) ?? 12;
  return zoneWhereItIs(hour, now);
}

/**
 * A zone where it is nine-something in the morning now, so everything a test puts a few hours
 * either side of "now" stays on the same day in the house.
 */
export function morningZone(now = Date.now()): string {
  return zoneWhereItIs(9, now);
}

/** HH:MM in a zone, `minutes` from now. */
export function clockIn(zone: string, minutes: number, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now + minutes * 60_000);
}

/**
 * A named zone (as a person picks one from the list) where it is also the middle of the day now,
 * other than `besides`: for a test that moves a house to another zone and still needs its day.
 */
export function namedDayZone(besides: string, now = Date.now()): string {
  const hourIn = (zone: string) =>
    Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(now),
    );
  const zone = Intl.supportedValuesOf('timeZone').find(
    (candidate) =>
      candidate.includes('/') && candidate !== besides && [12, 13].includes(hourIn(candidate)),
  );
  if (!zone) throw new Error('no named time zone has midday now');
  return zone;
}
