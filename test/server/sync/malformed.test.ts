// What a screen sends that the protocol does not allow closes that screen's socket only, with a
// named code; the server and the other screens carry on.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { CloseReasons } from '../../../board/close-codes.ts';
import { cookieFor } from '../../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import { anEditStillTravels, connectSynced, type SyncClient } from '../../helpers/sync-client.ts';

let server: TestServer;
let phone: SyncClient;
let kiosk: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  phone = await connectSynced(server.url, server.firstHouse.id, 'board', server.adminToken);
  kiosk = await connectSynced(server.url, server.firstHouse.id, 'board', server.adminToken);
});

afterAll(async () => {
  phone.destroy();
  kiosk.destroy();
  await server.close();
});

function rawSocket(path = `/sync/${server.firstHouse.id}/board`): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, {
      headers: { cookie: cookieFor(server.adminToken) },
    });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeCodeAfterSending(frame: Uint8Array | string): Promise<number> {
  return rawSocket().then(
    (socket) =>
      new Promise((resolve) => {
        socket.once('close', (code) => resolve(code));
        socket.send(frame);
      }),
  );
}

function bytes(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

const malformed: Record<string, Uint8Array | string> = {
  'random bytes': Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256),
  'an empty frame': new Uint8Array(0),
  'an unknown message type': bytes((e) => encoding.writeVarUint(e, 42)),
  'an unknown sync step': bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 9);
  }),
  'a truncated sync update': bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 500); // says 500 bytes follow; none do
  }),
  'an update that is not a Yjs update': bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, Uint8Array.from([255, 255, 255, 255, 1, 2, 3]));
  }),
  'a garbled state vector': bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, Uint8Array.from([200, 200, 200]));
  }),
  'an awareness update that is not JSON': bytes((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      bytes((a) => {
        encoding.writeVarUint(a, 1);
        encoding.writeVarUint(a, 7);
        encoding.writeVarUint(a, 1);
        encoding.writeVarString(a, '{not json');
      }),
    );
  }),
  'a text frame': 'hello',
};

describe('malformed frames', () => {
  test.each(Object.entries(malformed))(
    '%s closes only its sender with the malformed-message code',
    async (_name, frame) => {
      const code = await closeCodeAfterSending(frame);
      expect(code).toBe(CloseReasons.MalformedMessage.code);
      // The other screens carry on: an edit still travels between them.
      await anEditStillTravels(phone, kiosk);
      expect(phone.provider.wsconnected && kiosk.provider.wsconnected).toBe(true);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  );

  test('a frame larger than the limit is refused and the server carries on', async () => {
    const socket = await rawSocket();
    const code = await new Promise<number>((resolve) => {
      socket.once('close', (c) => resolve(c));
      socket.send(new Uint8Array(300 * 1024));
    });
    expect(code).toBe(1009);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('the sync endpoint address', () => {
  test.each([
    ['an unknown house', '/sync/nosuchhouse/board'],
    ['an unknown document', `/sync/HOUSE/diary`],
    ['a path that climbs out', `/sync/HOUSE/../board`],
    ['too many parts', `/sync/HOUSE/board/extra`],
  ])('%s is refused before the socket opens', async (_name, path) => {
    const error = await rawSocket(path.replace('HOUSE', server.firstHouse.id)).then(
      (socket) => {
        socket.close();
        return undefined;
      },
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/Unexpected server response: 404/);
  });
});
