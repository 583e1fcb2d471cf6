// Redis refusing loudly, with a redis-server of the test's own: a restore (or house import
// --replace) under a running node is refused, however many nodes there are, until the node stops
// (at once) or, killed with kill -9, its heartbeat runs out (within 15 s); a Redis that carries
// the version stamp of a first house but no houses is refused at start rather than given a new,
// empty house; and a Redis that refuses the password or lacks rights says so in the start line.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { connectRedis, type RedisClient } from '../../server/store/redis/client.ts';
import { HEARTBEAT_TTL_MS } from '../../server/store/redis/server-heartbeat.ts';
import { SCHEMA_KEY } from '../../server/store/redis/start-checks.ts';
import { freePort } from '../helpers/free-port.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { type ServerProcess, spawnServer, startServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { houseboard } from '../server/backup-world.ts';
import { nodeEnv } from './nodes.ts';

const ready = redisServerReady();
const scratch = tempDir('houseboard-redis-refusals-');
let redis: RedisServer;
let client: RedisClient;
const nodes: ServerProcess[] = [];
const inProcess: RunningServer[] = [];

beforeAll(async () => {
  if (!ready) return;
  redis = await startRedisServer();
  client = await connectRedis(redis.url, pino({ level: 'silent' }), 'test');
});

afterEach(async () => {
  for (const server of inProcess.splice(0)) await server.close();
  for (const node of nodes.splice(0)) await node.stop('SIGKILL');
  await client?.flushAll(); // the test's own redis-server, never another
});

afterAll(async () => {
  await client?.close();
  await redis?.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function redisEnv(url = redis.url) {
  return { REDIS_URL: url, DATA_DIR: path.join(scratch, 'node') };
}

async function node(): Promise<ServerProcess> {
  const started = await startServerProcess({ env: nodeEnv(redis) });
  nodes.push(started);
  return started;
}

/** A whole backup and a house export of another server (on SQLite), and that house's id. */
async function otherServer() {
  const other = { DATA_DIR: path.join(scratch, `other-${Date.now()}`) };
  const made = await houseboard(other, 'house', 'create', 'Birch House');
  const id = made.stdout.match(/id (\w+)/)![1]!;
  const backup = path.join(other.DATA_DIR, '..', `${id}.backup`);
  const exported = path.join(other.DATA_DIR, '..', `${id}.house`);
  expect((await houseboard(other, 'backup', backup)).status).toBe(0);
  expect((await houseboard(other, 'house', 'export', id, exported)).status).toBe(0);
  return { id, backup, exported };
}

function runningLine(pid: number | undefined): RegExp {
  return new RegExp(
    `^houseboard: A Houseboard server is running on Redis at redis://127\\.0\\.0\\.1:${redis.port}/? \\(on [^,]+, pid ${pid}, seen \\d+ s ago\\): stop every server that uses it first, then try again\\. A server that was killed is forgotten 15 s after it was last seen\\.$`,
  );
}

/** Starts a node in this process on `url`; the one line it stopped with, if it did. */
async function startError(url: string): Promise<string | undefined> {
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: tempDir('houseboard-redis-refusal-node-'),
    REDIS_URL: url,
  });
  try {
    inProcess.push(await startServer(config));
    // socket.io's adapter opens its connections after the start (see redis-version.test.ts).
    await sleep(1000);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Spawns the real server on `url` and waits for it to stop; its exit code and stderr. */
async function refusedStart(url: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawnServer(tempDir('houseboard-redis-acl-'), await freePort(), {
    REDIS_URL: url,
    LOG_LEVEL: 'warn',
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr: stderr.trim() };
}

describe.runIf(ready)('Redis that must not be used as it is', () => {
  test('restore and house import --replace wait for every node to stop; a killed node is forgotten within 15 s', async () => {
    const other = await otherServer();
    const first = await node();
    const second = await node();
    for (const args of [
      ['restore', other.backup, '--force'],
      ['house', 'import', other.exported, '--replace'],
    ]) {
      const refused = await houseboard(redisEnv(), ...args);
      expect(refused.status, refused.stderr).toBe(1);
      const line = refused.stderr.trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toMatch(/2 Houseboard servers are running on Redis/);
      expect(line).toContain(`pid ${first.process.pid},`);
      expect(line).toContain(`pid ${second.process.pid},`);
    }
    expect(await client.hLen('hb:houses')).toBe(1);

    // Stopped as usual, a node says goodbye at once.
    await second.stop('SIGTERM');
    const one = await houseboard(redisEnv(), 'restore', other.backup, '--force');
    expect(one.stderr.trim()).toMatch(runningLine(first.process.pid));

    // Killed, it cannot: its heartbeat runs out, and then the restore goes ahead.
    await first.stop('SIGKILL');
    const killedAt = Date.now();
    const soon = await houseboard(redisEnv(), 'restore', other.backup, '--force');
    expect(soon.stderr.trim()).toMatch(runningLine(first.process.pid));
    let restored = soon;
    while (restored.status !== 0 && Date.now() - killedAt < HEARTBEAT_TTL_MS + 15_000) {
      await sleep(1000);
      restored = await houseboard(redisEnv(), 'restore', other.backup, '--force');
    }
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Restored 1 house\(s\)/);
    expect(Object.keys(await client.hGetAll('hb:houses'))).toEqual([other.id]);
  }, 120_000);

  test('a Redis with the version stamp but no houses is refused at start; one the command line saw first is not', async () => {
    // The command line on a fresh Redis leaves no stamp: the first start still makes a house.
    const listed = await houseboard(redisEnv(), 'house', 'list');
    expect(listed.stdout).toContain('No houses yet.');
    expect(await client.get(SCHEMA_KEY)).toBeNull();
    expect(await startError(redis.url)).toBeUndefined();
    expect(inProcess[0]!.created).toBeDefined();
    expect(await client.get(SCHEMA_KEY)).not.toBeNull();
    await inProcess.splice(0)[0]!.close();

    // Its houses lost (a cut append-only file, or keys deleted by hand).
    await client.del('hb:houses');
    const before = (await client.keys('*')).sort();
    const error = await startError(redis.url);
    expect(error).toBeDefined();
    expect(error!.split('\n')).toHaveLength(1);
    expect(error).toMatch(
      /holds Houseboard's data version \(hb:schema\) but no houses \(hb:houses is empty\): its houses were lost.*Nothing was changed\. Restore a backup \(npm run houseboard -- restore <file> --force\)/,
    );
    expect((await client.keys('*')).sort()).toEqual(before);

    // A heartbeat key someone wrote by hand is still a server that may be running: shown plainly.
    await client.set('hb:server:by-hand', '{"pid": "<script>"', { PX: 120_000 });
    const restore = await houseboard(redisEnv(), 'restore', path.join(scratch, 'none.backup'));
    expect(restore.stderr).toMatch(/There is no backup file/);
    const other = await otherServer();
    const refused = await houseboard(redisEnv(), 'restore', other.backup, '--force');
    expect(refused.stderr.trim()).toMatch(
      /A Houseboard server is running on Redis at .* \(on a machine, pid \?, seen \d+ s ago\)/,
    );
  }, 60_000);

  test('a wrong password, a missing one, and a user without rights are each told in the start line', async () => {
    await client.sendCommand([
      'ACL',
      'SETUSER',
      'porch',
      'on',
      '>porch-words',
      '~*',
      '+ping',
      '+hello',
      '+auth',
    ]);
    const at = (auth: string) => `redis://${auth}127.0.0.1:${redis.port}`;

    const weak = await refusedStart(at('porch:porch-words@'));
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(
      /^houseboard: could not start: the Redis user "porch" at redis:\/\/porch:\*\*\*@127\.0\.0\.1:\d+\/? lacks the rights Houseboard needs \(Redis said: NOPERM [^)]*\)\. Give it every command on every key \(ACL SETUSER porch \+@all ~\*\) or set REDIS_URL to a user that has them, then start again\.$/,
    );

    const wrong = await refusedStart(at('porch:not-these-words@'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^houseboard: could not start: Redis at redis:\/\/porch:\*\*\*@127\.0\.0\.1:\d+\/? refused the user name or password in REDIS_URL \(it said: WRONGPASS [^)]*\)\. Put the right user and password in REDIS_URL/,
    );
    expect(`${weak.stderr}${wrong.stderr}`).not.toMatch(
      /porch-words|not-these-words|did not answer/,
    );

    await client.sendCommand(['CONFIG', 'SET', 'requirepass', 'house-words']);
    try {
      const none = await refusedStart(at(''));
      expect(none.code).toBe(1);
      expect(none.stderr).toMatch(
        /^houseboard: could not start: Redis at redis:\/\/127\.0\.0\.1:\d+\/? needs a password and REDIS_URL gives none \(it said: NOAUTH [^)]*\)\. Put the user and password in REDIS_URL/,
      );
    } finally {
      await client.sendCommand(['CONFIG', 'SET', 'requirepass', '']);
      await client.sendCommand(['ACL', 'DELUSER', 'porch']);
    }
  }, 90_000);
});
