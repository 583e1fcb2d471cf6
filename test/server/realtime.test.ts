// socket.io beside the sync endpoint: which kiosks are online, and asking them to reload.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/inProcessServer.ts';

let server: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
});

function screen(auth: Record<string, unknown>): Socket {
  const socket = io(server.url, { auth, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return socket;
}

describe('kiosks over socket.io', () => {
  test('the server knows which kiosks are online, and a kiosk reloads when asked', async () => {
    const kiosk = screen({ screen: 'kiosk', houseId: server.firstHouse.id });
    const hello = await new Promise<{ build: string }>((resolve) => kiosk.once('hello', resolve));
    expect(hello.build).toMatch(/^[0-9a-f]{12}$/);
    const phone = screen({ screen: 'phone', houseId: server.firstHouse.id });
    await new Promise((resolve) => phone.once('connect', () => resolve(undefined)));
    await eventually(async () => {
      const online = await (await fetch(`${server.url}/api/kiosks`)).json();
      expect(online).toEqual({ online: 1 });
    });
    let phoneReloaded = false;
    phone.on('reload', () => {
      phoneReloaded = true;
    });
    const reloaded = new Promise((resolve) => kiosk.once('reload', () => resolve(true)));
    expect((await fetch(`${server.url}/api/kiosks/reload`, { method: 'POST' })).status).toBe(202);
    expect(await reloaded).toBe(true);
    expect(phoneReloaded).toBe(false);
    kiosk.close();
    await eventually(async () =>
      expect(await (await fetch(`${server.url}/api/kiosks`)).json()).toEqual({ online: 0 }),
    );
  });

  test.each([
    ['an unknown house', { screen: 'kiosk', houseId: 'nosuchhouse' }],
    ['an unknown kind of screen', { screen: 'toaster', houseId: 'HOUSE' }],
    ['no details at all', {}],
  ])('a screen with %s is refused', async (_name, auth) => {
    const withHouse = Object.fromEntries(
      Object.entries(auth).map(([k, v]) => [k, v === 'HOUSE' ? server.firstHouse.id : v]),
    );
    const socket = screen(withHouse);
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toMatch(/unknown/);
  });
});
