// Well-formed Yjs updates that break the board's schema: refused before they reach the stored
// board or any other screen; the sender's socket closes with the invalid-update code.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../../board/chore.ts';
import { CloseReasons } from '../../../board/close-codes.ts';
import { validateDocument } from '../../board/helpers.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import {
  adminClient,
  anEditStillTravels,
  connectSynced,
  type SyncClient,
} from '../../helpers/sync-client.ts';
import { uniqueWord } from '../../helpers/unique-words.ts';

let server: TestServer;
let watcher: SyncClient;
const changesSeen: string[] = [];

beforeAll(async () => {
  // Large frames are allowed here so that the schema, not the size limit, has to refuse them.
  server = await startTestServer({ MAX_PAYLOAD: String(8 * 1024 * 1024) });
  watcher = await adminClient(server);
  watcher.doc.on('update', (update: Uint8Array) => changesSeen.push(String(update.length)));
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

/** A chore-shaped item written straight into Yjs, bypassing the board's validators. */
function rawChore(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  doc.getMap('chores').set(id, item);
}

const goodChore = { title: 'Hoover the stairs', schedule: { kind: 'daily' }, createdAt: 1 };

const attacks: Record<string, (doc: Y.Doc) => void> = {
  'a number where text belongs': (doc) => rawChore(doc, 'n1', { ...goodChore, title: 42 }),
  'a title of a hundred thousand characters': (doc) =>
    rawChore(doc, 'long1', { ...goodChore, title: 'x'.repeat(100_000) }),
  'a chore without a title': (doc) =>
    rawChore(doc, 'untitled', { schedule: { kind: 'daily' }, createdAt: 1 }),
  'an unknown field': (doc) => rawChore(doc, 'extra', { ...goodChore, phone: '07700 900123' }),
  'an unknown section': (doc) => doc.getMap('diary').set('x', 'secret'),
  'ten thousand chores at once': (doc) =>
    doc.transact(() => {
      for (let i = 0; i < 10_000; i++)
        rawChore(doc, `c${i}`, { ...goodChore, title: `Chore ${i}` });
    }),
  'a shared type hidden in a field': (doc) =>
    rawChore(doc, 'nested', { ...goodChore, area: new Y.Text('a'.repeat(1000)) }),
  'an item that is not a record': (doc) => doc.getMap('chores').set('plain', 'just a string'),
  'a bad item id': (doc) => rawChore(doc, '../../etc', goodChore),
  'list content in a section': (doc) => doc.getArray('chores').insert(0, ['x']),
  'a shift in the board document': (doc) => doc.getMap('shifts').set('s', new Y.Map()),
  'a broken edit to an existing chore': (doc) => {
    const [id] = [...doc.getMap('chores').keys()];
    (doc.getMap('chores').get(id!) as Y.Map<unknown>).set('title', '');
  },
};

describe('updates that break the board schema', () => {
  test.each(Object.entries(attacks))(
    '%s is refused and the board stays valid',
    async (_name, attack) => {
      const attacker = await connectSynced(
        server.url,
        server.firstHouse.id,
        'board',
        server.adminToken,
      );
      const closed = new Promise<number>((resolve) =>
        attacker.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
      );
      const before = changesSeen.length;
      attack(attacker.doc);
      expect(await closed).toBe(CloseReasons.InvalidUpdate.code);
      attacker.destroy();

      // A fresh screen sees a valid board, and an ordinary edit still travels.
      const fresh = await connectSynced(
        server.url,
        server.firstHouse.id,
        'board',
        server.adminToken,
      );
      expect(() => validateDocument(fresh.doc, 'board')).not.toThrow();
      const stored = new Y.Doc();
      for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
        Y.applyUpdate(stored, update);
      expect(() => validateDocument(stored, 'board')).not.toThrow();
      expect(changesSeen.slice(before)).toEqual([]);
      await anEditStillTravels(fresh, watcher);
      fresh.destroy();
    },
  );
});

describe('a refused update among good ones', () => {
  test('edits sent while the board is read again wait, and reach every screen and the store', async () => {
    const [attacker, writer] = await Promise.all([adminClient(server), adminClient(server)]);
    const closed = new Promise<number>((resolve) =>
      attacker.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
    );
    const titles = Array.from({ length: 6 }, (_, i) => `Around the refusal ${i} ${uniqueWord()}`);
    const add = (title: string) =>
      choreRecords(writer.doc).add({ title, schedule: { kind: 'daily' }, createdAt: 3 });
    const watched = () =>
      choreRecords(watcher.doc)
        .values()
        .map((c) => c.title);
    for (const title of titles.slice(0, 3)) add(title);
    await eventually(() => expect(watched()).toEqual(expect.arrayContaining(titles.slice(0, 3))));

    // Reading the board again takes a while here (the real store, made slow), so the next
    // edits surely arrive while the board still holds the refused change.
    const store = server.store;
    const load = store.load.bind(store);
    store.load = async (name) => {
      await sleep(400);
      return load(name);
    };
    try {
      rawChore(attacker.doc, 'bad1', { ...goodChore, title: 42 });
      expect(await closed).toBe(CloseReasons.InvalidUpdate.code);
      for (const title of titles.slice(3)) add(title);
      await eventually(() => expect(watched()).toEqual(expect.arrayContaining(titles)));
    } finally {
      store.load = load;
      attacker.destroy();
    }

    const fresh = await adminClient(server);
    const freshTitles = choreRecords(fresh.doc)
      .values()
      .map((c) => c.title);
    expect(freshTitles).toEqual(expect.arrayContaining(titles));
    expect(fresh.doc.getMap('chores').has('bad1')).toBe(false);
    expect(watcher.doc.getMap('chores').has('bad1')).toBe(false);
    const stored = new Y.Doc();
    for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
      Y.applyUpdate(stored, update);
    expect(
      choreRecords(stored)
        .values()
        .map((c) => c.title),
    ).toEqual(expect.arrayContaining(titles));
    expect(stored.getMap('chores').has('bad1')).toBe(false);
    fresh.destroy();
    writer.destroy();
  });
});

describe('a refused update when the store cannot be read', () => {
  test('the board is let go and its screens closed, and nobody is shown the refused change', async () => {
    const [attacker, other] = await Promise.all([adminClient(server), adminClient(server)]);
    const otherClosed = new Promise<number>((resolve) =>
      other.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
    );
    const store = server.store;
    const load = store.load.bind(store);
    store.load = async () => {
      throw new Error('the disk is gone (in this test)');
    };
    try {
      rawChore(attacker.doc, 'bad2', { ...goodChore, title: 42 });
      expect(await otherClosed).toBe(CloseReasons.StoreUnavailable.code);
    } finally {
      store.load = load;
      attacker.destroy();
      other.destroy();
    }
    const fresh = await adminClient(server);
    expect(fresh.doc.getMap('chores').has('bad2')).toBe(false);
    expect(watcher.doc.getMap('chores').has('bad2')).toBe(false);
    fresh.destroy();
  });
});
