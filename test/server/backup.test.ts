// Backup and restore on SQLite, with the houseboard command, while the server runs: every house's
// documents come back byte for byte, devices connect with the cookies they had, and a backup
// that is cut short, changed, encrypted with another key or not a backup changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { encodeBackup } from '../../server/backup/format.ts';
import { emptyContents } from '../../server/store/store-contents.ts';
import type { Stores } from '../../server/store/stores.ts';
import type { TestServer } from '../helpers/in-process-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import {
  type DocState,
  expectAccessKept,
  fillHouses,
  houseboard,
  readWorld,
  serverOn,
  type World,
} from './backup-world.ts';

const scratch = tempDir('houseboard-backup-');
const dataDir = path.join(scratch, 'data');
const env = { DATA_DIR: dataDir };
const file = path.join(scratch, 'all.backup');
let world: World;
let before: Record<string, DocState>;
let running: { server: TestServer; stores: Stores } | undefined;

beforeAll(async () => {
  running = await serverOn(env);
  world = await fillHouses(running.server, running.stores);
  before = await readWorld(running.server, world);
}, 120_000);

afterAll(async () => {
  await running?.server.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function restart() {
  running = await serverOn(env);
  return running;
}

describe('backup and restore on SQLite', () => {
  test('a backup taken while the server runs restores, after a wipe, to the same state', async () => {
    const made = await houseboard(env, 'backup', file);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/Backed up 3 house\(s\), 9 document\(s\) and 16 device\(s\)/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    await running!.server.close();
    running = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });

    const restored = await houseboard(env, 'restore', file);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Restored 3 house\(s\), 9 document\(s\) and 16 device\(s\)/);

    const { server, stores } = await restart();
    // Every role's device of every house connects with its old cookie and syncs the same state.
    expect(await readWorld(server, world)).toEqual(before);
    await expectAccessKept(server, stores, world);
  }, 120_000);

  test('restore refuses a store that is not empty, and --force replaces it', async () => {
    // The restarted server runs on the restored houses: even --force waits for it to stop.
    const underServer = await houseboard(env, 'restore', file, '--force');
    expect(underServer.status).toBe(1);
    expect(underServer.stderr.trim()).toBe(
      `houseboard: A Houseboard server is running on the data dir ${dataDir} (pid ${process.pid}): stop it first, then try again.`,
    );
    await running!.server.close();
    running = undefined;
    const refused = await houseboard(env, 'restore', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'houseboard: The store is not empty (it has houses or devices): restoring would mix two servers. Add --force to replace everything in it with the backup.',
    );
    const forced = await houseboard(env, 'restore', file, '--force');
    expect(forced.status).toBe(0);
    const { server } = await restart();
    expect(await readWorld(server, world)).toEqual(before);
  }, 120_000);

  test.each([
    [
      'cut short',
      (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6)),
      /is damaged or cut short/,
    ],
    [
      'cut by its last byte',
      (bytes: Buffer) => bytes.subarray(0, bytes.length - 1),
      /is damaged or cut short/,
    ],
    [
      'changed in the middle',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        copy[Math.floor(copy.length / 2)]! ^= 0x40;
        return copy;
      },
      /is damaged or cut short/,
    ],
    [
      'garbage',
      () => Buffer.alloc(3 * 1024 * 1024, 'not a backup'),
      /is not a Houseboard backup\.$/,
    ],
    ['empty', () => Buffer.alloc(0), /is not a Houseboard backup\.$/],
  ])('a backup file %s is refused with one line, and nothing changes', async (_, spoil, reason) => {
    const spoilt = path.join(scratch, 'spoilt.backup');
    fs.writeFileSync(spoilt, spoil(fs.readFileSync(file)));
    const empty = { DATA_DIR: tempDir('houseboard-empty-') };
    try {
      const result = await houseboard(empty, 'restore', spoilt, '--force');
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(reason);
      // Nothing was even opened: the data dir stays empty.
      expect(fs.readdirSync(empty.DATA_DIR)).toEqual([]);
    } finally {
      fs.rmSync(empty.DATA_DIR, { recursive: true, force: true });
    }
  });

  test('a missing file, a folder, and a command without a file are told plainly', async () => {
    const missing = await houseboard(env, 'restore', path.join(scratch, 'nothing-here.backup'));
    expect(missing.stderr).toMatch(
      /houseboard: There is no backup file at ".*nothing-here\.backup"\./,
    );
    const folder = await houseboard(env, 'restore', scratch);
    expect(folder.stderr).toMatch(/is not a file/);
    const bare = await houseboard(env, 'backup');
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/Usage:/);
  });

  test('an encrypted backup needs its key: without it, or with another, nothing changes', async () => {
    const secret = path.join(scratch, 'secret.backup');
    const key = 'correct horse battery staple';
    const made = await houseboard({ ...env, BACKUP_KEY: key }, 'backup', secret);
    expect(made.stdout).toContain('encrypted');
    const bytes = fs.readFileSync(secret);
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(bytes.includes(Buffer.from('Birch House'))).toBe(false);

    const target = { DATA_DIR: tempDir('houseboard-encrypted-') };
    try {
      const noKey = await houseboard(target, 'restore', secret);
      expect(noKey.stderr.trim()).toMatch(
        /is encrypted: set BACKUP_KEY to the key it was made with\. Nothing was changed\.$/,
      );
      const wrong = await houseboard(
        { ...target, BACKUP_KEY: 'the wrong words entirely' },
        'restore',
        secret,
      );
      expect(wrong.status).toBe(1);
      expect(wrong.stderr.trim()).toMatch(
        /BACKUP_KEY is not the key ".*secret\.backup" was made with\. Nothing was changed\.$/,
      );
      expect(fs.readdirSync(target.DATA_DIR)).toEqual([]);
      const tampered = Buffer.from(bytes);
      tampered[tampered.length - 20]! ^= 1;
      fs.writeFileSync(secret, tampered);
      const changed = await houseboard({ ...target, BACKUP_KEY: key }, 'restore', secret);
      expect(changed.stderr).toMatch(/is damaged or cut short/);
      fs.writeFileSync(secret, bytes);
      const right = await houseboard({ ...target, BACKUP_KEY: key }, 'restore', secret);
      expect(right.stderr).toBe('');
      expect(right.stdout).toMatch(/Restored 3 house/);
    } finally {
      fs.rmSync(target.DATA_DIR, { recursive: true, force: true });
    }
  }, 120_000);

  test('a bad BACKUP_KEY or BACKUP_KEEP stops the command with one line', async () => {
    const short = await houseboard({ ...env, BACKUP_KEY: 'short' }, 'backup', file);
    expect(short.stderr.trim()).toMatch(/^houseboard: BACKUP_KEY must be 12 to 1024 characters/);
    const keep = await houseboard({ ...env, BACKUP_KEEP: 'seven' }, 'backup', file);
    expect(keep.stderr.trim()).toBe(
      'houseboard: BACKUP_KEEP must be a whole number from 0 to 366, not "seven".',
    );
    const hour = await houseboard({ ...env, BACKUP_HOUR: '24' }, 'backup', file);
    expect(hour.stderr.trim()).toMatch(/BACKUP_HOUR must be a whole number from 0 to 23/);
  });
});

describe('moving one house between servers', () => {
  test('export, then import into another server: its documents and devices come with it', async () => {
    const house = world.houses[1]!;
    const exported = path.join(scratch, 'birch.house');
    const made = await houseboard(env, 'house', 'export', house.id, exported);
    expect(made.stderr).toBe('');

    const other = { DATA_DIR: path.join(scratch, 'other') };
    const imported = await houseboard(other, 'house', 'import', exported);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(`(id ${house.id})`);
    const again = await houseboard(other, 'house', 'import', exported);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      `houseboard: A house with id "${house.id}" is already here; add --replace to put the imported one in its place.`,
    );
    expect((await houseboard(other, 'house', 'import', exported, '--replace')).status).toBe(0);

    const target = await serverOn(other);
    try {
      const one: World = { houses: [house] };
      const expected = Object.fromEntries(
        Object.entries(before).filter(([name]) => name.startsWith(`${house.id}/`)),
      );
      expect(await readWorld(target.server, one)).toEqual(expected);
      // The other server's first house is its own; the imported one lists beside it.
      expect(target.server.houses.list().map((h) => h.id)).toContain(house.id);
    } finally {
      await target.server.close();
    }
  }, 120_000);

  test('an unknown house is not exported, and a whole backup is not imported as a house', async () => {
    const unknown = await houseboard(
      env,
      'house',
      'export',
      'nosuchhouse',
      path.join(scratch, 'x'),
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      'houseboard: There is no house with id "nosuchhouse". See: npm run houseboard -- house list',
    );
    expect(fs.existsSync(path.join(scratch, 'x'))).toBe(false);
    const whole = await houseboard(env, 'house', 'import', file);
    expect(whole.stderr).toMatch(/is a backup of a whole server, not one house/);
    const exported = path.join(scratch, 'birch.house');
    const asWhole = await houseboard(env, 'restore', exported, '--force');
    expect(asWhole.stderr).toMatch(
      /This file holds one house: bring it in with "npm run houseboard -- house import <file>"/,
    );
  });

  test('a house file made by hand cannot reach into another house here', async () => {
    const target = world.houses[0]!.id;
    const stranger = new Y.Doc();
    stranger.getMap('chores').set('x', 'planted');
    const crafted = await encodeBackup(
      { scope: 'house', house: 'newcomer', madeAt: new Date().toISOString(), from: 'sqlite' },
      {
        ...emptyContents(),
        secret: Buffer.alloc(32, 1).toString('base64'),
        houses: [{ id: 'newcomer', name: 'New', createdAt: 1 }],
        documents: [{ name: `${target}/board`, update: Y.encodeStateAsUpdate(stranger) }],
      },
    );
    const craftedFile = path.join(scratch, 'crafted.house');
    fs.writeFileSync(craftedFile, crafted);
    const result = await houseboard(env, 'house', 'import', craftedFile);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'houseboard: The file has a document of no house in it: it is not a Houseboard backup. Nothing was changed.',
    );
    expect(running!.server.houses.list().map((h) => h.id)).not.toContain('newcomer');
  });

  test('a file over 1 GiB is refused before it is read', async () => {
    const huge = path.join(scratch, 'huge.backup');
    fs.writeFileSync(huge, Buffer.from([0x1f, 0x8b]));
    fs.truncateSync(huge, 1024 ** 3 + 1);
    const result = await houseboard(env, 'restore', huge);
    expect(result.stderr.trim()).toMatch(/is larger than 1 GiB: it is not a Houseboard backup\.$/);
    fs.rmSync(huge);
  });
});
