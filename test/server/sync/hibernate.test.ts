// A quiet house's documents sleep (held as one encoded update, their Y.Doc let go) while its
// screens stay connected; the screens notice nothing, and everything is let go when they leave.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import { choreRecords } from '../../../board/chore.ts';
import { ConfigError, readConfig } from '../../../server/config.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer, tempDataDir } from '../../helpers/in-process-server.ts';
import { scrape } from '../../helpers/scrape.ts';
import { connectClient, connectSynced, type SyncClient } from '../../helpers/sync-client.ts';
import { chore, titles } from './board-chores.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const servers: TestServer[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
});

/** A server whose documents sleep after 200 ms without use. */
async function start(env: Record<string, string> = {}) {
  const server = await startTestServer({ HIBERNATE_AFTER_MS: '200', ...env });
  servers.push(server);
  return server;
}

async function screen(server: TestServer) {
  const c = await connectSynced(server.url, server.firstHouse.id, 'board', server.adminToken);
  clients.push(c);
  return c;
}

/** Waits until every document the server holds (the board and its settings) is asleep. */
async function allAsleep(server: TestServer) {
  await eventually(
    () => {
      expect(server.registry.loadedCount).toBeGreaterThan(0);
      expect(server.registry.asleepCount).toBe(server.registry.loadedCount);
    },
    { timeoutMs: 5_000 },
  );
}

/** Lets the garbage collector run until `ref` is gone (or fails after a few tries). */
async function collected(ref: WeakRef<object>) {
  await eventually(
    () => {
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    },
    { timeoutMs: 5_000, intervalMs: 50 },
  );
}

describe('a quiet house sleeps while its screens watch', () => {
  test('an edit to a sleeping board is stored, reaches the wall, and the board keeps everything', async () => {
    const server = await start();
    const wall = await screen(server);
    const phone = await screen(server);
    choreRecords(phone.doc).add(chore('Water the plants'));
    await eventually(() => expect(titles(wall)).toContain('Water the plants'));
    await allAsleep(server);

    const before = titles(wall);
    choreRecords(phone.doc).add(chore('Bins out'));
    const after = [...before, 'Bins out'].sort();
    await eventually(() => expect(titles(wall)).toEqual(after));
    expect(server.registry.asleepCount).toBeLessThan(server.registry.loadedCount); // awake again

    // Stored: a server started afresh on the same data dir gives it to a new screen.
    const dataDir = server.dataDir;
    for (const c of clients.splice(0)) c.destroy();
    await servers.pop()!.close();
    const again = await start({ DATA_DIR: dataDir });
    const fresh = await screen(again);
    expect(titles(fresh)).toEqual(after);
  });

  test('a new screen syncing a sleeping board gets all of it, and the board sleeps again', async () => {
    const server = await start();
    const wall = await screen(server);
    for (const title of ['Mop the hall', 'Fold towels', 'Sweep the yard'])
      choreRecords(wall.doc).add(chore(title));
    await allAsleep(server);

    const phone = await screen(server);
    expect(titles(phone)).toEqual(titles(wall));
    expect(titles(phone)).toEqual(expect.arrayContaining(['Fold towels', 'Mop the hall']));
    await allAsleep(server);
    choreRecords(phone.doc).add(chore('Cook dinner'));
    await eventually(() => expect(titles(wall)).toContain('Cook dinner'));
  });

  test('presence goes between screens while the board sleeps, without waking it', async () => {
    const server = await start();
    const wall = await screen(server);
    const phone = await screen(server);
    await allAsleep(server);
    phone.provider.awareness.setLocalStateField('name', 'Robin');
    await eventually(() =>
      expect(
        [...wall.provider.awareness.getStates().values()].some((s) => s.name === 'Robin'),
      ).toBe(true),
    );
    expect(server.registry.asleepCount).toBe(server.registry.loadedCount);
  });

  test('a board watched by screens that share no presence holds none, until one does', async () => {
    const server = await start();
    // Like our own screens: no presence of its own to share.
    const wall = connectClient(server.url, server.firstHouse.id, 'board', {
      token: server.adminToken,
      connect: false,
    });
    clients.push(wall);
    wall.provider.awareness.setLocalState(null);
    wall.provider.connect();
    await eventually(() => expect(wall.provider.synced).toBe(true));
    const name = `${server.firstHouse.id}/board`;
    const holds = () => server.registry.using(name, async (d) => d.holdsPresence);
    expect(await holds()).toBe(false);

    const phone = await screen(server); // a stock y-websocket client shares an empty presence
    phone.provider.awareness.setLocalStateField('name', 'Robin');
    await eventually(() =>
      expect(
        [...wall.provider.awareness.getStates().values()].some((s) => s.name === 'Robin'),
      ).toBe(true),
    );
    expect(await holds()).toBe(true);
  });

  test('/metrics counts the sleeping documents, and a woken one no longer', async () => {
    const server = await start({ METRICS: 'true' });
    const phone = await screen(server);
    await allAsleep(server);
    const asleep = async () =>
      (await scrape(`${server.url}/metrics`)).value('houseboard_documents_asleep');
    expect(await asleep()).toBe(2); // the board and its settings
    choreRecords(phone.doc).add(chore('Bins out'));
    await eventually(async () => expect(await asleep()).toBeLessThan(2));
  });

  test('the Y.Doc of a sleeping board is let go from memory', async () => {
    const server = await start();
    await screen(server);
    const name = `${server.firstHouse.id}/board`;
    const doc = await server.registry.using(name, async (document) => new WeakRef(document.doc));
    await allAsleep(server);
    await collected(doc);
  });

  test('once every screen has left, the server holds no document and keeps none in memory', async () => {
    const server = await start({ UNLOAD_AFTER_MS: '50' });
    const wall = await screen(server);
    const phone = await screen(server);
    choreRecords(phone.doc).add(chore('Water the plants'));
    await eventually(() => expect(titles(wall)).toContain('Water the plants'));
    const name = `${server.firstHouse.id}/board`;
    const board = await server.registry.using(name, async (document) => new WeakRef(document));
    await allAsleep(server);

    for (const c of clients.splice(0)) c.destroy();
    await eventually(() => {
      expect(server.registry.connectionCount).toBe(0);
      expect(server.registry.loadedCount).toBe(0);
    });
    await collected(board);
  });
});

describe('HIBERNATE_AFTER_MS', () => {
  const DATA_DIR = tempDataDir();
  test.each(['soon', '-5', '1.5', '3e5', '99999999999', '0x10'])(
    'refuses %j with one clear line',
    (value) => {
      expect(() => readConfig({ DATA_DIR, HIBERNATE_AFTER_MS: value })).toThrow(ConfigError);
      expect(() => readConfig({ DATA_DIR, HIBERNATE_AFTER_MS: value })).toThrow(
        `HIBERNATE_AFTER_MS must be a whole number from 0 to 86400000, not "${value}".`,
      );
    },
  );

  test('is three minutes unless set, and 0 turns it off', () => {
    expect(readConfig({ DATA_DIR }).hibernateAfterMs).toBe(180_000);
    expect(readConfig({ DATA_DIR, HIBERNATE_AFTER_MS: '0' }).hibernateAfterMs).toBe(0);
  });
});
