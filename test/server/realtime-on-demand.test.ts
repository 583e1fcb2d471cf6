// socket.io is loaded by the first screen that asks for it, not by a server nobody has opened;
// that first screen, and every one racing it, is answered as if it had been there all along.
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, test } from 'vitest';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server?.close();
  server = undefined;
});

function screen(url: string, token: string, transports: ('websocket' | 'polling')[]): Socket {
  const socket = io(url, {
    transports,
    reconnection: false,
    extraHeaders: { cookie: cookieFor(token) },
  });
  sockets.push(socket);
  return socket;
}

const hello = (socket: Socket) =>
  new Promise<{ build: string }>((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });

describe('socket.io on demand', () => {
  test('a server no screen has opened has not loaded it; kiosks online is 0 without loading it', async () => {
    server = await startTestServer();
    const kiosks = await fetch(`${server.url}/api/kiosks`, {
      headers: { cookie: cookieFor(server.adminToken) },
    });
    expect(await kiosks.json()).toEqual({ online: 0 });
    expect(server.realtime.isLoaded).toBe(false);
  });

  test('the first screens over WebSocket, all at once, each get their hello', async () => {
    server = await startTestServer();
    const { url } = server;
    const tokens = await Promise.all(
      ['kiosk', 'member', 'member'].map((role) =>
        deviceToken(server!, server!.firstHouse.id, role as 'kiosk' | 'member'),
      ),
    );
    const hellos = await Promise.all(tokens.map((t) => hello(screen(url, t, ['websocket']))));
    expect(hellos.map((h) => h.build)).toEqual(Array(3).fill(hellos[0]!.build));
    expect(server.realtime.isLoaded).toBe(true);
  });

  test('the first screens over HTTP polling, all at once, each get their hello', async () => {
    server = await startTestServer();
    const { url } = server;
    const token = await deviceToken(server, server.firstHouse.id, 'member');
    const sockets = [1, 2, 3].map(() => screen(url, token, ['polling']));
    const hellos = await Promise.all(sockets.map(hello));
    expect(hellos).toHaveLength(3);
  });

  test('the first socket.io request from another site is refused, as every later one is', async () => {
    server = await startTestServer();
    const handshake = () =>
      fetch(`${server!.url}/socket.io/?EIO=4&transport=polling`, {
        headers: { origin: 'https://elsewhere.example', cookie: cookieFor(server!.adminToken) },
      });
    const first = await handshake();
    expect(first.status).toBe(403);
    expect((await handshake()).status).toBe(403);
    const token = await deviceToken(server, server.firstHouse.id, 'kiosk');
    await hello(screen(server.url, token, ['websocket']));
  });

  test('a screen without a device is refused from the first request on', async () => {
    server = await startTestServer();
    const stranger = io(server.url, { transports: ['websocket'], reconnection: false });
    sockets.push(stranger);
    const refused = await new Promise<Error>((resolve) => stranger.once('connect_error', resolve));
    expect(refused.message).toBe('not joined');
  });
});
