// House time: "today" and clock times are the house's, in its own zone, across daylight saving.
//
// Transitions used below (all 2026):
//   Europe/London     29 Mar 01:00 GMT -> 02:00 BST at 01:00Z;  25 Oct 02:00 BST -> 01:00 GMT at 01:00Z
//   America/New_York   8 Mar 02:00 EST -> 03:00 EDT at 07:00Z;   1 Nov 02:00 EDT -> 01:00 EST at 06:00Z
//   Pacific/Auckland   5 Apr 03:00 NZDT -> 02:00 NZST at 4 Apr 14:00Z;
//                     27 Sep 02:00 NZST -> 03:00 NZDT at 26 Sep 14:00Z
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  DAY_PATTERN,
  dayInZone,
  daysBetween,
  instantInZone,
  isTimeZone,
  minutesOf,
  TIME_PATTERN,
  weekdayOf,
  zonedTime,
} from '../../board/time.ts';
import { at } from './helpers.ts';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('dayInZone: the house day at instants around local midnight', () => {
  it.each([
    // London, spring forward: midnight before the jump is GMT (00:00Z), the next one BST (23:00Z).
    [LONDON, '2026-03-28T23:59:59Z', '2026-03-28'],
    [LONDON, '2026-03-29T00:00:00Z', '2026-03-29'],
    [LONDON, '2026-03-29T22:59:59Z', '2026-03-29'],
    [LONDON, '2026-03-29T23:00:00Z', '2026-03-30'],
    // London, fall back: midnight starting 25 Oct is BST (24 Oct 23:00Z), the next one GMT.
    [LONDON, '2026-10-24T22:59:59Z', '2026-10-24'],
    [LONDON, '2026-10-24T23:00:00Z', '2026-10-25'],
    [LONDON, '2026-10-25T23:59:59Z', '2026-10-25'],
    [LONDON, '2026-10-26T00:00:00Z', '2026-10-26'],
    // New York, spring forward: midnight EST is 05:00Z, the next midnight EDT is 04:00Z.
    [NEW_YORK, '2026-03-08T04:59:59Z', '2026-03-07'],
    [NEW_YORK, '2026-03-08T05:00:00Z', '2026-03-08'],
    [NEW_YORK, '2026-03-09T03:59:59Z', '2026-03-08'],
    [NEW_YORK, '2026-03-09T04:00:00Z', '2026-03-09'],
    // New York, fall back: midnight EDT is 04:00Z, the next midnight EST is 05:00Z.
    [NEW_YORK, '2026-11-01T03:59:59Z', '2026-10-31'],
    [NEW_YORK, '2026-11-01T04:00:00Z', '2026-11-01'],
    [NEW_YORK, '2026-11-02T04:59:59Z', '2026-11-01'],
    [NEW_YORK, '2026-11-02T05:00:00Z', '2026-11-02'],
    // Auckland is ahead of UTC: its day starts on the previous UTC date.
    // NZST (+12) in winter: midnight 1 July is 30 June 12:00Z.
    [AUCKLAND, '2026-06-30T11:59:59Z', '2026-06-30'],
    [AUCKLAND, '2026-06-30T12:00:00Z', '2026-07-01'],
    // NZDT (+13) in summer, across the year end: midnight 1 Jan 2027 is 31 Dec 11:00Z.
    [AUCKLAND, '2026-12-31T10:59:59Z', '2026-12-31'],
    [AUCKLAND, '2026-12-31T11:00:00Z', '2027-01-01'],
    // The day NZDT ends: midnight 5 April is still NZDT (4 Apr 11:00Z), midnight 6 April is NZST.
    [AUCKLAND, '2026-04-04T10:59:59Z', '2026-04-04'],
    [AUCKLAND, '2026-04-04T11:00:00Z', '2026-04-05'],
    [AUCKLAND, '2026-04-05T11:59:59Z', '2026-04-05'],
    [AUCKLAND, '2026-04-05T12:00:00Z', '2026-04-06'],
  ])('in %s, the instant %s falls on the house day %s', (zone, iso, day) => {
    expect(dayInZone(at(iso), zone)).toBe(day);
  });
});

describe("today is the house's today, not the server's", () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it('one instant is a different day in London, New York, Auckland and UTC', () => {
    // 1 July 23:30Z: London BST 00:30 on 2 July, New York EDT 19:30 on 1 July,
    // Auckland NZST 11:30 on 2 July.
    const instant = at('2026-07-01T23:30:00Z');
    expect(dayInZone(instant, 'UTC')).toBe('2026-07-01');
    expect(dayInZone(instant, LONDON)).toBe('2026-07-02');
    expect(dayInZone(instant, NEW_YORK)).toBe('2026-07-01');
    expect(dayInZone(instant, AUCKLAND)).toBe('2026-07-02');
  });

  it("the server's own time zone changes nothing about the house's day, times or day arithmetic", () => {
    const instant = at('2026-03-08T04:30:00Z'); // 23:30 EST on 7 March in New York
    for (const serverTz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = serverTz;
      // Make sure the server zone really changed, or this test would prove nothing.
      const expectedOffset = {
        'Pacific/Kiritimati': -14 * 60,
        'Pacific/Pago_Pago': 11 * 60,
        UTC: 0,
      };
      expect(new Date(instant).getTimezoneOffset()).toBe(
        expectedOffset[serverTz as keyof typeof expectedOffset],
      );
      expect(dayInZone(instant, NEW_YORK)).toBe('2026-03-07');
      expect(zonedTime(instant, NEW_YORK)).toEqual({
        day: '2026-03-07',
        hour: 23,
        minute: 30,
        weekday: 6,
      });
      expect(instantInZone('2026-01-15', '18:30', NEW_YORK)).toBe(at('2026-01-15T23:30:00Z'));
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(weekdayOf('2026-03-29')).toBe(0);
    }
  });
});

describe('zonedTime: the clock on the house wall', () => {
  it('reads hour, minute and day in the house zone', () => {
    // 14:05Z in July: London is BST (+1) so 15:05, New York EDT (-4) so 10:05.
    expect(zonedTime(at('2026-07-15T14:05:00Z'), LONDON)).toMatchObject({
      day: '2026-07-15',
      hour: 15,
      minute: 5,
    });
    expect(zonedTime(at('2026-07-15T14:05:00Z'), NEW_YORK)).toMatchObject({
      day: '2026-07-15',
      hour: 10,
      minute: 5,
    });
  });

  it('shows midnight as hour 0, never 24', () => {
    expect(zonedTime(at('2026-01-01T05:00:00Z'), NEW_YORK)).toMatchObject({
      day: '2026-01-01',
      hour: 0,
      minute: 0,
    });
    expect(zonedTime(at('2026-03-29T23:00:00Z'), LONDON)).toMatchObject({
      day: '2026-03-30',
      hour: 0,
    });
  });

  it("gives the weekday of the house's day, not of the UTC day", () => {
    // 28 March 2026 is a Saturday in UTC; at 11:30Z it is already Sunday 00:30 in Auckland (NZDT).
    expect(zonedTime(at('2026-03-28T11:30:00Z'), 'UTC').weekday).toBe(6);
    expect(zonedTime(at('2026-03-28T11:30:00Z'), AUCKLAND)).toMatchObject({
      day: '2026-03-29',
      weekday: 0,
    });
    // 8 March 04:30Z is Sunday in UTC but still Saturday 23:30 in New York (EST).
    expect(zonedTime(at('2026-03-08T04:30:00Z'), NEW_YORK).weekday).toBe(6);
  });

  it('the daylight-saving Sundays are Sundays', () => {
    // Both rules are "a Sunday": last Sunday of March/October in the UK, second Sunday of March
    // and first Sunday of November in the US, first Sunday of April/last of September in NZ.
    for (const day of [
      '2026-03-29',
      '2026-10-25',
      '2026-03-08',
      '2026-11-01',
      '2026-04-05',
      '2026-09-27',
    ]) {
      expect(weekdayOf(day)).toBe(0);
    }
    expect(weekdayOf('2026-03-30')).toBe(1);
    expect(weekdayOf('2026-04-04')).toBe(6);
  });
});

describe('instantInZone: when the house clock shows a given time', () => {
  it.each([
    // Ordinary days, both seasons.
    [LONDON, '2026-01-15', '09:00', '2026-01-15T09:00:00Z'], // GMT
    [LONDON, '2026-07-01', '09:00', '2026-07-01T08:00:00Z'], // BST
    [NEW_YORK, '2026-01-15', '18:30', '2026-01-15T23:30:00Z'], // EST
    [NEW_YORK, '2026-07-01', '18:30', '2026-07-01T22:30:00Z'], // EDT
    [AUCKLAND, '2026-07-01', '09:00', '2026-06-30T21:00:00Z'], // NZST
    [AUCKLAND, '2026-01-15', '09:00', '2026-01-14T20:00:00Z'], // NZDT
    [AUCKLAND, '2026-01-15', '23:45', '2026-01-15T10:45:00Z'], // NZDT
    [LONDON, '2026-12-31', '23:59', '2026-12-31T23:59:00Z'],
    [NEW_YORK, '2026-12-31', '00:00', '2026-12-31T05:00:00Z'],
    // London on its changeover days: before and after the missing / repeated hour.
    [LONDON, '2026-03-29', '00:30', '2026-03-29T00:30:00Z'], // still GMT
    [LONDON, '2026-03-29', '02:30', '2026-03-29T01:30:00Z'], // BST
    [LONDON, '2026-03-29', '10:00', '2026-03-29T09:00:00Z'],
    [LONDON, '2026-10-25', '00:30', '2026-10-24T23:30:00Z'], // still BST
    [LONDON, '2026-10-25', '02:30', '2026-10-25T02:30:00Z'], // GMT
    [LONDON, '2026-10-25', '10:00', '2026-10-25T10:00:00Z'],
    // New York on its changeover days.
    [NEW_YORK, '2026-03-08', '01:30', '2026-03-08T06:30:00Z'], // still EST
    [NEW_YORK, '2026-03-08', '09:00', '2026-03-08T13:00:00Z'], // EDT
    [NEW_YORK, '2026-11-01', '00:30', '2026-11-01T04:30:00Z'], // still EDT
    [NEW_YORK, '2026-11-01', '02:30', '2026-11-01T07:30:00Z'], // EST
    [NEW_YORK, '2026-11-01', '09:00', '2026-11-01T14:00:00Z'], // EST
    // Auckland on its changeover days.
    [AUCKLAND, '2026-09-27', '01:30', '2026-09-26T13:30:00Z'], // still NZST
    [AUCKLAND, '2026-09-27', '03:30', '2026-09-26T14:30:00Z'], // NZDT
    [AUCKLAND, '2026-09-27', '09:00', '2026-09-26T20:00:00Z'], // NZDT
    [AUCKLAND, '2026-04-05', '03:30', '2026-04-04T15:30:00Z'], // NZST
    [AUCKLAND, '2026-04-05', '09:00', '2026-04-04T21:00:00Z'], // NZST
  ])('in %s, %s at %s is %s', (zone, day, time, iso) => {
    expect(new Date(instantInZone(day, time, zone)).toISOString()).toBe(
      new Date(at(iso)).toISOString(),
    );
  });

  it.each([
    ['03:30', '2026-03-08T07:30:00Z'],
    ['06:30', '2026-03-08T10:30:00Z'],
  ])('in New York on the spring-forward day, %s EDT is %s (not an hour later)', (time, iso) => {
    expect(new Date(instantInZone('2026-03-08', time, NEW_YORK)).toISOString()).toBe(
      new Date(at(iso)).toISOString(),
    );
  });

  it.each([
    ['2026-04-04', '19:00', '2026-04-04T06:00:00Z'],
    ['2026-04-05', '01:30', '2026-04-04T12:30:00Z'],
  ])(
    'in Auckland before the clocks go back, %s %s NZDT is %s (not an hour later)',
    (day, time, iso) => {
      expect(new Date(instantInZone(day, time, AUCKLAND)).toISOString()).toBe(
        new Date(at(iso)).toISOString(),
      );
    },
  );

  it('in Berlin on the fall-back day, 01:30 CEST is 24 Oct 23:30Z (not 02:30 CEST)', () => {
    expect(new Date(instantInZone('2026-10-25', '01:30', 'Europe/Berlin')).toISOString()).toBe(
      new Date(at('2026-10-24T23:30:00Z')).toISOString(),
    );
  });

  it.each([
    // A skipped time moves forward by the jump: the same minutes past the hour, after the jump.
    [LONDON, '2026-03-29', '01:30', '2026-03-29T01:30:00Z', '02:30'],
    [NEW_YORK, '2026-03-08', '02:30', '2026-03-08T07:30:00Z', '03:30'],
    [AUCKLAND, '2026-09-27', '02:30', '2026-09-26T14:30:00Z', '03:30'],
  ])(
    'in %s, %s %s never happens; it resolves to %s (%s on the clock)',
    (zone, day, time, iso, shown) => {
      const instant = instantInZone(day, time, zone);
      expect(new Date(instant).toISOString()).toBe(new Date(at(iso)).toISOString());
      const wall = zonedTime(instant, zone);
      expect(wall.day).toBe(day);
      expect(clock(wall.hour * 60 + wall.minute)).toBe(shown);
    },
  );

  describe('a time in the repeated hour at fall-back happens twice; which one it picks', () => {
    // The rule, the same in every zone: the first occurrence, before the clocks go back.
    it('London 01:30 on 25 Oct is the first one, BST (00:30Z), not the GMT one (01:30Z)', () => {
      expect(instantInZone('2026-10-25', '01:30', LONDON)).toBe(at('2026-10-25T00:30:00Z'));
    });

    it('New York 01:30 on 1 Nov is the first one, EDT (05:30Z), not the EST one (06:30Z)', () => {
      expect(instantInZone('2026-11-01', '01:30', NEW_YORK)).toBe(at('2026-11-01T05:30:00Z'));
    });

    it('Auckland 02:30 on 5 Apr is the first one, NZDT (4 Apr 13:30Z), not NZST (14:30Z)', () => {
      expect(instantInZone('2026-04-05', '02:30', AUCKLAND)).toBe(at('2026-04-04T13:30:00Z'));
    });

    it('either way, the clock then shows the time that was asked for, on that day', () => {
      for (const [zone, day, time] of [
        [LONDON, '2026-10-25', '01:30'],
        [NEW_YORK, '2026-11-01', '01:30'],
        [AUCKLAND, '2026-04-05', '02:30'],
      ] as const) {
        const wall = zonedTime(instantInZone(day, time, zone), zone);
        expect(wall.day).toBe(day);
        expect(clock(wall.hour * 60 + wall.minute)).toBe(time);
      }
    });
  });

  // Every quarter hour of the days around each change must read back as the same clock time,
  // except the skipped hour, which reads back one hour later. Fails where the bugs above are.
  it.each([
    [LONDON, '2026-03-28', null],
    [LONDON, '2026-03-29', '01:00'],
    [LONDON, '2026-03-30', null],
    [LONDON, '2026-10-24', null],
    [LONDON, '2026-10-25', null],
    [LONDON, '2026-10-26', null],
    [NEW_YORK, '2026-03-07', null],
    [NEW_YORK, '2026-03-08', '02:00'],
    [NEW_YORK, '2026-03-09', null],
    [NEW_YORK, '2026-10-31', null],
    [NEW_YORK, '2026-11-01', null],
    [NEW_YORK, '2026-11-02', null],
    [AUCKLAND, '2026-04-04', null],
    [AUCKLAND, '2026-04-05', null],
    [AUCKLAND, '2026-04-06', null],
    [AUCKLAND, '2026-09-26', null],
    [AUCKLAND, '2026-09-27', '02:00'],
    [AUCKLAND, '2026-09-28', null],
    // Other houses the same rule reaches: a second zone on each side of UTC.
    ['America/Los_Angeles', '2026-03-08', '02:00'],
    ['Europe/Berlin', '2026-03-29', '02:00'],
    ['Europe/Berlin', '2026-10-25', null],
  ])(
    'in %s, every quarter hour of %s reads back as the same clock time',
    (zone, day, skippedHour) => {
      const wrong: string[] = [];
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = clock(minutes);
        const skipped = skippedHour !== null && time.slice(0, 2) === skippedHour.slice(0, 2);
        const expected = skipped ? clock(minutes + 60) : time;
        const wall = zonedTime(instantInZone(day, time, zone), zone);
        const shown = clock(wall.hour * 60 + wall.minute);
        if (wall.day !== day || shown !== expected) wrong.push(`${time} -> ${wall.day} ${shown}`);
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('day arithmetic', () => {
  it('addDays steps over daylight-saving changes one calendar day at a time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-08', -1)).toBe('2026-03-07');
    expect(addDays('2026-11-01', 7)).toBe('2026-11-08');
  });

  it('addDays crosses month ends, leap days and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01'); // 2026 is not a leap year
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29'); // 2028 is
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });

  it('daysBetween counts whole calendar days, even over a 23- or 25-hour day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2026-06-15', '2026-06-15')).toBe(0);
  });

  it('daysBetween crosses month and year ends and counts leap years', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('addDays and daysBetween undo each other', () => {
    for (const from of ['2026-03-08', '2026-10-25', '2028-02-29', '2026-12-31']) {
      for (const n of [-400, -1, 1, 30, 365, 366]) {
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }
    }
  });
});

describe('time zones, days and clock times as written on the board', () => {
  it('knows real time zones and refuses made-up ones', () => {
    expect(isTimeZone(LONDON)).toBe(true);
    expect(isTimeZone(AUCKLAND)).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Europe/Lundon')).toBe(false);
  });

  it('knows the other names of a zone, and its name in any case, as the clock does', () => {
    for (const alias of ['Asia/Calcutta', 'US/Eastern', 'Etc/UTC', 'GMT', 'europe/london']) {
      expect(isTimeZone(alias), alias).toBe(true);
      expect(dayInZone(Date.UTC(2026, 5, 1, 12), alias), alias).toBe('2026-06-01');
    }
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Europe/London ')).toBe(false);
  });

  it('a day is YYYY-MM-DD with a real month and day number', () => {
    expect(DAY_PATTERN.test('2026-03-29')).toBe(true);
    expect(DAY_PATTERN.test('2026-13-01')).toBe(false);
    expect(DAY_PATTERN.test('2026-00-10')).toBe(false);
    expect(DAY_PATTERN.test('2026-01-32')).toBe(false);
    expect(DAY_PATTERN.test('29/03/2026')).toBe(false);
    expect(DAY_PATTERN.test('2026-3-29')).toBe(false);
  });

  it('a clock time is HH:MM on a 24-hour clock', () => {
    expect(TIME_PATTERN.test('00:00')).toBe(true);
    expect(TIME_PATTERN.test('23:59')).toBe(true);
    expect(TIME_PATTERN.test('24:00')).toBe(false);
    expect(TIME_PATTERN.test('9:00')).toBe(false);
    expect(TIME_PATTERN.test('09:60')).toBe(false);
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('09:30')).toBe(9 * 60 + 30);
    expect(minutesOf('23:59')).toBe(24 * 60 - 1);
  });
});

describe('the same second asked again (a server loading many boards at once)', () => {
  it('gives the same day and clock, and the next millisecond after midnight is the next day', () => {
    const lastMs = at('2026-03-29T21:59:59.999Z'); // 23:59:59.999 in Madrid (summer time)
    expect(dayInZone(lastMs - 500, 'Europe/Madrid')).toBe('2026-03-29');
    expect(dayInZone(lastMs, 'Europe/Madrid')).toBe('2026-03-29');
    expect(zonedTime(lastMs, 'Europe/Madrid')).toMatchObject({ hour: 23, minute: 59 });
    expect(dayInZone(lastMs + 1, 'Europe/Madrid')).toBe('2026-03-30');
    expect(dayInZone(lastMs + 1, 'UTC')).toBe('2026-03-29');
    expect(dayInZone(lastMs, 'Europe/Madrid')).toBe('2026-03-29');
  });

  it('an instant that is not a time is refused every time, never answered from before', () => {
    expect(dayInZone(at('2026-03-29T12:00:00Z'), 'UTC')).toBe('2026-03-29');
    expect(() => dayInZone(Number.NaN, 'UTC')).toThrow();
    expect(() => dayInZone(Number.NaN, 'UTC')).toThrow();
    expect(() => dayInZone(Number.POSITIVE_INFINITY, 'UTC')).toThrow();
  });
});
