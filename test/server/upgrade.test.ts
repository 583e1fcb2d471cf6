// A house made by the release before versions were kept (test/fixtures/sqlite-v0, made by
// make-fixture.ts with that release's code) starts on this release as it was: every document,
// every device, the same house. Real server, real SQLite file, real sockets.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { DOC_KINDS, type DocKind } from '../../board/documents.ts';
import { readConfig } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { SCHEMA_VERSION, schemaVersionOf } from '../../server/store/sqlite/schema-version.ts';
import { FIXTURE_DIR, mapsOf } from '../fixtures/make-fixture.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
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

async function startOn(dataDir: string): Promise<RunningServer> {
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
  });
  const server = await startServer(config);
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
