// The SQLite file's slow chores on a thread of its own (server/store/sqlite/store-thread.ts): a
// document's log folded into one snapshot with nothing lost, edits stored meanwhile kept, a forget
// never written over, checkpoints that reach the file, and a thread that comes and goes. Real
// files in a temp dir, real worker threads.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { SqliteDataFile } from '../../../server/store/sqlite/data-file.ts';
import { SqliteDocumentStore } from '../../../server/store/sqlite/document-log.ts';
import { SqliteHouseStore } from '../../../server/store/sqlite/house-list.ts';
import { StoreThread } from '../../../server/store/sqlite/store-thread.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const DOC = 'house-1/board';
const opened: Array<{ data: SqliteDataFile; dir: string }> = [];

function openStore() {
  const dir = tempDir('houseboard-thread-');
  const data = new SqliteDataFile({ dataDir: dir, synchronous: 'normal' });
  opened.push({ data, dir });
  new SqliteHouseStore(data); // its tables: a file without them is not taken for a house's
  return { data, store: new SqliteDocumentStore(data), dir };
}

afterEach(async () => {
  for (const { data, dir } of opened.splice(0)) {
    await data.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A document and the updates each of its edits made, as a screen would send them. */
function edits(count: number, text = (i: number) => `chore ${i}`) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const chores = doc.getMap<string>('chores');
  for (let i = 0; i < count; i++) chores.set(`c${i % 40}`, text(i));
  return { doc, updates };
}

/** What a stored document holds, read as the server loads it. */
async function contents(store: SqliteDocumentStore) {
  const stored = await store.load(DOC);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return { entries: stored.updates.length, chores: doc.getMap('chores').toJSON() };
}

describe('the SQLite store thread', () => {
  test("a document's log folds into one snapshot that holds every edit", async () => {
    const { store } = openStore();
    const { doc, updates } = edits(300);
    await store.appendAll(DOC, updates);
    expect(await store.compactLog(DOC)).toBe(300);
    const after = await contents(store);
    expect(after.entries).toBe(1);
    expect(after.chores).toEqual(doc.getMap('chores').toJSON());
    // Nothing left to fold.
    expect(await store.compactLog(DOC)).toBe(0);
  });

  test('edits stored while the thread folds stay, after the snapshot', async () => {
    const { data, store } = openStore();
    const { doc, updates } = edits(400);
    await store.appendAll(DOC, updates.slice(0, 300));
    const folded = await data.thread.fold(DOC);
    // The server goes on storing while the thread works, before the fold is written.
    for (const update of updates.slice(300)) await store.append(DOC, update);
    expect(store.writeFold(DOC, folded)).toBe(300);
    const after = await contents(store);
    expect(after.entries).toBe(1 + 100);
    expect(after.chores).toEqual(doc.getMap('chores').toJSON());
  });

  test('a forget written while the thread folds is never written over', async () => {
    const { data, store } = openStore();
    const { updates } = edits(200, (i) => `a private note ${i}`);
    const position = await store.appendAll(DOC, updates);
    const folded = await data.thread.fold(DOC);
    // The person left: the document no longer names them, and its history is forgotten.
    const clean = new Y.Doc();
    clean.getMap('chores').set('c0', 'sweep the porch');
    await store.forget(DOC, Y.encodeStateAsUpdate(clean), position);
    expect(store.writeFold(DOC, folded)).toBe(0);
    const after = await contents(store);
    expect(after.chores).toEqual({ c0: 'sweep the porch' });
    expect(JSON.stringify(after.chores)).not.toContain('private note');
  });

  test('a long burst of writes has the thread copy the write-ahead log into the file', async () => {
    const { data, store, dir } = openStore();
    const file = path.join(dir, 'houseboard.sqlite');
    const before = fs.statSync(file).size;
    // Past the writes after which a checkpoint no longer waits for quiet (data-file.ts).
    const { updates } = edits(5_000);
    await store.appendAll(DOC, updates);
    expect(data.thread.running).toBe(true);
    await expect.poll(() => fs.statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before);
  });

  test("a few edits reach the file on the server's own connection, with no thread started", async () => {
    const { data, store, dir } = openStore();
    const file = path.join(dir, 'houseboard.sqlite');
    const before = fs.statSync(file).size;
    await store.appendAll(DOC, edits(20).updates);
    // The checkpoint after the quiet moment (data-file.ts) moves them out of the write-ahead log.
    await expect.poll(() => fs.statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(data.thread.running).toBe(false);
  });

  test('the thread stops when quiet and starts again when asked', async () => {
    const { dir, store, data } = openStore();
    await store.appendAll(DOC, edits(10).updates);
    const thread = new StoreThread(path.join(dir, 'houseboard.sqlite'), 50);
    expect(thread.running).toBe(false);
    expect((await thread.fold(DOC))?.updates).toBe(10);
    expect(thread.running).toBe(true);
    await expect.poll(() => thread.running, { timeout: 5_000 }).toBe(false);
    expect((await thread.fold(DOC))?.updates).toBe(10);
    await thread.stop();
    expect(thread.running).toBe(false);
    expect(data.open).toBe(true);
  });

  test('a thread that cannot open its file fails the chore, and the server carries on', async () => {
    const dir = tempDir('houseboard-thread-missing-');
    const thread = new StoreThread(path.join(dir, 'no-such-file.sqlite'));
    await expect(thread.fold(DOC)).rejects.toMatchObject({
      message: expect.stringMatching(/unable to open/i),
      code: 'SQLITE_CANTOPEN',
    });
    await expect(thread.checkpoint()).rejects.toThrow(/unable to open/i);
    await thread.stop();
    expect(thread.running).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('closing the file while the thread folds loses nothing and leaves no thread', async () => {
    const { data, store, dir } = openStore();
    const { doc, updates } = edits(500);
    await store.appendAll(DOC, updates);
    const folding = store.compactLog(DOC).catch((error: Error) => error);
    await data.close();
    const outcome = await folding;
    expect(data.thread.running).toBe(false);
    expect(data.open).toBe(false);
    // Folded or not, every edit is in the file, read as it is on disk.
    const file = new Database(path.join(dir, 'houseboard.sqlite'), { readonly: true });
    const rows = [
      ...file.prepare('SELECT data FROM snapshots WHERE doc = ?').all(DOC),
      ...file.prepare('SELECT data FROM updates WHERE doc = ? ORDER BY seq').all(DOC),
    ] as Array<{ data: Buffer }>;
    file.close();
    const read = new Y.Doc();
    for (const row of rows) Y.applyUpdate(read, row.data);
    expect(read.getMap('chores').toJSON()).toEqual(doc.getMap('chores').toJSON());
    expect(typeof outcome === 'number' || outcome instanceof Error).toBe(true);
  });
});
