// Hole: an update that skips what it builds on (a fresh client id starting at clock 3, or a
// delete of content the board never had) sat in Yjs as pending content. The schema never saw it,
// yet it went into snapshots and every new screen's first sync. Now it is refused like any update
// the schema refuses, and none of it reaches the store, a snapshot or another screen.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { adminClient, anEditStillTravels, type SyncClient } from '../helpers/sync-client.ts';

const LONG_TITLE = 'x'.repeat(200_000);
const goodChore = { schedule: { kind: 'daily' }, createdAt: 1 };

let server: TestServer;
let phone: SyncClient;
let kiosk: SyncClient;
const boardName = () => `${server.firstHouse.id}/board`;

beforeAll(async () => {
  server = await startTestServer();
  [phone, kiosk] = await Promise.all([adminClient(server), adminClient(server)]);
});

afterAll(async () => {
  phone?.destroy();
  kiosk?.destroy();
  await server?.close();
});

/** A chore-shaped record written straight into Yjs, as an attacker's own client would. */
function rawChore(doc: Y.Doc, id: string, title: string) {
  const item = new Y.Map<unknown>();
  item.set('title', title);
  for (const [key, value] of Object.entries(goodChore)) item.set(key, value);
  doc.getMap('chores').set(id, item);
}

/** An update from a fresh client id whose clocks 0–2 are never sent: it builds on nothing. */
function updateSkippingClocks(id: string): Uint8Array {
  const doc = new Y.Doc();
  for (let clock = 0; clock < 3; clock++) doc.getMap('chores').set(`never-sent-${clock}`, clock);
  const before = Y.encodeStateVector(doc);
  rawChore(doc, id, LONG_TITLE);
  return Y.encodeStateAsUpdate(doc, before);
}

/** An update holding only deletions, of content a fresh client id made and never sent. */
function deletionOfUnsentContent(): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < 2_000; i++) doc.getMap('chores').set(`gone-${i}`, i);
  for (let i = 0; i < 2_000; i += 2) doc.getMap('chores').delete(`gone-${i}`);
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)); // no structs, every deletion
}

/** A sync message carrying an update: a screen's edit, or its sync step 2 (what it holds). */
function syncMessage(kind: 'edit' | 'step 2', update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, kind === 'edit' ? 2 : 1);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

const NOTHING_MORE = Uint8Array.from([0, 0]); // an update with no structs and no deletions

async function openBoardSocket(): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${boardName()}`, {
    headers: { cookie: cookieFor(server.adminToken) },
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** The close code, or 'still open' when the server left the socket open that long. */
function outcome(closed: Promise<number>, ms: number): Promise<number | 'still open'> {
  return Promise.race([
    closed,
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms)),
  ]);
}

/**
 * Sends one update on a socket of its own, then (as a real screen does) a sync step 2 with
 * nothing more to add; resolves with the close code, or 'still open'.
 */
async function sendAndWatch(update: Uint8Array): Promise<number | 'still open'> {
  const { socket, closed } = await openBoardSocket();
  socket.send(syncMessage('edit', update));
  socket.send(syncMessage('step 2', NOTHING_MORE));
  const code = await outcome(closed, 2_000);
  socket.terminate();
  return code;
}

/** What a new screen's first sync carries, and what the store holds, in bytes. */
async function sizes(): Promise<{ firstSync: number; stored: number; pending: boolean }> {
  const fresh = await adminClient(server);
  const firstSync = Y.encodeStateAsUpdate(fresh.doc).byteLength;
  const pending = fresh.doc.store.pendingStructs !== null || fresh.doc.store.pendingDs !== null;
  fresh.destroy();
  const { updates } = await server.store.load(boardName());
  return { firstSync, stored: updates.reduce((sum, u) => sum + u.byteLength, 0), pending };
}

describe('updates that build on changes the server never received', () => {
  test('a chore from a client id that skips its first clocks is refused, and no new screen or store ever holds it', async () => {
    const before = await sizes();
    for (let i = 0; i < 5; i++)
      expect(await sendAndWatch(updateSkippingClocks(`bad${i}`))).toBe(
        CloseReasons.InvalidUpdate.code,
      );
    const after = await sizes();
    expect(after.pending).toBe(false);
    // Five 200,000-character titles would be a megabyte; a few hundred bytes of tidying is fine.
    expect(after.firstSync - before.firstSync).toBeLessThan(2_000);
    expect(after.stored - before.stored).toBeLessThan(2_000);
    await anEditStillTravels(phone, kiosk);
  });

  test('a deletion of content the board never had is refused and stored nowhere', async () => {
    const before = await sizes();
    expect(await sendAndWatch(deletionOfUnsentContent())).toBe(CloseReasons.InvalidUpdate.code);
    const after = await sizes();
    expect(after.pending).toBe(false);
    expect(after.firstSync - before.firstSync).toBeLessThan(500);
    expect(after.stored - before.stored).toBeLessThan(500);
    await anEditStillTravels(phone, kiosk);
  });

  test('an update still waiting for what it builds on after a few seconds is refused; one whose changes come in the sync step 2 is kept', async () => {
    // A screen that sends an edit and never what it builds on is let go once it has waited.
    const waiting = await openBoardSocket();
    waiting.socket.send(syncMessage('edit', updateSkippingClocks('waits')));
    expect(await outcome(waiting.closed, 8_000)).toBe(CloseReasons.InvalidUpdate.code);
    expect((await sizes()).pending).toBe(false);

    // A screen back from offline may send a new edit a moment before its step 2 brings the
    // edits it made offline: nothing is refused, and all of it reaches the other screens.
    const screen = new Y.Doc();
    Y.applyUpdate(screen, Y.encodeStateAsUpdate(phone.doc));
    const known = Y.encodeStateVector(screen);
    choreRecords(screen).add({ title: 'Made offline', schedule: { kind: 'daily' }, createdAt: 3 });
    const offline = Y.encodeStateAsUpdate(screen, known);
    const beforeEdits = Y.encodeStateVector(screen);
    choreRecords(screen).add({ title: 'Made just now', schedule: { kind: 'daily' }, createdAt: 4 });
    const edit = Y.encodeStateAsUpdate(screen, beforeEdits);
    // …and an edit from another client id (a new tab) to the chore made offline.
    screen.clientID += 1;
    const beforeRename = Y.encodeStateVector(screen);
    const offlineChore = choreRecords(screen)
      .entries()
      .find((e) => e.ok && e.value.title === 'Made offline');
    choreRecords(screen).update(offlineChore!.id, { title: 'Made offline, renamed' });
    const rename = Y.encodeStateAsUpdate(screen, beforeRename);
    const back = await openBoardSocket();
    back.socket.send(syncMessage('edit', edit));
    back.socket.send(syncMessage('edit', rename));
    back.socket.send(syncMessage('step 2', offline));
    await eventually(() =>
      expect(
        choreRecords(kiosk.doc)
          .values()
          .map((c) => c.title),
      ).toEqual(expect.arrayContaining(['Made offline, renamed', 'Made just now'])),
    );
    expect(await outcome(back.closed, 200)).toBe('still open');
    back.socket.close();
  });

  test('after a graceful stop and a restart, the board holds none of it and edits still travel', async () => {
    for (let i = 0; i < 3; i++) await sendAndWatch(updateSkippingClocks(`later${i}`));
    await sendAndWatch(deletionOfUnsentContent());
    await anEditStillTravels(phone, kiosk); // the house carries on: a snapshot is due at the stop
    phone.destroy();
    kiosk.destroy();
    const { dataDir } = server;
    await server.close();
    server = await startTestServer({ DATA_DIR: dataDir });
    [phone, kiosk] = await Promise.all([adminClient(server), adminClient(server)]);
    const now = await sizes();
    expect(now.pending).toBe(false);
    expect(now.stored).toBeLessThan(50_000);
    expect(now.firstSync).toBeLessThan(50_000);
    expect(
      choreRecords(phone.doc)
        .values()
        .map((c) => c.title),
    ).not.toContain(LONG_TITLE);
    await anEditStillTravels(phone, kiosk);
  });
});
