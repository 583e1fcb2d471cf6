// The log a shared document is written through to the store. Accepted updates are stored in
// arrival order through one queue per document, and relayed only once stored; those that arrive
// together are stored in one write (group commit). In a quiet moment the log is folded into a
// snapshot (compaction) up to the position this copy has applied. With a store shared by several
// nodes, the entries the other nodes store come in through here too, in log order.
import * as Y from 'yjs';
import * as stages from '../edit-stages.ts';
import type { Logger } from '../log.ts';
import type {
  DocumentStore,
  Position,
  StoredDocument,
  StoredEntry,
} from '../store/document-store.ts';
import { docFrom } from './live-document.ts';
import type { Peer } from './peer.ts';
import { updateMessage } from './protocol.ts';
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.ts';

/** Compaction, due after `compactEvery` writes, waits for this much quiet… */
const QUIET_BEFORE_COMPACTION_MS = 1_000;
/** …unless writes keep coming for this many times `compactEvery`. */
const COMPACTION_OVERDUE_FACTOR = 4;

/** An update on its way to the store, and the screen it came from (not sent back to it). */
export interface Unstored {
  update: Uint8Array;
  from?: Peer;
  /** When a screen's update was accepted (performance.now()), for the relay latency. */
  acceptedAt?: number;
  /** When it came in (performance.now()), while edit stages are written (server/edit-stages.ts). */
  receivedAt?: number;
}

export interface WriteLogOptions {
  store: DocumentStore;
  compactEvery: number;
  log: Logger;
  metrics?: SyncMetrics;
}

/** What the log asks of the document it writes through. */
export interface LoggedDocument {
  /** Sends each screen a stored batch, except what came from that screen. */
  relay(batch: readonly Unstored[]): void;
  /** Sends every screen a message (another node's stored entry, in log order). */
  broadcast(message: Uint8Array): void;
  /** Applies an entry another node stored. */
  applyRemote(update: Uint8Array): void;
  /** The whole document as one update to fold the log into; undefined while it must not be read. */
  snapshot(): Uint8Array | undefined;
  /** The store refused a write: called once, and nothing more is written. */
  onStoreFailure(error: unknown): void;
  /** Another node forgot the document's history: its screens connect again (and compact). */
  onForgotten(): void;
}

/** Resolves after the I/O callbacks now due have run: updates read in the same tick meet. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WriteLog {
  private writes: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private failed = false;
  /** Accepted updates waiting for the next group commit. */
  private unstored: Unstored[] = [];
  private storedSinceCompaction: number;
  /** The log position this copy has applied everything up to: what compaction may fold. */
  private position: Position;
  private compactionTimer?: NodeJS.Timeout;
  /** A compaction the store is doing by itself (`compactLog`), while one is under way. */
  private folding?: Promise<void>;
  private readonly unwatch?: () => void;
  private readonly metrics: SyncMetrics;

  /** Starts from what the document was loaded from; a shared store's later entries come in. */
  constructor(
    private readonly name: string,
    stored: StoredDocument,
    private readonly options: WriteLogOptions,
    private readonly document: LoggedDocument,
  ) {
    this.storedSinceCompaction = stored.updates.length;
    this.position = stored.position;
    this.metrics = options.metrics ?? NO_SYNC_METRICS;
    if (options.store.shared)
      this.unwatch = options.store.watch?.(name, stored.position, (entries) =>
        this.onStored(entries),
      );
  }

  get hasPendingWrites(): boolean {
    return this.pendingWrites > 0;
  }

  /** Queues an accepted update for the next group commit. */
  store(unstored: Unstored): void {
    this.unstored.push(unstored);
    // One commit task per batch: later arrivals join it until it starts.
    if (this.unstored.length === 1) this.enqueue(() => this.commit());
  }

  /**
   * Runs `callback` once everything that is in memory now has been stored, so a new screen is
   * never shown a change that a crash could still take back.
   */
  afterStored(callback: () => void): void {
    this.enqueue(async () => callback());
  }

  /**
   * Reads the document back from the store once everything queued before is stored, and hands
   * it to `replace` in order with the writes. If the store cannot be read, `replace` is never
   * called (the document is dropped through `onStoreFailure`).
   */
  readAgain(replace: (stored: StoredDocument) => void): void {
    this.enqueue(async () => {
      const stored = await this.options.store.load(this.name);
      // With a shared log the watcher keeps the position: the copy holds at least that much.
      if (!this.options.store.shared) this.position = stored.position;
      replace(stored);
    });
  }

  /** Resolves when every write queued so far has reached the store. */
  async flush(options: { compact?: boolean } = {}): Promise<void> {
    if (options.compact) this.enqueue(() => this.compactIfBehind());
    while (this.pendingWrites > 0) await this.writes;
    while (this.folding) await this.folding;
  }

  /**
   * Forgetting for good: once everything queued before is stored, reads the document back from
   * the store and folds it into one snapshot (Yjs keeps nothing of deleted content, so what the
   * document no longer holds is not in it), and has the store keep nothing of the log up to
   * there. Built from what the store holds, not from this copy: with a shared store, other
   * nodes' entries this copy has not applied yet are in it. Rejects when it could not be done;
   * the document carries on either way.
   */
  async forget(): Promise<void> {
    let outcome: { error?: unknown } | undefined;
    this.enqueue(async () => {
      try {
        const { store } = this.options;
        const stored = await store.load(this.name);
        const doc = docFrom(stored.updates);
        const snapshot = Y.encodeStateAsUpdate(doc);
        doc.destroy();
        if (store.forget) await store.forget(this.name, snapshot, stored.position);
        else await store.compact(this.name, snapshot, stored.position);
        this.storedSinceCompaction = 1;
        outcome = {};
      } catch (error) {
        outcome = { error };
      }
    });
    while (!outcome && this.pendingWrites > 0) await this.writes;
    if (!outcome) throw new Error(`${this.name} cannot be written: nothing was forgotten`);
    if (outcome.error) throw outcome.error;
  }

  close(): void {
    clearTimeout(this.compactionTimer);
    this.unwatch?.();
  }

  /** Stores every waiting update in one write, then relays each. */
  private async commit(): Promise<void> {
    await nextTurn();
    const batch = this.unstored;
    this.unstored = [];
    const started = performance.now();
    const position = await this.options.store.appendAll(
      this.name,
      batch.map((u) => u.update),
    );
    const storedAt = performance.now();
    this.metrics.storeWrite((storedAt - started) / 1000);
    // With a shared log, the watcher moves the position (it sees every node's entries in order).
    if (!this.options.store.shared) this.position = position;
    this.storedSinceCompaction += batch.length;
    this.document.relay(batch);
    const relayed = performance.now();
    for (const u of batch) {
      if (u.acceptedAt !== undefined) this.metrics.relayed((relayed - u.acceptedAt) / 1000);
    }
    const last = batch[batch.length - 1]!;
    if (last.receivedAt !== undefined && last.acceptedAt !== undefined) {
      // The batch's last update is the one its position names.
      const [received, validated, sent, stored, done] = [
        last.receivedAt,
        last.acceptedAt,
        started,
        storedAt,
        relayed,
      ].map(stages.onStageClock) as [number, number, number, number, number];
      stages.stored({ position, received, validated, sent, stored, relayed: done });
    }
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

  /** Entries other nodes stored (and this node's own, coming back in log order). */
  private onStored(entries: StoredEntry[]): void {
    const read = stages.editStagesOn() ? stages.stageClock() : undefined;
    for (const entry of entries) {
      if (entry.forgotten) {
        if (!entry.own) this.enqueue(async () => this.document.onForgotten());
      } else if (!entry.own) {
        // Stored by another node already, so relayed at once: it need not wait behind this
        // node's own writes in flight, nor for this copy to apply it (Yjs merges updates in
        // any order, and this copy applies it in the same turn).
        if (!this.failed) this.document.broadcast(updateMessage(entry.update));
        if (read !== undefined) stages.readRemote(entry.position, read, stages.stageClock());
        this.document.applyRemote(entry.update);
        this.storedSinceCompaction += 1;
      } else if (read !== undefined) {
        stages.readOwn(entry.position, read);
      }
      this.position = entry.position;
    }
  }

  private async compactIfBehind(): Promise<void> {
    if (this.storedSinceCompaction <= 1 || this.position === '') return;
    const { store } = this.options;
    if (store.compactLog) {
      this.compactInStore((name) => store.compactLog!(name));
      return;
    }
    const snapshot = this.document.snapshot();
    if (!snapshot) return;
    await this.options.store.compact(this.name, snapshot, this.position);
    this.storedSinceCompaction = 1;
  }

  /**
   * The store folds its own log, off the event loop: edits go on being stored and relayed
   * meanwhile, not queued behind it. A fold that fails is logged; the next one folds it all.
   */
  private compactInStore(compactLog: (name: string) => Promise<number>): void {
    if (this.folding || this.failed) return;
    this.folding = compactLog(this.name)
      .then((folded) => {
        this.storedSinceCompaction = Math.max(1, this.storedSinceCompaction - folded);
      })
      .catch((error) => {
        this.options.log.warn(
          { doc: this.name, err: error },
          'compaction failed: tried again later',
        );
      })
      .finally(() => {
        this.folding = undefined;
      });
  }

  private enqueue(task: () => Promise<void>): void {
    this.pendingWrites += 1;
    this.writes = this.writes
      .then(() => (this.failed ? undefined : task()))
      .catch((error) => {
        if (this.failed) return;
        this.failed = true;
        this.options.log.error({ doc: this.name, err: error }, 'store write failed');
        this.document.onStoreFailure(error);
      })
      .finally(() => {
        this.pendingWrites -= 1;
      });
  }
}
