// socket.io, loaded when the first screen asks for it. A single node that no screen has opened
// does not carry socket.io and engine.io (about 3 MiB); the first request under /socket.io/
// loads them, attaches them to the server, and is answered by them like every one after it.
// With Redis the node loads them at once: the other nodes ask every node which screens it holds
// and tell it which devices to close, and a node without socket.io could not answer.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from './log.ts';
import type { Realtime, RealtimeOptions } from './realtime.ts';

/** Where socket.io answers (its default path), as engine.io matches it. */
const SOCKET_IO_PATH = '/socket.io/';

export const isSocketIoRequest = (request: http.IncomingMessage) =>
  (request.url ?? '').startsWith(SOCKET_IO_PATH);

export class RealtimeOnDemand {
  private loading: Promise<Realtime> | undefined;
  private loaded: Realtime | undefined;
  private closed = false;

  constructor(
    private readonly server: http.Server,
    private readonly options: RealtimeOptions,
    /** Runs once socket.io is attached: the Redis adapter, the cross-node events. */
    private readonly onLoad: (realtime: Realtime) => Promise<void>,
  ) {
    // Until socket.io attaches its own listener, its upgrades (a screen that skips polling)
    // come here; after that, engine.io answers them and this one steps aside.
    server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (this.loaded || !isSocketIoRequest(request)) return;
      socket.on('error', () => socket.destroy());
      this.load().then(
        (realtime) => realtime.io.engine.handleUpgrade(request, socket, head),
        () => socket.destroy(),
      );
    });
  }

  /** Whether a screen has asked for socket.io yet (or Redis needed it from the start). */
  get isLoaded(): boolean {
    return this.loaded !== undefined;
  }

  private get log(): Logger {
    return this.options.log;
  }

  /** socket.io attached to the server: loaded on the first call, the same one after. */
  load(): Promise<Realtime> {
    if (this.closed) return Promise.reject(new Error('the server is closing'));
    this.loading ??= import('./realtime.ts').then(
      async ({ Realtime }) => {
        // From here engine.io answers socket.io's upgrades itself.
        const realtime = new Realtime(this.server, this.options);
        this.loaded = realtime;
        await this.onLoad(realtime);
        this.log.debug('socket.io loaded for the first screen');
        return realtime;
      },
      (error) => {
        // The next screen tries again (a build replaced mid-start, say).
        this.loading = undefined;
        this.log.error({ err: error }, 'socket.io could not be loaded');
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Answers a socket.io request that reached the HTTP app before socket.io was attached: the
   * first screen's handshake, or one that came while it loaded.
   */
  handleFirstRequest(request: http.IncomingMessage, response: http.ServerResponse): void {
    this.load().then(
      (realtime) => realtime.io.engine.handleRequest(request, response),
      () => {
        if (response.headersSent) return response.destroy();
        response.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '5' });
        response.end('The board is starting; it will connect again in a moment.');
      },
    );
  }

  /** How many kiosk screens of a house are connected now: none before socket.io loads. */
  async kiosksOnline(houseId: string): Promise<number> {
    return this.loaded ? this.loaded.kiosksOnline(houseId) : 0;
  }

  /** The devices of a house with a screen open now: none before socket.io loads. */
  async devicesOnline(houseId: string): Promise<Set<string>> {
    return this.loaded ? this.loaded.devicesOnline(houseId) : new Set();
  }

  /** Asks every kiosk of a house to reload its page; none is connected before socket.io loads. */
  reloadKiosks(houseId: string): void {
    this.loaded?.reloadKiosks(houseId);
  }

  /** Closes every socket.io connection of a device. */
  disconnectDevice(deviceId: string): void {
    this.loaded?.disconnectDevice(deviceId);
  }

  async close(): Promise<void> {
    this.closed = true;
    const realtime = await this.loading?.catch(() => undefined);
    await realtime?.close();
  }
}
