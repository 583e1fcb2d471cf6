// The sync endpoint: /sync/<house>/<document> on the HTTP server's upgrade. Who is asking, for
// which house and which document, is settled here, before the socket reaches the sync code.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { type CloseReason, CloseReasons } from '../../board/close-codes.ts';
import { parseDocName } from '../../board/documents.ts';
import { canWrite } from '../../board/roles.ts';
import { NewerShape } from '../../board/shape-version.ts';
import { otherOrigin } from '../http/same-origin.ts';
import type { Logger } from '../log.ts';
import type { DeviceRecord } from '../store/access-store.ts';
import type { DocumentRegistry } from './registry.ts';
import { type ConnectionLimits, SyncSocket } from './sync-socket.ts';

export const SYNC_PATH = '/sync/';
const HEARTBEAT_MS = 30_000;
/**
 * Open sync sockets one device may hold on this node. A phone uses three (one per document) per
 * open tab; past this it is a loop or an attack, and each socket costs the server memory.
 */
export const SOCKETS_PER_DEVICE = 24;

export interface SyncEndpointOptions {
  registry: DocumentRegistry;
  /** The device behind the request's cookie, if it may come in at all. */
  authenticate: (request: http.IncomingMessage) => Promise<DeviceRecord | undefined>;
  maxPayload: number;
  /** Where the house reaches the server, if set: pages there are same-origin. */
  publicUrl?: string;
  limits: ConnectionLimits;
  log: Logger;
}

export interface SyncEndpoint {
  /** Closes every sync socket of one device, e.g. when it is let go. */
  closeDevice(deviceId: string, reason: CloseReason): void;
  /** Stops taking new connections; open ones are closed by the registry. */
  close(): void;
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}

export function attachSyncEndpoint(
  server: http.Server,
  options: SyncEndpointOptions,
): SyncEndpoint {
  const { registry, log } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload });
  const byDevice = new Map<string, Set<SyncSocket>>();
  let accepting = true;

  async function upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer) {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!accepting) return refuse(socket, 503, 'Service Unavailable');
    let target: ReturnType<typeof parseDocName>;
    try {
      target = parseDocName(decodeURIComponent(pathname.slice(SYNC_PATH.length)));
    } catch {
      target = undefined;
    }
    if (!target) return refuse(socket, 404, 'Not Found');
    // Another site's page must not use the cookie this browser holds for the board.
    const foreign = otherOrigin(request, options.publicUrl);
    if (foreign) {
      log.warn({ house: target.houseId, reason: foreign }, 'sync refused from another site');
      return refuse(socket, 403, 'Forbidden');
    }
    let device: DeviceRecord | undefined;
    try {
      device = await options.authenticate(request);
    } catch (error) {
      // The access store is not answering (Redis down): the screen should wait and come back.
      log.warn({ house: target.houseId, err: error }, 'sync refused: the store is not answering');
      return refuse(socket, 503, 'Service Unavailable');
    }
    if (!device) {
      log.warn({ house: target.houseId, reason: 'no valid device token' }, 'sync refused');
      return refuse(socket, 401, 'Unauthorized');
    }
    // Another house's documents do not exist as far as this device can tell.
    if (device.houseId !== target.houseId) {
      log.warn(
        { house: device.houseId, device: device.id, asked: target.houseId, reason: 'other house' },
        'sync refused',
      );
      return refuse(socket, 404, 'Not Found');
    }
    const docName = `${target.houseId}/${target.kind}`;
    const rights = { device, writable: canWrite(device.role, target.kind) };

    // ws completes the handshake synchronously (no verifyClient), so counting here holds.
    wss.handleUpgrade(request, socket, head, (ws) => {
      if ((byDevice.get(device.id)?.size ?? 0) >= SOCKETS_PER_DEVICE) {
        log.warn({ house: device.houseId, device: device.id }, 'sync refused: too many sockets');
        const { code, reason } = CloseReasons.TooManyConnections;
        return ws.close(code, reason);
      }
      const connection = new SyncSocket(ws, socket, docName, rights, options.limits, log);
      const mine = byDevice.get(device.id) ?? new Set();
      mine.add(connection);
      byDevice.set(device.id, mine);
      startHeartbeat(connection);
      ws.on('close', () => {
        stopHeartbeat(connection);
        mine.delete(connection);
        if (mine.size === 0) byDevice.delete(device.id);
        connection.markClosed();
        registry.release(connection);
      });
      registry.acquire(docName, connection).then(
        (document) => connection.attach(document),
        (error) => {
          log.error({ doc: docName, err: error }, 'could not load a document');
          connection.close(error instanceof NewerShape ? 'NewerBoard' : 'StoreUnavailable');
        },
      );
    });
  }

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(request.url ?? '').startsWith(SYNC_PATH)) return; // socket.io answers its own upgrades
    socket.on('error', () => socket.destroy());
    upgrade(request, socket, head).catch((error) => {
      log.error({ err: error }, 'sync upgrade failed');
      refuse(socket, 500, 'Internal Server Error');
    });
  });

  // A screen that stopped answering (a kiosk whose Wi-Fi died) is let go, so it reconnects.
  // Each connection is checked on its own timer, so thousands of pings never land at once.
  const heartbeats = new Map<SyncSocket, NodeJS.Timeout>();
  const beat = (connection: SyncSocket) => {
    if (!connection.alive) return connection.socket.terminate();
    connection.alive = false;
    connection.socket.ping();
  };
  const startHeartbeat = (connection: SyncSocket) => {
    const timer = setInterval(() => beat(connection), HEARTBEAT_MS);
    timer.unref();
    heartbeats.set(connection, timer);
  };
  const stopHeartbeat = (connection: SyncSocket) => {
    clearInterval(heartbeats.get(connection));
    heartbeats.delete(connection);
  };

  return {
    closeDevice(deviceId, reason) {
      for (const connection of byDevice.get(deviceId) ?? []) connection.close(reason);
    },
    close() {
      accepting = false;
      for (const timer of heartbeats.values()) clearInterval(timer);
      heartbeats.clear();
    },
  };
}
