// Hole: a member's socket that stops reading while it floods sync step 1 made the node answer
// every request with the whole board into a buffer nobody read: hundreds of megabytes, and with
// a few such sockets, edits and /healthz stalled. Now a repeated request is answered once per
// state of the board, a socket that does not drain is let go with a named code, and what the
// node holds for slow sockets is bounded.

import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import * as encoding from 'lib0/encoding';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { choreRecords, choreThanksId, choreThanksRecords } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { dayInZone } from '../../board/time.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { adminClient, type SyncClient } from '../helpers/sync-client.ts';
import { uniqueWord } from '../helpers/unique-words.ts';

/** Thanks records on the board: about half a megabyte of valid content. */
const THANKS = 7_000;
/** Sync requests the attacker sends: within the message burst a screen is allowed. */
const REQUESTS = 280;
const MiB = 1024 * 1024;

let server: TestServer;
let phone: SyncClient;
let kiosk: SyncClient;
/** The server's warnings, as JSON lines (a real pino logger writing here). */
const warnings: Array<{ msg: string; reason?: string }> = [];
const boardName = () => `${server.firstHouse.id}/board`;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) warnings.push(JSON.parse(line));
      done();
    },
  });
  const zone = dayZone();
  server = await startTestServer(
    { HOUSE_TIME_ZONE: zone },
    { log: pino({ level: 'warn', base: undefined }, sink) },
  );
  const today = dayInZone(Date.now(), zone);
  await server.registry.change(boardName(), (doc) => {
    const thanks = choreThanksRecords(doc);
    for (let i = 0; i < THANKS; i++)
      thanks.add({ at: 1_700_000_000_000 + i }, choreThanksId(`chore${i % 50}`, today, `p${i}`));
  });
  [phone, kiosk] = await Promise.all([adminClient(server), adminClient(server)]);
});

afterAll(async () => {
  phone?.destroy();
  kiosk?.destroy();
  await server?.close();
});

/** Sync step 1 with a state vector of [client, clock] pairs. */
function syncStep1(entries: Array<[number, number]>): Uint8Array {
  const vector = encoding.createEncoder();
  encoding.writeVarUint(vector, entries.length);
  for (const [client, clock] of entries) {
    encoding.writeVarUint(vector, client);
    encoding.writeVarUint(vector, clock);
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 0); // sync
  encoding.writeVarUint(message, 0); // step 1
  encoding.writeVarUint8Array(message, encoding.toUint8Array(vector));
  return encoding.toUint8Array(message);
}

/** Whether a message from the server is a sync step 2 (an answer to step 1). */
const isSyncStep2 = (data: Buffer) => data[0] === 0 && data[1] === 1;

async function openSocket(token: string) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${boardName()}`, {
    headers: { cookie: cookieFor(token) },
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const answers: number[] = [];
  socket.on('message', (data: Buffer) => {
    if (isSyncStep2(data)) answers.push(data.byteLength);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, closed, answers };
}

async function editTravels(): Promise<number> {
  const title = `Sweep the porch ${uniqueWord()}`;
  const started = performance.now();
  choreRecords(phone.doc).add({ title, schedule: { kind: 'daily' }, createdAt: 1 });
  await eventually(
    () =>
      expect(
        choreRecords(kiosk.doc)
          .values()
          .map((c) => c.title),
      ).toContain(title),
    { timeoutMs: 2_000, intervalMs: 5 },
  );
  return performance.now() - started;
}

describe('a screen that asks for the board over and over', () => {
  test('the same sync request is answered once while the board has not changed', async () => {
    const screen = await openSocket(await deviceToken(server, server.firstHouse.id, 'member'));
    expect(Y.encodeStateAsUpdate(phone.doc).byteLength).toBeGreaterThan(400_000);
    for (let i = 0; i < REQUESTS; i++) screen.socket.send(syncStep1([]));
    await eventually(() => expect(screen.answers.length).toBeGreaterThan(0));
    // Whatever else was still on its way has arrived once an edit made after it has.
    await editTravels();
    await new Promise((resolve) => setImmediate(resolve));
    expect(screen.answers).toHaveLength(1);
    // Once the board changed, the same request is answered again.
    screen.socket.send(syncStep1([]));
    await eventually(() => expect(screen.answers).toHaveLength(2));
    screen.socket.close();
  });

  test('a screen that stops reading is let go with the slow-reader code, and the house carries on', async () => {
    const screen = await openSocket(await deviceToken(server, server.firstHouse.id, 'member'));
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 10);
    try {
      // Stop reading, then ask for the whole board again and again, each time a little
      // differently (so no request repeats the one before) and a few milliseconds apart (so
      // each one is read on its own).
      const rawSocket = (screen.socket as unknown as { _socket: Socket })._socket;
      rawSocket.pause();
      let letGo = false;
      // Once the server says it lets the screen go, the screen reads again to hear why.
      const heard = eventually(
        () => expect(warnings.map((w) => w.reason)).toContain('SlowReader'),
        { timeoutMs: 10_000, intervalMs: 5 },
      ).finally(() => {
        letGo = true;
        rawSocket.resume();
      });
      const flood = (async () => {
        for (let i = 0; i < REQUESTS && !letGo; i++) {
          screen.socket.send(syncStep1([[4_000_000_000 + i, 0]]));
          await sleep(3);
        }
      })();

      // The rest of the house carries on, promptly, while the reader stalls.
      expect(await editTravels()).toBeLessThan(1_000);
      const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      expect(health.status).toBe(200);
      await Promise.all([heard, flood]);
      expect(await screen.closed).toBe(CloseReasons.SlowReader.code);
    } finally {
      clearInterval(sampler);
    }
    const growth = (rssPeak - rssBefore) / MiB;
    // Every request answered in full would be over 100 MiB (215 MiB on the code before).
    expect(growth).toBeLessThan(64);
    expect(await editTravels()).toBeLessThan(1_000);
  });
  test('a screen that stops reading while the board keeps changing is let go before the node holds much for it', async () => {
    const screen = await openSocket(await deviceToken(server, server.firstHouse.id, 'member'));
    const rawSocket = (screen.socket as unknown as { _socket: Socket })._socket;
    rawSocket.pause();
    const before = warnings.length;
    const warned = () => warnings.slice(before).some((w) => w.reason === 'SlowReader');
    // Large changes the server makes itself (a megabyte each, to the same record), relayed to
    // every screen: far more than the operating system holds for a socket that is not read.
    let changes = 0;
    while (!warned() && changes < 40) {
      changes += 1;
      await server.registry.change(boardName(), (doc) => {
        const chore = new Y.Map<unknown>();
        chore.set('title', `${changes} ${'x'.repeat(MiB)}`);
        doc.getMap('chores').set('big', chore);
      });
    }
    expect(warned()).toBe(true);
    rawSocket.resume();
    expect(await screen.closed).toBe(CloseReasons.SlowReader.code);
    // The screens that read got every change.
    await eventually(() =>
      expect(
        String((kiosk.doc.getMap('chores').get('big') as Y.Map<unknown>)?.get('title')),
      ).toMatch(new RegExp(`^${changes} `)),
    );
  });
});
