// Hole: 2,000 sockets from one device cookie were all accepted, each holding server memory. Now a
// device may hold a tab's worth of sockets; past that a new one is closed with a named code.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { CloseReasons } from '../../board/close-codes.ts';
import { REALTIME_SOCKETS_PER_DEVICE } from '../../server/realtime.ts';
import { SOCKETS_PER_DEVICE } from '../../server/sync/endpoint.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer;
const open: Array<{ close(): void }> = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const socket of open) socket.close();
  await server.close();
});

/** A sync socket with a device's cookie, and how it ended (undefined while it is open). */
function syncSocket(token: string) {
  const socket = new WebSocket(
    `${server.url.replace('http', 'ws')}/sync/${server.firstHouse.id}/board`,
    { headers: { cookie: cookieFor(token) } },
  );
  open.push(socket);
  const state = { socket, opened: false, closeCode: undefined as number | undefined };
  socket.on('open', () => {
    state.opened = true;
  });
  socket.on('close', (code) => {
    state.closeCode = code;
  });
  socket.on('error', () => undefined);
  return state;
}

function realtimeSocket(token: string): Promise<{ socket: Socket; error?: Error }> {
  const socket = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { cookie: cookieFor(token) },
  });
  open.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error) => resolve({ socket, error }));
  });
}

describe('sockets per device', () => {
  test('one device opening 40 sync sockets keeps a tab’s worth; the rest are closed with “too many connections”, and another device still gets in', async () => {
    const phone = await deviceToken(server, server.firstHouse.id, 'member');
    const sockets = Array.from({ length: 40 }, () => syncSocket(phone));
    await eventually(() => {
      const closed = sockets.filter((s) => s.closeCode !== undefined);
      expect(closed.map((s) => s.closeCode)).toEqual(
        Array(40 - SOCKETS_PER_DEVICE).fill(CloseReasons.TooManyConnections.code),
      );
      expect(sockets.filter((s) => s.opened && s.closeCode === undefined)).toHaveLength(
        SOCKETS_PER_DEVICE,
      );
    });

    const other = syncSocket(await deviceToken(server, server.firstHouse.id, 'member'));
    await eventually(() => expect(other.opened).toBe(true));
    // A socket given back makes room for the same device again, once the server has seen it go.
    await eventually(() => expect(server.registry.connectionCount).toBe(SOCKETS_PER_DEVICE + 1));
    sockets.find((s) => s.closeCode === undefined)!.socket.close();
    await eventually(() => expect(server.registry.connectionCount).toBe(SOCKETS_PER_DEVICE));
    const again = syncSocket(phone);
    await eventually(() => expect(server.registry.connectionCount).toBe(SOCKETS_PER_DEVICE + 1));
    expect(again.closeCode).toBeUndefined();
  });

  test('one device opening 12 socket.io connections gets a few; the rest are refused with “too many connections”', async () => {
    const phone = await deviceToken(server, server.firstHouse.id, 'member');
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await realtimeSocket(phone));
    const refused = results.filter((r) => r.error);
    expect(results.filter((r) => r.socket.connected)).toHaveLength(REALTIME_SOCKETS_PER_DEVICE);
    expect(refused.map((r) => r.error?.message)).toEqual(
      Array(12 - REALTIME_SOCKETS_PER_DEVICE).fill(CloseReasons.TooManyConnections.reason),
    );
    results[0]!.socket.close();
    await eventually(async () => {
      const retry = await realtimeSocket(phone);
      expect(retry.error).toBeUndefined();
    });
  });
});
