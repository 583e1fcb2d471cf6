// The screens' heartbeat on the sync socket (board/heartbeat-message.ts): the server answers each ask at
// once with its own time, only to the screen that asked; a stock y-websocket client, which never
// asks, syncs and stays connected as before; a malformed, huge or flooding heartbeat closes only
// its sender with a named code, and the other screens carry on.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { CloseReasons, WS_MESSAGE_TOO_BIG } from '../../../board/close-codes.ts';
import {
  HEARTBEAT_MESSAGE,
  heartbeatAsk,
  readHeartbeatAnswer,
} from '../../../board/heartbeat-message.ts';
import { cookieFor } from '../../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import { anEditStillTravels, connectSynced, type SyncClient } from '../../helpers/sync-client.ts';

const MAX_PAYLOAD = 64 * 1024;
let server: TestServer;
let phone: SyncClient;
let kiosk: SyncClient;
/** Message types the stock clients were sent. */
const typesSeen = new Set<number>();

beforeAll(async () => {
  server = await startTestServer({ MAX_PAYLOAD: String(MAX_PAYLOAD) });
  phone = await connectSynced(server.url, server.firstHouse.id, 'board', server.adminToken);
  kiosk = await connectSynced(server.url, server.firstHouse.id, 'board', server.adminToken);
  for (const client of [phone, kiosk]) {
    client.provider.ws?.addEventListener('message', (event) => {
      typesSeen.add(decoding.readVarUint(decoding.createDecoder(new Uint8Array(event.data))));
    });
  }
});

afterAll(async () => {
  phone.destroy();
  kiosk.destroy();
  await server.close();
});

function rawSocket(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/sync/${server.firstHouse.id}/board`,
      { headers: { cookie: cookieFor(server.adminToken) } },
    );
    socket.binaryType = 'nodebuffer';
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends a heartbeat ask and resolves with the server's answer to it. */
function ask(socket: WebSocket, seq: number) {
  return new Promise<{ seq: number; serverTime: number }>((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== HEARTBEAT_MESSAGE) return;
      socket.off('message', onMessage);
      const answer = readHeartbeatAnswer(decoder);
      if (answer) resolve(answer);
      else reject(new Error('an answer that does not read'));
    };
    socket.on('message', onMessage);
    socket.send(heartbeatAsk(seq));
  });
}

function closeCodeAfterSending(frames: Uint8Array[]): Promise<number> {
  return rawSocket().then(
    (socket) =>
      new Promise((resolve) => {
        socket.once('close', (code) => resolve(code));
        for (const frame of frames) socket.send(frame);
      }),
  );
}

function bytes(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, HEARTBEAT_MESSAGE);
  write(e);
  return encoding.toUint8Array(e);
}

describe('the heartbeat', () => {
  test('the server answers an ask at once, with its number and the server’s time', async () => {
    const socket = await rawSocket();
    const before = Date.now();
    const answers = [await ask(socket, 1), await ask(socket, 2), await ask(socket, 4_294_967_295)];
    const after = Date.now();
    expect(answers.map((a) => a.seq)).toEqual([1, 2, 4_294_967_295]);
    for (const { serverTime } of answers) {
      expect(serverTime).toBeGreaterThanOrEqual(before);
      expect(serverTime).toBeLessThanOrEqual(after);
    }
    socket.close();
  });

  test('stock y-websocket clients sync, stay connected, and are never sent a heartbeat', async () => {
    const socket = await rawSocket();
    // A screen asking every 100 ms beside them for 3 s: the stock clients hear none of it.
    for (let seq = 1; seq <= 30; seq++) {
      await ask(socket, seq);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    socket.close();
    await anEditStillTravels(phone, kiosk);
    await anEditStillTravels(kiosk, phone);
    expect(phone.provider.wsconnected && phone.provider.synced).toBe(true);
    expect(kiosk.provider.wsconnected && kiosk.provider.synced).toBe(true);
    expect(typesSeen.has(HEARTBEAT_MESSAGE)).toBe(false);
    expect(typesSeen.has(0)).toBe(true);
  });

  const malformed: Record<string, Uint8Array> = {
    'an ask with no number': bytes(() => {}),
    'an ask with bytes after its number': bytes((e) => {
      encoding.writeVarUint(e, 7);
      encoding.writeVarUint(e, 7);
    }),
    'an ask with a number past its range': bytes((e) => encoding.writeVarUint(e, 2 ** 40)),
    'an ask whose number never ends': bytes((e) => {
      for (let i = 0; i < 20; i++) encoding.writeUint8(e, 0xff);
    }),
  };

  test.each(Object.entries(malformed))(
    '%s closes only its sender with the malformed-message code',
    async (_name, frame) => {
      expect(await closeCodeAfterSending([frame])).toBe(CloseReasons.MalformedMessage.code);
      await anEditStillTravels(phone, kiosk);
      expect(phone.provider.wsconnected && kiosk.provider.wsconnected).toBe(true);
    },
  );

  test('a huge heartbeat is refused by size and the server carries on', async () => {
    const huge = bytes((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeUint8Array(e, new Uint8Array(MAX_PAYLOAD * 4));
    });
    expect(await closeCodeAfterSending([huge])).toBe(WS_MESSAGE_TOO_BIG);
    await anEditStillTravels(phone, kiosk);
    const socket = await rawSocket();
    expect((await ask(socket, 9)).seq).toBe(9);
    socket.close();
  });

  test('a flood of heartbeats is let go as too many messages', async () => {
    const flood = Array.from({ length: 2000 }, (_, i) => heartbeatAsk(i + 1));
    expect(await closeCodeAfterSending(flood)).toBe(CloseReasons.TooManyMessages.code);
    await anEditStillTravels(kiosk, phone);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
