// socket.io beside the sync endpoint: which kiosks are online, asking them to reload, the join
// code a kiosk shows, and letting a device go.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
});

function screen(token?: string): Socket {
  const socket = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: token ? { cookie: cookieFor(token) } : {},
  });
  sockets.push(socket);
  return socket;
}

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { cookie: cookieFor(server.adminToken), 'content-type': 'application/json' },
  });

describe('kiosks over socket.io', () => {
  test('the server knows which kiosks are online, and a kiosk reloads when asked', async () => {
    const kiosk = screen(await deviceToken(server, server.firstHouse.id, 'kiosk'));
    const hello = await new Promise<{ build: string }>((resolve) => kiosk.once('hello', resolve));
    expect(hello.build).toMatch(/^[0-9a-f]{12}$/);
    const phone = screen(await deviceToken(server, server.firstHouse.id, 'member'));
    await new Promise((resolve) => phone.once('connect', () => resolve(undefined)));
    await eventually(async () =>
      expect(await (await api('/kiosks')).json()).toEqual({ online: 1 }),
    );
    let phoneReloaded = false;
    phone.on('reload', () => {
      phoneReloaded = true;
    });
    const reloaded = new Promise((resolve) => kiosk.once('reload', () => resolve(true)));
    expect((await api('/kiosks/reload', { method: 'POST' })).status).toBe(202);
    expect(await reloaded).toBe(true);
    expect(phoneReloaded).toBe(false);
    kiosk.close();
    await eventually(async () =>
      expect(await (await api('/kiosks')).json()).toEqual({ online: 0 }),
    );
  });

  test('a kiosk is given a join link for its own house, and a phone can join with it', async () => {
    const kiosk = screen(await deviceToken(server, server.firstHouse.id, 'kiosk'));
    const code = await new Promise<{ url: string; expiresAt: number }>((resolve) =>
      kiosk.once('join-code', resolve),
    );
    expect(code.url).toMatch(new RegExp(`^${server.url}/join#${server.firstHouse.id}\\.`));
    expect(code.expiresAt).toBeGreaterThan(Date.now());
    const joined = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: new URL(code.url).hash.slice(1) }),
    });
    expect(joined.status).toBe(200);
    expect((await joined.json()).device).toMatchObject({
      role: 'member',
      houseId: server.firstHouse.id,
    });
  });

  test('a phone that is let go loses its socket within a second', async () => {
    const token = await deviceToken(server, server.firstHouse.id, 'member');
    const phone = screen(token);
    await new Promise((resolve) => phone.once('connect', () => resolve(undefined)));
    const device = await server.access.authenticate(token);
    const gone = new Promise<number>((resolve) => {
      const started = Date.now();
      phone.once('disconnect', () => resolve(Date.now() - started));
    });
    expect((await api(`/devices/${device!.id}/revoke`, { method: 'POST' })).status).toBe(200);
    expect(await gone).toBeLessThan(1000);
    const again = screen(token);
    const error = await new Promise<Error>((resolve) => again.once('connect_error', resolve));
    expect(error.message).toBe('not joined');
  });

  test.each([
    ['no cookie', undefined],
    ['a made-up token', 'x'.repeat(43)],
  ])('a screen with %s is refused', async (_name, token) => {
    const socket = screen(token);
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toBe('not joined');
  });
});

describe("the admin's device list", () => {
  type Listed = { id: string; connected: boolean };
  const listed = async (): Promise<Listed[]> => (await (await api('/devices')).json()).devices;
  const connected = async (id: string) => (await listed()).find((d) => d.id === id)?.connected;

  test('says which devices have a screen open now, on its own socket, and not once it closes', async () => {
    const openToken = await deviceToken(server, server.firstHouse.id, 'member');
    const quietToken = await deviceToken(server, server.firstHouse.id, 'member');
    const open = (await server.access.authenticate(openToken))!;
    const quiet = (await server.access.authenticate(quietToken))!;
    const phone = screen(openToken);
    await new Promise((resolve) => phone.once('connect', () => resolve(undefined)));
    await eventually(async () => expect(await connected(open.id)).toBe(true));
    // Known to the server, seen a moment ago, but no screen open: not connected.
    expect(await connected(quiet.id)).toBe(false);
    phone.close();
    await eventually(async () => expect(await connected(open.id)).toBe(false));
  });

  test('a screen refused at the handshake (another site, a made-up cookie) is not counted', async () => {
    const token = await deviceToken(server, server.firstHouse.id, 'member');
    const device = (await server.access.authenticate(token))!;
    const foreign = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { cookie: cookieFor(token), origin: 'https://elsewhere.example' },
    });
    sockets.push(foreign);
    await new Promise((resolve) => foreign.once('connect_error', resolve));
    const madeUp = screen('y'.repeat(43));
    await new Promise((resolve) => madeUp.once('connect_error', resolve));
    expect(await connected(device.id)).toBe(false);
    expect((await listed()).every((d) => typeof d.connected === 'boolean')).toBe(true);
  });
});
