// Picks the store: SQLite in the data dir by default; Redis (documents, houses, devices and the
// fan-out between nodes) when REDIS_URL is set. The rest of the server never knows which.
import { newId } from '../../board/ids.ts';
import type { AccessStore } from '../access/access-store.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { RedisAccessStore } from './redis/access-store.ts';
import { connectRedis, type RedisConnection } from './redis/connection.ts';
import { RedisDocumentStore } from './redis/document-store.ts';
import { SqliteStore } from './sqlite.ts';
import { SqliteAccessStore } from './sqlite-access.ts';
import type { DocumentStore } from './store.ts';

export interface Stores {
  store: DocumentStore;
  accessStore: AccessStore;
  /** Set in multi-node mode: connections for socket.io's adapter and for closing. */
  redis?: { commands: RedisConnection; adapter: RedisConnection; nodeId: string };
  close(): Promise<void>;
}

export async function openStores(config: Config, log: Logger): Promise<Stores> {
  if (!config.redisUrl) {
    const sqlite = new SqliteStore({
      dataDir: config.dataDir,
      synchronous: config.sqliteSync,
      log,
    });
    return {
      store: sqlite,
      accessStore: new SqliteAccessStore(sqlite.db, sqlite.health),
      close: () => sqlite.close(),
    };
  }
  const nodeId = newId();
  const commands = await connectRedis(config.redisUrl, log, 'commands');
  const blocking = await connectRedis(config.redisUrl, log, 'stream reader');
  // The socket.io adapter retries a failed read at once, in a loop: with commands failing fast
  // while Redis is down, that loop would starve the node. Its commands wait for Redis instead.
  const adapter = await connectRedis(config.redisUrl, log, 'socket.io adapter', {
    queueWhileDown: true,
  });
  const store = new RedisDocumentStore(commands, blocking, nodeId, log);
  return {
    store,
    accessStore: new RedisAccessStore(commands),
    redis: { commands, adapter, nodeId },
    async close() {
      await store.close();
      for (const client of [blocking, adapter, commands]) {
        await client.close().catch(() => client.destroy());
      }
    },
  };
}
