// Forgetting reaches the stores' own files. A member's screen writes a note naming "Zebedee
// Quince" through the real sync path; the server deletes it in a transaction of its own (as the
// purge of a person who left does), then forgetHistory runs. Every file the store keeps is then
// searched as raw bytes: the SQLite data dir (database, -wal, -shm), and with three server nodes
// on one Redis, the AOF directory after its rewrite and an RDB written by SAVE afterwards. The
// name must be found nowhere, while the rest of the board lives on in every copy.
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { afterEach, describe, expect, test } from 'vitest';
import { announcementRecords } from '../../../board/announcement.ts';
import { CloseReasons } from '../../../board/close-codes.ts';
import { docName } from '../../../board/documents.ts';
import { createLogger } from '../../../server/log.ts';
import { openRedisStores } from '../../../server/store/redis/open.ts';
import { compareIds } from '../../../server/store/redis/stream-ids.ts';
import { forgetHistory } from '../../../server/sync/forget-history.ts';
import { deviceToken } from '../../helpers/device-tokens.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import {
  type RedisServer,
  redisServerReady,
  startRedisServer,
} from '../../helpers/redis-server.ts';
import { connectSynced, type SyncClient } from '../../helpers/sync-client.ts';

const MARKER = 'Zebedee';
const NOTE = 'Zebedee Quince is cooking tonight';
const KEPT = 'Soup on Friday, all welcome';
/** Far in the future whatever the clock says: the notes never expire during a test. */
const LATER = 8_000_000_000_000;

const servers: TestServer[] = [];
const clients: SyncClient[] = [];
const redisServers: RedisServer[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0).reverse()) await server.close();
  for (const redis of redisServers.splice(0)) await redis.dispose();
});

/** Every file under `dir`, with whether its raw bytes hold the marker. */
function filesUnder(dir: string): Array<{ file: string; bytes: number; holds: boolean }> {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) return [];
    const data = fs.readFileSync(file);
    return [{ file: name, bytes: data.length, holds: data.includes(MARKER) }];
  });
}

function holding(dir: string): string[] {
  return filesUnder(dir)
    .filter((f) => f.holds)
    .map((f) => f.file);
}

async function memberOn(server: TestServer, houseId: string, token?: string) {
  const client = await connectSynced(
    server.url,
    houseId,
    'board',
    token ?? (await deviceToken(server, houseId, 'member')),
  );
  clients.push(client);
  return client;
}

const texts = (client: SyncClient) =>
  announcementRecords(client.doc)
    .values()
    .map((a) => a.text);

/** The member writes both notes; resolves once `witnesses` (other screens) see them: stored. */
async function writeNotes(writer: SyncClient, witnesses: SyncClient[]): Promise<string> {
  const records = announcementRecords(writer.doc);
  const id = records.add({ text: NOTE, createdAt: 1_000, expiresAt: LATER });
  records.add({ text: KEPT, createdAt: 1_000, expiresAt: LATER });
  for (const witness of witnesses)
    await eventually(() => expect(texts(witness)).toEqual(expect.arrayContaining([NOTE, KEPT])));
  return id;
}

/** The purge's edit: the server deletes the record in a transaction of its own. */
function deleteOnServer(server: TestServer, name: string, id: string): Promise<void> {
  return server.registry.change(name, (doc) => {
    announcementRecords(doc).map.delete(id);
  });
}

describe('forgetting a person on SQLite', () => {
  test('after forgetHistory no file in the data dir holds the name; the rest of the board stays', async () => {
    const server = await startTestServer();
    servers.push(server);
    const house = server.firstHouse.id;
    const name = docName(house, 'board');
    const writer = await memberOn(server, house);
    const kiosk = await memberOn(server, house, await deviceToken(server, house, 'kiosk'));
    const id = await writeNotes(writer, [kiosk]);
    // The bytes are there to find, and deleting the record alone leaves them in the log.
    await eventually(() => expect(holding(server.dataDir)).not.toEqual([]));
    await deleteOnServer(server, name, id);
    await eventually(() => expect(texts(kiosk)).not.toContain(NOTE));
    expect(holding(server.dataDir)).not.toEqual([]);

    await forgetHistory(server.registry, name);

    expect(holding(server.dataDir)).toEqual([]);
    const files = filesUnder(server.dataDir);
    expect(files.map((f) => f.file).sort()).toEqual(
      expect.arrayContaining(['houseboard.sqlite', 'houseboard.sqlite-wal']),
    );
    expect(files.find((f) => f.file === 'houseboard.sqlite-wal')?.bytes).toBe(0);
    // The screens reconnect (told to, so each compacts its own copy) and carry on.
    await eventually(() => expect(writer.provider.synced && kiosk.provider.synced).toBe(true));
    announcementRecords(writer.doc).add({
      text: 'Walk at four',
      createdAt: 2_000,
      expiresAt: LATER,
    });
    await eventually(() => expect(texts(kiosk)).toContain('Walk at four'));
    const fresh = await memberOn(server, house);
    expect(texts(fresh)).toEqual(expect.arrayContaining([KEPT, 'Walk at four']));
    expect(texts(fresh)).not.toContain(NOTE);

    // What the file holds after a restart is the same board, still without the name.
    const { dataDir } = server;
    for (const client of clients.splice(0)) client.destroy();
    await servers.splice(0)[0]!.close();
    const again = await startTestServer({ DATA_DIR: dataDir });
    servers.push(again);
    const reopened = await memberOn(again, house);
    expect(texts(reopened)).toEqual(expect.arrayContaining([KEPT, 'Walk at four']));
    expect(texts(reopened)).not.toContain(NOTE);
    await again.close();
    servers.splice(0);
    expect(holding(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a document nobody has open is loaded, forgotten and let go', async () => {
    const server = await startTestServer({ UNLOAD_AFTER_MS: '50' });
    servers.push(server);
    const house = server.firstHouse.id;
    const name = docName(house, 'board');
    const writer = await memberOn(server, house);
    const kiosk = await memberOn(server, house, await deviceToken(server, house, 'kiosk'));
    const id = await writeNotes(writer, [kiosk]);
    for (const client of clients.splice(0)) client.destroy();
    await eventually(() => expect(server.registry.loadedCount).toBe(0));
    await deleteOnServer(server, name, id);
    await forgetHistory(server.registry, [name, docName(house, 'staff')]);
    expect(holding(server.dataDir)).toEqual([]);
    await eventually(() => expect(server.registry.loadedCount).toBe(0));
    const fresh = await memberOn(server, house);
    expect(texts(fresh)).toContain(KEPT);
    expect(texts(fresh)).not.toContain(NOTE);
  });
});

describe.skipIf(!redisServerReady())('forgetting a person on three nodes sharing Redis', () => {
  test('after forgetHistory neither the rewritten AOF nor an RDB saved afterwards holds the name', async () => {
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
    const name = docName(house, 'board');
    const writer = await memberOn(a, house);
    const onB = await memberOn(b, house);
    const onC = await memberOn(c, house, await deviceToken(c, house, 'kiosk'));
    const id = await writeNotes(writer, [onB, onC]);
    const aofDir = path.join(redis.dir, 'appendonlydir');
    await eventually(() => expect(holding(aofDir)).not.toEqual([]));

    // The purge runs on node B; A and C hear of the deletion through the stream.
    await deleteOnServer(b, name, id);
    await eventually(() => {
      for (const screen of [writer, onB, onC]) expect(texts(screen)).not.toContain(NOTE);
    });
    const closes = new Map<SyncClient, number[]>();
    for (const screen of [writer, onB, onC]) {
      closes.set(screen, []);
      screen.provider.on('connection-close', (event) => {
        if (event) closes.get(screen)!.push(event.code);
      });
    }
    await forgetHistory(b.registry, name, { settleMs: 200 });
    // Screens on every node, not only B's, are asked to connect again (and so to compact).
    await eventually(() => {
      for (const screen of [writer, onB, onC])
        expect(closes.get(screen)).toContain(CloseReasons.HistoryForgotten.code);
    });

    // Old AOF files are deleted in the background just after the rewrite.
    await eventually(() => expect(holding(aofDir)).toEqual([]), { timeoutMs: 10_000 });
    expect(holding(redis.dir)).toEqual([]);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      await client.sendCommand(['SAVE']);
      expect(fs.existsSync(path.join(redis.dir, 'dump.rdb'))).toBe(true);
      expect(holding(redis.dir)).toEqual([]);
      // The stream keeps no update from before: only the notice that told the other nodes.
      const left = await client.xRange(`hb:doc:${name}:log`, '-', '+');
      expect((left ?? []).map((entry) => Object.keys(entry?.message ?? {}).sort())).toEqual([
        ['f', 'n'],
      ]);
    } finally {
      await client.close();
    }

    // Every node and screen carries on with one board; a node that loads it later sees the same.
    announcementRecords(onC.doc).add({ text: 'Walk at four', createdAt: 2_000, expiresAt: LATER });
    await eventually(() => {
      for (const screen of [writer, onB]) expect(texts(screen)).toContain('Walk at four');
    });
    const late = await startTestServer({ REDIS_URL: redis.url });
    servers.push(late);
    const onLate = await memberOn(late, house);
    expect(texts(onLate)).toEqual(expect.arrayContaining([KEPT, 'Walk at four']));
    expect(texts(onLate)).not.toContain(NOTE);
    // The forgotten note, never seen by the late node, is in no file after the next rewrite.
    await late.store.scrub?.();
    await eventually(() => expect(holding(redis.dir)).toEqual([]), { timeoutMs: 10_000 });
  });
});

describe.skipIf(!redisServerReady())('the Redis stream after forgetting', () => {
  test('an entry kept after the cut shares no bytes with the forgotten ones, in an RDB or the AOF', async () => {
    const redis = await startRedisServer();
    redisServers.push(redis);
    const stores = await openRedisStores(redis.url, createLogger('silent'));
    try {
      const store = stores.documents;
      const doc = 'house-x/board';
      const text = (words: string) => new TextEncoder().encode(words);
      // Several entries in one stream node: the cut falls inside it, and the last one stays.
      await store.append(doc, text(`${NOTE} (1)`));
      const upTo = await store.append(doc, text(`${NOTE} (2)`));
      const kept = await store.append(doc, text('Walk at four'));
      await store.forget?.(doc, text('a snapshot without the name'), upTo);
      const after = await store.load(doc);
      expect(compareIds(after.position, kept)).toBeGreaterThan(0); // the notice to other nodes
      expect(after.updates.map((u) => new TextDecoder().decode(u))).toEqual([
        'a snapshot without the name',
        'Walk at four',
      ]);
      // New entries still come after every old id.
      const next = await store.append(doc, text('Tea at five'));
      expect(compareIds(next, kept)).toBeGreaterThan(0);
      await store.scrub?.();
      const client = createClient({ url: redis.url });
      await client.connect();
      try {
        await client.sendCommand(['SAVE']);
      } finally {
        await client.close();
      }
      await eventually(() => expect(holding(redis.dir)).toEqual([]), { timeoutMs: 10_000 });
      expect(fs.existsSync(path.join(redis.dir, 'dump.rdb'))).toBe(true);
    } finally {
      await stores.close();
    }
  });
});
