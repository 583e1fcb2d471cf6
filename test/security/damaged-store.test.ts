// Hole: stored data failing silently. A data file cut to nothing, overwritten in the middle, or
// copied while the server ran without its WAL must stop the start with one clear line, never be
// served as it is or taken for a fresh install with a new house. Real server processes, real files.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { adminLinkIn, adminTokenFromOutput } from '../helpers/admin-link.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { freePort } from '../helpers/free-port.ts';
import { logEntry } from '../helpers/server-log.ts';
import { type ServerProcess, spawnServer, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const FILE = 'houseboard.sqlite';
const scratch: string[] = [];
const running: ServerProcess[] = [];

function dirWith(files: Record<string, Buffer> = {}): string {
  const dir = tempDir('houseboard-damaged-');
  scratch.push(dir);
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
  return dir;
}

interface Start {
  /** The exit code, or 'running' when the server came up and served instead. */
  outcome: number | 'running';
  stdout: string;
  stderr: string;
}

/** Starts the server on a data dir and waits until it either exits or says it is running. */
async function start(dataDir: string): Promise<Start> {
  const port = await freePort();
  const child = spawnServer(dataDir, port, { LOG_LEVEL: 'warn' });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      // Serving, and it has said which house it serves (or that it made a new one).
      if (adminLinkIn(stdout) || logEntry(stdout, 'Houses: ')?.houses) child.kill('SIGKILL');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const running = logEntry(stdout, 'Houseboard is running');
      resolve({ outcome: running ? 'running' : (code ?? -1), stdout, stderr });
    });
  });
}

/** What SQLite's integrity_check says of a file's bytes, read from a scratch copy. */
/** How many tables a data file's own pages hold, without its WAL. */
function tableCount(bytes: Buffer): number {
  const db = new Database(path.join(dirWith({ [FILE]: bytes }), FILE), { readonly: true });
  try {
    return (
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

function integrityOk(bytes: Buffer): boolean {
  const file = path.join(dirWith({ [FILE]: bytes }), FILE);
  try {
    const db = new Database(file, { readonly: true });
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Refused with one line on stderr naming the data file, and no new house made. */
function expectRefused(result: Start, words: RegExp) {
  const lines = result.stderr.trim().split('\n');
  expect(result.outcome, `${result.stdout}\n${result.stderr}`).not.toBe('running');
  expect(result.outcome).not.toBe(0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^houseboard: could not start: the data file .*houseboard\.sqlite/);
  expect(lines[0]).toMatch(words);
  expect(result.stdout).not.toContain('Made a new house');
  expect(adminLinkIn(result.stdout)).toBeUndefined();
}

/** A real data file: a server's first start, a phone adding chores, a clean stop. */
let stored: Buffer;

beforeAll(async () => {
  const server = await startServerProcess({ env: { LOG_LEVEL: 'warn' }, keepDataDir: true });
  running.push(server);
  scratch.push(server.dataDir);
  const token = await adminTokenFromOutput(server.url, server.output);
  const session = await fetch(`${server.url}/api/session`, {
    headers: { cookie: cookieFor(token) },
  });
  const houseId = ((await session.json()) as { device: { houseId: string } }).device.houseId;
  const phone = await connectSynced(server.url, houseId, 'board', token);
  for (let i = 0; i < 150; i++) {
    choreRecords(phone.doc).add({
      title: `Chore ${i} ${'x'.repeat(100)}`,
      schedule: { kind: 'daily' },
      createdAt: i,
    });
  }
  const watcher = await connectSynced(server.url, houseId, 'board', token);
  const mine = () =>
    choreRecords(watcher.doc)
      .values()
      .filter((chore) => chore.title.startsWith('Chore '));
  await eventually(() => expect(mine()).toHaveLength(150), {
    timeoutMs: 10_000,
  });
  phone.destroy();
  watcher.destroy();
  await server.stop('SIGTERM');
  stored = fs.readFileSync(path.join(server.dataDir, FILE));
}, 60_000);

afterAll(async () => {
  for (const server of running.splice(0)) await server.stop('SIGKILL');
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a damaged data file', () => {
  test('the stored data file itself starts as the house it was', async () => {
    const result = await start(dirWith({ [FILE]: stored }));
    expect(result.outcome, result.stderr).toBe('running');
    expect(result.stdout).not.toContain('Made a new house');
  }, 40_000);

  test('a data file cut to 0 bytes stops the start with one clear line, and no new house is made', async () => {
    expectRefused(await start(dirWith({ [FILE]: Buffer.alloc(0) })), /is empty \(0 bytes\)/);
  }, 40_000);

  test('8 KB of random bytes in the middle of the data file stops the start with one clear line', async () => {
    // Random bytes that land on free pages harm nothing: then the 8 KB move towards the start
    // (the tables' first pages), until SQLite's own full check finds the file damaged.
    let damaged = stored;
    for (let page = Math.floor(stored.length / 2 / 4096); page > 0; page -= 2) {
      damaged = Buffer.from(stored);
      randomBytes(8192).copy(damaged, page * 4096);
      if (!integrityOk(damaged)) break;
    }
    expect(integrityOk(damaged)).toBe(false);
    expectRefused(await start(dirWith({ [FILE]: damaged })), /is damaged|could not be read/);
  }, 40_000);

  test('a copy of the data file made while the server ran, without its WAL, stops the start rather than making a new house', async () => {
    // The copy is taken the way `cp` would take it while the server runs: before the server's
    // first checkpoint, everything it had, the house too, was still in the WAL beside it. On a
    // busy machine the copy can come late, after the checkpoint that writes the empty tables:
    // such a copy holds nothing at all, so it is taken again until it is the early one.
    let copy: Buffer | undefined;
    for (let attempt = 0; attempt < 5 && !copy; attempt++) {
      const live = dirWith();
      const file = path.join(live, FILE);
      const copying = (async () => {
        for (;;) {
          if (fs.existsSync(file) && fs.statSync(file).size > 0) return fs.readFileSync(file);
          await sleep(1);
        }
      })();
      const [taken] = await Promise.all([copying, start(live)]);
      if (tableCount(taken) === 0) copy = taken;
    }
    expect(copy, 'five copies all came after the first checkpoint').toBeDefined();
    expectRefused(await start(dirWith({ [FILE]: copy! })), /without its houseboard\.sqlite-wal/);
  }, 120_000);
});
