// A client of Redis: reconnect with backoff, and fail fast while disconnected, so a node never
// takes an edit it cannot store.
import { createClient } from 'redis';
import type { Logger } from '../../log.ts';

/** The URL as it may be shown: without its password. */
export function shownUrl(url: string): string {
  try {
    const shown = new URL(url);
    if (shown.password) shown.password = '***';
    return shown.toString();
  } catch {
    return 'REDIS_URL';
  }
}

export async function connectRedis(
  url: string,
  log: Logger,
  name: string,
  options: { queueWhileDown?: boolean; startWithinMs?: number } = {},
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
  if (options.startWithinMs === undefined) {
    await client.connect();
    return client;
  }
  // At start, a Redis that does not answer is a wrong REDIS_URL or a Redis not running: say so,
  // rather than wait for it without end.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Redis at ${shownUrl(url)} did not answer within ${options.startWithinMs! / 1000} s: start Redis, or check REDIS_URL, then start again.`,
          ),
        ),
      options.startWithinMs,
    );
  });
  try {
    await Promise.race([client.connect(), late]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return client;
}

export type RedisClient = Awaited<ReturnType<typeof connectRedis>>;
