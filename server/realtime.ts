// socket.io for what is not document state: which kiosks are online, asking them to reload,
// the join code a kiosk shows, and closing a revoked device's socket.
import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { DeviceRecord } from './access/accessStore.ts';
import type { Logger } from './log.ts';

export interface JoinCode {
  url: string;
  expiresAt: number;
  rotatesAt: number;
}

export interface RealtimeOptions {
  authenticate: (request: http.IncomingMessage) => Promise<DeviceRecord | undefined>;
  /** The join code a house's kiosks show now. */
  joinCode: (houseId: string, origin: string) => JoinCode;
  build: string;
  log: Logger;
}

const kioskRoom = (houseId: string) => `kiosks:${houseId}`;
const houseRoom = (houseId: string) => `house:${houseId}`;
const deviceRoom = (deviceId: string) => `device:${deviceId}`;

export class Realtime {
  readonly io: Server;
  private readonly rotation: NodeJS.Timeout;

  constructor(
    server: http.Server,
    private readonly options: RealtimeOptions,
  ) {
    // destroyUpgrade off: the sync endpoint answers its own upgrades on the same server.
    this.io = new Server(server, { destroyUpgrade: false, serveClient: false });
    this.io.use((socket, next) => {
      options.authenticate(socket.request).then(
        (device) => {
          if (!device) return next(new Error('not joined'));
          socket.data = { device };
          next();
        },
        (error) => next(error as Error),
      );
    });
    this.io.on('connection', (socket) => this.onConnection(socket));
    // Each kiosk checks for a fresh join code every 30 s; it changes every few minutes.
    this.rotation = setInterval(() => this.sendJoinCodes(), 30_000);
    this.rotation.unref();
  }

  /** How many kiosk screens of a house are connected now. */
  async kiosksOnline(houseId: string): Promise<number> {
    return (await this.io.in(kioskRoom(houseId)).fetchSockets()).length;
  }

  /** Asks every kiosk of a house to reload its page. */
  reloadKiosks(houseId: string): void {
    this.io.to(kioskRoom(houseId)).emit('reload');
  }

  /** Closes every socket.io connection of a device. */
  disconnectDevice(deviceId: string): void {
    this.io.in(deviceRoom(deviceId)).disconnectSockets(true);
  }

  async close(): Promise<void> {
    clearInterval(this.rotation);
    await this.io.close();
  }

  private onConnection(socket: Socket): void {
    const { device } = socket.data as { device: DeviceRecord };
    void socket.join([houseRoom(device.houseId), deviceRoom(device.id)]);
    socket.emit('hello', { build: this.options.build });
    if (device.role === 'kiosk') {
      void socket.join(kioskRoom(device.houseId));
      this.sendJoinCode(socket);
    }
    this.options.log.debug({ house: device.houseId, device: device.id }, 'screen connected');
  }

  private sendJoinCodes(): void {
    for (const [room] of this.io.of('/').adapter.rooms) {
      if (!room.startsWith('kiosks:')) continue;
      for (const id of this.io.of('/').adapter.rooms.get(room) ?? []) {
        const socket = this.io.of('/').sockets.get(id);
        if (socket) this.sendJoinCode(socket);
      }
    }
  }

  private sendJoinCode(socket: Socket): void {
    const { device } = socket.data as { device: DeviceRecord };
    const host = socket.handshake.headers.host ?? 'localhost';
    const secure =
      socket.handshake.secure || socket.handshake.headers['x-forwarded-proto'] === 'https';
    socket.emit(
      'join-code',
      this.options.joinCode(device.houseId, `${secure ? 'https' : 'http'}://${host}`),
    );
  }
}
