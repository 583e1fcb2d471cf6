// The presence-only case: stock y-websocket clients on one board and no edits at all, for a
// while: what the server sends them only because each screen renews its presence every 15 s.
// Counts every message the clients are sent (all in this process, one counter), by kind.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { socketWithCookie } from '../test/helpers/cookie-socket.ts';
import { clientCookie, cpuSeconds, type ServerKind, startServer } from './servers.ts';

export interface PresenceResult {
  clients: number;
  seconds: number;
  /** Messages (WebSocket frames) all clients were sent per second, and of those, presence. */
  messagesPerS: number;
  presencePerS: number;
  bytesPerS: number;
  /** Clients that lost someone else's presence during the run (should be none). */
  lostPresence: number;
  serverCpuPerS: number;
}

interface Wire {
  messages: number;
  presence: number;
  bytes: number;
}

/** A y-websocket client's socket that counts what it is sent into `wire`. */
function countingSocket(cookie: string | undefined, wire: Wire) {
  const Base = socketWithCookie(cookie) as unknown as new (
    address: string,
    protocols?: string | string[],
  ) => { on(event: 'message', listener: (data: ArrayBuffer | Buffer) => void): void };
  return class extends Base {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data) => {
        wire.messages += 1;
        wire.bytes += data.byteLength;
        if (decoding.readVarUint(decoding.createDecoder(new Uint8Array(data))) === 1)
          wire.presence += 1;
      });
    }
  } as unknown as typeof globalThis.WebSocket;
}

export async function runPresence(
  kind: ServerKind,
  { clients, seconds, syncTimeoutMs }: { clients: number; seconds: number; syncTimeoutMs: number },
): Promise<PresenceResult> {
  const server = await startServer(kind, { devices: clients });
  const wire: Wire = { messages: 0, presence: 0, bytes: 0 };
  const providers: WebsocketProvider[] = [];
  process.setMaxListeners(Math.max(process.getMaxListeners(), clients + 10));
  try {
    for (let c = 0; c < clients; c++) {
      const provider = new WebsocketProvider(server.wsUrl, server.room, new Y.Doc(), {
        WebSocketPolyfill: countingSocket(clientCookie(server.cookies, c), wire),
        disableBc: true,
      });
      provider.awareness.setLocalStateField('screen', `bench ${c}`);
      providers.push(provider);
    }
    const deadline = performance.now() + syncTimeoutMs;
    while (providers.some((p) => !p.synced)) {
      if (performance.now() > deadline)
        throw new Error(`${kind}: not every presence client synced in ${syncTimeoutMs} ms`);
      await sleep(100);
    }
    await sleep(2_000); // the connect-time presence settles
    const start = { ...wire, cpu: cpuSeconds(server.pid), at: performance.now() };
    await sleep(seconds * 1000);
    const elapsed = (performance.now() - start.at) / 1000;
    const lostPresence = providers.filter((p) => p.awareness.getStates().size < clients).length;
    const per = (n: number) => Math.round(n / elapsed);
    return {
      clients,
      seconds: Math.round(elapsed),
      messagesPerS: per(wire.messages - start.messages),
      presencePerS: per(wire.presence - start.presence),
      bytesPerS: per(wire.bytes - start.bytes),
      lostPresence,
      serverCpuPerS: Math.round(((cpuSeconds(server.pid) - start.cpu) / elapsed) * 1000) / 1000,
    };
  } finally {
    for (const provider of providers) provider.destroy();
    await server.stop();
  }
}
