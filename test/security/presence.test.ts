// Hole: presence (who is here) could be flooded — huge states, as fast as the socket allowed —
// and forged: re-sending another screen's presence id with a higher clock overwrote it, then
// took it away. Now a state is small, a screen sends a few a second, and a screen changes only
// the presence it brought in itself. The stock y-websocket client works as before.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { CloseReasons } from '../../board/close-codes.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { adminClient, connectSynced, type SyncClient } from '../helpers/sync-client.ts';

let server: TestServer;
let memberToken: string;
let watcher: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  memberToken = await deviceToken(server, server.firstHouse.id, 'member');
  watcher = await adminClient(server);
});

afterAll(async () => {
  watcher?.destroy();
  await server?.close();
});

/** An awareness message: [client id, clock, state] entries, as the y-protocols wire has them. */
function presenceMessage(entries: Array<[number, number, unknown]>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1); // awareness
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

interface RawScreen {
  socket: WebSocket;
  closed: Promise<number>;
}

async function rawScreen(token: string): Promise<RawScreen> {
  const socket = new WebSocket(
    `${server.url.replace('http', 'ws')}/sync/${server.firstHouse.id}/board`,
    { headers: { cookie: cookieFor(token) } },
  );
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** The close code, or 'still open' when the server left the socket open for two seconds. */
function outcome(screen: RawScreen): Promise<number | 'still open'> {
  return Promise.race([
    screen.closed,
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 2_000)),
  ]);
}

const seenBy = (client: SyncClient, clientId: number) =>
  client.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;

describe('presence', () => {
  test('a presence state larger than a kilobyte is refused and never shown on another screen', async () => {
    const attacker = await rawScreen(memberToken);
    const huge = { name: 'x'.repeat(250_000) };
    attacker.socket.send(presenceMessage([[777_001, 1, huge]]));
    expect(await outcome(attacker)).toBe(CloseReasons.TooLarge.code);
    expect(seenBy(watcher, 777_001)).toBeUndefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  test('a flood of presence updates from one screen is cut off', async () => {
    const attacker = await rawScreen(memberToken);
    for (let clock = 1; clock <= 100; clock++)
      attacker.socket.send(presenceMessage([[777_002, clock, { name: `Flood ${clock}` }]]));
    expect(await outcome(attacker)).toBe(CloseReasons.TooManyMessages.code);
    // The other screens, which send back every presence change they are shown, carry on.
    expect(watcher.provider.wsconnected).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  test("another screen cannot overwrite or take away someone's presence", async () => {
    const alice = await connectSynced(server.url, server.firstHouse.id, 'board', memberToken);
    alice.provider.awareness.setLocalStateField('name', 'Alice');
    const aliceId = alice.doc.clientID;
    await eventually(() => expect(seenBy(watcher, aliceId)).toEqual({ name: 'Alice' }));

    // Another device's screen re-sends Alice's id with higher clocks: first new words, then
    // nothing at all; then its own presence, so we know the server read what came before.
    const otherToken = await deviceToken(server, server.firstHouse.id, 'member');
    const attacker = await rawScreen(otherToken);
    attacker.socket.send(presenceMessage([[aliceId, 1_000, { name: 'Alice is a thief' }]]));
    attacker.socket.send(presenceMessage([[aliceId, 1_001, null]]));
    attacker.socket.send(presenceMessage([[777_003, 1, { name: 'Bob' }]]));
    await eventually(() => expect(seenBy(watcher, 777_003)).toEqual({ name: 'Bob' }));
    expect(seenBy(watcher, aliceId)).toEqual({ name: 'Alice' });
    expect(seenBy(alice, aliceId)).toEqual({ name: 'Alice' });

    // Alice's own changes (from the stock y-websocket client) still travel, and the attacker
    // leaving takes only its own presence.
    alice.provider.awareness.setLocalStateField('name', 'Alice B.');
    await eventually(() => expect(seenBy(watcher, aliceId)).toEqual({ name: 'Alice B.' }));
    attacker.socket.close();
    await eventually(() => expect(seenBy(watcher, 777_003)).toBeUndefined());
    expect(seenBy(watcher, aliceId)).toEqual({ name: 'Alice B.' });
    alice.destroy();
    await eventually(() => expect(seenBy(watcher, aliceId)).toBeUndefined());
  });
});
