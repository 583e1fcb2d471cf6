// The issue's leaving test, against real storage and real sockets. A person called "Zebedee
// Quince" joins as staff (name set through POST /api/me), and through their own sync clients says
// "I'll do it", "I'm coming", thanks someone, puts up an announcement (its text does not name
// them; the author field they typed does), invites someone onto a rota and puts a shift up under
// their name. Other screens (a kiosk, another member, the admin) hold all of it. Then they leave
// from their own phone. Before the house's wait is over nothing is forgotten; after it (the clock
// is an input to forgetDue) every file the store keeps is searched as raw bytes — the SQLite data
// dir, and with three server nodes on one redis-server the AOF dir after its rewrite and an RDB
// written by SAVE — and each screen's copy of the documents: "Zebedee" is found nowhere, while the
// rest of the board lives on. The search results are printed for the closing note.
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import { choreRecords, choresOn, claimChore, markChoreDone, thankFor } from '../../board/chore.ts';
import { groupComingRecords, setComing } from '../../board/group.ts';
import { personName, personRecords } from '../../board/person.ts';
import { shiftRecords } from '../../board/shift.ts';
import { dayInZone } from '../../board/time.ts';
import { choreOfferRecords, inviteToRota } from '../../board/turn-offer.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

const MARKER = 'Zebedee';
const NAME = 'Zebedee Quince';
const DAY_MS = 86_400_000;
/** Far in the future whatever the clock says: no note expires during a test. */
const LATER = 8_000_000_000_000;
const KEPT = 'Soup on Friday, all welcome';
const ZEDS_NOTE = 'Garden tidy on Saturday morning';

const servers: TestServer[] = [];
const clients: SyncClient[] = [];
const redisServers: RedisServer[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0).reverse()) {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  for (const redis of redisServers.splice(0)) await redis.dispose();
});

interface FileFound {
  file: string;
  bytes: number;
  holds: boolean;
}

/** Every file under `dir`, with its size and whether its raw bytes hold the marker. */
function filesUnder(dir: string): FileFound[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) return [];
    const data = fs.readFileSync(file);
    return [{ file: name, bytes: data.length, holds: data.includes(MARKER) }];
  });
}

const holding = (dir: string) =>
  filesUnder(dir)
    .filter((f) => f.holds)
    .map((f) => f.file);

/** What the lead puts in the closing note: each file, its size, and whether "Zebedee" is in it. */
function report(store: string, files: FileFound[]): void {
  const lines = files.map(
    (f) => `  ${f.file} (${f.bytes} bytes): ${f.holds ? `"${MARKER}" FOUND` : 'not found'}`,
  );
  console.log(`byte search, ${store}:\n${lines.join('\n') || '  (no files)'}`);
}

/** A document's whole state as bytes, as a screen holds it. */
const holdsName = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).includes(MARKER);

const texts = (doc: Y.Doc) =>
  announcementRecords(doc)
    .values()
    .map((a) => a.text);

async function screen(server: TestServer, houseId: string, kind: 'board' | 'staff', token: string) {
  const client = await connectSynced(server.url, houseId, kind, token);
  clients.push(client);
  return client;
}

interface Zebedee {
  token: string;
  personId: string;
  choreId: string;
  tomorrow: string;
}

/**
 * Zebedee joins one node as staff, names themselves (POST /api/me), and does the ordinary things
 * of a day through their own screens; resolves once `witnesses` hold all of it.
 */
async function zebedeeJoins(
  server: TestServer,
  houseId: string,
  other: { personId: string; board: SyncClient },
  witnesses: SyncClient[],
): Promise<Zebedee> {
  const zone = dayZone();
  const today = dayInZone(Date.now(), zone);
  const tomorrow = dayInZone(Date.now() + DAY_MS, zone);
  const token = await deviceToken(server, houseId, 'staff');
  const named = await fetch(`${server.url}/api/me`, {
    method: 'POST',
    headers: { cookie: cookieFor(token), 'content-type': 'application/json' },
    body: JSON.stringify({ name: NAME, nameDisplay: 'full' }),
  });
  expect(named.status).toBe(200);
  const { personId } = (await server.access.authenticate(token))!;
  const board = await screen(server, houseId, 'board', token);
  const staff = await screen(server, houseId, 'staff', token);
  await eventually(() => expect(personName(board.doc, personId)).toBe(NAME));

  const choreId = choreRecords(other.board.doc).add({
    title: 'Bins out',
    schedule: { kind: 'daily' },
    createdAt: Date.now() - DAY_MS,
  });
  markChoreDone(other.board.doc, choreId, today, other.personId);
  await eventually(() => expect(choreRecords(board.doc).get(choreId)).toBeDefined());
  claimChore(board.doc, choreId, tomorrow, personId); // "I'll do it"
  setComing(board.doc, 'art', tomorrow, personId, true); // "I'm coming"
  thankFor(board.doc, choreId, today, personId); // thanks to who did it
  inviteToRota(board.doc, choreId, personId, other.personId, zone); // an offer
  announcementRecords(board.doc).add({
    text: ZEDS_NOTE,
    author: NAME,
    by: personId,
    createdAt: Date.now(),
    expiresAt: LATER,
  });
  shiftRecords(staff.doc).add({
    name: NAME,
    nameDisplay: 'full',
    pronouns: 'he/him',
    start: Date.now() - 3_600_000,
    end: Date.now() + 3_600_000,
    person: personId,
  });
  for (const witness of witnesses) {
    await eventually(() => {
      if (witness.provider.roomname.endsWith('/staff')) {
        expect(
          shiftRecords(witness.doc)
            .values()
            .map((s) => s.name),
        ).toContain(NAME);
        return;
      }
      expect(choresOn(witness.doc, tomorrow).find((c) => c.id === choreId)?.claimedBy).toBe(
        personId,
      );
      expect(groupComingRecords(witness.doc).has(`art_${tomorrow}_${personId}`)).toBe(true);
      expect(choresOn(witness.doc, today).find((c) => c.id === choreId)?.thanks).toContain(
        personId,
      );
      expect(
        choreOfferRecords(witness.doc)
          .values()
          .map((o) => o.from),
      ).toContain(personId);
      expect(texts(witness.doc)).toContain(ZEDS_NOTE);
      expect(personName(witness.doc, personId)).toBe(NAME);
    });
  }
  return { token, personId, choreId, tomorrow };
}

/** "I'm leaving the house", from their own phone, on `server`. */
async function leaves(server: TestServer, zed: Zebedee): Promise<void> {
  const answer = await fetch(`${server.url}/api/me/leave`, {
    method: 'POST',
    headers: { cookie: cookieFor(zed.token), 'content-type': 'application/json' },
    body: '{}',
  });
  expect(answer.status).toBe(200);
}

/** Someone else's announcement, up on every screen before Zebedee comes. */
async function keptNote(writer: SyncClient, witnesses: SyncClient[]): Promise<void> {
  announcementRecords(writer.doc).add({ text: KEPT, createdAt: 1_000, expiresAt: LATER });
  for (const witness of witnesses)
    await eventually(() => expect(texts(witness.doc)).toContain(KEPT));
}

/** After forgetting: every screen's copy lacks the name and keeps the rest of the board. */
async function screensForgot(boards: SyncClient[], staffs: SyncClient[], zed: Zebedee) {
  await eventually(() => {
    for (const screen of [...boards, ...staffs]) expect(holdsName(screen.doc)).toBe(false);
    for (const board of boards) {
      expect(texts(board.doc)).toEqual(expect.arrayContaining([KEPT, ZEDS_NOTE]));
      expect(personRecords(board.doc).has(zed.personId)).toBe(false);
      const note = announcementRecords(board.doc)
        .values()
        .find((a) => a.text === ZEDS_NOTE);
      expect(note?.by).toBe('someone');
      expect(note?.author).toBeUndefined();
    }
    for (const staff of staffs) expect(shiftRecords(staff.doc).values()).toEqual([]);
  });
}

describe('Zebedee Quince leaves and is forgotten: SQLite', () => {
  test('after the wait, no file in the data dir and no screen holds "Zebedee"; the board lives on', async () => {
    const server = await startTestServer();
    servers.push(server);
    const house = server.firstHouse.id;
    const memberToken = await deviceToken(server, house, 'member');
    const member = await screen(server, house, 'board', memberToken);
    const memberId = (await server.access.authenticate(memberToken))!.personId;
    const kiosk = await screen(server, house, 'board', await deviceToken(server, house, 'kiosk'));
    const adminStaff = await screen(server, house, 'staff', server.adminToken);
    await keptNote(member, [kiosk]);
    const zed = await zebedeeJoins(server, house, { personId: memberId, board: member }, [
      member,
      kiosk,
      adminStaff,
    ]);
    await eventually(() => expect(holding(server.dataDir)).not.toEqual([]));

    await leaves(server, zed);
    await eventually(() => expect(personName(kiosk.doc, zed.personId)).toBeUndefined());
    expect(await server.access.authenticate(zed.token)).toBeUndefined();

    // Before the wait is over nothing is forgotten: the name is still in the store and the row.
    expect(await server.leaving.forgetDue(Date.now() + 13 * DAY_MS)).toEqual([]);
    report('SQLite data dir after leaving, 13 days on', filesUnder(server.dataDir));
    expect(holding(server.dataDir)).not.toEqual([]);
    expect(await server.access.devicesOf(house, zed.personId)).toHaveLength(1);
    expect(personRecords(kiosk.doc).get(zed.personId)?.name).toBe(NAME);

    const forgotten = await server.leaving.forgetDue(Date.now() + 14 * DAY_MS + 60_000);
    expect(forgotten.map((l) => l.personId)).toEqual([zed.personId]);

    const files = filesUnder(server.dataDir);
    report('SQLite data dir after forgetDue', files);
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['houseboard.sqlite']));
    expect(holding(server.dataDir)).toEqual([]);
    expect(await server.access.devicesOf(house, zed.personId)).toEqual([]);
    await screensForgot([member, kiosk], [adminStaff], zed);
    const fresh = await screen(server, house, 'board', await deviceToken(server, house, 'member'));
    expect(texts(fresh.doc)).toEqual(expect.arrayContaining([KEPT, ZEDS_NOTE]));
    expect(holdsName(fresh.doc)).toBe(false);
    console.log(
      `screens' copies after forgetting (encoded state searched): member, kiosk, admin staff, fresh member: "${MARKER}" not found`,
    );
  }, 60_000);
});

describe.skipIf(!redisServerReady())(
  'Zebedee Quince leaves and is forgotten: three nodes on Redis',
  () => {
    test('joined on A, leaving said on B, forgotten on C: no AOF file, RDB or screen holds "Zebedee"', async () => {
      const redis = await startRedisServer();
      redisServers.push(redis);
      const nodes: TestServer[] = [];
      for (let i = 0; i < 3; i++) {
        const node = await startTestServer({ REDIS_URL: redis.url });
        servers.push(node);
        nodes.push(node);
      }
      const [a, b, c] = nodes as [TestServer, TestServer, TestServer];
      const house = a.firstHouse.id;
      expect(nodes.map((n) => n.firstHouse.id)).toEqual([house, house, house]);
      const memberToken = await deviceToken(b, house, 'member');
      const member = await screen(b, house, 'board', memberToken);
      const memberId = (await b.access.authenticate(memberToken))!.personId;
      const kiosk = await screen(c, house, 'board', await deviceToken(c, house, 'kiosk'));
      const adminStaff = await screen(c, house, 'staff', c.adminToken);
      await keptNote(member, [kiosk]);
      const zed = await zebedeeJoins(a, house, { personId: memberId, board: member }, [
        member,
        kiosk,
        adminStaff,
      ]);
      const aofDir = path.join(redis.dir, 'appendonlydir');
      await eventually(() => expect(holding(aofDir)).not.toEqual([]));

      await leaves(b, zed);
      await eventually(() => expect(personName(kiosk.doc, zed.personId)).toBeUndefined());
      expect(await c.leaving.forgetDue(Date.now() + 13 * DAY_MS)).toEqual([]);
      report('Redis dir after leaving, 13 days on', filesUnder(redis.dir));
      expect(holding(aofDir)).not.toEqual([]);

      const forgotten = await c.leaving.forgetDue(Date.now() + 14 * DAY_MS + 60_000);
      expect(forgotten.map((l) => l.personId)).toEqual([zed.personId]);
      // Old AOF files are deleted in the background just after the rewrite.
      await eventually(() => expect(holding(aofDir)).toEqual([]), { timeoutMs: 15_000 });
      report('Redis dir after the AOF rewrite', filesUnder(redis.dir));
      const client = createClient({ url: redis.url });
      await client.connect();
      try {
        await client.sendCommand(['SAVE']);
      } finally {
        await client.close();
      }
      const files = filesUnder(redis.dir);
      report('Redis dir after SAVE', files);
      expect(files.map((f) => f.file)).toContain('dump.rdb');
      expect(holding(redis.dir)).toEqual([]);
      for (const node of nodes) {
        report(`node data dir ${path.basename(node.dataDir)}`, filesUnder(node.dataDir));
        expect(holding(node.dataDir)).toEqual([]);
      }
      for (const node of nodes)
        expect(await node.access.devicesOf(house, zed.personId)).toEqual([]);
      await screensForgot([member, kiosk], [adminStaff], zed);
      const fresh = await screen(a, house, 'board', await deviceToken(a, house, 'member'));
      expect(texts(fresh.doc)).toEqual(expect.arrayContaining([KEPT, ZEDS_NOTE]));
      expect(holdsName(fresh.doc)).toBe(false);
    }, 90_000);
  },
);
