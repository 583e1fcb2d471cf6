// socket.io for what is not document state: which kiosks are online, asking them to reload,
// the join code a kiosk shows, and closing a revoked device's socket.
import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import { CloseReasons } from '../board/close-codes.ts';
import { joinOrigin } from './http/join-origin.ts';
import { otherOrigin } from './http/same-origin.ts';
import type { Logger } from './log.ts';
import type { DeviceRecord } from './store/access-store.ts';

export interface JoinCode {
  url: string;
  expiresAt: number;
  rotatesAt: number;
}

export interface RealtimeOptions {
  authenticate: (request: http.IncomingMessage) => Promise<DeviceRecord | undefined>;
  /** Where the house reaches the server, if set: the join link uses it, and its pages may connect. */
  publicUrl?: string;
  /** The join code a house's kiosks show now. */
  joinCode: (houseId: string, origin: string) => JoinCode;
  build: string;
  log: Logger;
}

const kioskRoom = (houseId: string) => `kiosks:${houseId}`;
const houseRoom = (houseId: string) => `house:${houseId}`;
const deviceRoom = (deviceId: string) => `device:${deviceId}`;

/** socket.io connections one device may hold on this node: one per open tab is plenty. */
export const REALTIME_SOCKETS_PER_DEVICE = 8;

export class Realtime {
  readonly io: Server;
  private readonly rotation: NodeJS.Timeout;
  private readonly openPerDevice = new Map<string, number>();
  private readonly server: http.Server;

  constructor(
    server: http.Server,
    private readonly options: RealtimeOptions,
  ) {
    this.server = server;
    // destroyUpgrade off: the sync endpoint answers its own upgrades on the same server.
    this.io = new Server(server, {
      destroyUpgrade: false,
      serveClient: false,
      // A screen gone quiet (a kiosk unplugged, a phone out of range) leaves the kiosks-online
      // count within 15 s, not socket.io's default 45 s; one tiny frame each 10 s per screen.
      // Whether the server answers is the sync sockets' heartbeat's to say (ui/heartbeat.ts).
      pingInterval: 10_000,
      pingTimeout: 5_000,
      // Another site's page must not open a socket with the cookie this browser holds.
      allowRequest: (request, callback) => {
        const foreign = otherOrigin(request, options.publicUrl);
        if (foreign) options.log.warn({ reason: foreign }, 'socket.io refused from another site');
        callback(foreign ? 'other site' : null, foreign === undefined);
      },
    });
    this.io.use((socket, next) => {
      options.authenticate(socket.request).then(
        (device) => {
          if (!device) return next(new Error('not joined'));
          // Counted before the next await, so a burst of handshakes cannot slip past the cap.
          const open = this.openPerDevice.get(device.id) ?? 0;
          if (open >= REALTIME_SOCKETS_PER_DEVICE) {
            options.log.warn({ device: device.id }, 'socket.io refused: too many sockets');
            const { code, reason } = CloseReasons.TooManyConnections;
            return next(Object.assign(new Error(reason), { data: { code } }));
          }
          this.openPerDevice.set(device.id, open + 1);
          socket.once('disconnect', () => this.release(device.id));
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

  /**
   * The devices of a house with a screen open now, on any node: the ids behind its socket.io
   * connections (every joined phone and kiosk holds one while its board is open).
   */
  async devicesOnline(houseId: string): Promise<Set<string>> {
    const sockets = await this.io.in(houseRoom(houseId)).fetchSockets();
    return new Set(sockets.map((socket) => (socket.data as { device: DeviceRecord }).device.id));
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

  private release(deviceId: string): void {
    const left = (this.openPerDevice.get(deviceId) ?? 1) - 1;
    if (left > 0) this.openPerDevice.set(deviceId, left);
    else this.openPerDevice.delete(deviceId);
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
    const origin = joinOrigin(this.server, this.options.publicUrl, socket.handshake.headers.host);
    socket.emit('join-code', this.options.joinCode(device.houseId, origin));
  }
}
