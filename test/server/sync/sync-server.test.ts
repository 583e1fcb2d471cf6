// The sync server in this process on port 0, with real y-websocket clients over real sockets.
import { afterEach, describe, expect, test } from 'vitest';
import { announcementRecords } from '../../../board/announcement.ts';
import { choreRecords, choresOn, markChoreDone } from '../../../board/chore.ts';
import { groupRecords } from '../../../board/group.ts';
import { readSettings, writeSettings } from '../../../board/settings.ts';
import { shiftRecords, shiftsAt } from '../../../board/shift.ts';
import { dayInZone } from '../../../board/time.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer, tempDataDir } from '../../helpers/in-process-server.ts';
import { slowSqliteStores } from '../../helpers/slow-store.ts';
import { connectClient, connectSynced, type SyncClient } from '../../helpers/sync-client.ts';
import { chore, titles } from './board-chores.ts';

const servers: TestServer[] = [];
const clients: SyncClient[] = [];

async function start(...args: Parameters<typeof startTestServer>) {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
}

async function client(server: TestServer, kind: 'board' | 'staff' | 'settings' = 'board') {
  const connected = await connectSynced(server.url, server.firstHouse.id, kind, server.adminToken);
  clients.push(connected);
  return connected;
}

/** Waits until a fresh screen sees `check` hold: then the server has stored it. */
async function stored(
  server: TestServer,
  kind: 'board' | 'staff' | 'settings',
  check: (c: SyncClient) => void,
) {
  await eventually(async () => {
    const witness = await connectSynced(server.url, server.firstHouse.id, kind, server.adminToken);
    try {
      check(witness);
    } finally {
      witness.destroy();
    }
  });
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
});

/** A server whose store takes 150 ms for each write, with two screens on its board. */
async function twoScreensOnSlowStore() {
  const dataDir = tempDataDir();
  const { slow, stores } = slowSqliteStores(dataDir);
  const server = await start({ DATA_DIR: dataDir }, { stores });
  const sender = await client(server);
  const receiver = await client(server);
  slow.appendDelayMs = 150;
  return { server, slow, sender, receiver, docName: `${server.firstHouse.id}/board` };
}

describe('live sync between screens', () => {
  test('a chore added on one phone appears on another, and ticking it done shows on the first', async () => {
    const server = await start();
    const phone = await client(server);
    const kiosk = await client(server);
    const id = choreRecords(phone.doc).add(chore('Water the plants'));
    await eventually(() => expect(choreRecords(kiosk.doc).get(id)?.title).toBe('Water the plants'));
    markChoreDone(kiosk.doc, id, '2026-11-27');
    await eventually(() =>
      expect(
        choresOn(phone.doc, '2026-11-27').find((c) => c.id === id && !c.stillOpen)?.done,
      ).toBeDefined(),
    );
  });

  test('a new house starts with its seeded board, the same on every screen', async () => {
    const server = await start({ HOUSE_NAME: 'Maple House', HOUSE_TIME_ZONE: 'Europe/London' });
    const settings = await client(server, 'settings');
    expect(readSettings(settings.doc)).toMatchObject({
      houseName: 'Maple House',
      timeZone: 'Europe/London',
    });
    const a = await client(server);
    const b = await client(server);
    expect(titles(a)).toHaveLength(3);
    expect(titles(b)).toEqual(titles(a));
  });

  test('concurrent edits on two phones to different chores both survive', async () => {
    const server = await start();
    const a = await client(server);
    const b = await client(server);
    a.provider.disconnect();
    b.provider.disconnect();
    choreRecords(a.doc).add(chore('Sweep the porch'));
    choreRecords(b.doc).add(chore('Fold the towels'));
    a.provider.connect();
    b.provider.connect();
    await eventually(() => {
      expect(titles(a)).toContain('Fold the towels');
      expect(titles(b)).toContain('Sweep the porch');
      expect(titles(a)).toEqual(titles(b));
    });
  });
});

describe('loading and storing', () => {
  test('a screen that connects while the board is still loading gets the stored board, never an empty one', async () => {
    const dataDir = tempDataDir();
    const first = await start({ DATA_DIR: dataDir });
    const writer = await client(first);
    choreRecords(writer.doc).add(chore('Bake bread'));
    await stored(first, 'board', (c) => expect(titles(c)).toContain('Bake bread'));
    writer.destroy();
    await first.close();

    const { slow, stores } = slowSqliteStores(dataDir);
    slow.loadDelayMs = 400;
    const second = await start({ DATA_DIR: dataDir }, { stores });
    const seenAtSync: string[][] = [];
    const late = [0, 1, 2].map(() => {
      const c = connectClient(second.url, second.firstHouse.id, 'board', {
        token: second.adminToken,
      });
      clients.push(c);
      c.provider.on('sync', (synced: boolean) => {
        if (synced) seenAtSync.push(titles(c));
      });
      return c;
    });
    await eventually(() => expect(seenAtSync).toHaveLength(late.length));
    for (const seen of seenAtSync) expect(seen).toContain('Bake bread');
  });

  test('everything on the board survives a server restart', async () => {
    const dataDir = tempDataDir();
    const first = await start({ DATA_DIR: dataDir });
    const board = await client(first);
    const staff = await client(first, 'staff');
    const settings = await client(first, 'settings');
    const now = Date.now();
    // Today in the house: a day long past would be tidied away at the next load, as it should.
    const today = dayInZone(now, readSettings(settings.doc).timeZone);
    const choreId = choreRecords(board.doc).add(chore('Mop the hall'));
    // Ticked as the admin's own person: a screen signs only with its own.
    const admin = (await first.access.authenticate(first.adminToken))!.personId;
    markChoreDone(board.doc, choreId, today, admin);
    groupRecords(board.doc).add({
      title: 'Community meeting',
      schedule: { kind: 'weekdays', weekdays: [1] },
      start: '10:00',
      end: '11:00',
      place: 'Living room',
    });
    announcementRecords(board.doc).add({
      text: 'Soup night on Friday',
      createdAt: now,
      expiresAt: now + 86_400_000,
    });
    shiftRecords(staff.doc).add({ name: 'Sam', start: now - 1000, end: now + 3_600_000 });
    writeSettings(settings.doc, { houseName: 'Linden House' });
    await stored(first, 'board', (c) => {
      expect(choresOn(c.doc, today).find((x) => x.id === choreId && !x.stillOpen)?.done?.by).toBe(
        admin,
      );
      expect(announcementRecords(c.doc).values()).toHaveLength(2);
      expect(groupRecords(c.doc).values()).toHaveLength(1);
    });
    await stored(first, 'staff', (c) => expect(shiftRecords(c.doc).values()).toHaveLength(1));
    await stored(first, 'settings', (c) =>
      expect(readSettings(c.doc).houseName).toBe('Linden House'),
    );
    for (const c of clients.splice(0)) c.destroy();
    await first.close();

    const second = await start({ DATA_DIR: dataDir });
    const board2 = await client(second);
    const staff2 = await client(second, 'staff');
    const settings2 = await client(second, 'settings');
    expect(
      choresOn(board2.doc, today).find((c) => c.id === choreId && !c.stillOpen)?.done?.by,
    ).toBe(admin);
    expect(
      groupRecords(board2.doc)
        .values()
        .map((g) => g.title),
    ).toEqual(['Community meeting']);
    expect(
      announcementRecords(board2.doc)
        .values()
        .map((a) => a.text),
    ).toContain('Soup night on Friday');
    expect(shiftsAt(staff2.doc, Date.now()).onNow.map((s) => s.name)).toEqual(['Sam']);
    expect(readSettings(settings2.doc).houseName).toBe('Linden House');
  });

  test('no other screen sees an edit before it is stored', async () => {
    const { slow, sender, receiver, docName } = await twoScreensOnSlowStore();
    const storedWhenSeen: number[] = [];
    choreRecords(receiver.doc).observe(() => storedWhenSeen.push(slow.appended.get(docName) ?? 0));
    const storedBefore = slow.appended.get(docName) ?? 0;
    choreRecords(sender.doc).add(chore('Clean the windows'));
    await eventually(() => expect(titles(receiver)).toContain('Clean the windows'));
    expect(storedWhenSeen[0]).toBe(storedBefore + 1);
  });

  test('edits that arrive together are stored in one write, and none is seen before it is stored', async () => {
    const { server, slow, sender, receiver, docName } = await twoScreensOnSlowStore();
    const storedBefore = slow.appended.get(docName) ?? 0;
    const writesBefore = slow.writeSizes.length;
    const batch = () => titles(receiver).filter((t) => t.startsWith('Batch '));
    const seenAndStored: Array<{ seen: number; stored: number }> = [];
    choreRecords(receiver.doc).observe(() =>
      seenAndStored.push({
        seen: batch().length,
        stored: (slow.appended.get(docName) ?? 0) - storedBefore,
      }),
    );
    for (let i = 0; i < 5; i++) choreRecords(sender.doc).add(chore(`Batch ${i}`));
    await eventually(() => expect(batch()).toHaveLength(5));
    for (const { seen, stored } of seenAndStored) expect(seen).toBeLessThanOrEqual(stored);
    expect(Math.max(...slow.writeSizes.slice(writesBefore))).toBeGreaterThan(1);
    // And all five are there for a screen that comes later.
    await stored(server, 'board', (c) =>
      expect(titles(c).filter((t) => t.startsWith('Batch '))).toHaveLength(5),
    );
  });

  test('a board is let go after its last screen leaves, never before its writes are stored', async () => {
    const dataDir = tempDataDir();
    const { slow, stores } = slowSqliteStores(dataDir);
    const server = await start({ DATA_DIR: dataDir, UNLOAD_AFTER_MS: '0' }, { stores });
    const phone = await client(server);
    slow.appendDelayMs = 300;
    choreRecords(phone.doc).add(chore('Defrost the freezer'));
    await eventually(() => expect(server.registry.connectionCount).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20)); // the update is on its way to the store
    phone.destroy();
    // The last screen has left while the write is still on its way: a screen arriving now must
    // get the board with that write, not a copy reloaded from a store that lacks it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    slow.appendDelayMs = 0;
    const again = await client(server);
    expect(titles(again)).toContain('Defrost the freezer');
    again.destroy();
    await eventually(() => expect(server.registry.loadedCount).toBe(0));
  });

  test('screens that connect together share one answer, and a screen that connects after an edit gets the edit', async () => {
    const server = await start();
    const phone = await client(server);
    // A board large enough that its answer is kept (answer-cache.ts: MIN_KEPT_BYTES).
    for (let i = 0; i < 80; i++) choreRecords(phone.doc).add(chore(`Filler chore ${i}`));
    await stored(server, 'board', (c) => expect(titles(c)).toContain('Filler chore 79'));
    // Several screens ask with the same (empty) state vector while the board stays the same.
    const together = await Promise.all([0, 1, 2].map(() => client(server)));
    const [kiosk, laterA, laterB] = together as [SyncClient, ...SyncClient[]];
    laterA!.provider.disconnect();
    laterB!.provider.disconnect();
    // A new screen right after an edit: it is given the edit with the board, at once.
    const seenAtSync = (c: SyncClient) =>
      new Promise<string[]>((resolve) =>
        c.provider.on('sync', (synced: boolean) => synced && resolve(titles(c))),
      );
    choreRecords(phone.doc).add(chore('Sweep the porch'));
    await eventually(() => expect(titles(kiosk!)).toContain('Sweep the porch'));
    const fresh = connectClient(server.url, server.firstHouse.id, 'board', {
      token: server.adminToken,
    });
    clients.push(fresh);
    expect(await seenAtSync(fresh)).toContain('Sweep the porch');
    // Two screens that were away with the same copy come back one after the other, with an edit
    // between them: each is given everything it lacks then, the second both edits.
    const backA = seenAtSync(laterA!);
    laterA!.provider.connect();
    expect(await backA).toContain('Sweep the porch');
    choreRecords(phone.doc).add(chore('Wash the car'));
    await eventually(() => expect(titles(kiosk!)).toContain('Wash the car'));
    const backB = seenAtSync(laterB!);
    laterB!.provider.connect();
    expect(await backB).toEqual(expect.arrayContaining(['Sweep the porch', 'Wash the car']));
  });

  test('compaction folds the update log into a snapshot once the board is quiet, and loses nothing', async () => {
    const dataDir = tempDataDir();
    const first = await start({ DATA_DIR: dataDir, COMPACT_EVERY: '10' });
    const phone = await client(first);
    for (let i = 0; i < 25; i++) choreRecords(phone.doc).add(chore(`Chore ${i}`));
    const docName = `${first.firstHouse.id}/board`;
    await stored(first, 'board', (c) => expect(titles(c)).toContain('Chore 24'));
    await eventually(async () =>
      expect((await first.store.load(docName)).updates.length).toBeLessThan(10),
    );
    phone.destroy();
    await first.close();
    const second = await start({ DATA_DIR: dataDir });
    const again = await client(second);
    expect(titles(again).filter((t) => t.startsWith('Chore '))).toHaveLength(25);
  });
});

describe('health', () => {
  test('/healthz answers 200 while the store answers and 503 when it does not', async () => {
    const server = await start();
    const ok = await fetch(`${server.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok' });
    await server.store.close();
    const down = await fetch(`${server.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable' });
  });

  test('unknown addresses get a 404 with a plain sentence', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/no/such/page`);
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatch(/nothing at this address/);
  });
});

describe('socket.io beside the sync endpoint', () => {
  test('a socket.io long-polling request is answered by socket.io and the server carries on', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/"sid"/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('forgetting on schedule', () => {
  test('a chore removed over a week ago is gone after a restart; one removed yesterday can still come back', async () => {
    const dataDir = tempDataDir();
    const first = await start({ DATA_DIR: dataDir });
    const phone = await client(first);
    const chores = choreRecords(phone.doc);
    const old = chores.add(chore('Clear the gutters'));
    const recent = chores.add(chore('Wash the curtains'));
    chores.softRemove(old, Date.now() - 8 * 86_400_000);
    chores.softRemove(recent, Date.now() - 86_400_000);
    await stored(first, 'board', (c) =>
      expect(choreRecords(c.doc).recentlyRemoved(0)).toHaveLength(2),
    );
    phone.destroy();
    await first.close();

    const second = await start({ DATA_DIR: dataDir });
    const again = await client(second);
    const removed = choreRecords(again.doc)
      .recentlyRemoved(0)
      .map((c) => c.title);
    expect(removed).toEqual(['Wash the curtains']);
    choreRecords(again.doc).restore(recent);
    expect(titles(again)).toContain('Wash the curtains');
  });
});
