// Puts the server together: store, houses, access, sync endpoint, socket.io and HTTP on one port.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { CloseReason } from '../board/close-codes.ts';
import { docName } from '../board/documents.ts';
import { mergePeople } from '../board/merge-people.ts';
import { introduce } from '../board/person.ts';
import { Access } from './access/access.ts';
import { CalendarLinks } from './access/calendar-links.ts';
import { Departures } from './access/departures.ts';
import { NightlyBackups } from './backup/nightly.ts';
import { buildId } from './build.ts';
import type { Config } from './config.ts';
import { recordEditStages } from './edit-stages.ts';
import { Houses } from './houses.ts';
import { deviceToken } from './http/cookies.ts';
import { createHttpApp } from './http/express-app.ts';
import { createLogger, type Logger } from './log.ts';
import { EventLoopDelay } from './loop-delay.ts';
import { startMetricsServer } from './metrics/metrics-server.ts';
import type { Realtime } from './realtime.ts';
import { isSocketIoRequest, RealtimeOnDemand } from './realtime-on-demand.ts';
import type { DocumentStore } from './store/document-store.ts';
import type { HouseRecord } from './store/house-store.ts';
import { openStores } from './store/open-stores.ts';
import type { Stores } from './store/stores.ts';
import { attachSyncEndpoint } from './sync/endpoint.ts';
import { forgetHistory } from './sync/forget-history.ts';
import { DocumentRegistry } from './sync/registry.ts';

export interface RunningServer {
  url: string;
  port: number;
  houses: Houses;
  access: Access;
  /** Someone leaving the house, and forgetting them after the house's wait. */
  leaving: Departures;
  registry: DocumentRegistry;
  realtime: RealtimeOnDemand;
  store: DocumentStore;
  /** Where /metrics answers, when it is on (METRICS=true or METRICS_PORT). */
  metricsUrl?: string;
  /** The house made on this start because there was none, with its one-time admin link. */
  created?: { house: HouseRecord; adminLink: string };
  /** Stops accepting, stores pending writes, closes every socket and the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  /**
   * Stores already opened (the server closes them when it stops). Without them the server opens
   * the ones the config names, and only those: SQLite in the data dir, or Redis.
   */
  stores?: Stores;
  log?: Logger;
  /** The clock the nightly backup reads (tests pin it); Date.now by default. */
  backupNow?: () => number;
  /** How often the nightly backup looks at that clock; every minute by default. */
  backupCheckEveryMs?: number;
}

async function makeFirstHouse(houses: Houses, access: Access, config: Config) {
  if (houses.list().length > 0) return undefined;
  const house = await houses.createFirst({
    houseName: config.houseName,
    timeZone: config.houseTimeZone,
    language: config.houseLanguage,
  });
  return house && { house, adminInvite: await access.createAdminInvite(house.id) };
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const stores = options.stores ?? (await openStores(config, log));
  // This server's hold on the store: a restore refuses to run under it (store/stores.ts).
  await stores.serving?.claim().catch(async (error) => {
    await stores.close();
    throw error;
  });
  const store = stores.documents;
  const houses = await Houses.open(stores.houses, store);
  const access = await Access.open(stores.access);
  const build = config.buildId ?? buildId(config.distDir);
  // A fresh store gets its first house before the server answers anyone.
  const firstHouse = await makeFirstHouse(houses, access, config);
  recordEditStages(config.editStagesFile, (error) =>
    log.warn({ err: error }, 'edit stages cannot be written to EDIT_STAGES_FILE; they stop'),
  );
  // Off, nothing is measured at all; on, only where the config says it may be read.
  // prom-client is loaded only then: an idle server that nobody scrapes does not carry it.
  const metrics =
    config.metrics.where === 'off'
      ? undefined
      : new (await import('./metrics/metrics.ts')).Metrics();
  const registry = new DocumentRegistry({
    store,
    compactEvery: config.compactEvery,
    unloadAfterMs: config.unloadAfterMs,
    hibernateAfterMs: config.hibernateAfterMs,
    log,
    metrics,
  });
  metrics?.watch({
    connectionsByRole: () => registry.connectionsByRole(),
    documentsLoaded: () => registry.loadedCount,
    documentsAsleep: () => registry.asleepCount,
    redis: stores.redis,
  });
  const leaving = new Departures({
    access,
    store: stores.access,
    registry,
    log,
    scrub: (names) => forgetHistory(registry, names, { log }),
  });
  const loopDelay = new EventLoopDelay();
  const authenticate = (request: http.IncomingMessage) => access.authenticate(deviceToken(request));

  const app = createHttpApp({
    distDir: config.distDir,
    build,
    log,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    hsts: Boolean(config.tls) || config.publicUrl?.startsWith('https:') === true,
    access,
    calendarLinks: await CalendarLinks.open(stores.access),
    readHouse: (houseId, read) =>
      registry.using(docName(houseId, 'board'), (board) =>
        registry.using(docName(houseId, 'settings'), async (settings) =>
          read(board.doc, settings.doc),
        ),
      ),
    attemptsPerMinute: config.guessesPerMinute,
    houseName: async (id) => (await houses.find(id))?.name,
    mergeDocuments: async ({ houseId, from, into }) => {
      for (const kind of ['board', 'staff'] as const) {
        await registry.change(docName(houseId, kind), (doc) => mergePeople(doc, from, into));
      }
    },
    storeHealth: () => store.ping(),
    stats: () => ({
      documents: registry.loadedCount,
      connections: registry.connectionCount,
      eventLoopDelayP99Ms: loopDelay.p99(),
    }),
    kiosksOnline: (id) => realtime.kiosksOnline(id),
    leaving,
    devicesOnline: (id) => realtime.devicesOnline(id),
    reloadKiosks: (id) => realtime.reloadKiosks(id),
    metrics: config.metrics.where === 'main' ? metrics : undefined,
  });
  // express must be the server's request handler before socket.io attaches, so socket.io
  // answers its own requests and hands every other one to express. Until it attaches (the
  // first screen loads it), its requests go to it here.
  const handle: http.RequestListener = (request, response) => {
    if (isSocketIoRequest(request)) realtime.handleFirstRequest(request, response);
    else app(request, response);
  };
  // With a certificate the server speaks https itself, and the sockets on it wss.
  const server = config.tls ? https.createServer(config.tls, handle) : http.createServer(handle);
  const sync = attachSyncEndpoint(server, {
    registry,
    authenticate,
    maxPayload: config.maxPayload,
    publicUrl: config.publicUrl,
    limits: { messagesPerSecond: config.messagesPerSecond, burst: config.messageBurst },
    log,
  });
  // socket.io answers events on every node once it is loaded; cross-node, from the start.
  const attachRealtime = async (realtime: Realtime) => {
    if (stores.redis) {
      // Loaded only with Redis: a single node on SQLite never needs the adapter.
      const { createAdapter } = await import('@socket.io/redis-streams-adapter');
      realtime.io.adapter(createAdapter(stores.redis.adapter));
    }
    // A device let go (or given other rights) on one node loses its sockets on every node.
    realtime.io.on('close-device', (deviceId: string, reason: CloseReason) =>
      sync.closeDevice(deviceId, reason),
    );
  };
  const realtime = new RealtimeOnDemand(
    server,
    {
      authenticate,
      publicUrl: config.publicUrl,
      build,
      log,
      joinCode: (houseId, origin) => {
        const code = access.joinToken(houseId);
        return {
          url: `${origin}/join#${code.token}`,
          expiresAt: code.expiresAt,
          rotatesAt: code.rotatesAt,
        };
      },
    },
    attachRealtime,
  );
  // With Redis, socket.io is there from the start (realtime-on-demand.ts says why).
  const crossNode = stores.redis ? await realtime.load() : undefined;
  const closeDevice = (deviceId: string, reason: CloseReason) => {
    sync.closeDevice(deviceId, reason);
    // Only other nodes need telling; a single node's in-memory adapter would only complain.
    crossNode?.io.serverSideEmit('close-device', deviceId, reason);
  };
  access.on('revoked', (device) => {
    closeDevice(device.id, 'Unauthorized');
    realtime.disconnectDevice(device.id);
  });
  access.on('changed', (device) => closeDevice(device.id, 'RightsChanged'));
  access.on('profile', (device) => {
    // The board shows each person's name as they chose; the server writes their entry.
    if (!device.name || device.role === 'kiosk') return;
    const person = { name: device.name, nameDisplay: device.nameDisplay };
    registry
      .change(docName(device.houseId, 'board'), (doc) => introduce(doc, device.personId, person))
      .catch((error) =>
        log.error({ house: device.houseId, err: error }, 'could not write a person'),
      );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const metricsServer =
    metrics && config.metrics.where === 'port'
      ? await startMetricsServer(metrics, config.metrics, log).catch(async (error) => {
          await new Promise((resolve) => server.close(resolve));
          throw error;
        })
      : undefined;
  leaving.start();
  const nightly = new NightlyBackups({
    stores,
    dataDir: config.dataDir,
    timeZone: config.houseTimeZone,
    hour: config.backupHour,
    keep: config.backupKeep,
    key: config.backupKey,
    log,
    now: options.backupNow,
    checkEveryMs: options.backupCheckEveryMs,
  });
  nightly.start();
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `${config.tls ? 'https' : 'http'}://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  const metricsUrl =
    metricsServer?.url ?? (config.metrics.where === 'main' ? `${url}/metrics` : undefined);
  const created = firstHouse && {
    house: firstHouse.house,
    adminLink: `${config.publicUrl ?? url}/admin#${firstHouse.adminInvite}`,
  };

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      sync.close();
      leaving.stop();
      loopDelay.stop();
      await nightly.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.closeAll();
      await realtime.close();
      server.closeAllConnections();
      await stopped;
      await metricsServer?.close();
      await stores.close();
    })();
    return closing;
  };

  return {
    url,
    port,
    houses,
    access,
    leaving,
    registry,
    realtime,
    store,
    created,
    metricsUrl,
    close,
  };
}
