// A restore never runs under a server that uses the data dir: the server (a real process) holds a
// lock the operating system keeps for it, so `restore` and `house import --replace` stop with one
// line saying so, and change nothing. A server killed with kill -9 holds nothing any more: the
// restore goes ahead at once. A second server on the same data dir is refused at start.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOCK_FILE } from '../../server/store/sqlite/server-lock.ts';
import { freePort } from '../helpers/free-port.ts';
import { type ServerProcess, spawnServer, startServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { houseboard } from './backup-world.ts';

const scratch = tempDir('houseboard-restore-running-');
const dataDir = path.join(scratch, 'data');
const env = { DATA_DIR: dataDir };
const servers: ServerProcess[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop('SIGKILL');
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function serve(): Promise<ServerProcess> {
  const server = await startServerProcess({ dataDir });
  servers.push(server);
  return server;
}

/** What `house list` prints: the houses the data dir holds. */
async function houses(): Promise<string> {
  const list = await houseboard(env, 'house', 'list');
  expect(list.stderr).toBe('');
  return list.stdout;
}

describe('restoring under a running server', () => {
  test('restore and house import --replace are refused while it runs, and go ahead once it was killed', async () => {
    // A backup with another house in it, made in a data dir of its own.
    const other = { DATA_DIR: path.join(scratch, 'other') };
    const made = await houseboard(other, 'house', 'create', 'Birch House');
    const birch = made.stdout.match(/id (\w+)/)![1]!;
    const backup = path.join(scratch, 'other.backup');
    const exported = path.join(scratch, 'birch.house');
    expect((await houseboard(other, 'backup', backup)).status).toBe(0);
    expect((await houseboard(other, 'house', 'export', birch, exported)).status).toBe(0);

    const server = await serve();
    const pid = server.process.pid;
    const before = await houses();
    const running = `houseboard: A Houseboard server is running on the data dir ${dataDir} (pid ${pid}): stop it first, then try again.`;
    for (const args of [
      ['restore', backup, '--force'],
      ['house', 'import', exported, '--replace'],
    ]) {
      const refused = await houseboard(env, ...args);
      expect(refused.status, refused.stderr).toBe(1);
      expect(refused.stderr.trim()).toBe(running);
    }
    expect(await houses()).toBe(before);
    // The server goes on serving what it had.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Killed without a chance to tidy up: its lock file stays, but nobody holds it.
    await server.stop('SIGKILL');
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const restored = await houseboard(env, 'restore', backup, '--force');
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Restored 1 house\(s\)/);
    expect(await houses()).toContain(`${birch}  Birch House`);
    expect(await houses()).not.toBe(before);
  }, 120_000);

  test('a server stopped as usual lets go too, and a second server on the same data dir is refused', async () => {
    const first = await serve();
    const port = await freePort();
    const second = spawnServer(dataDir, port);
    let stderr = '';
    second.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `houseboard: could not start: another Houseboard server is running on the data dir ${dataDir} (pid ${first.process.pid}): stop it first, then try again.`,
    );
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    await first.stop('SIGTERM');
    const exported = path.join(scratch, 'birch.house');
    const imported = await houseboard(env, 'house', 'import', exported, '--replace');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
  }, 120_000);

  test('a lock file someone spoilt blocks nothing, and the next server makes it again', async () => {
    const lock = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(lock, 'SQLite format 3\0 but not really, and no lock held on it');
    const backup = path.join(scratch, 'other.backup');
    const restored = await houseboard(env, 'restore', backup, '--force');
    expect(restored.stderr).toBe('');
    const server = await serve();
    const refused = await houseboard(env, 'restore', backup, '--force');
    expect(refused.stderr.trim()).toBe(
      `houseboard: A Houseboard server is running on the data dir ${dataDir} (pid ${server.process.pid}): stop it first, then try again.`,
    );
    await server.stop('SIGTERM');
  }, 120_000);
});
