// The embedded store: one SQLite file in WAL mode holding an update log and a snapshot per
// document. Compaction folds the log into the snapshot in one transaction.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log.ts';
import { checkDataFile } from './data-file-check.ts';
import type { DocumentStore, HouseRecord, Position, StoredDocument } from './store.ts';
import { WriteHealth } from './write-health.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS houses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
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

/** A checkpoint waits for this much quiet after the last write… */
const QUIET_BEFORE_CHECKPOINT_MS = 250;
/** …unless writes keep coming for this many. */
const FORCED_CHECKPOINT_WRITES = 5_000;

export interface SqliteOptions {
  dataDir: string;
  synchronous: 'full' | 'normal';
  /** Where a full disk (and its end) is told. */
  log?: Logger;
}

export class SqliteStore implements DocumentStore {
  /** One node owns the file: no other node writes it, so there is nothing to watch. */
  readonly shared = false;
  readonly file: string;
  readonly db: Database.Database;
  private readonly statements;
  /** Whether writes can be made now: a full disk refuses them, and /healthz says so. */
  readonly health: WriteHealth;
  private readonly log?: Logger;

  constructor(options: SqliteOptions) {
    this.log = options.log;
    this.file = path.join(options.dataDir, 'houseboard.sqlite');
    checkDataFile(this.file);
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    // A small page cache: documents are read once, when they load, then live in memory; the
    // operating system's file cache serves the rest without counting against the process.
    this.db.pragma('cache_size = -256');
    // Checkpoints copy the write-ahead log into the database file, with an fsync; SQLite would do
    // it inside whichever write crosses 1,000 pages, holding up that edit's relay. We do it when
    // the house is quiet instead (or, under a long burst, every few thousand writes).
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.exec(SCHEMA);
    this.statements = {
      snapshot: this.db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM snapshots WHERE doc = ?',
      ),
      updates: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE doc = ? ORDER BY seq',
      ),
      append: this.db.prepare<[string, Uint8Array]>(
        'INSERT INTO updates (doc, data) VALUES (?, ?)',
      ),
      putSnapshot: this.db.prepare<[string, Uint8Array, number]>(
        `INSERT INTO snapshots (doc, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ),
      dropUpdates: this.db.prepare<[string, number]>(
        'DELETE FROM updates WHERE doc = ? AND seq <= ?',
      ),
      createHouse: this.db.prepare<[string, string, number]>(
        'INSERT OR IGNORE INTO houses (id, name, created_at) VALUES (?, ?, ?)',
      ),
      listHouses: this.db.prepare<[], { id: string; name: string; created_at: number }>(
        'SELECT id, name, created_at FROM houses ORDER BY created_at, id',
      ),
      ping: this.db.prepare('SELECT 1'),
    };
    this.health = new WriteHealth(options.dataDir, () => this.probe(), options.log);
    // A start on a disk that is still full serves what is stored, and says it cannot save.
    try {
      this.probe();
    } catch (error) {
      if (!this.health.failed('start', error)) throw error;
    }
  }

  /** One small real write and a checkpoint: both succeed only when the disk has room. */
  private probe(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS store_probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
      INSERT OR REPLACE INTO store_probe (id, at) VALUES (1, ${Date.now()})`);
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  async load(docName: string): Promise<StoredDocument> {
    const read = this.db.transaction(() => {
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
    const position = this.health.write('append', () =>
      updates.length === 1
        ? String(this.statements.append.run(docName, updates[0]!).lastInsertRowid)
        : this.appendInOneTransaction(docName, updates),
    );
    this.checkpointSoon(updates.length);
    return position;
  }

  private readonly appendInOneTransaction = (docName: string, updates: readonly Uint8Array[]) =>
    this.db.transaction(() => {
      let last: number | bigint = 0;
      for (const update of updates)
        last = this.statements.append.run(docName, update).lastInsertRowid;
      return String(last);
    })();

  private writesSinceCheckpoint = 0;
  private checkpointTimer?: NodeJS.Timeout;

  private checkpointSoon(writes: number): void {
    this.writesSinceCheckpoint += writes;
    if (this.writesSinceCheckpoint >= FORCED_CHECKPOINT_WRITES) {
      this.checkpoint();
      return;
    }
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => this.checkpoint(), QUIET_BEFORE_CHECKPOINT_MS);
    this.checkpointTimer.unref();
  }

  /** Runs from a timer too: a failure is logged and becomes the store's state, never thrown. */
  private checkpoint(): void {
    clearTimeout(this.checkpointTimer);
    this.writesSinceCheckpoint = 0;
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // What the WAL holds is stored; it reaches the database file once the disk has room.
      if (!this.health.failed('checkpoint', error))
        this.log?.error({ err: error }, 'checkpoint failed');
    }
  }

  async compact(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void> {
    this.health.write('compact', () =>
      this.db.transaction(() => {
        this.statements.putSnapshot.run(docName, snapshot, Date.now());
        this.statements.dropUpdates.run(docName, Number(upTo) || 0);
      })(),
    );
  }

  async createHouse(house: HouseRecord): Promise<boolean> {
    return this.health.write(
      'house',
      () => this.statements.createHouse.run(house.id, house.name, house.createdAt).changes === 1,
    );
  }

  async listHouses(): Promise<HouseRecord[]> {
    return this.statements.listHouses
      .all()
      .map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
  }

  async ping(): Promise<void> {
    if (!this.db.open) throw new Error('the SQLite store is closed');
    this.statements.ping.get();
    this.health.check();
  }

  async close(): Promise<void> {
    this.health.stop();
    if (this.db.open) this.checkpoint();
    if (this.db.open) this.db.close();
  }
}
