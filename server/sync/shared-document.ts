// One house document held in memory while screens use it. A client's update is applied to the
// document and checked against the board's schema in the same transaction; what it adds is
// stored, then relayed — in arrival order, through one queue per document. Updates that arrive
// together are stored in one write (group commit) before any is relayed. An update the schema
// refuses has touched the document, so the document is read again from the store (everything
// accepted before it is stored first) while its screens' messages wait: nobody sees the refused
// change, and nothing accepted is lost.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOC_SECTIONS, type DocKind, parseDocName } from '../../board/documents.ts';
import { tidy } from '../../board/housekeeping.ts';
import { SchemaViolation, validateChanges, type Writer } from '../../board/validation.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore, Position, StoredEntry } from '../store/document-store.ts';
import type { SyncConnection } from './connection.ts';
import { BUILDS_ON_MISSING } from './held-updates.ts';
import { ACCEPTED_ORIGIN, LOCAL_ORIGIN, REMOTE_ORIGIN } from './origin.ts';
import { PresenceOwners } from './presence.ts';
import { awarenessMessage, binaryFrame, updateMessage } from './protocol.ts';

/** Compaction, due after `compactEvery` writes, waits for this much quiet… */
const QUIET_BEFORE_COMPACTION_MS = 1_000;
/** …unless writes keep coming for this many times `compactEvery`. */
const COMPACTION_OVERDUE_FACTOR = 4;

export interface SharedDocumentOptions {
  store: DocumentStore;
  compactEvery: number;
  log: Logger;
  /** Called once when the store refused a write: the document must be dropped from memory. */
  onStoreFailure: (document: SharedDocument, error: unknown) => void;
}

/** An update on its way to the store, and the screen it came from (not sent back to it). */
interface Unstored {
  update: Uint8Array;
  from?: SyncConnection;
}

/** A document holding what the store gave back (a snapshot and the updates after it). */
function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  dropPending(doc);
  return doc;
}

/** Whether the document holds content waiting for changes it never received. */
function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * Content waiting for what it builds on was never checked against the schema, yet Yjs would put
 * it in every snapshot and every first sync. Stores written before such updates were refused may
 * hold some: it is let go, and the next snapshot is written without it.
 */
function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Resolves after the I/O callbacks now due have run: updates read in the same tick meet. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class SharedDocument {
  private current = new Y.Doc();
  /** Presence lives apart from the document, which is replaced after a refused update. */
  private readonly awarenessDoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.awarenessDoc);
  /** Which screen brought in each presence id: only it may change that presence. */
  readonly presence = new PresenceOwners(this.awareness);
  readonly connections = new Set<SyncConnection>();
  private readonly clientsStartedBy = new Map<string, Set<number>>();
  /** Goes up with every change: a screen's repeated sync step 1 is answered once per count. */
  private changes = 0;
  private writes: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private storedSinceCompaction = 0;
  private failed = false;
  readonly kind: DocKind;
  /** Accepted updates waiting for the next group commit. */
  private unstored: Unstored[] = [];
  /** The log position this copy has applied everything up to: what compaction may fold. */
  private position: Position = '';
  private unwatch?: () => void;
  private compactionTimer?: NodeJS.Timeout;
  /**
   * Set from a refused update until the document has been read again from the store: the
   * document holds the refused change meanwhile, so nothing may read, store or change it.
   */
  private rereading?: Promise<void>;
  /** Other nodes' entries that arrive while the document is read again (applied after). */
  private arrivedWhileRereading: Uint8Array[] = [];

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
    document.current = docFrom(stored.updates);
    document.current.on('afterTransaction', document.countChange);
    document.storedSinceCompaction = stored.updates.length;
    document.position = stored.position;
    document.unwatch = options.store.watch?.(name, stored.position, (entries) =>
      document.onStored(entries),
    );
    document.tidy();
    return document;
  }

  /** The document as screens see it (with what was accepted and is being stored). */
  get doc(): Y.Doc {
    return this.current;
  }

  /** Changes whenever the document does. */
  get version(): number {
    return this.changes;
  }

  private readonly countChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) this.changes += 1;
  };

  get hasPendingWrites(): boolean {
    return this.pendingWrites > 0;
  }

  /** While set, the document is being read again after a refused update: wait for it. */
  get busy(): Promise<void> | undefined {
    return this.rereading;
  }

  /**
   * Accepts a client's update when what it adds passes the board's schema; it is then stored
   * and relayed. Throws when it does not pass — and the document is read again from the store.
   */
  receiveUpdate(update: Uint8Array, connection: SyncConnection): void {
    if (this.rereading) throw new Error('receiveUpdate while the document is read again');
    const { device } = connection.rights;
    // Per device, the Yjs clients its screens started: what it added, it may still take back.
    const ownClients = this.clientsStartedBy.get(device.id) ?? new Set<number>();
    this.clientsStartedBy.set(device.id, ownClients);
    const writer = { role: device.role, personId: device.id, ownClients };
    const added = this.applyChecked(update, writer);
    if (!added) return; // nothing new
    this.store({ update: added, from: connection });
  }

  /** Forgets what the board lets go of on its own (removed for a week, old day records). */
  tidy(now = Date.now()): void {
    if (this.kind === 'settings' || this.rereading) return; // the next round will do it
    let forgotten = 0;
    this.transactLocal((doc) => {
      forgotten = tidy(doc, this.kind, now);
    });
    if (forgotten > 0) this.options.log.info({ doc: this.name, forgotten }, 'tidied');
    this.forgetEmptySections();
  }

  /**
   * Tidying opens every section; those that never held anything are let go again, so a house
   * keeps in memory only the sections it uses (an update that fills one brings it back).
   */
  private forgetEmptySections(): void {
    for (const [name, type] of this.doc.share) {
      const t = type as unknown as {
        _start: unknown;
        _map: Map<string, unknown>;
        _eH: { l: unknown[] };
        _dEH: { l: unknown[] };
      };
      const unused = t._start === null && t._map.size === 0;
      if (unused && t._eH.l.length === 0 && t._dEH.l.length === 0) this.doc.share.delete(name);
    }
  }

  /** A change made by the server itself, stored and relayed like any other. */
  transactLocal(change: (doc: Y.Doc) => void): void {
    if (this.rereading) {
      this.enqueue(async () => this.transactLocal(change)); // runs once it has been read again
      return;
    }
    const made: Uint8Array[] = [];
    const collect = (update: Uint8Array) => made.push(update);
    this.doc.on('update', collect);
    try {
      this.doc.transact(() => change(this.doc), LOCAL_ORIGIN);
    } finally {
      this.doc.off('update', collect);
    }
    for (const update of made) this.store({ update });
  }

  /**
   * Applies a client's update, checking what it changes against the schema in the same
   * transaction. Returns what it added (undefined if nothing); throws if it does not pass.
   */
  private applyChecked(update: Uint8Array, writer: Writer): Uint8Array | undefined {
    const doc = this.current;
    // Sections a house never used are let go after loading; an update that fills one needs the
    // section to be a map already, or the check could not tell what the change is.
    for (const section of DOC_SECTIONS[this.kind]) doc.getMap(section);
    let problem: unknown;
    let added: Uint8Array | undefined;
    const check = (transaction: Y.Transaction) => {
      try {
        validateChanges(doc, this.kind, transaction, writer);
      } catch (error) {
        problem ??= error;
      }
    };
    const collect = (change: Uint8Array) => {
      added = change;
    };
    doc.on('afterTransaction', check);
    doc.on('update', collect);
    if (hasPending(doc)) dropPending(doc); // never there: only a store from older code has it
    try {
      Y.applyUpdate(doc, update, ACCEPTED_ORIGIN);
      // Content that builds on changes the server never received cannot be checked. A screen
      // sends what its changes build on (its sync step 2 carries it; see held-updates.ts).
      if (hasPending(doc)) problem ??= new SchemaViolation(BUILDS_ON_MISSING);
    } catch (error) {
      problem ??= error;
    } finally {
      doc.off('afterTransaction', check);
      doc.off('update', collect);
    }
    if (problem) {
      this.readAgain(); // the document now holds the refused change
      if (problem instanceof SchemaViolation) throw problem;
      Y.decodeUpdate(update); // not a Yjs update at all: this throws, and the message is malformed
      throw new SchemaViolation(String(problem));
    }
    return added;
  }

  /**
   * Replaces the document with what the store holds, once everything accepted before the refused
   * update is stored.
   */
  private readAgain(): void {
    if (this.rereading) return;
    this.rereading = new Promise<void>((resolve) => {
      // If the store cannot be read, the document is dropped (`onStoreFailure`) and its screens
      // are closed: this never resolves, so nothing is ever done with the refused change in it.
      this.enqueue(async () => {
        const stored = await this.options.store.load(this.name);
        const doc = docFrom(stored.updates);
        for (const update of this.arrivedWhileRereading) Y.applyUpdate(doc, update, REMOTE_ORIGIN);
        this.arrivedWhileRereading = [];
        // With a shared log the watcher keeps the position: the copy holds at least that much.
        if (!this.options.store.watch) this.position = stored.position;
        this.current.destroy();
        this.current = doc;
        doc.on('afterTransaction', this.countChange);
        this.changes += 1;
        this.rereading = undefined;
        this.options.log.info({ doc: this.name }, 'read again after a refused update');
        resolve();
      });
    });
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
    const frames = [binaryFrame(message)];
    for (const connection of this.connections)
      if (connection !== except) connection.sendFrames(frames);
  }

  destroy(): void {
    clearTimeout(this.compactionTimer);
    this.unwatch?.();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.awarenessDoc.destroy();
    this.current.destroy();
  }

  /** Queues an accepted update for the next group commit. */
  private store(unstored: Unstored): void {
    this.unstored.push(unstored);
    // One commit task per batch: later arrivals join it until it starts.
    if (this.unstored.length === 1) this.enqueue(() => this.commit());
  }

  /** Stores every waiting update in one write, then relays each. */
  private async commit(): Promise<void> {
    await nextTurn();
    const batch = this.unstored;
    this.unstored = [];
    const position = await this.options.store.appendAll(
      this.name,
      batch.map((u) => u.update),
    );
    // With a shared log, the watcher moves the position (it sees every node's entries in order).
    if (!this.options.store.watch) this.position = position;
    this.storedSinceCompaction += batch.length;
    this.relay(batch);
    await this.compactWhenDue();
  }

  /**
   * Folding the log into a snapshot encodes the whole document: done in a quiet moment, so it
   * never holds up the relay of an edit in a busy one — unless the log has grown far past due.
   */
  private async compactWhenDue(): Promise<void> {
    const { compactEvery } = this.options;
    if (this.storedSinceCompaction >= compactEvery * COMPACTION_OVERDUE_FACTOR) {
      clearTimeout(this.compactionTimer);
      await this.compactIfBehind();
      return;
    }
    if (this.storedSinceCompaction < compactEvery) return;
    clearTimeout(this.compactionTimer);
    this.compactionTimer = setTimeout(
      () => this.enqueue(() => this.compactIfBehind()),
      QUIET_BEFORE_COMPACTION_MS,
    );
    this.compactionTimer.unref();
  }

  /** Sends each screen the batch's updates except its own, all in one write per screen. */
  private relay(batch: readonly Unstored[]): void {
    const frames = batch.map((u) => binaryFrame(updateMessage(u.update)));
    for (const connection of this.connections) {
      const theirs = batch.some((u) => u.from === connection)
        ? frames.filter((_, i) => batch[i]!.from !== connection)
        : frames;
      connection.sendFrames(theirs);
    }
  }

  /** Entries other nodes stored (and this node's own, coming back in log order). */
  private onStored(entries: StoredEntry[]): void {
    for (const entry of entries) {
      if (!entry.own) {
        Y.applyUpdate(this.current, entry.update, REMOTE_ORIGIN);
        if (this.rereading) this.arrivedWhileRereading.push(entry.update);
        this.storedSinceCompaction += 1;
        // Stored by another node already: relay in order with this node's own writes.
        const message = updateMessage(entry.update);
        this.enqueue(async () => this.broadcast(message));
      }
      this.position = entry.position;
    }
  }

  private async compactIfBehind(): Promise<void> {
    if (this.storedSinceCompaction <= 1 || this.position === '' || this.rereading) return;
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

  private readonly onAwarenessUpdate = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed));
  };
}
