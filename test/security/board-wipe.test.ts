// Hole 7 of issue 12: one member's screen wiped the board (map.delete on every record), replaced a
// staff-pinned announcement with an unpinned one, and rewrote another person's name entry. Over a
// real y-websocket client against a real server and SQLite file: each is refused with the
// invalid-update close, no other screen and nothing stored sees it, and the next edit travels.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import { choreRecords, choreThanksId, markChoreDone } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { docName } from '../../board/documents.ts';
import { personRecords } from '../../board/person.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { anEditStillTravels, connectSynced, type SyncClient } from '../helpers/sync-client.ts';

const THANKS = 300;
const DAY = '2026-03-30';

let server: TestServer;
let house: string;
/** An admin's screen that watches the board throughout: what every other screen sees. */
let watcher: SyncClient;
let staffToken: string;
let member: { id: string; token: string };
let other: { id: string; token: string };
/** The chores the house started with: written by the server, nobody's screen. */
let seededChores: string[];

async function joinMember(name: string) {
  const { device, token } = await server.access.join(server.access.joinToken(house).token);
  await server.access.setProfile(device, { name, nameDisplay: 'full' }); // the server writes people
  return { id: device.id, token };
}

/** The board as stored in SQLite right now. */
async function storedBoard(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await server.store.load(`${house}/board`)).updates)
    Y.applyUpdate(doc, update);
  return doc;
}

/** A member's screen, and the close code its socket gets (undefined while it is open). */
async function memberScreen(token = member.token) {
  const client = await connectSynced(server.url, house, 'board', token);
  const screen = { client, closedWith: undefined as number | undefined };
  client.provider.ws!.addEventListener('close', (event) => {
    screen.closedWith = event.code;
  });
  return screen;
}

async function expectRefused(screen: { client: SyncClient; closedWith?: number }) {
  await eventually(() => expect(screen.closedWith).toBe(CloseReasons.InvalidUpdate.code));
  screen.client.destroy();
}

/** An ordinary edit from a fresh member screen reaches the watcher: the board carries on. */
async function nextEditTravels() {
  const fresh = await memberScreen();
  await anEditStillTravels(fresh.client, watcher);
  expect(fresh.closedWith).toBeUndefined();
  fresh.client.destroy();
}

const keysOf = (doc: Y.Doc, section: string) => [...doc.getMap(section).keys()].sort();

beforeAll(async () => {
  server = await startTestServer();
  house = server.firstHouse.id;
  watcher = await connectSynced(server.url, house, 'board', server.adminToken);
  member = await joinMember('Sam Rivers');
  other = await joinMember('Alex Moor');
  const { device, token } = await server.access.join(server.access.joinToken(house).token);
  await server.access.becomeStaff(device, await server.access.rotateStaffCode(house));
  staffToken = token;
  // A lived-in board: the seeded chores and welcome note, a done chore and many thanks for it.
  seededChores = keysOf(watcher.doc, 'chores');
  const [chore] = seededChores;
  // Written by the server itself: no one screen may write a done for Sam and 300 people's thanks.
  await server.registry.change(docName(house, 'board'), (doc) => {
    markChoreDone(doc, chore!, DAY, member.id, 1);
    const thanks = doc.getMap('choreThanks');
    for (let i = 0; i < THANKS; i++) {
      const record = new Y.Map<unknown>();
      record.set('at', 2);
      thanks.set(choreThanksId(chore!, DAY, `p${i}`), record);
    }
  });
  await eventually(async () =>
    expect(keysOf(await storedBoard(), 'choreThanks')).toHaveLength(THANKS),
  );
  await eventually(() => expect(personRecords(watcher.doc).get(other.id)?.name).toBe('Alex Moor'));
});

afterAll(async () => {
  watcher?.destroy();
  await server?.close();
});

describe('nobody can wipe the board from their phone', () => {
  test.each([
    ['chores', 3],
    ['announcements', 1],
    ['choreThanks', THANKS],
  ])(
    'wiping every record in %s is refused: every screen and the store keep all %i',
    async (section, count) => {
      const before = keysOf(watcher.doc, section);
      expect(before).toHaveLength(count);
      const attacker = await memberScreen();
      const records = attacker.client.doc.getMap(section);
      attacker.client.doc.transact(() => {
        for (const key of [...records.keys()]) records.delete(key);
      });
      await expectRefused(attacker);

      expect(keysOf(watcher.doc, section)).toEqual(before);
      expect(keysOf(await storedBoard(), section)).toEqual(before);
      const later = await memberScreen();
      expect(keysOf(later.client.doc, section)).toEqual(before);
      later.client.destroy();
      await nextEditTravels();
    },
  );

  test('a screen may take back on the spot a chore it just added, but wiping one someone else added is refused', async () => {
    const screen = await memberScreen();
    const chores = choreRecords(screen.client.doc);
    const id = chores.add({ title: 'Oops', schedule: { kind: 'daily' }, createdAt: 3 });
    await eventually(() => expect(choreRecords(watcher.doc).has(id)).toBe(true));
    chores.remove(id); // what "Undo" does to a record this screen just added
    await eventually(() => expect(choreRecords(watcher.doc).has(id)).toBe(false));
    expect(screen.closedWith).toBeUndefined();

    const [seeded] = seededChores;
    screen.client.doc.getMap('chores').delete(seeded!);
    await expectRefused(screen);
    expect(keysOf(watcher.doc, 'chores')).toContain(seeded);
    expect(keysOf(await storedBoard(), 'chores')).toContain(seeded);
    await nextEditTravels();
  });

  test('a chore is taken off softly instead: another person brings it back, and wiping it is refused', async () => {
    const [seeded] = seededChores;
    const screen = await memberScreen(other.token);
    const removedAt = Date.now();
    choreRecords(screen.client.doc).softRemove(seeded!, removedAt);
    await eventually(() =>
      expect(choreRecords(watcher.doc).get(seeded!)?.removedAt).toBe(removedAt),
    );
    const attacker = await memberScreen();
    attacker.client.doc.getMap('chores').delete(seeded!);
    await expectRefused(attacker);
    choreRecords(screen.client.doc).restore(seeded!);
    await eventually(() =>
      expect(choreRecords(watcher.doc).get(seeded!)?.removedAt).toBeUndefined(),
    );
    expect(screen.closedWith).toBeUndefined();
    screen.client.destroy();
    expect(choreRecords(await storedBoard()).get(seeded!)).toMatchObject({
      title: expect.any(String),
    });
  });
  test('a soft removal dated so far back that housekeeping would forget it at once is refused', async () => {
    const [, seeded] = seededChores;
    const attacker = await memberScreen();
    choreRecords(attacker.client.doc).softRemove(seeded!, 1); // 1970: "removed" long ago
    await expectRefused(attacker);
    expect(choreRecords(watcher.doc).get(seeded!)?.removedAt).toBeUndefined();
    expect(choreRecords(await storedBoard()).get(seeded!)?.removedAt).toBeUndefined();
    await nextEditTravels();
  });
});

describe('a pinned announcement stays pinned and stays as staff wrote it', () => {
  test('a member replacing it with an unpinned one with new text is refused', async () => {
    const staff = await connectSynced(server.url, house, 'board', staffToken);
    const id = announcementRecords(staff.doc).add({
      text: 'House meeting moved to Thursday',
      createdAt: 10,
      expiresAt: 10 + 7 * 86_400_000,
      pinned: true,
    });
    await eventually(async () =>
      expect(announcementRecords(await storedBoard()).get(id)?.pinned).toBe(true),
    );
    staff.destroy();

    const attacker = await memberScreen();
    const replacement = new Y.Map<unknown>();
    replacement.set('text', 'Nothing on Thursday');
    replacement.set('createdAt', 10);
    replacement.set('expiresAt', 10 + 7 * 86_400_000);
    attacker.client.doc.getMap('announcements').set(id, replacement);
    await expectRefused(attacker);

    for (const doc of [watcher.doc, await storedBoard()]) {
      expect(announcementRecords(doc).get(id)).toMatchObject({
        text: 'House meeting moved to Thursday',
        pinned: true,
      });
    }
    await nextEditTravels();
  });

  test("a member replacing another person's announcement to put someone else's name to it is refused", async () => {
    const author = await memberScreen(other.token);
    const id = announcementRecords(author.client.doc).add({
      text: 'Film night on Friday',
      by: other.id,
      createdAt: 20,
      expiresAt: 20 + 86_400_000,
    });
    await eventually(() => expect(announcementRecords(watcher.doc).has(id)).toBe(true));
    author.client.destroy();

    const attacker = await memberScreen();
    const replacement = new Y.Map<unknown>();
    replacement.set('text', 'Film night on Friday');
    replacement.set('by', member.id);
    replacement.set('createdAt', 20);
    replacement.set('expiresAt', 20 + 86_400_000);
    attacker.client.doc.getMap('announcements').set(id, replacement);
    await expectRefused(attacker);
    expect(announcementRecords(await storedBoard()).get(id)?.by).toBe(other.id);
    await nextEditTravels();
  });
});

describe("a person's name entry is theirs", () => {
  test("a person sets their own days away, but rewriting another person's name is refused", async () => {
    const attacker = await memberScreen();
    personRecords(attacker.client.doc).update(member.id, { awayUntil: DAY });
    await eventually(() => expect(personRecords(watcher.doc).get(member.id)?.awayUntil).toBe(DAY));
    expect(attacker.closedWith).toBeUndefined();
    const entry = attacker.client.doc.getMap('people').get(other.id) as Y.Map<unknown>;
    entry.set('name', 'Alex is a thief');
    await expectRefused(attacker);
    for (const doc of [watcher.doc, await storedBoard()])
      expect(personRecords(doc).get(other.id)?.name).toBe('Alex Moor');
    await nextEditTravels();
  });

  test("replacing another person's whole entry is refused", async () => {
    const attacker = await memberScreen();
    const entry = new Y.Map<unknown>();
    entry.set('name', 'Alex is a thief');
    entry.set('nameDisplay', 'full');
    attacker.client.doc.getMap('people').set(other.id, entry);
    await expectRefused(attacker);
    for (const doc of [watcher.doc, await storedBoard()])
      expect(personRecords(doc).get(other.id)?.name).toBe('Alex Moor');
    await nextEditTravels();
  });
});
