// Hole: the join link in the kiosk's QR code was built from the Host header of the kiosk's own
// request, which any client can write. Now it is PUBLIC_URL, or an address of this server.
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, test } from 'vitest';
import type { JoinCode } from '../../server/realtime.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer | undefined;
let kiosk: Socket | undefined;

afterEach(async () => {
  kiosk?.close();
  await server?.close();
});

/** The join code a paired kiosk is shown when its request names `host`. */
async function joinCodeAskedAs(env: Record<string, string>, host: string): Promise<JoinCode> {
  server = await startTestServer(env);
  const token = await deviceToken(server, server.firstHouse.id, 'kiosk');
  kiosk = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { cookie: cookieFor(token), host },
  });
  return new Promise((resolve, reject) => {
    kiosk!.once('join-code', resolve);
    kiosk!.once('connect_error', reject);
  });
}

describe("the kiosk's join link", () => {
  test('points at PUBLIC_URL whatever Host the request named', async () => {
    const code = await joinCodeAskedAs({ PUBLIC_URL: 'https://board.example.org' }, 'evil.example');
    expect(code.url).toMatch(/^https:\/\/board\.example\.org\/join#/);
  });

  test('without PUBLIC_URL it names this server, never a Host a client made up', async () => {
    const code = await joinCodeAskedAs({}, 'evil.example:8080');
    expect(code.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server!.port}/join#`));
  });
});
