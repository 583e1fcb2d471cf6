// What a node checks of Redis before it stores anything there: that Redis answers at all, that it
// never evicts keys (an evicted update stream is a house's history silently gone), that it keeps
// an append-only file (warned), and the version of what is stored (`hb:schema`), with migrations
// run once, under a lock, when several nodes start at the same moment. A Redis from a newer
// release is refused before this node writes anything to it; so is one stamped with a version
// (which comes with the first house) that holds no houses, before a server makes a new one.
import type { Logger } from '../../log.ts';
import { type RedisClient, shownUrl } from './client.ts';

/** Redis cannot be used as it is; the message is one line for whoever runs the server. */
export class RedisStoreError extends Error {
  override name = 'RedisStoreError';
}

export const SCHEMA_KEY = 'hb:schema';
const LOCK_KEY = 'hb:schema:lock';
const HOUSES_KEY = 'hb:houses';

export interface RedisMigration {
  /** The version Redis is on once this has run. */
  version: number;
  what: string;
  migrate(client: RedisClient): Promise<void>;
}

/**
 * In order, oldest first; append, never edit one that shipped. Version 1 is what the release
 * before versions stored: nothing to change but the stamp.
 */
export const REDIS_MIGRATIONS: readonly RedisMigration[] = [
  {
    version: 1,
    what: 'the keys as the release before versions left them, stamped',
    migrate: async () => {},
  },
];

export const REDIS_SCHEMA_VERSION = REDIS_MIGRATIONS[REDIS_MIGRATIONS.length - 1]!.version;

/** The `field:value` lines of an INFO section. */
async function info(client: RedisClient, section: string): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const line of String(await client.info(section)).split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at)] = line.slice(at + 1);
  }
  return fields;
}

/** Refuses a Redis that evicts keys; warns of one without an append-only file. */
export async function checkRedisSettings(client: RedisClient, url: string, log: Logger) {
  const memory = await info(client, 'memory');
  const policy = memory.maxmemory_policy ?? 'noeviction';
  if (policy !== 'noeviction') {
    throw new RedisStoreError(
      `Redis at ${shownUrl(url)} evicts keys when its memory is full (maxmemory-policy ${policy}): the board's update streams would vanish without a word. Set maxmemory-policy noeviction in its configuration, then start again.`,
    );
  }
  const persistence = await info(client, 'persistence');
  if (persistence.aof_enabled !== '1') {
    log.warn(
      { redis: shownUrl(url) },
      'Redis keeps no append-only file (appendonly no): a Redis restart can lose the last changes made on the board. Run it with appendonly yes.',
    );
  }
}

/** Why this release must not use a Redis of this version; undefined when it may. */
function newerProblem(version: number, url: string, known: number): string | undefined {
  if (version <= known) return undefined;
  return `Redis at ${shownUrl(url)} holds data written by a newer release of Houseboard (schema version ${version}; this release knows up to ${known}). Nothing was changed. Start the newer release again, or restore the backup taken before the upgrade (npm run houseboard -- restore <file>).`;
}

async function storedVersion(client: RedisClient): Promise<number> {
  return Number((await client.get(SCHEMA_KEY)) ?? 0);
}

/**
 * Refuses a Redis from a newer release; brings an older one up to this release's version. One node
 * migrates (the one holding the lock); the others wait for its stamp.
 */
export async function upgradeRedis(
  client: RedisClient,
  url: string,
  log: Logger,
  migrations: readonly RedisMigration[] = REDIS_MIGRATIONS,
): Promise<void> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const version = await storedVersion(client);
    const newer = newerProblem(version, url, latest);
    if (newer) throw new RedisStoreError(newer);
    if (version === latest) return;
    // A fresh Redis is stamped with its first house (house-list.ts), not before: a stamp with no
    // houses beside it then always means houses that were lost (houseProblem below).
    if (version === 0 && (await client.hLen(HOUSES_KEY)) === 0) return;
    if ((await client.set(LOCK_KEY, String(process.pid), { NX: true, PX: 60_000 })) === 'OK') {
      try {
        const from = await storedVersion(client);
        const pending = migrations.filter((migration) => migration.version > from);
        for (const migration of pending) await migration.migrate(client);
        await client.set(SCHEMA_KEY, String(latest));
        const houses = await client.hLen(HOUSES_KEY);
        if (pending.length > 0)
          log.info(
            { from, to: latest, houses, ran: pending.map((m) => m.what) },
            'Redis data upgraded',
          );
      } finally {
        await client.del(LOCK_KEY);
      }
      return;
    }
    if (Date.now() > deadline) {
      throw new RedisStoreError(
        `another node has been upgrading the data in Redis at ${shownUrl(url)} for a minute (the ${LOCK_KEY} key): see its log, then start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Why a server must not start on this Redis: it carries the stamp that comes with a first house,
 * yet no houses. Starting would make a new, empty house over the lost ones. Undefined when fine.
 */
export async function houseProblem(client: RedisClient, url: string): Promise<string | undefined> {
  // Both read in one transaction: a node making the first house stamps the version in the same
  // MULTI (house-list.ts), and two reads apart could see the stamp without that house.
  const [houses, stamp] = await client.multi().hLen(HOUSES_KEY).get(SCHEMA_KEY).exec();
  if (Number(houses) > 0 || stamp === null || stamp === undefined) return undefined;
  return `Redis at ${shownUrl(url)} holds Houseboard's data version (${SCHEMA_KEY}) but no houses (${HOUSES_KEY} is empty): its houses were lost, e.g. a cut append-only file or keys deleted by hand. Nothing was changed. Restore a backup (npm run houseboard -- restore <file> --force), or empty this Redis to start a new house.`;
}
