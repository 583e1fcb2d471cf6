// The two places the stores can live, for the contract suites: SQLite in a temp dir and a real
// redis-server of the test's own. Each test gets fresh data, and can open the stores more than
// once on it: a second node on Redis, a second handle on the file on SQLite (as the CLI opens it
// beside a running server).
import fs from 'node:fs';
import { createLogger } from '../../../server/log.ts';
import { openRedisStores } from '../../../server/store/redis/open.ts';
import { openSqliteStores } from '../../../server/store/sqlite/open.ts';
import type { Stores } from '../../../server/store/stores.ts';
import { startRedisServer } from '../../helpers/redis-server.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

export interface StoreBackend {
  /** Opens the stores (once more) on this test's data. */
  open(): Promise<Stores>;
  /** Where the store can become unreachable: makes it so, and back, with what it held kept. */
  outage?: { begin(): Promise<void>; end(): Promise<void> };
  /** Closes every store opened here and removes the data. */
  dispose(): Promise<void>;
}

export interface BackendKind {
  name: string;
  /** What the document store says about itself: Redis is shared by nodes, SQLite is not. */
  shared: boolean;
  /** Whether it can become unreachable (a server that stops) while a node runs. */
  outage: boolean;
  setup(): Promise<StoreBackend>;
}

/** Closes what `open` opened, then removes what `remove` removes. */
function tracked(open: () => Promise<Stores>, remove: () => Promise<void>) {
  const opened: Stores[] = [];
  return {
    open: async () => {
      const stores = await open();
      opened.push(stores);
      return stores;
    },
    dispose: async () => {
      await Promise.allSettled(opened.map((stores) => stores.close()));
      await remove();
    },
  };
}

export const sqlite: BackendKind = {
  name: 'SQLite',
  shared: false,
  outage: false,
  async setup() {
    const dataDir = tempDir('houseboard-store-');
    return tracked(
      async () => openSqliteStores({ dataDir, synchronous: 'normal' }),
      async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    );
  },
};

export const redis: BackendKind = {
  name: 'Redis',
  shared: true,
  outage: true,
  async setup() {
    const server = await startRedisServer();
    const log = createLogger('silent');
    const backend = tracked(
      () => openRedisStores(server.url, log),
      () => server.dispose(),
    );
    return {
      ...backend,
      // Back on the same port and dir: the AOF is replayed, and the clients reconnect themselves.
      outage: { begin: () => server.stop(), end: () => server.restart() },
    };
  },
};
