// The house's calendar feed, fetched from a real server and read back with an independent
// parser (ical.js): eight weeks across the spring change of clocks in London give, day by day,
// exactly the instants the board itself shows (groupsOn). Then who may see and renew the link,
// wrong and old links, odd addresses, and what the feed never says.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { docName } from '../../board/documents.ts';
import {
  cancelGroupOn,
  type Group,
  groupRecords,
  groupsOn,
  moveGroupOn,
  removeGroup,
  setComing,
} from '../../board/group.ts';
import { writeSettings } from '../../board/settings.ts';
import { addDays, type Day, dayInZone, instantInZone } from '../../board/time.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

const LONDON = 'Europe/London';
/** Eight weeks, Monday 1 March to Sunday 25 April 2027: clocks go forward on 28 March. */
const FIRST: Day = '2027-03-01';
const DAYS = 56;

let server: TestServer;
let houseId: string;
const ids: Record<string, string> = {};
const personId = 'p-coming-1';

const group = (title: string, extra: Partial<Group>): Group => ({
  title,
  schedule: { kind: 'daily' },
  start: '18:00',
  end: '19:00',
  ...extra,
});

const change = (kind: 'board' | 'settings', edit: (doc: Y.Doc) => void) =>
  server.registry.change(docName(houseId, kind), edit);

beforeAll(async () => {
  server = await startTestServer({ GUESSES_PER_MINUTE: '1000' });
  houseId = server.firstHouse.id;
  await change('settings', (doc) => writeSettings(doc, { timeZone: LONDON }));
  await change('board', (doc) => {
    const groups = groupRecords(doc);
    ids.art = groups.add(
      group('Art', {
        schedule: { kind: 'weekdays', weekdays: [1, 3, 5], from: '2027-02-01' },
        start: '18:30',
        end: '20:00',
        place: 'Lounge',
        leader: 'Rosa Quiet',
      }),
    );
    ids.walk = groups.add(group('Morning walk', { start: '07:15', end: '08:00', kind: 'outing' }));
    ids.meeting = groups.add(
      group('House meeting', {
        schedule: { kind: 'every', days: 3, from: '2027-02-27' },
        start: '10:00',
        end: '11:30',
        kind: 'meeting',
      }),
    );
    // At half past one on 28 March London's clocks jump from 01:00 to 02:00: the board moves
    // the start on by the jump; a calendar app must land on the same instant.
    ids.night = groups.add(group('Night watch', { start: '01:30', end: '03:00' }));
    ids.trip = groups.add(
      group('Seaside trip', {
        schedule: { kind: 'once', day: '2027-04-02' },
        start: '09:00',
        end: '17:00',
        leader: 'Lee Shown',
        leaderInFeed: true,
        kind: 'outing',
      }),
    );
    ids.gone = groups.add(group('Old group', { start: '12:00', end: '13:00' }));
    removeGroup(doc, ids.gone, 1);
    cancelGroupOn(doc, ids.art, '2027-03-10');
    moveGroupOn(doc, ids.art, '2027-03-29', { start: '19:00', place: 'Garden' });
    cancelGroupOn(doc, ids.walk, '2027-03-28');
    moveGroupOn(doc, ids.meeting, '2027-04-01', { start: '15:00', end: '16:00' });
    setComing(doc, ids.art, '2027-03-03', personId, true, 5);
  });
});

afterAll(async () => {
  await server?.close();
});

async function as(role: 'admin' | 'staff' | 'member' | 'kiosk') {
  return role === 'admin' ? server.adminToken : deviceToken(server, houseId, role);
}

async function linkCall(
  method: 'GET' | 'POST',
  token?: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${server.url}/api/calendar-link`, {
    method,
    headers: { ...(token ? { cookie: cookieFor(token) } : {}), ...headers },
  });
}

async function feedUrl(): Promise<string> {
  const response = await linkCall('GET', server.adminToken);
  expect(response.status).toBe(200);
  return ((await response.json()) as { url: string }).url;
}

/** Every occurrence the feed gives, as `<title> <start instant> <end instant>` by house day. */
function feedOccurrences(text: string): Map<Day, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
  const from = instantInZone(FIRST, '00:00', LONDON);
  const to = instantInZone(addDays(FIRST, DAYS), '00:00', LONDON);
  const byDay = new Map<Day, string[]>();
  for (const master of masters) {
    const uid = master.getFirstPropertyValue('uid');
    const exceptions = vevents.filter(
      (v) => v !== master && v.getFirstPropertyValue('uid') === uid,
    );
    const event = new ICAL.Event(master, { exceptions });
    const add = (start: ICAL.Time, end: ICAL.Time, title: string) => {
      const startsAt = start.toJSDate().getTime();
      if (startsAt < from || startsAt >= to) return;
      const day = dayInZone(startsAt, LONDON);
      byDay.set(day, [
        ...(byDay.get(day) ?? []),
        `${title} ${startsAt} ${end.toJSDate().getTime()}`,
      ]);
    };
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, event.summary);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (next.toJSDate().getTime() >= to + 86_400_000) break;
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate, details.item.summary);
    }
  }
  return byDay;
}

describe('the feed, read by an independent parser', () => {
  test("eight weeks across the change of clocks give the board's own instants, day by day", async () => {
    const response = await fetch(await feedUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    // Every time in the house's zone, and the zone described for calendar apps.
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain(`TZID:${LONDON}`);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR/);
    expect(text).toMatch(/RRULE:FREQ=DAILY;INTERVAL=3/);
    expect(text).toMatch(/EXDATE;TZID=Europe\/London:20270310T183000/);
    expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/London:20270329T183000/);
    const events = text.slice(text.indexOf('BEGIN:VEVENT'));
    for (const line of events.split('\r\n').filter((l) => /^(DTSTART|DTEND)/.test(l)))
      expect(line).toContain(`TZID=${LONDON}`);

    const feed = feedOccurrences(text);
    const board = await server.registry.using(docName(houseId, 'board'), async ({ doc }) => {
      const days = new Map<Day, string[]>();
      for (let i = 0; i < DAYS; i++) {
        const day = addDays(FIRST, i);
        days.set(
          day,
          groupsOn(doc, day, 0, LONDON)
            .filter((g) => g.status !== 'cancelled')
            .map((g) => `${g.group.title} ${g.startsAt} ${g.endsAt}`),
        );
      }
      return days;
    });
    let compared = 0;
    for (let i = 0; i < DAYS; i++) {
      const day = addDays(FIRST, i);
      expect({ day, events: (feed.get(day) ?? []).sort() }).toEqual({
        day,
        events: (board.get(day) ?? []).sort(),
      });
      compared += board.get(day)!.length;
    }
    // Walks, night watches, Art three times a week, meetings every three days, one trip; less
    // one cancelled Art and one cancelled walk.
    expect(compared).toBe(56 + 56 + 24 + 19 + 1 - 2);
    expect([...feed.values()].flat().some((e) => e.startsWith('Old group'))).toBe(false);
  });

  test('the start skipped by the clocks lands where the board puts it', async () => {
    const text = await (await fetch(await feedUrl())).text();
    const night = feedOccurrences(text)
      .get('2027-03-28')!
      .find((e) => e.startsWith('Night'))!;
    expect(night).toBe(
      `Night watch ${Date.UTC(2027, 2, 28, 1, 30)} ${Date.UTC(2027, 2, 28, 2, 0)}`,
    );
  });

  test('no one is named but the leader who chose to be, and no person ids', async () => {
    const text = await (await fetch(await feedUrl())).text();
    expect(text).not.toContain('Rosa');
    expect(text).not.toContain(personId);
    expect(text).toContain('Lee Shown');
    expect(text).toContain('LOCATION:Lounge');
  });
});

describe('who may see and renew the link', () => {
  test('the admin sees the same link each time; members, staff and the kiosk may not', async () => {
    expect(await feedUrl()).toBe(await feedUrl());
    expect(await feedUrl()).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    for (const role of ['member', 'staff', 'kiosk'] as const) {
      const token = await as(role);
      expect((await linkCall('GET', token)).status).toBe(403);
      expect((await linkCall('POST', token)).status).toBe(403);
    }
    expect((await linkCall('GET')).status).toBe(401);
    expect((await linkCall('POST')).status).toBe(401);
  });

  test('another site cannot renew it, nor read it', async () => {
    const before = await feedUrl();
    const elsewhere = { origin: 'http://elsewhere.example', 'sec-fetch-site': 'cross-site' };
    expect((await linkCall('POST', server.adminToken, elsewhere)).status).toBe(403);
    expect((await linkCall('GET', server.adminToken, elsewhere)).status).toBe(403);
    expect(await feedUrl()).toBe(before);
  });

  test('a new link works at once and the old one is gone', async () => {
    const old = await feedUrl();
    const response = await linkCall('POST', server.adminToken);
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(url).not.toBe(old);
    expect(await feedUrl()).toBe(url);
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(url)).status).toBe(200);
  });

  test("another house's admin gets another link", async () => {
    const other = await server.houses.create({ houseName: 'Birch', timeZone: 'Europe/Paris' });
    const token = await deviceToken(server, other.id, 'admin');
    const theirs = ((await (await linkCall('GET', token)).json()) as { url: string }).url;
    expect(theirs).not.toBe(await feedUrl());
    const text = await (await fetch(theirs)).text();
    expect(text).not.toContain('Art');
  });
});

describe('wrong, odd and hostile addresses', () => {
  test('a wrong token is the same 404 as any unknown address', async () => {
    const right = new URL(await feedUrl());
    const wrong = `${server.url}/calendar/${'A'.repeat(43)}.ics`;
    const unknown = await fetch(`${server.url}/no-such-page`);
    const response = await fetch(wrong);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(await unknown.text());
    // The right token without .ics, with more after it, or in another case: nothing.
    const token = right.pathname.slice('/calendar/'.length, -'.ics'.length);
    for (const path of [
      `/calendar/${token}`,
      `/calendar/${token}.ics/x`,
      `/calendar/${token.toUpperCase()}.ics`,
      `/calendar/x/${token}.ics`,
    ])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
  });

  test('huge, odd and path-like tokens get 404 and the server carries on', async () => {
    const paths = [
      `/calendar/${'a'.repeat(6000)}.ics`,
      '/calendar/%00.ics',
      '/calendar/%E0%A4%A.ics',
      '/calendar/..%2F..%2Fetc%2Fpasswd.ics',
      '/calendar/....//....//etc/passwd',
      '/calendar/%2e%2e%2fapi%2fsession.ics',
      '/calendar/%F0%9F%98%80.ics',
      '/calendar/',
      '/calendar',
      `/calendar/${'%'.repeat(300)}.ics`,
      "/calendar/'%20OR%201=1--.ics",
    ];
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toMatch(/calendar/);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(await feedUrl())).status).toBe(200);
  });

  test('only GET reads the feed', async () => {
    const url = await feedUrl();
    expect((await fetch(url, { method: 'POST' })).status).toBe(404);
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);
  });
});

describe('guessing', () => {
  test('wrong guesses from one address run out; the right link still works', async () => {
    const limited = await startTestServer({ GUESSES_PER_MINUTE: '3' });
    try {
      const url = (
        (await (
          await fetch(`${limited.url}/api/calendar-link`, {
            headers: { cookie: cookieFor(limited.adminToken) },
          })
        ).json()) as { url: string }
      ).url;
      const wrong = `${limited.url}/calendar/${'B'.repeat(43)}.ics`;
      for (let i = 0; i < 3; i++) expect((await fetch(wrong)).status).toBe(404);
      expect((await fetch(wrong)).status).toBe(429);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
