// The real SQLite stores with waits added to the document store, to hold the server at the
// moments the tests look at: a document still loading, a write not yet stored.
import { setTimeout as sleep } from 'node:timers/promises';
import type { DocumentStore, Position } from '../../server/store/document-store.ts';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import type { Stores } from '../../server/store/stores.ts';

export class SlowStore implements DocumentStore {
  loadDelayMs = 0;
  appendDelayMs = 0;
  /** How many updates have been stored, per document. */
  readonly appended = new Map<string, number>();
  /** How many updates each write stored, in order (several: a group commit). */
  readonly writeSizes: number[] = [];
  readonly shared: boolean;
  readonly watch?: DocumentStore['watch'];

  constructor(private readonly inner: DocumentStore) {
    // Sharing and watching are the inner store's, passed on without waits.
    this.shared = inner.shared;
    this.watch = inner.watch?.bind(inner);
  }

  async load(docName: string) {
    await sleep(this.loadDelayMs);
    return this.inner.load(docName);
  }

  append(docName: string, update: Uint8Array) {
    return this.appendAll(docName, [update]);
  }

  async appendAll(docName: string, updates: readonly Uint8Array[]) {
    await sleep(this.appendDelayMs);
    const position = await this.inner.appendAll(docName, updates);
    this.appended.set(docName, (this.appended.get(docName) ?? 0) + updates.length);
    this.writeSizes.push(updates.length);
    return position;
  }

  compact(docName: string, snapshot: Uint8Array, upTo: Position) {
    return this.inner.compact(docName, snapshot, upTo);
  }

  ping() {
    return this.inner.ping();
  }

  close() {
    return this.inner.close();
  }
}

/** The SQLite stores in `dataDir`, their documents made slow: give `stores` to the server. */
export function slowSqliteStores(dataDir: string): { slow: SlowStore; stores: Stores } {
  const sqlite = openSqliteStores({ dataDir, synchronous: 'normal' });
  const slow = new SlowStore(sqlite.documents);
  return { slow, stores: { ...sqlite, documents: slow } };
}
