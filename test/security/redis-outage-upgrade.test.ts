// Hole: while Redis was down, a screen opening its sync socket (or asking /api/session) was
// answered 500 (something broke) rather than 503 (come back soon), so it looked like a fault of
// the board, not a wait. The test runs its own redis-server and stops it to make the outage.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { refusal } from '../../board/wire.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';

const ready = redisServerReady();
let redis: RedisServer | undefined;
let server: TestServer | undefined;

beforeAll(async () => {
  if (!ready) return;
  redis = await startRedisServer();
  server = await startTestServer({ REDIS_URL: redis.url });
});

afterAll(async () => {
  await redis?.restart().catch(() => undefined);
  await server?.close();
  await redis?.dispose();
});

/** The HTTP status a sync upgrade with the admin's cookie is answered with (101: it opened). */
function upgradeStatus(): Promise<number> {
  const { url, firstHouse, adminToken } = server!;
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/sync/${firstHouse.id}/board`, {
      headers: { cookie: cookieFor(adminToken) },
    });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });
}

describe.skipIf(!ready)('a Redis outage', () => {
  test('a screen opening its sync socket or asking who it is while Redis is down is told to come back (503), and gets in once Redis is back', async () => {
    expect(await upgradeStatus()).toBe(101);
    await redis!.stop();
    expect(await upgradeStatus()).toBe(503);
    const session = await fetch(`${server!.url}/api/session`, {
      headers: { cookie: cookieFor(server!.adminToken) },
    });
    expect(session.status).toBe(503);
    expect(await session.json()).toEqual(refusal('serverTryAgain'));
    await redis!.restart();
    await eventually(async () => expect(await upgradeStatus()).toBe(101), { timeoutMs: 15_000 });
  });
});
