// Puts the server together: store, houses, sync endpoint, socket.io and HTTP on one port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildId } from './build.ts';
import type { Config } from './config.ts';
import { Houses } from './houses.ts';
import { createHttpApp } from './http.ts';
import { createLogger, type Logger } from './log.ts';
import { Realtime } from './realtime.ts';
import { SqliteStore } from './store/sqlite.ts';
import type { DocumentStore, HouseRecord } from './store/store.ts';
import { attachSyncEndpoint } from './sync/endpoint.ts';
import { DocumentRegistry } from './sync/registry.ts';

export interface RunningServer {
  url: string;
  port: number;
  houses: Houses;
  firstHouse: HouseRecord;
  registry: DocumentRegistry;
  realtime: Realtime;
  store: DocumentStore;
  /** Stops accepting, stores pending writes, closes every socket and the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Another store behind the same interface; the default is SQLite in the data dir. */
  store?: DocumentStore;
  log?: Logger;
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const store =
    options.store ?? new SqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSync });
  const houses = await Houses.open(store);
  const firstHouse = await houses.first({
    houseName: config.houseName,
    timeZone: config.houseTimeZone,
  });
  const build = buildId(config.distDir);
  const registry = new DocumentRegistry({
    store,
    compactEvery: config.compactEvery,
    unloadAfterMs: config.unloadAfterMs,
    log,
  });

  const hasHouse = (id: string) => houses.has(id);
  const app = createHttpApp({
    distDir: config.distDir,
    build,
    log,
    sessionHouse: () => firstHouse,
    storeHealth: () => store.ping(),
    stats: () => ({ documents: registry.loadedCount, connections: registry.connectionCount }),
    kiosksOnline: (id) => realtime.kiosksOnline(id),
    reloadKiosks: (id) => realtime.reloadKiosks(id),
  });
  // express must be the server's request handler before socket.io attaches, so socket.io
  // answers its own requests and hands every other one to express.
  const server = http.createServer(app);
  const sync = attachSyncEndpoint(server, {
    registry,
    hasHouse,
    maxPayload: config.maxPayload,
    log,
  });
  const realtime = new Realtime(server, { hasHouse, build, log });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      sync.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.closeAll();
      await realtime.close();
      server.closeAllConnections();
      await stopped;
      await store.close();
    })();
    return closing;
  };

  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    port,
    houses,
    firstHouse,
    registry,
    realtime,
    store,
    close,
  };
}
