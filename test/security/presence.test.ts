// Hole: presence (who is here) could be flooded — huge states, as fast as the socket allowed —
// and forged: re-sending another screen's presence id with a higher clock overwrote it, then
// took it away. Now a state is small, a screen sends a few a second, and a screen changes only
// the presence it brought in itself. The stock y-websocket client works as before.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { CloseReasons } from '../../board/close-codes.ts';
import { PRESENCE_RENEWALS_MS } from '../../server/sync/shared-document.ts';
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

/** Every presence entry (client id, clock, state) a raw screen is sent, message by message. */
function presenceSeen(screen: RawScreen): Array<Array<[number, number, unknown]>> {
  const seen: Array<Array<[number, number, unknown]>> = [];
  screen.socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 1) return; // not presence
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const entries: Array<[number, number, unknown]> = [];
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      const id = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      entries.push([id, clock, JSON.parse(decoding.readVarString(update))]);
    }
    seen.push(entries);
  });
  return seen;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('presence renewals', () => {
  test('a change goes on at once; unchanged renewals wait and go on together, so no screen loses anyone', async () => {
    const listener = await rawScreen(memberToken);
    const seen = presenceSeen(listener);
    const mine = (id: number) => seen.flat().filter(([seenId]) => seenId === id);
    const a = await rawScreen(await deviceToken(server, server.firstHouse.id, 'member'));
    const b = await rawScreen(await deviceToken(server, server.firstHouse.id, 'member'));
    const started = Date.now();
    a.socket.send(presenceMessage([[777_101, 1, { name: 'Ana' }]]));
    b.socket.send(presenceMessage([[777_102, 1, { name: 'Ben' }]]));
    await eventually(() => expect(mine(777_102)).toHaveLength(1));
    expect(mine(777_101)).toEqual([[777_101, 1, { name: 'Ana' }]]);
    expect(Date.now() - started).toBeLessThan(PRESENCE_RENEWALS_MS);

    // Each screen renews its presence, unchanged, three times: nobody is sent those yet.
    // (Counted by message, for these two ids only: the stock client renews its own too.)
    const ours = () => seen.filter((m) => m.some(([id]) => id === 777_101 || id === 777_102));
    const messagesBefore = ours().length;
    for (let clock = 2; clock <= 4; clock++) {
      a.socket.send(presenceMessage([[777_101, clock, { name: 'Ana' }]]));
      b.socket.send(presenceMessage([[777_102, clock, { name: 'Ben' }]]));
    }
    await sleep(500);
    expect(ours()).toHaveLength(messagesBefore);
    // Then both go on in one message, at their newest clocks, and the stock client keeps them.
    await eventually(() => expect(ours()).toHaveLength(messagesBefore + 1), {
      timeoutMs: PRESENCE_RENEWALS_MS + 2_000,
    });
    expect(ours().at(-1)).toEqual(
      expect.arrayContaining([
        [777_101, 4, { name: 'Ana' }],
        [777_102, 4, { name: 'Ben' }],
      ]),
    );
    expect(seenBy(watcher, 777_101)).toEqual({ name: 'Ana' });
    expect(watcher.provider.awareness.meta.get(777_101)?.clock).toBe(4);

    // A change after a renewal still goes on at once, and the renewal it overtook is not sent.
    a.socket.send(presenceMessage([[777_101, 5, { name: 'Ana' }]]));
    a.socket.send(presenceMessage([[777_101, 6, { name: 'Ana M.' }]]));
    await eventually(() => expect(seenBy(watcher, 777_101)).toEqual({ name: 'Ana M.' }), {
      timeoutMs: 1_000,
    });
    await sleep(PRESENCE_RENEWALS_MS + 500);
    expect(mine(777_101).map(([, clock]) => clock)).toEqual([1, 4, 6]);
    for (const screen of [listener, a, b]) screen.socket.close();
  });
});
