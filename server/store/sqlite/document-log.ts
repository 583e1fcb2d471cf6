// The embedded document store: in the one SQLite file (WAL), an update log and a snapshot per
// document. Compaction folds the log into the snapshot in one transaction. One node owns the file.
import type { DocumentStore, Position, StoredDocument } from '../document-store.ts';
import type { SqliteDataFile } from './data-file.ts';
import type { FoldedLog } from './store-thread.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY,
    doc TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_doc ON updates (doc, seq);
  CREATE TABLE IF NOT EXISTS snapshots (
    doc TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  );
`;

export class SqliteDocumentStore implements DocumentStore {
  /** One node owns the file: no other node writes it, so there is nothing to watch. */
  readonly shared = false;
  private readonly statements;

  constructor(private readonly data: SqliteDataFile) {
    const db = data.db;
    db.exec(SCHEMA);
    this.statements = {
      snapshot: db.prepare<[string], { data: Buffer }>('SELECT data FROM snapshots WHERE doc = ?'),
      updates: db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE doc = ? ORDER BY seq',
      ),
      append: db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)'),
      putSnapshot: db.prepare<[string, Uint8Array, number]>(
        `INSERT INTO snapshots (doc, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ),
      dropUpdates: db.prepare<[string, number]>('DELETE FROM updates WHERE doc = ? AND seq <= ?'),
      hasUpdate: db.prepare<[string, number]>('SELECT 1 FROM updates WHERE doc = ? AND seq = ?'),
      ping: db.prepare('SELECT 1'),
    };
  }

  async load(docName: string): Promise<StoredDocument> {
    const read = this.data.db.transaction(() => {
      const snapshot = this.statements.snapshot.get(docName);
      const rows = this.statements.updates.all(docName);
      const blobs = rows.map((row) => row.data);
      return {
        updates: snapshot ? [snapshot.data, ...blobs] : blobs,
        position: rows.length > 0 ? String(rows[rows.length - 1]!.seq) : '',
      };
    });
    const { updates, position } = read();
    return {
      updates: updates.map((data) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      position,
    };
  }

  async append(docName: string, update: Uint8Array): Promise<Position> {
    return this.appendAll(docName, [update]);
  }

  async appendAll(docName: string, updates: readonly Uint8Array[]): Promise<Position> {
    // One row commits on its own; several share one transaction (BEGIN and COMMIT cost too).
    const position = this.data.health.write('append', () =>
      updates.length === 1
        ? String(this.statements.append.run(docName, updates[0]!).lastInsertRowid)
        : this.appendInOneTransaction(docName, updates),
    );
    this.data.checkpointSoon(updates.length);
    return position;
  }

  private readonly appendInOneTransaction = (docName: string, updates: readonly Uint8Array[]) =>
    this.data.db.transaction(() => {
      let last: number | bigint = 0;
      for (const update of updates)
        last = this.statements.append.run(docName, update).lastInsertRowid;
      return String(last);
    })();

  async compact(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void> {
    this.data.health.write('compact', () =>
      this.data.db.transaction(() => {
        this.statements.putSnapshot.run(docName, snapshot, Date.now());
        this.statements.dropUpdates.run(docName, Number(upTo) || 0);
      })(),
    );
  }

  /** The store's thread reads and folds the log (store-thread.ts); the fold is written here. */
  async compactLog(docName: string): Promise<number> {
    return this.writeFold(docName, await this.data.thread.fold(docName));
  }

  /**
   * Writes a folded log in one short transaction, unless the last update it folded is gone by
   * then: a compaction or a forget wrote first, and a forget's snapshot must not be written over
   * with one that still holds what it forgot. Returns how many updates it replaced.
   */
  writeFold(docName: string, folded: FoldedLog | undefined): number {
    if (!folded) return 0;
    return this.data.health.write('compact', () =>
      this.data.db.transaction(() => {
        if (!this.statements.hasUpdate.get(docName, folded.upTo)) return 0;
        this.statements.putSnapshot.run(docName, folded.snapshot, Date.now());
        this.statements.dropUpdates.run(docName, folded.upTo);
        return folded.updates;
      })(),
    );
  }

  /** On one file the log keeps nothing for other readers: forgetting is compacting. */
  forget(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void> {
    return this.compact(docName, snapshot, upTo);
  }

  /** Rewrites the file without its free pages and empties the write-ahead log (data-file.ts). */
  scrub(): Promise<void> {
    return this.data.scrub();
  }

  async ping(): Promise<void> {
    if (!this.data.open) throw new Error('the SQLite store is closed');
    this.statements.ping.get();
    this.data.health.check();
  }

  /** Closes the data file, which the houses and access stores share. */
  close(): Promise<void> {
    return this.data.close();
  }
}
