// Putting the server together: it runs on the stores it is given, or opens the one its config
// names, and only that one; when it stops, the stores close with it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dirs: string[] = [];
const servers: TestServer[] = [];

afterEach(async () => {
  await Promise.allSettled(servers.splice(0).map((server) => server.close()));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = tempDir('houseboard-start-');
  dirs.push(dir);
  return dir;
}

describe('starting the server', () => {
  test('given its stores, the server keeps its houses there and opens no other store', async () => {
    const storesDir = newDir();
    const configuredDir = newDir();
    const stores = openSqliteStores({ dataDir: storesDir, synchronous: 'normal' });
    const server = await startTestServer({ DATA_DIR: configuredDir }, { stores });
    servers.push(server);

    expect(await stores.houses.list()).toEqual([server.firstHouse]);
    expect(fs.readdirSync(configuredDir)).toEqual([]);
    expect(fs.existsSync(path.join(storesDir, 'houseboard.sqlite'))).toBe(true);
  });

  test('stopping the server closes the stores it was given', async () => {
    const stores = openSqliteStores({ dataDir: newDir(), synchronous: 'normal' });
    const server = await startTestServer({ DATA_DIR: newDir() }, { stores });
    await server.close();
    await expect(stores.documents.ping()).rejects.toThrow(/closed/);
  });
});
