// One house document held in memory while screens use it. Every accepted update is written to
// the store before it is relayed, in arrival order, through one queue per document.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Role } from '../../board/access.ts';
import { DOC_SECTIONS, type DocKind, parseDocName } from '../../board/documents.ts';
import { tidy } from '../../board/housekeeping.ts';
import { SchemaViolation, validateChanges } from '../../board/validation.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore, Position, StoredEntry } from '../store/store.ts';
import type { SyncConnection } from './connection.ts';
import {
  connectionOf,
  isRemote,
  LOCAL_ORIGIN,
  REMOTE_ORIGIN,
  type TransactionOrigin,
} from './origin.ts';
import { awarenessMessage, updateMessage } from './protocol.ts';

/** How long the scratch copy is kept after the last client update. */
const SHADOW_IDLE_MS = 30_000;

export interface SharedDocumentOptions {
  store: DocumentStore;
  compactEvery: number;
  log: Logger;
  /** Called once when the store refused a write: the document must be dropped from memory. */
  onStoreFailure: (document: SharedDocument, error: unknown) => void;
}

export class SharedDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<SyncConnection>();
  private writes: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private storedSinceCompaction = 0;
  private failed = false;
  readonly kind: DocKind;
  /** A scratch copy that each client update is tried on first; dropped when idle. */
  private shadow?: Y.Doc;
  private shadowIdle?: NodeJS.Timeout;
  /** The log position this copy has applied everything up to: what compaction may fold. */
  private position: Position = '';
  private unwatch?: () => void;

  private constructor(
    readonly name: string,
    private readonly options: SharedDocumentOptions,
  ) {
    const parsed = parseDocName(name);
    if (!parsed) throw new Error(`not a document name: ${name}`);
    this.kind = parsed.kind;
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Reads everything stored for the document before anyone may see it. */
  static async load(name: string, options: SharedDocumentOptions): Promise<SharedDocument> {
    const document = new SharedDocument(name, options);
    const stored = await options.store.load(name);
    if (stored.updates.length > 0) Y.applyUpdate(document.doc, Y.mergeUpdates(stored.updates));
    document.storedSinceCompaction = stored.updates.length;
    document.position = stored.position;
    document.doc.on('update', document.onUpdate);
    document.unwatch = options.store.watch?.(name, stored.position, (entries) =>
      document.onStored(entries),
    );
    document.tidy();
    return document;
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites > 0;
  }

  /**
   * Applies a client's update once it has passed the board's schema on the scratch copy; the
   * doc's update event then stores and relays it. Throws, touching nothing, when it does not.
   */
  receiveUpdate(update: Uint8Array, connection: SyncConnection): void {
    Y.decodeUpdate(update); // throws on a malformed update before anything is applied
    this.tryOnShadow(update, connection.rights.device.role);
    const origin: TransactionOrigin = { kind: 'connection', connection };
    Y.applyUpdate(this.doc, update, origin);
  }

  /** Forgets what the board lets go of on its own (removed for a week, old day records). */
  tidy(now = Date.now()): void {
    if (this.kind === 'settings') return;
    let forgotten = 0;
    this.transactLocal((doc) => {
      forgotten = tidy(doc, this.kind, now);
    });
    if (forgotten > 0) this.options.log.info({ doc: this.name, forgotten }, 'tidied');
  }

  /** A change made by the server itself, stored and relayed like any other. */
  transactLocal(change: (doc: Y.Doc) => void): void {
    this.dropShadow();
    this.doc.transact(() => change(this.doc), LOCAL_ORIGIN);
  }

  private tryOnShadow(update: Uint8Array, role: Role): void {
    const shadow = this.shadow ?? this.makeShadow();
    let problem: unknown;
    const check = (transaction: Y.Transaction) => {
      try {
        validateChanges(shadow, this.kind, transaction, role);
      } catch (error) {
        problem ??= error;
      }
    };
    shadow.on('afterTransaction', check);
    try {
      Y.applyUpdate(shadow, update);
    } catch (error) {
      problem ??= error;
    } finally {
      shadow.off('afterTransaction', check);
    }
    if (problem) {
      this.dropShadow(); // it now holds the refused change
      throw problem instanceof SchemaViolation ? problem : new SchemaViolation(String(problem));
    }
    clearTimeout(this.shadowIdle);
    this.shadowIdle = setTimeout(() => this.dropShadow(), SHADOW_IDLE_MS);
    this.shadowIdle.unref();
  }

  private makeShadow(): Y.Doc {
    const shadow = new Y.Doc();
    for (const section of DOC_SECTIONS[this.kind]) shadow.getMap(section);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    this.shadow = shadow;
    return shadow;
  }

  private dropShadow(): void {
    clearTimeout(this.shadowIdle);
    this.shadow?.destroy();
    this.shadow = undefined;
  }

  /**
   * Runs `callback` once everything that is in memory now has been stored, so a new screen is
   * never shown a change that a crash could still take back.
   */
  afterStored(callback: () => void): void {
    this.enqueue(async () => callback());
  }

  /** Resolves when every write queued so far has reached the store. */
  async flush(options: { compact?: boolean } = {}): Promise<void> {
    if (options.compact) this.enqueue(() => this.compactIfBehind());
    while (this.pendingWrites > 0) await this.writes;
  }

  broadcast(message: Uint8Array, except?: SyncConnection): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  destroy(): void {
    this.unwatch?.();
    this.dropShadow();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (isRemote(origin)) {
      // Stored by another node already: relay in order with this node's own writes.
      this.enqueue(async () => this.broadcast(updateMessage(update)));
      return;
    }
    const from = connectionOf(origin);
    this.enqueue(async () => {
      const position = await this.options.store.append(this.name, update);
      // With a shared log, the watcher moves the position (it sees every node's entries in order).
      if (!this.options.store.watch) this.position = position;
      this.storedSinceCompaction += 1;
      this.broadcast(updateMessage(update), from);
      if (this.storedSinceCompaction >= this.options.compactEvery) await this.compactIfBehind();
    });
  };

  /** Entries other nodes stored (and this node's own, coming back in log order). */
  private onStored(entries: StoredEntry[]): void {
    for (const entry of entries) {
      if (!entry.own) {
        if (this.shadow) Y.applyUpdate(this.shadow, entry.update);
        Y.applyUpdate(this.doc, entry.update, REMOTE_ORIGIN);
        this.storedSinceCompaction += 1;
      }
      this.position = entry.position;
    }
  }

  private async compactIfBehind(): Promise<void> {
    if (this.storedSinceCompaction <= 1 || this.position === '') return;
    await this.options.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.position);
    this.storedSinceCompaction = 1;
  }

  private enqueue(task: () => Promise<void>): void {
    this.pendingWrites += 1;
    this.writes = this.writes
      .then(() => (this.failed ? undefined : task()))
      .catch((error) => {
        if (this.failed) return;
        this.failed = true;
        this.options.log.error({ doc: this.name, err: error }, 'store write failed');
        this.options.onStoreFailure(this, error);
      })
      .finally(() => {
        this.pendingWrites -= 1;
      });
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const connection = connectionOf(origin);
    if (connection) {
      for (const id of change.added) connection.awarenessClients.add(id);
      for (const id of change.removed) connection.awarenessClients.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed));
  };
}
