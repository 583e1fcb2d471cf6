// socket.io for what is not document state: which kiosks are online, and asking them to reload.
import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Logger } from './log.ts';

export const SCREENS = ['kiosk', 'phone'] as const;
export type Screen = (typeof SCREENS)[number];

export interface RealtimeOptions {
  hasHouse: (houseId: string) => boolean;
  build: string;
  log: Logger;
}

const kioskRoom = (houseId: string) => `kiosks:${houseId}`;
const houseRoom = (houseId: string) => `house:${houseId}`;

export class Realtime {
  readonly io: Server;

  constructor(
    server: http.Server,
    private readonly options: RealtimeOptions,
  ) {
    // destroyUpgrade off: the sync endpoint answers its own upgrades on the same server.
    this.io = new Server(server, { destroyUpgrade: false, serveClient: false });
    this.io.use((socket, next) => {
      const { screen, houseId } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      if (typeof houseId !== 'string' || !options.hasHouse(houseId)) {
        return next(new Error('unknown house'));
      }
      if (!SCREENS.includes(screen as Screen)) return next(new Error('unknown screen'));
      socket.data = { screen, houseId };
      next();
    });
    this.io.on('connection', (socket) => this.onConnection(socket));
  }

  /** How many kiosk screens of a house are connected now. */
  async kiosksOnline(houseId: string): Promise<number> {
    return (await this.io.in(kioskRoom(houseId)).fetchSockets()).length;
  }

  /** Asks every kiosk of a house to reload its page. */
  reloadKiosks(houseId: string): void {
    this.io.to(kioskRoom(houseId)).emit('reload');
  }

  async close(): Promise<void> {
    await this.io.close();
  }

  private onConnection(socket: Socket): void {
    const { screen, houseId } = socket.data as { screen: Screen; houseId: string };
    void socket.join(houseRoom(houseId));
    if (screen === 'kiosk') void socket.join(kioskRoom(houseId));
    socket.emit('hello', { build: this.options.build });
    this.options.log.debug({ house: houseId, screen }, 'screen connected');
  }
}
