// Hole: a revoked device undoing its own revocation. A member keeps saving its name through one
// server node while the admin lets it go through another; whatever lands last, the device stays
// let go. Real processes: two servers and a redis-server of the test's own; the stores as well.
import fs from 'node:fs';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { signJoinToken } from '../../server/access/secrets.ts';
import type { AccessStore, DeviceRecord } from '../../server/store/access-store.ts';
import { RedisAccessStore } from '../../server/store/redis/access-records.ts';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { adminToken, outputs, startNodes } from '../multinode/nodes.ts';

const ready = redisServerReady();
const ROUNDS = 10;
const SAVES_PER_ROUND = 16;

/** A request as the phone app sends it, from the server's own origin. */
function call(node: ServerProcess, route: string, token?: string, body?: unknown) {
  return fetch(`${node.url}/api/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      origin: node.url,
      'content-type': 'application/json',
      ...(token ? { cookie: cookieFor(token) } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Whether a /sync upgrade with this device's cookie is answered with a socket. */
function syncOpens(node: ServerProcess, token: string, houseId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${node.url.replace(/^http/, 'ws')}/sync/${houseId}/board`, {
      headers: { cookie: cookieFor(token), origin: node.url },
    });
    ws.once('open', () => {
      ws.close();
      resolve(true);
    });
    ws.once('unexpected-response', () => resolve(false));
    ws.once('error', () => resolve(false));
  });
}

describe.skipIf(!ready)('a revoked device, on two server nodes sharing Redis', () => {
  let redis: RedisServer | undefined;
  const started: ServerProcess[] = [];
  let admin: string;
  let houseId: string;
  let secret: Buffer;

  beforeAll(async () => {
    redis = await startRedisServer();
    await startNodes(redis, 2, started);
    admin = await adminToken(started);
    const session = await (await call(started[0]!, 'session', admin)).json();
    houseId = session.device.houseId;
    // Join links are the kiosk's; the test signs its own with the server's secret, one per
    // member, the way the kiosk's link is made.
    const client = createClient({ url: redis.url });
    await client.connect();
    secret = Buffer.from((await client.get('hb:secret:join'))!, 'base64');
    await client.close();
  });

  afterAll(async () => {
    await Promise.allSettled(started.map((node) => node.stop('SIGKILL')));
    await redis?.dispose();
  });

  test(`a member saving their name ${SAVES_PER_ROUND} times at once on node B while the admin lets them go on node A stays let go (${ROUNDS} rounds)`, async () => {
    const [a, b] = started as [ServerProcess, ServerProcess];
    const undone: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const joinToken = signJoinToken(secret, houseId, Date.now() + 5 * 60_000 - round);
      const joined = await call(b, 'join', undefined, { token: joinToken });
      expect(joined.status, outputs(started)).toBe(200);
      const member = joined.headers.get('set-cookie')?.match(/hb_device=([^;]+)/)?.[1] as string;
      const { device } = (await joined.json()) as { device: { id: string } };

      const saves = Array.from({ length: SAVES_PER_ROUND }, (_, i) =>
        call(b, 'me', member, { name: `Sam ${round}.${i}`, nameDisplay: 'full' }),
      );
      const revoke = call(a, `devices/${device.id}/revoke`, admin, {});
      expect((await revoke).status).toBe(200);
      await Promise.allSettled(saves);

      const list = (await (await call(a, 'devices', admin)).json()) as { devices: DeviceRecord[] };
      const stored = list.devices.find((d) => d.id === device.id);
      if (!stored?.revokedAt) undone.push(`round ${round}: revokedAt is ${stored?.revokedAt}`);
      for (const node of [a, b]) {
        const session = await (await call(node, 'session', member)).json();
        if (session.joined) undone.push(`round ${round}: ${node.url}/api/session let it in`);
        if (await syncOpens(node, member, houseId))
          undone.push(`round ${round}: ${node.url}/sync let it in`);
      }
    }
    expect(undone).toEqual([]);
  }, 60_000);
});

/** Both stores, real: SQLite in a temp file and Redis of the test's own. */
const stores: Array<[string, () => Promise<{ store: AccessStore; close: () => Promise<void> }>]> = [
  [
    'SQLite',
    async () => {
      const dir = tempDir('houseboard-revoke-');
      const sqlite = openSqliteStores({ dataDir: dir, synchronous: 'normal' });
      return {
        store: sqlite.access,
        close: async () => {
          await sqlite.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];
if (ready) {
  stores.push([
    'Redis',
    async () => {
      const server = await startRedisServer();
      const client = createClient({ url: server.url });
      await client.connect();
      return {
        store: new RedisAccessStore(client),
        close: async () => {
          await client.close();
          await server.dispose();
        },
      };
    },
  ]);
}

describe.each(stores)('the %s access store', (_name, open) => {
  test('revocation is final: no later change to a device brings it back', async () => {
    const { store, close } = await open();
    try {
      const device: DeviceRecord = {
        id: 'd1',
        houseId: 'h1',
        personId: 'd1',
        role: 'member',
        nameDisplay: 'full',
        createdAt: 1,
        lastSeenAt: 1,
      };
      await store.addDevice(device, 'hash-d1');
      await store.updateDevice('d1', { revokedAt: 1000 });
      await store.updateDevice('d1', { name: 'Sam', lastSeenAt: 2000, revokedAt: undefined });
      await store.updateDevice('d1', { revokedAt: 3000 });
      expect(await store.device('d1')).toMatchObject({
        name: 'Sam',
        lastSeenAt: 2000,
        revokedAt: 1000,
      });
      // A change to one field leaves the others as another writer set them.
      await store.updateDevice('d1', { nameDisplay: 'initial' });
      expect(await store.device('d1')).toMatchObject({ name: 'Sam', nameDisplay: 'initial' });
    } finally {
      await close();
    }
  });
});
