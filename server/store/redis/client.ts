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

// Redis answering "no" to who we are or what we ask: a wrong password, no password where one is
// needed, or a user without the rights the server needs. @redis/client reports these as its own
// errors (and, for a password, keeps reconnecting), which a start would otherwise wait out and
// call "did not answer". Each becomes one line that says what is wrong and what to do.

/** The user REDIS_URL names (Redis' "default" user when it names none). */
function userOf(url: string): string {
  try {
    // Shown in a one-line message: no line breaks or other control characters from the URL.
    const user = decodeURIComponent(new URL(url).username).replace(/\p{Cc}/gu, '?');
    return user || 'default';
  } catch {
    return 'default';
  }
}

/** One line for whoever runs the server, when Redis refused us; undefined for any other error. */
export function refusedAccess(error: unknown, url: string): string | undefined {
  const message = String((error as Error | undefined)?.message ?? '');
  // Redis' own words, to their first full stop: some (protected mode) run on for a paragraph.
  const said = message
    .replace(/\s+/g, ' ')
    .replace(/\. .*$/, '.')
    .slice(0, 200);
  const where = `Redis at ${shownUrl(url)}`;
  const user = userOf(url);
  if (message.startsWith('WRONGPASS'))
    return `${where} refused the user name or password in REDIS_URL (it said: ${said}). Put the right user and password in REDIS_URL (redis://user:password@host:port), then start again.`;
  if (message.startsWith('NOAUTH'))
    return `${where} needs a password and REDIS_URL gives none (it said: ${said}). Put the user and password in REDIS_URL (redis://user:password@host:port), then start again.`;
  if (message.startsWith('NOPERM'))
    return `the Redis user "${user}" at ${shownUrl(url)} lacks the rights Houseboard needs (Redis said: ${said}). Give it every command on every key (ACL SETUSER ${user} +@all ~*) or set REDIS_URL to a user that has them, then start again.`;
  if (message.startsWith('DENIED'))
    return `${where} does not let this machine in (it said: ${said}). Give Redis a password and put it in REDIS_URL, or let it accept connections from this machine (bind and protected-mode in its configuration), then start again.`;
  return undefined;
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
  // rather than wait for it without end. One that refuses the password says so at once.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    client.on('error', (error) => {
      const refused = refusedAccess(error, url);
      if (refused) reject(new Error(refused));
    });
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
