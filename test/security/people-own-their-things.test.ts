// Issue 15: what is a person's own is written only by their own devices, judged by the server at
// the document boundary over real sockets. Another member, staff and the wall that try to change
// someone's claim, "I'm coming", thanks or name entry are closed with 4422 and told why (the wire
// reason of `NotYours`); nothing of it reaches the store or the other screens, and the house
// carries on. The wall ticks a chore without a name.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords, choresOn, claimChore, markChoreDone, thankFor } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { groupComingRecords, setComing } from '../../board/group.ts';
import { personRecords } from '../../board/person.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import {
  adminClient,
  anEditStillTravels,
  connectSynced,
  type SyncClient,
} from '../helpers/sync-client.ts';

const DAY = '2030-06-12';

let server: TestServer;
let watcher: SyncClient;
let choreId: string;
let alex: { token: string; personId: string };

async function person(role: 'member' | 'staff' | 'kiosk', name?: string) {
  const token = await deviceToken(server, server.firstHouse.id, role);
  const device = (await server.access.authenticate(token))!;
  if (name) await server.access.setProfile(device, { name, nameDisplay: 'full' });
  return { token, personId: device.personId };
}

async function phoneOf(token: string) {
  return connectSynced(server.url, server.firstHouse.id, 'board', token);
}

async function storedBoard(): Promise<Y.Doc> {
  const stored = new Y.Doc();
  for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
    Y.applyUpdate(stored, update);
  return stored;
}

/** What names Alex on a copy of the board, to compare before and after an attempt. */
function alexsThings(doc: Y.Doc) {
  const chore = choresOn(doc, DAY).find((c) => c.id === choreId);
  return {
    name: personRecords(doc).get(alex.personId)?.name,
    claimedBy: chore?.claimedBy,
    thanks: chore?.thanks,
    coming: groupComingRecords(doc).get(`art_${DAY}_${alex.personId}`)?.removedAt === undefined,
  };
}

/** A screen that tries `change` is closed, with the code and wire reason it was closed with. */
async function refused(token: string, change: (doc: Y.Doc) => void) {
  const screen = await phoneOf(token);
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

beforeAll(async () => {
  server = await startTestServer();
  watcher = await adminClient(server);
  choreId = choreRecords(watcher.doc).add({
    title: 'Dishes',
    schedule: { kind: 'daily' },
    createdAt: Date.parse('2030-01-01T00:00:00Z'),
  });
  alex = await person('member', 'Alex');
  const phone = await phoneOf(alex.token);
  await eventually(() => expect(choreRecords(phone.doc).get(choreId)).toBeDefined());
  claimChore(phone.doc, choreId, DAY, alex.personId);
  markChoreDone(phone.doc, choreId, DAY, alex.personId, Date.parse('2030-06-12T09:00:00Z'));
  setComing(phone.doc, 'art', DAY, alex.personId, true);
  await eventually(() => expect(alexsThings(watcher.doc).claimedBy).toBe(alex.personId));
  await eventually(async () =>
    expect(alexsThings(await storedBoard())).toMatchObject({ name: 'Alex', coming: true }),
  );
  phone.destroy();
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

describe("a person's own things, over real sockets", () => {
  test("another member, staff and the wall cannot take back Alex's claim or put theirs over it", async () => {
    const before = alexsThings(await storedBoard());
    const sam = await person('member', 'Sam');
    const kai = await person('staff', 'Kai');
    const wall = await person('kiosk');
    for (const { token, personId } of [sam, kai]) {
      expect(await refused(token, (doc) => claimChore(doc, choreId, DAY, undefined))).toEqual(
        NOT_YOURS,
      );
      expect(await refused(token, (doc) => claimChore(doc, choreId, DAY, personId))).toEqual(
        NOT_YOURS,
      );
    }
    expect(await refused(wall.token, (doc) => claimChore(doc, choreId, DAY, undefined))).toEqual(
      NOT_YOURS,
    );
    // Time for a relay that must never come.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alexsThings(watcher.doc)).toEqual(before);
    expect(alexsThings(await storedBoard())).toEqual(before);
  });

  test('nobody changes Alex\'s name entry, "I\'m coming" or thanks — staff neither', async () => {
    const before = alexsThings(await storedBoard());
    const sam = await person('member', 'Sam');
    const kai = await person('staff', 'Kai');
    for (const { token } of [sam, kai]) {
      expect(
        await refused(token, (doc) =>
          personRecords(doc).update(alex.personId, { name: 'Someone else' }),
        ),
      ).toEqual(NOT_YOURS);
      expect(
        await refused(token, (doc) => setComing(doc, 'art', DAY, alex.personId, false)),
      ).toEqual(NOT_YOURS);
      expect(await refused(token, (doc) => thankFor(doc, choreId, DAY, alex.personId))).toEqual(
        NOT_YOURS,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alexsThings(watcher.doc)).toEqual(before);
    expect(alexsThings(await storedBoard())).toEqual(before);
    // The house carries on: Sam's own thanks counts.
    const phone = await phoneOf(sam.token);
    thankFor(phone.doc, choreId, DAY, sam.personId);
    await eventually(() =>
      expect(choresOn(watcher.doc, DAY).find((c) => c.id === choreId)?.thanks).toContain(
        sam.personId,
      ),
    );
    await anEditStillTravels(phone, watcher);
    phone.destroy();
  });

  test('the wall ticks a chore without a name, and cannot write a name entry or sign a tick', async () => {
    const wall = await person('kiosk');
    expect(
      await refused(wall.token, (doc) =>
        personRecords(doc).add({ name: 'The wall', nameDisplay: 'full' }, wall.personId),
      ),
    ).toEqual(NOT_YOURS);
    expect(
      await refused(wall.token, (doc) => markChoreDone(doc, choreId, '2030-06-13', wall.personId)),
    ).toEqual(NOT_YOURS);
    expect(personRecords(await storedBoard()).get(wall.personId)).toBeUndefined();

    const screen = await phoneOf(wall.token);
    markChoreDone(screen.doc, choreId, '2030-06-13', undefined);
    await eventually(async () => {
      const done = choresOn(await storedBoard(), '2030-06-13').find((c) => c.id === choreId);
      expect(done?.done).toBeDefined();
      expect(done?.done?.by).toBeUndefined();
    });
    screen.destroy();
  });
});
