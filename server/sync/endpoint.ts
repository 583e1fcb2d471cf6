// The sync endpoint: /sync/<house>/<document> on the HTTP server's upgrade. The request is
// checked before the socket reaches the sync code.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { parseDocName } from '../../board/documents.ts';
import type { Logger } from '../log.ts';
import { SyncConnection } from './connection.ts';
import type { DocumentRegistry } from './registry.ts';

export const SYNC_PATH = '/sync/';
const HEARTBEAT_MS = 30_000;

export interface SyncEndpointOptions {
  registry: DocumentRegistry;
  /** Whether a house with this id exists on this server. */
  hasHouse: (houseId: string) => boolean;
  maxPayload: number;
  log: Logger;
}

export interface SyncEndpoint {
  /** Stops taking new connections; open ones are closed by the registry. */
  close(): void;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function attachSyncEndpoint(
  server: http.Server,
  options: SyncEndpointOptions,
): SyncEndpoint {
  const { registry, log } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload });
  const connections = new Set<SyncConnection>();
  let accepting = true;

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(SYNC_PATH)) return; // socket.io answers its own upgrades
    if (!accepting) return refuse(socket, 503, 'Service Unavailable');
    const target = parseDocName(decodeURIComponent(pathname.slice(SYNC_PATH.length)));
    if (!target || !options.hasHouse(target.houseId)) return refuse(socket, 404, 'Not Found');
    const docName = `${target.houseId}/${target.kind}`;

    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new SyncConnection(ws, docName, log);
      connections.add(connection);
      ws.on('close', () => {
        connections.delete(connection);
        connection.markClosed();
        registry.release(connection);
      });
      registry.acquire(docName, connection).then(
        (document) => connection.attach(document),
        (error) => {
          log.error({ doc: docName, err: error }, 'could not load a document');
          connection.close('StoreUnavailable');
        },
      );
    });
  });

  // A screen that stopped answering (a kiosk whose Wi-Fi died) is let go, so it reconnects.
  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) connection.socket.terminate();
      else {
        connection.alive = false;
        connection.socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    close() {
      accepting = false;
      clearInterval(heartbeat);
    },
  };
}
