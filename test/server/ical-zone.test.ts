// The VTIMEZONE the feed carries, made from the runtime's zone data: the changes of clocks where
// and when they are, each onset in the local time before it, and no changes for a zone that has
// none. Times handed to ical-generator keep the house's wall clock whatever the server's zone.
import { describe, expect, it } from 'vitest';
import { offsetChanges, vtimezone, wallTime } from '../../server/http/ical-zone.ts';

describe('the zone described for calendar apps', () => {
  it("finds London's 2027 changes to the second", () => {
    const changes = offsetChanges('Europe/London', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(changes).toEqual([Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)]);
  });

  it("finds Sydney's, the other way round, and none for a fixed zone", () => {
    const changes = offsetChanges('Australia/Sydney', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(changes.map((t) => new Date(t).toISOString())).toEqual([
      '2027-04-03T16:00:00.000Z',
      '2027-10-02T16:00:00.000Z',
    ]);
    expect(offsetChanges('Etc/GMT-3', Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
  });

  it('writes each onset in the local time before it, with the offsets either side', () => {
    const text = vtimezone('Europe/London', 2027, 2027);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD',
    );
    expect(text.startsWith('BEGIN:VTIMEZONE\r\nTZID:Europe/London')).toBe(true);
    expect(text.endsWith('END:VTIMEZONE')).toBe(true);
    const fixed = vtimezone('Etc/GMT-3', 2027, 2028);
    expect(fixed.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(fixed).toContain('TZOFFSETTO:+0300');
  });

  it("keeps the house's wall clock and the board's instant", () => {
    const time = wallTime('2027-03-28', '18:30', 'Europe/London');
    expect(time).toMatchObject({ year: 2027, month: 3, day: 28, hour: 18, minute: 30 });
    expect(time.toInstant().epochMilliseconds).toBe(Date.UTC(2027, 2, 28, 17, 30));
    expect(time.withTimeZone('UTC')).toMatchObject({ hour: 17, minute: 30 });
  });
});
