// Redis at start: what it holds carries a version (`hb:schema`), stamped on a Redis from before
// versions and refused from a newer release before anything is written; a Redis that evicts keys
// is refused, one without an append-only file is warned about, and one that does not answer is
// said to be unreachable rather than waited on for ever. A real redis-server of the test's own.
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { connectRedis, type RedisClient } from '../../server/store/redis/client.ts';
import { REDIS_SCHEMA_VERSION, SCHEMA_KEY } from '../../server/store/redis/start-checks.ts';
import { freePort } from '../helpers/free-port.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ready = redisServerReady();
let redis: RedisServer | undefined;
let client: RedisClient | undefined;
const running: RunningServer[] = [];

beforeAll(async () => {
  if (!ready) return;
  redis = await startRedisServer();
  client = await connectRedis(redis.url, pino({ level: 'silent' }), 'test');
});

afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
  if (!client) return;
  await client.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', 'noeviction']);
  await client.sendCommand(['CONFIG', 'SET', 'appendonly', 'yes']);
  await client.flushAll(); // the test's own redis-server, never another
});

afterAll(async () => {
  await client?.close();
  await redis?.dispose();
});

/** Starts a node on `url`; what it logged, and the error it stopped with, if it did. */
async function start(url: string) {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: tempDir('houseboard-redis-version-'),
    REDIS_URL: url,
  });
  try {
    running.push(await startServer(config, { log }));
    // socket.io's Redis adapter opens its own connections after the start; one closed before
    // it is open rejects inside the adapter, where nothing can catch it.
    await sleep(1000);
    return { lines, error: undefined };
  } catch (error) {
    return { lines, error: (error as Error).message };
  }
}

async function keys(): Promise<string[]> {
  return (await client!.keys('*')).sort();
}

describe.runIf(ready)('Redis at start', () => {
  test('a fresh Redis is stamped with this release’s version; one from before versions is stamped, its houses kept', async () => {
    expect((await start(redis!.url)).error).toBeUndefined();
    expect(await client!.get(SCHEMA_KEY)).toBe(String(REDIS_SCHEMA_VERSION));
    const houses = await client!.hGetAll('hb:houses');
    await running.splice(0)[0]!.close();

    await client!.del(SCHEMA_KEY); // as the release before versions left it
    const again = await start(redis!.url);
    expect(again.error).toBeUndefined();
    expect(running[0]!.created).toBeUndefined();
    expect(await client!.get(SCHEMA_KEY)).toBe(String(REDIS_SCHEMA_VERSION));
    expect(await client!.hGetAll('hb:houses')).toEqual(houses);
    expect(again.lines.join('')).toContain('Redis data upgraded');
  });

  test('a Redis written by a newer release is refused with one line, and nothing is written to it', async () => {
    await client!.set(SCHEMA_KEY, String(REDIS_SCHEMA_VERSION + 1));
    const before = await keys();
    const { error } = await start(redis!.url);
    expect(error).toMatch(
      new RegExp(
        `holds data written by a newer release .*schema version ${REDIS_SCHEMA_VERSION + 1}; this release knows up to ${REDIS_SCHEMA_VERSION}.*restore`,
      ),
    );
    expect(error!.split('\n')).toHaveLength(1);
    expect(await keys()).toEqual(before);
  });

  test('a Redis that evicts keys when full is refused, since update streams would vanish', async () => {
    await client!.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru']);
    const { error } = await start(redis!.url);
    expect(error).toMatch(/evicts keys .*maxmemory-policy allkeys-lru.*noeviction/);
    expect(await keys()).toEqual([]);
  });

  test('a Redis without an append-only file is used, with a warning in the log', async () => {
    await client!.sendCommand(['CONFIG', 'SET', 'appendonly', 'no']);
    const { error, lines } = await start(redis!.url);
    expect(error).toBeUndefined();
    expect(lines.join('')).toMatch(/Redis keeps no append-only file .*appendonly yes/);
  });

  test('a REDIS_URL nothing answers on stops the start with one line, without the password', async () => {
    const port = await freePort();
    const { error } = await start(`redis://:secret-word@127.0.0.1:${port}`);
    expect(error).toMatch(
      new RegExp(
        `Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}.* did not answer within 10 s`,
      ),
    );
    expect(error).not.toContain('secret-word');
  }, 20_000);
});
