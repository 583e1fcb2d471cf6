// A house made by the release before versions were kept (test/fixtures/sqlite-v0, made by
// make-fixture.ts with that release's code) starts on this release as it was: every document,
// every device, the same house. Real server, real SQLite file, real sockets.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { DOC_KINDS, type DocKind, docName } from '../../board/documents.ts';
import {
  META_KINDS,
  migrateShape,
  NewerShape,
  SHAPE_MIGRATIONS,
  SHAPE_VERSION,
  type ShapeMigration,
  shapeVersionOf,
} from '../../board/shape-version.ts';
import { readConfig } from '../../server/config.ts';
import type { Logger } from '../../server/log.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import {
  migrateSchema,
  SCHEMA_MIGRATIONS,
  SCHEMA_VERSION,
  type SchemaMigration,
  schemaVersionOf,
} from '../../server/store/sqlite/schema-version.ts';
import { docFrom } from '../../server/sync/live-document.ts';
import { FIXTURE_DIR, mapsOf } from '../fixtures/make-fixture.ts';
import { eventually } from '../helpers/eventually.ts';
import { connectClient, connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

interface Expected {
  house: { id: string; name: string; createdAt: number };
  tokens: Record<'admin' | 'staff' | 'member' | 'kiosk', string>;
  devices: Array<{ id: string; role: string; personId: string }>;
  documents: Record<DocKind, Record<string, unknown>>;
}

const expected = JSON.parse(
  fs.readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8'),
) as Expected;

const running: RunningServer[] = [];
const clients: SyncClient[] = [];
const scratch: string[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of running.splice(0)) await server.close();
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture's data dir, as a house would bring it to the new release. */
function copyOfFixture(): string {
  const dir = tempDir('houseboard-upgrade-');
  scratch.push(dir);
  fs.cpSync(path.join(FIXTURE_DIR, 'data'), dir, { recursive: true });
  return dir;
}

async function startOn(dataDir: string, log?: Logger): Promise<RunningServer> {
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
  });
  const server = await startServer(config, { log });
  running.push(server);
  return server;
}

/** The data file's schema version (PRAGMA user_version), read beside the server. */
function schemaVersion(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'houseboard.sqlite'), { readonly: true });
  try {
    return schemaVersionOf(db);
  } finally {
    db.close();
  }
}

/**
 * What the fixture's documents hold that no time passing changes: the welcome announcement
 * expires (and is tidied away) weeks after the fixture was made, so it is left out.
 */
function lasting(maps: Record<string, unknown>): Record<string, unknown> {
  const { announcements: _expires, ...rest } = maps;
  return rest;
}

describe('upgrading a data dir made by the release before versions', () => {
  test('every house, document and device is there, every device still connects, and the schema version is stamped', async () => {
    const dataDir = copyOfFixture();
    expect(schemaVersion(dataDir)).toBe(0);
    const server = await startOn(dataDir);
    expect(server.created).toBeUndefined();
    expect(schemaVersion(dataDir)).toBe(SCHEMA_VERSION);
    expect(server.houses.list()).toEqual([expected.house]);
    for (const [role, token] of Object.entries(expected.tokens)) {
      const device = await server.access.authenticate(token);
      expect(device?.role).toBe(role);
      expect(expected.devices.map((d) => d.id)).toContain(device?.id);
    }
    for (const kind of DOC_KINDS) {
      const client = await connectSynced(
        server.url,
        expected.house.id,
        kind,
        expected.tokens.admin,
      );
      clients.push(client);
      expect(lasting(mapsOf(client.doc, kind))).toEqual(lasting(expected.documents[kind]));
    }
  }, 30_000);
});

/** What the store holds for each of the fixture house's documents: how many entries, up to where. */
async function storedLogs(server: RunningServer) {
  const logs: Record<string, { entries: number; position: string }> = {};
  for (const kind of DOC_KINDS) {
    const stored = await server.store.load(docName(expected.house.id, kind));
    logs[kind] = { entries: stored.updates.length, position: stored.position };
  }
  return logs;
}

/** A document as the store holds it, read beside the server. */
async function storedDoc(server: RunningServer, kind: DocKind): Promise<Y.Doc> {
  return docFrom((await server.store.load(docName(expected.house.id, kind))).updates);
}

describe("the board documents' shape", () => {
  test('a document from before shape versions is stamped once, as a stored change every screen sees; the next load writes nothing', async () => {
    const dataDir = copyOfFixture();
    const first = await startOn(dataDir);
    for (const kind of DOC_KINDS)
      expect(shapeVersionOf(await storedDoc(first, kind), kind)).toBe(0);
    for (const kind of DOC_KINDS) {
      const client = await connectSynced(first.url, expected.house.id, kind, expected.tokens.admin);
      clients.push(client);
      expect(shapeVersionOf(client.doc, kind)).toBe(SHAPE_VERSION);
      expect(shapeVersionOf(await storedDoc(first, kind), kind)).toBe(SHAPE_VERSION);
    }
    for (const client of clients.splice(0)) client.destroy();
    await running.splice(0)[0]!.close();

    const second = await startOn(dataDir);
    const before = await storedLogs(second);
    for (const kind of DOC_KINDS) {
      const client = await connectSynced(
        second.url,
        expected.house.id,
        kind,
        expected.tokens.admin,
      );
      clients.push(client);
      expect(shapeVersionOf(client.doc, kind)).toBe(SHAPE_VERSION);
    }
    expect(await storedLogs(second)).toEqual(before);
  }, 30_000);

  test('a house saved in a newer shape is not loaded: the log says why, the screen is told, and nothing is written to it', async () => {
    const dataDir = copyOfFixture();
    const stores = openSqliteStores({ dataDir, synchronous: 'normal' });
    for (const kind of DOC_KINDS) {
      const name = docName(expected.house.id, kind);
      const doc = docFrom((await stores.documents.load(name)).updates);
      const changes: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => changes.push(update));
      doc.getMap(META_KINDS[kind].name).set('shapeVersion', SHAPE_VERSION + 1);
      await stores.documents.append(name, changes[0]!);
    }
    await stores.close();

    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const server = await startOn(dataDir, log);
    const before = await storedLogs(server);
    const client = connectClient(server.url, expected.house.id, 'board', {
      token: expected.tokens.admin,
    });
    clients.push(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await eventually(() => expect(closes).toContain(CloseReasons.NewerBoard.code));
    expect(client.provider.synced).toBe(false);
    expect(lines.join('')).toMatch(
      new RegExp(
        `not loaded: it was saved by a newer release of Houseboard \\(shape version ${SHAPE_VERSION + 1}`,
      ),
    );
    expect(await storedLogs(server)).toEqual(before);
  }, 30_000);

  test("a screen's change to a document's shape version is refused, and the document stays as it was", async () => {
    const server = await startOn(copyOfFixture());
    const client = await connectSynced(
      server.url,
      expected.house.id,
      'board',
      expected.tokens.admin,
    );
    clients.push(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    client.doc.getMap(META_KINDS.board.name).set('shapeVersion', SHAPE_VERSION + 1);
    await eventually(() => expect(closes).toContain(CloseReasons.InvalidUpdate.code));
    await server.registry.using(docName(expected.house.id, 'board'), async (board) =>
      expect(shapeVersionOf(board.doc, 'board')).toBe(SHAPE_VERSION),
    );
    expect(shapeVersionOf(await storedDoc(server, 'board'), 'board')).toBe(SHAPE_VERSION);
  }, 30_000);
});

describe('a shape migration', () => {
  /** A test-only next shape: chore titles lose stray spaces (a real small normalisation). */
  const NEXT: readonly ShapeMigration[] = [
    ...SHAPE_MIGRATIONS,
    {
      version: SHAPE_VERSION + 1,
      what: 'chore titles trimmed',
      migrate: (doc) => {
        for (const [, chore] of choreRecords(doc).map) {
          const title = chore.get('title');
          if (typeof title === 'string' && title !== title.trim()) chore.set('title', title.trim());
        }
      },
    },
  ];

  function oldBoard(): Y.Doc {
    const doc = new Y.Doc();
    choreRecords(doc).add({
      title: '  Sweep the hall ',
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    return doc;
  }

  test('runs once, as one change another copy can apply, and a second run writes nothing', () => {
    const doc = oldBoard();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const changes: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => changes.push(update));
    expect(migrateShape(doc, 'board', NEXT)).toEqual({
      from: 0,
      to: SHAPE_VERSION + 1,
      ran: NEXT.map((m) => m.what),
    });
    expect(changes).toHaveLength(1);
    Y.applyUpdate(other, changes[0]!);
    expect(
      choreRecords(other)
        .values()
        .map((c) => c.title),
    ).toEqual(['Sweep the hall']);
    expect(shapeVersionOf(other, 'board')).toBe(SHAPE_VERSION + 1);
    expect(migrateShape(doc, 'board', NEXT)).toBeUndefined();
    expect(changes).toHaveLength(1);
  });

  test('two nodes migrating the same document at once agree', () => {
    const a = oldBoard();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateShape(a, 'board', NEXT);
    migrateShape(b, 'board', NEXT);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.toJSON()).toEqual(b.toJSON());
    expect(
      choreRecords(a)
        .values()
        .map((c) => c.title),
    ).toEqual(['Sweep the hall']);
  });

  test('a document newer than the migrations know is refused and left unchanged', () => {
    const doc = oldBoard();
    migrateShape(doc, 'board', NEXT);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => migrateShape(doc, 'board')).toThrow(NewerShape);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('a schema migration', () => {
  /** A test-only next schema: a column added to the houses. */
  const NEXT: readonly SchemaMigration[] = [
    ...SCHEMA_MIGRATIONS,
    {
      version: SCHEMA_VERSION + 1,
      what: 'houses get a note',
      migrate: (db) => db.exec('ALTER TABLE houses ADD COLUMN note TEXT'),
    },
  ];
  const columns = (db: Database.Database) =>
    (db.prepare('PRAGMA table_info(houses)').all() as Array<{ name: string }>).map((c) => c.name);

  function fixtureFile(): Database.Database {
    const db = new Database(path.join(copyOfFixture(), 'houseboard.sqlite'));
    scratchDbs.push(db);
    return db;
  }
  const scratchDbs: Database.Database[] = [];
  afterEach(() => {
    for (const db of scratchDbs.splice(0)) db.close();
  });

  test('runs every step from the file’s version in order, then stamps it; a second run does nothing', () => {
    const db = fixtureFile();
    expect(migrateSchema(db, NEXT)).toEqual({
      from: 0,
      to: SCHEMA_VERSION + 1,
      ran: NEXT.map((m) => m.what),
    });
    expect(columns(db)).toContain('note');
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION + 1);
    expect(migrateSchema(db, NEXT).ran).toEqual([]);
  });

  test('a step that fails leaves the file on its old version, with no step of it applied', () => {
    const db = fixtureFile();
    const failing: SchemaMigration = {
      version: SCHEMA_VERSION + 2,
      what: 'breaks',
      migrate: () => {
        throw new Error('a step that cannot finish');
      },
    };
    expect(() => migrateSchema(db, [...NEXT, failing])).toThrow('a step that cannot finish');
    expect(schemaVersionOf(db)).toBe(0);
    expect(columns(db)).not.toContain('note');
  });
});
