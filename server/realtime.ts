// socket.io for what is not document state: which kiosks are online, asking them to reload,
// the join code a kiosk shows, and closing a revoked device's socket.
import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { Server, type Socket } from 'socket.io';
import { CloseReasons } from '../board/closeCodes.ts';
import type { DeviceRecord } from './access/accessStore.ts';
import { otherOrigin } from './http/sameOrigin.ts';
import type { Logger } from './log.ts';

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
    const origin = this.joinOrigin(socket.handshake.headers.host);
    socket.emit('join-code', this.options.joinCode(device.houseId, origin));
  }

  /**
   * Where phones reach the server: PUBLIC_URL, else the address the kiosk itself used when it
   * names this machine on this port, else this server's own address. A Host naming anything else
   * is not believed (anyone can write it), so a QR code never sends phones to another site.
   */
  private joinOrigin(asked: string | undefined): string {
    if (this.options.publicUrl) return this.options.publicUrl;
    const scheme = this.server instanceof https.Server ? 'https' : 'http';
    const { address, port } = this.server.address() as AddressInfo;
    const everywhere = address === '0.0.0.0' || address === '::';
    const names = everywhere ? machineNames() : [address];
    const found = asked === undefined ? undefined : hostAndPort(asked);
    if (found && found.port === port && names.includes(found.host)) {
      return `${scheme}://${asked}`;
    }
    const host = everywhere
      ? (names.find((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name) && !name.startsWith('127.')) ??
        '127.0.0.1')
      : address;
    return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  }
}

/** The host (lower case, IPv6 without brackets) and port of a Host header. */
function hostAndPort(value: string): { host: string; port: number } | undefined {
  try {
    const url = new URL(`http://${value}`);
    if (url.host !== value.toLowerCase() || !url.port) return undefined;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) };
  } catch {
    return undefined;
  }
}

/** Every name this machine answers to: its addresses, localhost and its host name. */
function machineNames(): string[] {
  const hostname = os.hostname().toLowerCase();
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) =>
    (list ?? []).map((entry) => entry.address.toLowerCase()),
  );
  // External IPv4 first: the one a phone on the house network is most likely to reach.
  addresses.sort((a, b) => rank(a) - rank(b));
  return [...addresses, 'localhost', hostname, `${hostname}.local`];
}

function rank(address: string): number {
  if (address.includes(':')) return 2;
  return address.startsWith('127.') ? 1 : 0;
}
