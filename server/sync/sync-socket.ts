// One screen's WebSocket to one document. Messages that arrive while the document is still
// loading wait; anything malformed closes this connection only, with a named code.
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { type CloseReason, CloseReasons } from '../../board/close-codes.ts';
import { SchemaViolation } from '../../board/validation.ts';
import type { Logger } from '../log.ts';
import type { DeviceRecord } from '../store/access-store.ts';
import { greetingFor } from './greeting.ts';
import { HeldUpdates } from './held-updates.ts';
import { handleMessage, type Sender } from './message-handlers.ts';
import { BUILDS_ON_MISSING } from './missing-changes.ts';
import { Outbox, SlowReader } from './outbox.ts';
import { PresenceTooFast, PresenceTooLarge } from './presence.ts';
import { TokenBucket } from './rate.ts';
import type { SharedDocument } from './shared-document.ts';
import { SyncAnswers } from './sync-answers.ts';

/** Messages a screen may send before its document has loaded. */
const MAX_QUEUED_WHILE_LOADING = 64;
/** Writes a read-only screen may try before it is let go. */
const REFUSED_WRITES_BEFORE_CLOSE = 5;

export interface ConnectionLimits {
  /** Messages per second a screen may keep up… */
  messagesPerSecond: number;
  /** …after a burst of this many. */
  burst: number;
}

export interface ConnectionRights {
  device: DeviceRecord;
  /** Whether this device may change this document; if not, its writes are dropped. */
  writable: boolean;
}

export class SyncSocket implements Sender {
  readonly awarenessClients = new Set<number>();
  /** What waits to be sent to this screen: bounded, so a screen that stops reading is let go. */
  readonly outbox: Outbox;
  readonly syncAnswers: SyncAnswers;
  /** Updates that came a moment before the changes they build on. */
  readonly heldUpdates = new HeldUpdates(
    (update, document) => document.receiveUpdate(update, this),
    () => {
      this.document?.metrics.updateRefused('InvalidUpdate');
      this.reject('InvalidUpdate', `${BUILDS_ON_MISSING}, and waited too long`);
    },
  );
  private document?: SharedDocument;
  private queued: Uint8Array[] = [];
  /** Whether `handleKept` waits for the document to be read again. */
  private waiting = false;
  private closed = false;
  private refusedWrites = 0;
  private readonly rate: TokenBucket;
  alive = true;

  /**
   * @param raw the TCP socket under `socket`: broadcasts write frames made once per message
   *   straight to it. ws writes each of its own frames whole and at once (permessage-deflate is
   *   off), so frames never interleave.
   */
  constructor(
    readonly socket: WebSocket,
    private readonly raw: Duplex,
    readonly docName: string,
    readonly rights: ConnectionRights,
    limits: ConnectionLimits,
    private readonly log: Logger,
  ) {
    this.rate = new TokenBucket(limits.messagesPerSecond, limits.burst);
    this.outbox = new Outbox(socket);
    this.syncAnswers = new SyncAnswers(this, this.outbox);
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('error', (error) => this.log.debug({ doc: docName, err: error }, 'socket error'));
  }

  get device(): DeviceRecord {
    return this.rights.device;
  }

  get writable(): boolean {
    return this.rights.writable;
  }

  /** A read-only screen tried to write: dropped, and after a few tries the screen is let go. */
  refuseWrite(): void {
    this.refusedWrites += 1;
    if (this.refusedWrites >= REFUSED_WRITES_BEFORE_CLOSE)
      this.reject('Forbidden', 'repeated writes to a read-only document');
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The document is loaded: greet the screen and handle what it already sent. */
  attach(document: SharedDocument): void {
    if (this.closed) return;
    const busy = document.busy;
    if (busy) {
      void busy.then(() => this.attach(document)); // never greet from a refused change
      return;
    }
    this.document = document;
    this.send(greetingFor(document));
    const presence = document.presenceMessage(); // none made for a screen that only watches
    if (presence) this.send(presence);
    this.handleKept();
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (!this.admit(message.byteLength)) return;
    this.socket.send(message, { binary: true }, (error) => {
      if (error) this.log.debug({ doc: this.docName, err: error }, 'send failed');
    });
  }

  /** Writes ready-made frames (`binaryFrame`) in one go: one system call for a whole batch. */
  sendFrames(frames: readonly Buffer[]): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN || frames.length === 0) return;
    if (!this.admit(frames.reduce((sum, frame) => sum + frame.byteLength, 0))) return;
    if (frames.length === 1) {
      this.raw.write(frames[0]);
      return;
    }
    this.raw.cork();
    for (const frame of frames) this.raw.write(frame);
    this.raw.uncork();
  }

  close(reason: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    const { code, reason: text } = CloseReasons[reason];
    this.socket.close(code, text);
    // A peer that never answers the close handshake must not keep its socket open.
    setTimeout(() => this.socket.terminate(), 2000).unref();
  }

  /** Whether `bytes` more may wait for this screen; if not, the screen is let go. */
  private admit(bytes: number): boolean {
    try {
      this.outbox.admit(bytes);
      return true;
    } catch (error) {
      this.reject('SlowReader', (error as Error).message);
      return false;
    }
  }

  /** Marks the connection closed once the socket itself has closed (the registry lets go of it). */
  markClosed(): void {
    this.closed = true;
    this.outbox.forget();
    this.heldUpdates.clear();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.reject('MalformedMessage', 'text frame');
      return;
    }
    if (!this.rate.take()) {
      this.reject('TooManyMessages', 'over the message rate');
      return;
    }
    const message = toBytes(data);
    if (this.document && !this.document.busy && this.queued.length === 0) {
      this.handle(message);
      return;
    }
    if (this.queued.length >= MAX_QUEUED_WHILE_LOADING) {
      this.reject('TooManyMessages', 'too many messages while loading');
      return;
    }
    this.queued.push(message);
    this.handleKept();
  }

  /**
   * Handles the messages kept while the document was loading, or being read again after a
   * refused update, in order — and waits again if it becomes busy on the way.
   */
  private handleKept(): void {
    while (this.document && this.queued.length > 0 && !this.closed) {
      const busy = this.document.busy;
      if (busy) {
        if (!this.waiting) {
          this.waiting = true;
          void busy.then(() => {
            this.waiting = false;
            this.handleKept();
          });
        }
        return;
      }
      this.handle(this.queued.shift()!);
    }
  }

  private handle(message: Uint8Array): void {
    try {
      handleMessage(message, this, this.document!);
    } catch (error) {
      this.reject(closeReasonFor(error), (error as Error).message);
    }
  }

  private reject(reason: CloseReason, detail: string): void {
    const { device } = this.rights;
    this.log.warn(
      {
        house: device.houseId,
        device: device.id,
        doc: this.docName,
        reason,
        detail: detail.slice(0, 200),
      },
      'closing a sync connection',
    );
    this.close(reason);
  }
}

/** Why a message that could not be handled closes its connection. */
function closeReasonFor(error: unknown): CloseReason {
  if (error instanceof SchemaViolation) return error.reason;
  if (error instanceof PresenceTooLarge) return 'TooLarge';
  if (error instanceof PresenceTooFast) return 'TooManyMessages';
  if (error instanceof SlowReader) return 'SlowReader';
  return 'MalformedMessage';
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
