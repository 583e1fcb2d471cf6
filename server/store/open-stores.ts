// Picks the stores the server is configured for, and opens only those: SQLite in the data dir by
// default; Redis (documents, houses, devices and the fan-out between nodes) when REDIS_URL is
// set. The rest of the server never knows which.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openRedisStores } from './redis/open.ts';
import { openSqliteStores } from './sqlite/open.ts';
import type { Stores } from './stores.ts';

export async function openStores(config: Config, log: Logger): Promise<Stores> {
  if (config.redisUrl) return openRedisStores(config.redisUrl, log);
  return openSqliteStores({ dataDir: config.dataDir, synchronous: config.sqliteSync, log });
}
