// Opens every store on Redis, for several server nodes: documents, houses and access records all
// in one Redis, with the connections each needs (commands, a blocking stream reader, and one for
// socket.io's adapter). One close ends them all.
import { newId } from '../../../board/ids.ts';
import type { Logger } from '../../log.ts';
import type { Stores } from '../stores.ts';
import { RedisAccessStore } from './access-records.ts';
import { redisBackup } from './backup.ts';
import { connectRedis, refusedAccess } from './client.ts';
import { RedisDocumentStore } from './document-log.ts';
import { RedisHouseStore } from './house-list.ts';
import { NodeHeartbeat, runningNodes } from './server-heartbeat.ts';
import { checkRedisSettings, houseProblem, RedisStoreError, upgradeRedis } from './start-checks.ts';

/** How long a start waits for Redis to answer before it says it cannot reach it. */
const START_WITHIN_MS = 10_000;

export async function openRedisStores(url: string, log: Logger): Promise<Stores> {
  const nodeId = newId();
  const commands = await connectRedis(url, log, 'commands', { startWithinMs: START_WITHIN_MS });
  try {
    await checkRedisSettings(commands, url, log);
    await upgradeRedis(commands, url, log);
  } catch (error) {
    commands.destroy();
    const refused = refusedAccess(error, url);
    throw refused ? new RedisStoreError(refused) : error;
  }
  const blocking = await connectRedis(url, log, 'stream reader');
  // The socket.io adapter retries a failed read at once, in a loop: with commands failing fast
  // while Redis is down, that loop would starve the node. Its commands wait for Redis instead.
  const adapter = await connectRedis(url, log, 'socket.io adapter', { queueWhileDown: true });
  const documents = new RedisDocumentStore(commands, blocking, nodeId, log);
  const heartbeat = new NodeHeartbeat(commands, nodeId, log);
  let closing: Promise<void> | undefined;
  return {
    documents,
    houses: new RedisHouseStore(commands),
    access: new RedisAccessStore(commands),
    backup: redisBackup(commands),
    redis: { adapter, nodeId, readLag: () => documents.readLag() },
    serving: {
      async claim() {
        const problem = await houseProblem(commands, url);
        if (problem) throw new RedisStoreError(problem);
        await heartbeat.start();
      },
      runningServer: () => runningNodes(commands, url),
    },
    close() {
      closing ??= (async () => {
        await heartbeat.stop();
        await documents.close();
        for (const client of [blocking, adapter, commands]) {
          await client.close().catch(() => client.destroy());
        }
      })();
      return closing;
    },
  };
}
