// /metrics on two nodes sharing one Redis (a redis-server of the test's own): each node shows how
// far behind it reads the other nodes' edits, under its own node id, and counts only the edits
// its own screens made.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { eventually } from '../helpers/eventually.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { scrape } from '../helpers/scrape.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { adminToken, nodeEnv } from './nodes.ts';
import { HOUSE } from './phones.ts';

const ready = redisServerReady();

describe.skipIf(!ready)('/metrics on two nodes sharing one Redis', () => {
  let redis: RedisServer | undefined;
  const nodes: ServerProcess[] = [];
  const clients: SyncClient[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    // One after the other: the first makes the house, the second finds it.
    for (let i = 0; i < 2; i++) {
      nodes.push(await startServerProcess({ env: { ...nodeEnv(redis), METRICS: 'true' } }));
    }
  }, 120_000);

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.allSettled(nodes.map((node) => node.stop('SIGKILL')));
    await redis?.dispose();
  });

  test('an edit on node A reaches a screen on node B, and B shows its Redis read lag', async () => {
    const [a, b] = nodes as [ServerProcess, ServerProcess];
    const token = await adminToken(nodes);
    const writer = await connectSynced(a.url, HOUSE, 'board', token);
    const reader = await connectSynced(b.url, HOUSE, 'board', token);
    clients.push(writer, reader);
    const edits = 5;
    for (let i = 0; i < edits; i++) {
      choreRecords(writer.doc).add({
        title: `Across ${i}`,
        schedule: { kind: 'daily' },
        createdAt: i,
      });
    }
    await eventually(
      () =>
        expect(
          choreRecords(reader.doc)
            .values()
            .filter((chore) => chore.title.startsWith('Across ')),
        ).toHaveLength(edits),
      { timeoutMs: 15_000 },
    );

    const [onA, onB] = await Promise.all([scrape(`${a.url}/metrics`), scrape(`${b.url}/metrics`)]);
    const lagOf = (scraped: typeof onA) =>
      scraped.families.find((family) => family.name === 'houseboard_redis_stream_lag_seconds');
    const lagA = lagOf(onA)!;
    const lagB = lagOf(onB)!;
    expect(lagA.type).toBe('GAUGE');
    expect(lagA.metrics).toHaveLength(1);
    expect(lagB.metrics).toHaveLength(1);
    const nodeA = lagA.metrics[0]!.labels!.node!;
    const nodeB = lagB.metrics[0]!.labels!.node!;
    expect(nodeA).toMatch(/^\S+$/);
    expect(nodeB).not.toBe(nodeA); // per node
    // Two processes on one machine: B read A's edits within a blink.
    const lag = Number(lagB.metrics[0]!.value);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(5);
    // The edits were A's screens' to accept; B only relays what A stored.
    expect(onA.value('houseboard_updates_accepted_total')).toBe(edits);
    expect(onB.value('houseboard_updates_accepted_total')).toBe(0);
    expect(onA.histogram('houseboard_store_write_seconds')!.count).toBeGreaterThanOrEqual(1);
    expect(onB.value('houseboard_connections', { role: 'admin' })).toBe(1);
  }, 60_000);
});
