// Which documents are in memory. A document loads once however many screens ask at the same
// moment, and is forgotten some time after its last screen leaves, once its writes are stored.
// A house's board holds its settings in memory with it: some of the board's rules follow them.
// A document nobody changed or asked for in `hibernateAfterMs` sleeps, encoded, while its screens
// stay connected (a wall watching a quiet house holds a few kilobytes, not a Y.Doc).
import { docName, parseDocName } from '../../board/documents.ts';
import type { HouseRules } from '../../board/records.ts';
import { readSettings } from '../../board/settings.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { Peer } from './peer.ts';
import { SharedDocument } from './shared-document.ts';
import type { SyncMetrics } from './sync-metrics.ts';

export interface RegistryOptions {
  store: DocumentStore;
  compactEvery: number;
  unloadAfterMs: number;
  /** How long a loaded document may go unused before it is held encoded; 0: never. */
  hibernateAfterMs?: number;
  log: Logger;
  metrics?: SyncMetrics;
}

export class DocumentRegistry {
  private readonly loading = new Map<string, Promise<SharedDocument>>();
  private readonly loaded = new Map<string, SharedDocument>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private closing = false;

  private readonly tidying: NodeJS.Timeout;
  private readonly sleeping?: NodeJS.Timeout;

  constructor(private readonly options: RegistryOptions) {
    // Documents open for days (a kiosk never leaves) still forget on schedule.
    this.tidying = setInterval(() => {
      for (const document of this.loaded.values()) document.tidy();
    }, 3_600_000);
    this.tidying.unref();
    const quietMs = options.hibernateAfterMs ?? 0;
    if (quietMs > 0) {
      // Looked at four times per quiet period (at most every 50 ms): a document sleeps between 1
      // and 1.25 periods after its last use.
      const every = Math.max(quietMs / 4, 50);
      this.sleeping = setInterval(() => this.sleepQuietDocuments(quietMs), every);
      this.sleeping.unref();
    }
  }

  get loadedCount(): number {
    return this.loaded.size;
  }

  /** Loaded documents held encoded now (asleep), for /metrics and the tests. */
  get asleepCount(): number {
    let count = 0;
    for (const document of this.loaded.values()) if (document.asleep) count += 1;
    return count;
  }

  get connectionCount(): number {
    let count = 0;
    for (const document of this.loaded.values()) count += document.connections.size;
    return count;
  }

  /** Open sync connections per device role, for /metrics (counted when asked, never per edit). */
  connectionsByRole(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const document of this.loaded.values()) {
      for (const { device } of document.connections) {
        counts.set(device.role, (counts.get(device.role) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** The document, loaded fully from the store; the connection now counts as using it. */
  async acquire(name: string, connection: Peer): Promise<SharedDocument> {
    const document = await this.load(name);
    this.cancelUnload(name);
    if (connection.isClosed) {
      this.scheduleUnloadIfUnused(document);
    } else {
      document.connections.add(connection);
    }
    return document;
  }

  /** A change the server makes itself, to a document that may not be open on any screen. */
  async change(name: string, change: (doc: import('yjs').Doc) => void): Promise<void> {
    const document = await this.load(name);
    this.cancelUnload(name);
    document.transactLocal(change);
    await document.flush();
    this.scheduleUnloadIfUnused(document);
  }

  /** The store every document is written to. */
  get store(): DocumentStore {
    return this.options.store;
  }

  /**
   * Runs `use` on a document, loaded from the store if it is not in memory; it stays in memory
   * until `use` is done (forget-history.ts).
   */
  async using<T>(name: string, use: (document: SharedDocument) => Promise<T>): Promise<T> {
    const document = await this.load(name);
    this.cancelUnload(name);
    try {
      return await use(document);
    } finally {
      this.scheduleUnloadIfUnused(document);
    }
  }

  release(connection: Peer): void {
    const document = this.loaded.get(connection.docName);
    if (!document?.connections.delete(connection)) return;
    document.releasePresence(connection); // its presence leaves every other screen
    this.scheduleUnloadIfUnused(document);
  }

  /** Closes every connection, stores every pending write and forgets every document. */
  async closeAll(): Promise<void> {
    this.closing = true;
    clearInterval(this.tidying);
    clearInterval(this.sleeping);
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled(this.loading.values());
    const documents = [...this.loaded.values()];
    for (const document of documents) {
      for (const connection of document.connections) connection.close('ShuttingDown');
    }
    await Promise.all(documents.map((document) => document.flush({ compact: true })));
    for (const document of documents) this.forget(document);
  }

  /**
   * The house's settings as held now, for the board's rules; undefined when the settings are not
   * in memory or are being read again, and then those rules allow nothing more.
   */
  private houseRules(houseId: string): HouseRules | undefined {
    const settings = this.loaded.get(docName(houseId, 'settings'));
    return settings && !settings.busy ? readSettings(settings.doc) : undefined;
  }

  /** The settings document a loaded board keeps in memory: it is not unloaded while the board is. */
  private heldByBoard(document: SharedDocument): boolean {
    const parsed = parseDocName(document.name);
    return parsed?.kind === 'settings' && this.loaded.has(docName(parsed.houseId, 'board'));
  }

  private sleepQuietDocuments(quietMs: number): void {
    const now = performance.now();
    for (const document of this.loaded.values()) {
      if (document.sleepIfQuiet(now, quietMs))
        this.options.log.debug({ doc: document.name }, 'asleep');
    }
  }

  private load(name: string): Promise<SharedDocument> {
    const existing = this.loading.get(name);
    if (existing) return existing;
    const parsed = parseDocName(name);
    const isBoard = parsed?.kind === 'board';
    // The board's rules read the house's settings, so they are in memory before the board is.
    const settingsFirst = isBoard
      ? this.load(docName(parsed.houseId, 'settings')).then((settings) => {
          this.cancelUnload(settings.name); // held from now on with the board
          return settings;
        })
      : Promise.resolve(undefined);
    const loading = settingsFirst
      .then(() =>
        SharedDocument.load(name, {
          store: this.options.store,
          compactEvery: this.options.compactEvery,
          log: this.options.log,
          metrics: this.options.metrics,
          onStoreFailure: (document) => this.dropAfterFailure(document),
          house: isBoard ? () => this.houseRules(parsed.houseId) : undefined,
        }),
      )
      .then(
        (document) => {
          this.loaded.set(name, document);
          return document;
        },
        (error) => {
          this.loading.delete(name);
          void settingsFirst.then(
            (settings) => settings && this.scheduleUnloadIfUnused(settings),
            () => undefined,
          );
          throw error;
        },
      );
    this.loading.set(name, loading);
    return loading;
  }

  private scheduleUnloadIfUnused(document: SharedDocument): void {
    if (this.closing) return;
    if (document.connections.size > 0 || this.unloadTimers.has(document.name)) return;
    if (this.heldByBoard(document)) return; // goes with its board
    const timer = setTimeout(() => {
      this.unloadTimers.delete(document.name);
      void this.unload(document);
    }, this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(document.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private async unload(document: SharedDocument): Promise<void> {
    await document.flush({ compact: true });
    // A screen may have arrived while the writes were being stored: then the document stays.
    if (document.connections.size > 0 || document.hasPendingWrites) return;
    if (this.heldByBoard(document)) return;
    if (this.loaded.get(document.name) !== document || this.unloadTimers.has(document.name)) return;
    this.forget(document);
    this.options.log.debug({ doc: document.name }, 'unloaded');
  }

  /** The store refused a write: drop the document so the next screen reloads what is stored. */
  private dropAfterFailure(document: SharedDocument): void {
    for (const connection of document.connections) connection.close('StoreUnavailable');
    this.forget(document);
  }

  private forget(document: SharedDocument): void {
    if (this.loaded.get(document.name) === document) {
      this.loaded.delete(document.name);
      this.loading.delete(document.name);
    }
    document.connections.clear();
    document.destroy();
    // The board let go: its settings may go too, once nobody else uses them.
    const parsed = parseDocName(document.name);
    const settings =
      parsed?.kind === 'board' && this.loaded.get(docName(parsed.houseId, 'settings'));
    if (settings) this.scheduleUnloadIfUnused(settings);
  }
}
