// A light sync client for the large cases: a raw `ws` socket speaking the y-protocols sync
// messages, with no Y.Doc for what it receives. It sends syncStep1, answers the server's
// syncStep1, counts itself synced at the server's syncStep2, sends board edits made on a local
// Y.Doc of its own, and reports each update message it receives by the (client, clock) of its
// first struct, which names one edit on both servers. Both servers get this same client.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
// The board's rules: the records written here are checked with them, as on the server.
import '../board/rules.ts';
import { markChoreDone } from '../board/chore.ts';

const SYNC = 0;
const EMPTY = new Y.Doc();

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** `client:clock` of an update's first struct: the edit it carries. */
export function editIdOf(update: Uint8Array): string | undefined {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return undefined; // no structs (a delete set only)
  decoding.readVarUint(decoder); // number of structs of the first client
  const client = decoding.readVarUint(decoder);
  return `${client}:${decoding.readVarUint(decoder)}`;
}

export interface LightClientOptions {
  url: string;
  cookie?: string;
  /** An update message arrived: the edit it carries (if any), and its bytes. */
  onUpdate: (editId: string | undefined, update: Uint8Array) => void;
  onClose?: (code: number) => void;
}

export class LightClient {
  readonly synced: Promise<void>;
  /** Bytes of the server's syncStep2 (the whole document, for a fresh client). */
  syncBytes = 0;
  private readonly ws: WebSocket;
  private own?: Y.Doc;
  private closing = false;

  constructor(private readonly options: LightClientOptions) {
    this.ws = new WebSocket(
      options.url,
      options.cookie ? { headers: { cookie: options.cookie } } : {},
    );
    this.ws.binaryType = 'nodebuffer';
    this.synced = new Promise((resolve, reject) => {
      this.ws.on('open', () =>
        this.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, EMPTY))),
      );
      this.ws.on('message', (data: Buffer) => {
        if (this.receive(data)) resolve();
      });
      this.ws.on('error', reject);
      this.ws.on('close', (code) => {
        reject(new Error(`closed (${code}) before syncing`));
        if (!this.closing) options.onClose?.(code);
      });
    });
    this.synced.catch(() => undefined);
  }

  /** Ticks a chore done on the client's own doc and sends the update; returns the edit's id. */
  edit(choreId: string, day: string): string {
    this.own ??= new Y.Doc();
    let update: Uint8Array | undefined;
    const capture = (u: Uint8Array) => {
      update = u;
    };
    this.own.on('update', capture);
    markChoreDone(this.own, choreId, day, undefined, Date.now());
    this.own.off('update', capture);
    if (!update) throw new Error('the edit made no update');
    this.sendUpdate(update);
    return editIdOf(update)!;
  }

  sendUpdate(update: Uint8Array): void {
    this.send(syncMessage((e) => syncProtocol.writeUpdate(e, update)));
  }

  close(): void {
    this.closing = true;
    this.ws.terminate();
  }

  private send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  /** Handles one message; true when it was the server's syncStep2. */
  private receive(data: Buffer): boolean {
    const decoder = decoding.createDecoder(
      new Uint8Array(data.buffer, data.byteOffset, data.length),
    );
    if (decoding.readVarUint(decoder) !== SYNC) return false; // awareness and the like
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      // The server asks what we have: only our own edits, if any.
      this.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, this.own ?? EMPTY, payload)));
      return false;
    }
    if (step === syncProtocol.messageYjsSyncStep2) {
      this.syncBytes = payload.length;
      return true;
    }
    if (step === syncProtocol.messageYjsUpdate) this.options.onUpdate(editIdOf(payload), payload);
    return false;
  }
}
