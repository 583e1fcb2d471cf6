// A birthday is its person's own, judged by the server over real sockets: another member, staff
// and the wall that try to set, change or wipe Alex's birthday (or turn the wall's greeting on
// for them) are closed with 4422 and told it was another person's; Alex's own phone sending a day
// the month does not have, a year, or a huge field is closed as breaking the board. Nothing of it
// reaches the store, and the house carries on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { CloseReasons } from '../../board/close-codes.ts';
import { personRecords, setBirthday } from '../../board/person.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { adminClient, connectSynced, type SyncClient } from '../helpers/sync-client.ts';

let server: TestServer;
let watcher: SyncClient;
let alex: { token: string; personId: string };

async function person(role: 'member' | 'staff' | 'kiosk', name?: string) {
  const token = await deviceToken(server, server.firstHouse.id, role);
  const device = (await server.access.authenticate(token))!;
  if (name) await server.access.setProfile(device, { name, nameDisplay: 'full' });
  return { token, personId: device.personId };
}

const phoneOf = (token: string) => connectSynced(server.url, server.firstHouse.id, 'board', token);

async function storedBoard(): Promise<Y.Doc> {
  const stored = new Y.Doc();
  for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
    Y.applyUpdate(stored, update);
  return stored;
}

/** A screen that tries `change` is closed, with the code and wire reason it was closed with. */
async function refused(token: string, change: (doc: Y.Doc) => void) {
  const screen = await phoneOf(token);
  await eventually(() => expect(personRecords(screen.doc).has(alex.personId)).toBe(true));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    screen.provider.ws!.addEventListener('close', (event) =>
      resolve({ code: event.code, reason: event.reason }),
    ),
  );
  change(screen.doc);
  const close = await closed;
  screen.destroy();
  return close;
}

const NOT_YOURS = { code: 4422, reason: CloseReasons.NotYours.reason };
const BREAKS = { code: 4422, reason: CloseReasons.InvalidUpdate.reason };
const ALEXS = { name: 'Alex', nameDisplay: 'full', birthday: { day: 15, month: 6 } };

beforeAll(async () => {
  server = await startTestServer();
  watcher = await adminClient(server);
  alex = await person('member', 'Alex');
  const phone = await phoneOf(alex.token);
  await eventually(() => expect(personRecords(phone.doc).has(alex.personId)).toBe(true));
  setBirthday(phone.doc, alex.personId, { day: 15, month: 6 }, false);
  await eventually(async () =>
    expect(personRecords(await storedBoard()).get(alex.personId)).toEqual(ALEXS),
  );
  phone.destroy();
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

describe("a person's birthday, over real sockets", () => {
  test('another member, staff and the wall cannot set, change, wipe or show it', async () => {
    const sam = await person('member', 'Sam');
    const kai = await person('staff', 'Kai');
    const wall = await person('kiosk');
    for (const { token } of [sam, kai, wall]) {
      expect(
        await refused(token, (doc) => setBirthday(doc, alex.personId, { day: 1, month: 1 }, true)),
      ).toEqual(NOT_YOURS);
      expect(
        await refused(token, (doc) =>
          personRecords(doc).update(alex.personId, { birthdayOnWall: true }),
        ),
      ).toEqual(NOT_YOURS);
      expect(
        await refused(token, (doc) => setBirthday(doc, alex.personId, undefined, false)),
      ).toEqual(NOT_YOURS);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(personRecords(watcher.doc).get(alex.personId)).toEqual(ALEXS);
    expect(personRecords(await storedBoard()).get(alex.personId)).toEqual(ALEXS);
  });

  test("Alex's own phone cannot store 31 April, a year, words or a huge field", async () => {
    const raw = (value: unknown) => (doc: Y.Doc) =>
      personRecords(doc).map.get(alex.personId)!.set('birthday', value);
    for (const value of [
      { day: 31, month: 4 },
      { day: 15, month: 6, year: 1990 },
      '15 June',
      { day: 15, month: 6, note: 'x'.repeat(200_000) },
    ]) {
      const close = await refused(alex.token, raw(value));
      expect(close.code).toBe(4422);
      expect([BREAKS.reason, CloseReasons.TooLarge.reason]).toContain(close.reason);
    }
    expect(
      await refused(alex.token, (doc) =>
        personRecords(doc).map.get(alex.personId)!.set('birthdayOnWall', 'yes'),
      ),
    ).toEqual(BREAKS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(personRecords(await storedBoard()).get(alex.personId)).toEqual(ALEXS);

    // The house carries on: Alex turns the greeting on from their own phone.
    const phone = await phoneOf(alex.token);
    await eventually(() => expect(personRecords(phone.doc).has(alex.personId)).toBe(true));
    setBirthday(phone.doc, alex.personId, { day: 15, month: 6 }, true);
    await eventually(() =>
      expect(personRecords(watcher.doc).get(alex.personId)?.birthdayOnWall).toBe(true),
    );
    phone.destroy();
  });
});
