// A stock y-websocket client over a real socket, as a phone or the kiosk would connect.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DocKind } from '../../board/documents.ts';
import { eventually } from './eventually.ts';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connectClient(
  baseUrl: string,
  houseId: string,
  kind: DocKind = 'board',
  options: { connect?: boolean } = {},
): SyncClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}/sync`,
    `${houseId}/${kind}`,
    doc,
    {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
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

export async function connectSynced(baseUrl: string, houseId: string, kind: DocKind = 'board') {
  const client = connectClient(baseUrl, houseId, kind);
  await eventually(() => {
    if (!client.provider.synced) throw new Error(`${kind} client has not synced`);
  });
  return client;
}
