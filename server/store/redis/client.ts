// A client of Redis: reconnect with backoff, and fail fast while disconnected, so a node never
// takes an edit it cannot store.
import { createClient } from 'redis';
import type { Logger } from '../../log.ts';

export async function connectRedis(
  url: string,
  log: Logger,
  name: string,
  options: { queueWhileDown?: boolean } = {},
) {
  const client = createClient({
    url,
    disableOfflineQueue: !options.queueWhileDown,
    socket: {
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000),
      connectTimeout: 5000,
    },
  });
  let down = false;
  client.on('error', (error) => {
    if (!down) log.warn({ connection: name, err: error }, 'Redis is not answering');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({ connection: name }, 'Redis answers again');
    down = false;
  });
  await client.connect();
  return client;
}

export type RedisClient = Awaited<ReturnType<typeof connectRedis>>;
