// A quiet house's board sleeps on every node that holds it; an edit made on another node wakes
// it (the entry comes in through Redis) and reaches the wall watching there. Two real server
// processes and a redis-server of the test's own.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { eventually } from '../helpers/eventually.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { scrape } from '../helpers/scrape.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { adminToken, nodeEnv } from './nodes.ts';
import { HOUSE } from './phones.ts';

const ready = redisServerReady();

describe.skipIf(!ready)('two nodes on one Redis, with documents that sleep', () => {
  let redis: RedisServer | undefined;
  const nodes: ServerProcess[] = [];
  const clients: SyncClient[] = [];
  let token: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { ...nodeEnv(redis), HIBERNATE_AFTER_MS: '300', METRICS: 'true' };
    nodes.push(await startServerProcess({ env }));
    nodes.push(await startServerProcess({ env }));
    token = await adminToken(nodes);
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.allSettled(nodes.map((node) => node.stop('SIGKILL')));
    await redis?.dispose();
  });

  const screen = async (node: ServerProcess) => {
    const c = await connectSynced(node.url, HOUSE, 'board', token);
    clients.push(c);
    return c;
  };
  const asleepOn = async (node: ServerProcess) =>
    (await scrape(`${node.url}/metrics`)).value('houseboard_documents_asleep') ?? 0;
  const titles = (c: SyncClient) =>
    choreRecords(c.doc)
      .values()
      .map((x) => x.title)
      .sort();
  const chore = (title: string) => ({ title, schedule: { kind: 'daily' as const }, createdAt: 1 });

  test('an edit on one node reaches the wall on the other, whose board was asleep', async () => {
    const [a, b] = nodes as [ServerProcess, ServerProcess];
    const wall = await screen(b);
    const phone = await screen(a);
    // The board and its settings sleep on both nodes.
    await eventually(async () => expect(await asleepOn(b)).toBe(2), { timeoutMs: 10_000 });
    await eventually(async () => expect(await asleepOn(a)).toBe(2), { timeoutMs: 10_000 });

    for (const title of ['Bins out', 'Mop the hall']) {
      choreRecords(phone.doc).add(chore(title));
      await eventually(() => expect(titles(wall)).toContain(title), { timeoutMs: 10_000 });
      // Asleep again before the next edit: each one wakes it.
      await eventually(async () => expect(await asleepOn(b)).toBe(2), { timeoutMs: 10_000 });
    }
    expect(titles(wall)).toEqual(titles(phone));
    const fresh = await screen(b);
    expect(titles(fresh)).toEqual(titles(phone));
  });
});
