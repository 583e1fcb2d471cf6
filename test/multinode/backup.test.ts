// Backup and restore on Redis, with the houseboard command while a node runs: the backup restores
// into a new Redis, over the old one with --force, and into SQLite (and back), each time with
// every house's documents byte for byte the same and devices connecting with their cookies.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Stores } from '../../server/store/stores.ts';
import type { TestServer } from '../helpers/in-process-server.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import {
  type DocState,
  expectAccessKept,
  fillHouses,
  houseboard,
  readWorld,
  serverOn,
  type World,
} from '../server/backup-world.ts';

const ready = redisServerReady();
const scratch = tempDir('houseboard-redis-backup-');
const file = path.join(scratch, 'redis.backup');
const redises: RedisServer[] = [];
let first: RedisServer;
let world: World;
let before: Record<string, DocState>;
let running: { server: TestServer; stores: Stores } | undefined;

function redisEnv(redis: RedisServer) {
  return { REDIS_URL: redis.url, DATA_DIR: path.join(scratch, 'node') };
}

async function newRedis() {
  const redis = await startRedisServer();
  redises.push(redis);
  return redis;
}

/** Starts a server on these settings, checks every house came back, and stops it. */
async function expectRestored(env: Record<string, string>) {
  running = await serverOn(env);
  expect(await readWorld(running.server, world)).toEqual(before);
  await expectAccessKept(running.server, running.stores, world);
  await running.server.close();
  running = undefined;
}

beforeAll(async () => {
  if (!ready) return;
  first = await newRedis();
  running = await serverOn(redisEnv(first));
  world = await fillHouses(running.server, running.stores);
  before = await readWorld(running.server, world);
}, 120_000);

afterAll(async () => {
  await running?.server.close();
  for (const redis of redises) await redis.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe.runIf(ready)('backup and restore on Redis', () => {
  test('a backup taken while a node runs restores into a new Redis, the same state', async () => {
    const made = await houseboard(redisEnv(first), 'backup', file);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/Backed up 3 house\(s\), 9 document\(s\) and 16 device\(s\)/);
    await running!.server.close();
    running = undefined;

    const fresh = await newRedis();
    const restored = await houseboard(redisEnv(fresh), 'restore', file);
    expect(restored.stderr).toBe('');
    await expectRestored(redisEnv(fresh));
  }, 180_000);

  test('over the old Redis it needs --force, then the old data is replaced', async () => {
    const refused = await houseboard(redisEnv(first), 'restore', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The store is not empty/);
    expect((await houseboard(redisEnv(first), 'restore', file, '--force')).status).toBe(0);
    await expectRestored(redisEnv(first));
  }, 180_000);

  test('a Redis backup restores into SQLite, and a SQLite backup back into Redis', async () => {
    const sqlite = { DATA_DIR: path.join(scratch, 'sqlite') };
    expect((await houseboard(sqlite, 'restore', file)).stderr).toBe('');
    await expectRestored(sqlite);

    const fromSqlite = path.join(scratch, 'sqlite.backup');
    expect((await houseboard(sqlite, 'backup', fromSqlite)).status).toBe(0);
    const fresh = await newRedis();
    expect((await houseboard(redisEnv(fresh), 'restore', fromSqlite)).stderr).toBe('');
    await expectRestored(redisEnv(fresh));
  }, 240_000);

  test('one house exported from Redis imports into another Redis; an id already there needs --replace', async () => {
    const house = world.houses[2]!;
    const exported = path.join(scratch, 'casa.house');
    expect((await houseboard(redisEnv(first), 'house', 'export', house.id, exported)).status).toBe(
      0,
    );
    const refused = await houseboard(redisEnv(first), 'house', 'import', exported);
    expect(refused.stderr.trim()).toBe(
      `houseboard: A house with id "${house.id}" is already here; add --replace to put the imported one in its place.`,
    );
    expect(
      (await houseboard(redisEnv(first), 'house', 'import', exported, '--replace')).status,
    ).toBe(0);
    const other = await newRedis();
    expect((await houseboard(redisEnv(other), 'house', 'import', exported)).stderr).toBe('');
    running = await serverOn(redisEnv(other));
    const expected = Object.fromEntries(
      Object.entries(before).filter(([name]) => name.startsWith(`${house.id}/`)),
    );
    expect(await readWorld(running.server, { houses: [house] })).toEqual(expected);
  }, 180_000);
});
