// A store that fails loudly: each way a data dir can be wrong at start stops the start with one
// line that says what to do, and leaves the file as it was; never a new house made over a lost
// one, never a file written that this release does not understand. Real files and real disks
// (a small tmpfs, mounted read-only or filled, where this user may mount one).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import { SCHEMA_VERSION } from '../../server/store/sqlite/schema-version.ts';
import { FIXTURE_DIR } from '../fixtures/make-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const FILE = 'houseboard.sqlite';
const scratch: string[] = [];
const mounts: string[] = [];
const running: RunningServer[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

afterAll(() => {
  for (const dir of mounts.splice(0).reverse()) execFileSync('umount', ['-l', dir]);
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function scratchDir(): string {
  const dir = tempDir('houseboard-refusal-');
  scratch.push(dir);
  return dir;
}

/** The fixture's data dir (made by the release before versions), copied. */
function fixtureCopy(): string {
  const dir = scratchDir();
  fs.cpSync(path.join(FIXTURE_DIR, 'data'), dir, { recursive: true });
  return dir;
}

/** A tmpfs of `size` at a new dir; undefined (with a notice) where this user may not mount. */
function mountTmpfs(size: string): string | undefined {
  const dir = scratchDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`could not mount a tmpfs (run as root): ${error}`);
    console.warn('Skipping a read-only or full disk check: mounting a tmpfs needs root.');
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

/** Starts the server in this process on `dataDir`; the error it stops with, if it does. */
async function startError(dataDir: string): Promise<string | undefined> {
  try {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
    });
    running.push(await startServer(config));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Refused with one line saying `words`, and the data file's bytes as they were. */
async function expectRefused(dataDir: string, words: RegExp) {
  const file = path.join(dataDir, FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  const message = await startError(dataDir);
  expect(message, 'the server started').toBeDefined();
  expect(message!.split('\n')).toHaveLength(1);
  expect(message).toMatch(words);
  if (before) expect(fs.readFileSync(file).equals(before)).toBe(true);
  else expect(fs.existsSync(file)).toBe(false);
}

describe('a data dir the server must not start on', () => {
  test('a data file written by a newer release is refused, never opened for writing', async () => {
    const dir = fixtureCopy();
    const db = new Database(path.join(dir, FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expectRefused(
      dir,
      new RegExp(
        `written by a newer release .*schema version ${SCHEMA_VERSION + 1}; this release knows up to ${SCHEMA_VERSION}.*restore`,
      ),
    );
    expect(fs.readdirSync(dir)).toEqual([FILE]);
  });

  test('a file with the tables but no houses (a copy that missed its WAL) is refused, and no new house is made', async () => {
    const dir = fixtureCopy();
    const db = new Database(path.join(dir, FILE));
    db.exec('DELETE FROM houses; DELETE FROM updates; DELETE FROM snapshots; DELETE FROM devices');
    db.close();
    await expectRefused(
      dir,
      /has its tables but no houses: .*without its houseboard\.sqlite-wal.*npm run houseboard -- restore.*empty DATA_DIR/,
    );
  });

  test('a file this release left empty on purpose (the command line before a first start) gets a new house', async () => {
    const dir = scratchDir();
    await openSqliteStores({ dataDir: dir, synchronous: 'normal' }).close();
    expect(await startError(dir)).toBeUndefined();
    expect(running[0]?.created?.house).toBeDefined();
  });

  test('a file that is not a SQLite database is refused as one', async () => {
    const dir = scratchDir();
    fs.writeFileSync(path.join(dir, FILE), 'houses:\n  - Maple House\n'.repeat(100));
    await expectRefused(dir, /is not a SQLite database/);
  });

  test('a data file on a read-only disk is refused before anything is served', async () => {
    const disk = mountTmpfs('4m');
    if (!disk) return;
    fs.cpSync(path.join(FIXTURE_DIR, 'data'), disk, { recursive: true });
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    // The folder is checked first (config.ts): a data file needs a folder it can write beside it.
    await expectRefused(disk, /DATA_DIR .* cannot be written \(EROFS\)/);
  });

  test('a read-only data file in a folder that can be written is refused with what to do', async () => {
    const dir = fixtureCopy();
    const file = path.join(dir, FILE);
    // As root, permissions are not enough: the file itself is made read-only by a bind mount.
    if (process.getuid?.() === 0) {
      execFileSync('mount', ['--bind', file, file]);
      mounts.push(file);
      execFileSync('mount', ['-o', 'remount,ro,bind', file]);
    } else fs.chmodSync(file, 0o444);
    await expectRefused(dir, /cannot be written \((EROFS|EACCES)\): give this user write access/);
  });

  test('a first start on a full disk says so and leaves nothing behind to look damaged later', async () => {
    const disk = mountTmpfs('2m');
    if (!disk) return;
    const filler = path.join(disk, 'filler');
    fs.writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024 - 256 * 1024, 1));
    await expectRefused(disk, /the disk holding .* is full \(\d+ KB free\): free some space/);
    fs.rmSync(filler);
    expect(await startError(disk)).toBeUndefined();
    expect(running[0]?.created?.house).toBeDefined();
  });

  test('an empty data dir gets a new house, stamped with this release’s schema version', async () => {
    const dir = scratchDir();
    expect(await startError(dir)).toBeUndefined();
    expect(running[0]?.created).toBeDefined();
    await running.splice(0)[0]!.close();
    const db = new Database(path.join(dir, FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
