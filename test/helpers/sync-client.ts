// A stock y-websocket client over a real socket, as a phone or the kiosk would connect.
import { expect } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import type { DocKind } from '../../board/documents.ts';
import { socketWithCookie } from './cookie-socket.ts';
import { cookieFor } from './device-tokens.ts';
import { eventually } from './eventually.ts';
import type { TestServer } from './in-process-server.ts';
import { uniqueWord } from './unique-words.ts';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connectClient(
  baseUrl: string,
  houseId: string,
  kind: DocKind = 'board',
  options: { connect?: boolean; token?: string; selfSigned?: boolean } = {},
): SyncClient {
  // Each y-websocket provider adds a process 'exit' listener: a test with a dozen screens in one
  // process is not a leak, and Node's warning about it would read like an error in the run.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 100));
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}/sync`,
    `${houseId}/${kind}`,
    doc,
    {
      WebSocketPolyfill: socketWithCookie(
        options.token && cookieFor(options.token),
        options.selfSigned,
      ),
      disableBc: true,
      connect: options.connect ?? true,
    },
  );
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(
  baseUrl: string,
  houseId: string,
  kind: DocKind = 'board',
  token?: string,
) {
  const client = connectClient(baseUrl, houseId, kind, { token });
  await eventually(() => {
    if (!client.provider.synced) throw new Error(`${kind} client has not synced`);
  });
  return client;
}

/** The first house's document on a test server, synced, as its admin (who may write all three). */
export function adminClient(server: TestServer, kind: DocKind = 'board'): Promise<SyncClient> {
  return connectSynced(server.url, server.firstHouse.id, kind, server.adminToken);
}

/**
 * After an attack, the house carries on: a new chore written on `from` reaches `to`. Each call
 * writes a title of its own, so it can never pass on an earlier edit.
 */
export async function anEditStillTravels(from: SyncClient, to: SyncClient): Promise<void> {
  const title = `Water the plants ${uniqueWord()}`;
  choreRecords(from.doc).add({ title, schedule: { kind: 'daily' }, createdAt: 2 });
  await eventually(() =>
    expect(
      choreRecords(to.doc)
        .values()
        .map((c) => c.title),
    ).toContain(title),
  );
}

/** Makes one change on a synced screen; resolves with the code the server closed it with. */
export async function closeCodeAfter(
  client: SyncClient,
  change: (doc: Y.Doc) => void,
): Promise<number> {
  const closed = new Promise<number>((resolve) =>
    client.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
  );
  change(client.doc);
  const code = await closed;
  client.destroy();
  return code;
}
