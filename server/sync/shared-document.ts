// One house document held in memory while screens use it: the live document (checked against the
// board's schema, read again after a refused update), the log that writes it through to the
// store (each accepted update stored before it is relayed, in arrival order), the presence of
// its screens, and the screens themselves. Nobody sees a refused change, and nothing accepted is
// lost.
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type DocKind, parseDocName } from '../../board/documents.ts';
import { tidy } from '../../board/housekeeping.ts';
import type { HouseRules } from '../../board/records.ts';
import { migrateShape, NewerShape } from '../../board/shape-version.ts';
import { SchemaViolation } from '../../board/validation.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore, StoredDocument } from '../store/document-store.ts';
import { LiveDocument } from './live-document.ts';
import { newDoc } from './new-doc.ts';
import type { Peer } from './peer.ts';
import { PresenceOwners } from './presence.ts';
import { awarenessMessage, binaryFrame, updateMessage } from './protocol.ts';
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics.ts';
import { type Unstored, WriteLog } from './write-log.ts';

export interface SharedDocumentOptions {
  store: DocumentStore;
  compactEvery: number;
  log: Logger;
  /** Called once when the store refused a write: the document must be dropped from memory. */
  onStoreFailure: (document: SharedDocument, error: unknown) => void;
  /** The house's settings as held now, for rules that follow them (who may end visitor mode). */
  house?: () => HouseRules | undefined;
  /** How long renewals of unchanged presence wait to go on together (PRESENCE_RENEWALS_MS). */
  presenceRenewalsMs?: number;
  metrics?: SyncMetrics;
}

/**
 * Every screen renews its presence every 15 s, unchanged, so that the others keep it (y-protocols
 * drops a state not renewed for 30 s). Relaying each renewal at once to the whole room is most of
 * what a busy house sends; a change still goes on at once, but renewals wait up to this long and
 * go on together, one message to each screen. 15 s + 5 s stays well inside the 30 s.
 */
export const PRESENCE_RENEWALS_MS = 5_000;

export class SharedDocument {
  /** Presence lives apart from the document, which is replaced after a refused update. */
  private readonly awarenessDoc = newDoc();
  readonly awareness = new awarenessProtocol.Awareness(this.awarenessDoc);
  /** Which screen brought in each presence id: only it may change that presence. */
  readonly presence = new PresenceOwners(this.awareness);
  readonly connections = new Set<Peer>();
  /** Per device, the Yjs clients its screens started: what it added, it may still take back. */
  private readonly clientsStartedBy = new Map<string, Set<number>>();
  private readonly live: LiveDocument;
  private readonly writeLog: WriteLog;
  /** Presence ids renewed, unchanged, since renewals last went on; and when they go next. */
  private readonly renewed = new Set<number>();
  private renewalsTimer: NodeJS.Timeout | undefined;
  /** The ids the 'change' event of the presence update being applied has just sent on. */
  private changedNow: ReadonlySet<number> = new Set();

  private constructor(
    readonly name: string,
    readonly kind: DocKind,
    stored: StoredDocument,
    private readonly options: SharedDocumentOptions,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onPresenceChange);
    this.awareness.on('update', this.onPresenceUpdate);
    this.live = new LiveDocument(
      name,
      kind,
      stored,
      (replace) => this.writeLog.readAgain(replace),
      options.log,
    );
    this.writeLog = new WriteLog(name, stored, options, {
      relay: (batch) => this.relay(batch),
      broadcast: (message) => this.broadcast(message),
      applyRemote: (update) => this.live.applyRemote(update),
      snapshot: () => this.live.snapshot(),
      onStoreFailure: (error) => options.onStoreFailure(this, error),
      onForgotten: () => this.askScreensToCompact(),
    });
  }

  /** Reads everything stored for the document before anyone may see it. */
  static async load(name: string, options: SharedDocumentOptions): Promise<SharedDocument> {
    const parsed = parseDocName(name);
    if (!parsed) throw new Error(`not a document name: ${name}`);
    const stored = await options.store.load(name);
    const document = new SharedDocument(name, parsed.kind, stored, options);
    try {
      document.upgradeShape(); // before tidying: a document of a newer shape is never written
    } catch (error) {
      document.destroy();
      throw error;
    }
    document.tidy();
    return document;
  }

  /** Migrates an older shape (board/shape-version.ts), stored and relayed like any change. */
  private upgradeShape(): void {
    try {
      let upgraded: ReturnType<typeof migrateShape>;
      this.transactLocal((doc) => {
        upgraded = migrateShape(doc, this.kind);
      });
      if (upgraded!) this.options.log.info({ doc: this.name, ...upgraded }, 'shape upgraded');
    } catch (error) {
      if (error instanceof NewerShape)
        this.options.log.error({ doc: this.name }, `not loaded: ${error.message}`);
      throw error;
    }
  }

  /** The document as screens see it (with what was accepted and is being stored). */
  get doc(): Y.Doc {
    return this.live.doc;
  }

  /** Changes whenever the document does. */
  get version(): number {
    return this.live.version;
  }

  get hasPendingWrites(): boolean {
    return this.writeLog.hasPendingWrites;
  }

  /** While set, the document is being read again after a refused update: wait for it. */
  get busy(): Promise<void> | undefined {
    return this.live.busy;
  }

  /**
   * Accepts a client's update when what it adds passes the board's schema; it is then stored
   * and relayed. Throws when it does not pass — and the document is read again from the store.
   */
  receiveUpdate(update: Uint8Array, from: Peer): void {
    if (this.live.busy) throw new Error('receiveUpdate while the document is read again');
    const { device } = from;
    const ownClients = this.clientsStartedBy.get(device.id) ?? new Set<number>();
    this.clientsStartedBy.set(device.id, ownClients);
    const writer = {
      role: device.role,
      personId: device.personId,
      ownClients,
      house: this.options.house,
    };
    let added: Uint8Array | undefined;
    try {
      added = this.live.applyChecked(update, writer);
    } catch (error) {
      this.metrics.updateRefused(
        error instanceof SchemaViolation ? error.reason : 'MalformedMessage',
      );
      throw error;
    }
    if (!added) return; // nothing new
    this.metrics.updateAccepted();
    // Timed only when someone reads the times (/metrics on).
    const acceptedAt = this.options.metrics ? performance.now() : undefined;
    this.writeLog.store({ update: added, from, acceptedAt });
  }

  /** Where accepted and refused updates are counted. */
  get metrics(): SyncMetrics {
    return this.options.metrics ?? NO_SYNC_METRICS;
  }

  /** Forgets what the board lets go of on its own (removed for a week, old day records). */
  tidy(now = Date.now()): void {
    if (this.kind === 'settings' || this.live.busy) return; // the next round will do it
    let forgotten = 0;
    this.transactLocal((doc) => {
      forgotten = tidy(doc, this.kind, now);
    });
    if (forgotten > 0) this.options.log.info({ doc: this.name, forgotten }, 'tidied');
    this.live.forgetEmptyMaps();
  }

  /** A change made by the server itself, stored and relayed like any other. */
  transactLocal(change: (doc: Y.Doc) => void): void {
    if (this.live.busy) {
      this.writeLog.afterStored(() => this.transactLocal(change)); // once it has been read again
      return;
    }
    for (const update of this.live.transact(change)) this.writeLog.store({ update });
  }

  /**
   * Runs `callback` once everything that is in memory now has been stored, so a new screen is
   * never shown a change that a crash could still take back.
   */
  afterStored(callback: () => void): void {
    this.writeLog.afterStored(callback);
  }

  /** Resolves when every write queued so far has reached the store. */
  flush(options: { compact?: boolean } = {}): Promise<void> {
    return this.writeLog.flush(options);
  }

  /**
   * Has the store keep nothing of this document's history up to now: one snapshot of what the
   * document holds instead (see WriteLog.forget). For forgetHistory (forget-history.ts).
   */
  async forgetHistory(): Promise<void> {
    await this.writeLog.forget();
    this.askScreensToCompact();
  }

  /** Each screen connects again, and compacts its own copy once it has synced (ui/connection.ts). */
  private askScreensToCompact(): void {
    for (const connection of this.connections) connection.close('HistoryForgotten');
  }

  destroy(): void {
    this.writeLog.close();
    clearTimeout(this.renewalsTimer);
    this.awareness.off('change', this.onPresenceChange);
    this.awareness.off('update', this.onPresenceUpdate);
    this.awareness.destroy();
    this.awarenessDoc.destroy();
    this.live.destroy();
  }

  /** Sends every screen the same message, framed once. */
  private broadcast(message: Uint8Array): void {
    const frames = [binaryFrame(message)];
    for (const connection of this.connections) connection.sendFrames(frames);
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

  /**
   * y-protocols emits 'change' (states that differ, added or removed) and then 'update' (those
   * and the unchanged renewals) for each presence update: changes go on at once, renewals wait.
   */
  private readonly onPresenceChange = (change: PresenceChange) => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    this.changedNow = new Set(changed);
    for (const id of changed) this.renewed.delete(id);
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed));
  };

  private readonly onPresenceUpdate = (change: PresenceChange) => {
    const sent = this.changedNow;
    this.changedNow = new Set();
    for (const id of change.updated) if (!sent.has(id)) this.renewed.add(id);
    if (this.renewed.size === 0 || this.renewalsTimer) return;
    this.renewalsTimer = setTimeout(
      this.sendRenewals,
      this.options.presenceRenewalsMs ?? PRESENCE_RENEWALS_MS,
    );
    this.renewalsTimer.unref();
  };

  private readonly sendRenewals = () => {
    this.renewalsTimer = undefined;
    const states = this.awareness.getStates();
    const ids = [...this.renewed].filter((id) => states.has(id)); // not those since taken away
    this.renewed.clear();
    if (ids.length > 0) this.broadcast(awarenessMessage(this.awareness, ids));
  };
}

interface PresenceChange {
  added: number[];
  updated: number[];
  removed: number[];
}
