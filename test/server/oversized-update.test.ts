// A change larger than the server takes in one message (MAX_PAYLOAD) is closed by the socket
// library itself, with 1009. The screen must take that as final — sending it again would be
// closed again — and say so once, instead of reconnecting in a loop that never ends.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { WS_MESSAGE_TOO_BIG } from '../../board/close-codes.ts';
import { connectHouse, type HouseConnection } from '../../ui/connection.ts';
import { loadLanguage, setHouseLanguage } from '../../ui/i18n/index.ts';
import { sayClose } from '../../ui/i18n/say.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

// Spanish words load on demand on a screen; here they are fetched once, before the tests.
beforeAll(() => loadLanguage('es'));

const MAX_PAYLOAD = 64 * 1024;
/** Long enough for a reconnect loop to show: the screen's first three retries come within it. */
const WATCH_MS = 4_000;

let server: TestServer;
let screen: HouseConnection | undefined;
const sockets: WebSocket[] = [];

/** The page's WebSocket, as a browser on the board's own origin opens it: with the cookie. */
function browserLikeSocket(token: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie: `hb_device=${token}` } });
      sockets.push(this);
    }
  };
}

beforeAll(async () => {
  server = await startTestServer({ MAX_PAYLOAD: String(MAX_PAYLOAD) });
  // The screen's own connection code runs here as in a page: a WebSocket and localStorage.
  const kept = new Map<string, string>();
  Object.assign(globalThis, {
    WebSocket: browserLikeSocket(server.adminToken),
    localStorage: {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    },
  });
});

afterEach(() => {
  screen?.destroy();
  screen = undefined;
});

afterAll(async () => {
  await server.close();
  Reflect.deleteProperty(globalThis, 'WebSocket');
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('a change too large for the server', () => {
  test('closes once, stays closed, and the screen says the change was too large to save', async () => {
    screen = connectHouse(server.firstHouse.id, {
      syncUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
      persist: false,
    });
    const closes: Array<number | undefined> = [];
    screen.providers.board.on('connection-close', (event) => closes.push(event?.code));
    await eventually(() => expect(screen!.live).toBe(true));
    const opened = sockets.length;

    // One edit far past MAX_PAYLOAD: the update carrying it cannot be taken in.
    screen.docs.board.getMap('chores').set('huge', 'x'.repeat(2 * MAX_PAYLOAD));

    await eventually(() => expect(closes).toEqual([WS_MESSAGE_TOO_BIG]));
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
    expect(closes, 'closes of the board connection').toEqual([WS_MESSAGE_TOO_BIG]);
    expect(sockets.length, 'sockets opened after the close').toBe(opened);
    expect(screen.problem).toBe('TooLarge');
    setHouseLanguage('en');
    expect(sayClose(screen.problem!)).toBe('That change was too large to save.');
    // The server carries on for everyone else.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
