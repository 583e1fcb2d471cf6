// Picks the stores the server is configured for, and opens only those: SQLite in the data dir by
// default; Redis (documents, houses, devices and the fan-out between nodes) when REDIS_URL is
// set. The rest of the server never knows which. Each is imported only when chosen, so a server
// on SQLite never loads the Redis client (nor a Redis node better-sqlite3).
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Stores } from './stores.ts';

export async function openStores(config: Config, log: Logger): Promise<Stores> {
  if (config.redisUrl) {
    const { openRedisStores } = await import('./redis/open.ts');
    return openRedisStores(config.redisUrl, log);
  }
  const { openSqliteStores } = await import('./sqlite/open.ts');
  return openSqliteStores({ dataDir: config.dataDir, synchronous: config.sqliteSync, log });
}
