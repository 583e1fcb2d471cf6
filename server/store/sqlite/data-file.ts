// The one SQLite file in the data dir that every SQLite store shares: opened in WAL mode after a
// check that it is sound, with its write health (a full disk is a state, not a crash) and
// checkpoints taken when the house is quiet rather than inside an edit's write.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../../log.ts';
import { checkDataFile } from './data-file-check.ts';
import { StoreThread } from './store-thread.ts';
import { WriteHealth } from './write-health.ts';

/** A checkpoint waits for this much quiet after the last write… */
const QUIET_BEFORE_CHECKPOINT_MS = 250;
/** …unless writes keep coming for this many. */
const FORCED_CHECKPOINT_WRITES = 5_000;
/**
 * A quiet moment after at most this many writes checkpoints on the server's own connection: a few
 * pages copied and one fsync, about what one edit's write costs. A house's ordinary day never
 * starts the store's thread (a second V8 heap, some 7 MiB), which bursts and folds still use.
 */
const SMALL_CHECKPOINT_WRITES = 64;

export interface SqliteOptions {
  dataDir: string;
  synchronous: 'full' | 'normal';
  /** Where a full disk (and its end) is told. */
  log?: Logger;
}

export class SqliteDataFile {
  readonly file: string;
  readonly db: Database.Database;
  /** Whether writes can be made now: a full disk refuses them, and /healthz says so. */
  readonly health: WriteHealth;
  /** Whether this start made the file: a new file is not "upgraded", only stamped. */
  readonly made: boolean;
  /** Checkpoints and log folding, off the event loop (store-thread.ts). */
  readonly thread: StoreThread;
  private readonly log?: Logger;
  private writesSinceCheckpoint = 0;
  private checkpointTimer?: NodeJS.Timeout;
  private checkpointing = false;

  constructor(options: SqliteOptions) {
    this.log = options.log;
    this.file = path.join(options.dataDir, 'houseboard.sqlite');
    checkDataFile(this.file);
    this.made = !fs.existsSync(this.file);
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    // A small page cache: documents are read once, when they load, then live in memory; the
    // operating system's file cache serves the rest without counting against the process.
    this.db.pragma('cache_size = -256');
    // Checkpoints copy the write-ahead log into the database file, with an fsync; SQLite would do
    // it inside whichever write crosses 1,000 pages, holding up that edit's relay. We do it on the
    // store's own thread instead, when the house is quiet (or, under a long burst, every few
    // thousand writes).
    this.db.pragma('wal_autocheckpoint = 0');
    this.thread = new StoreThread(this.file);
    this.health = new WriteHealth(options.dataDir, () => this.probe(), options.log);
  }

  /** Whether the file is still open; a closed file refuses every read and write. */
  get open(): boolean {
    return this.db.open;
  }

  /**
   * Tries one write at start. A start on a disk that is still full serves what is stored, and
   * says it cannot save; any other failure stops the start.
   */
  probeAtStart(): void {
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

  /** Counts writes to the log; a checkpoint follows once they pause (or pile up). */
  checkpointSoon(writes: number): void {
    this.writesSinceCheckpoint += writes;
    if (this.writesSinceCheckpoint >= FORCED_CHECKPOINT_WRITES) {
      this.checkpoint();
      return;
    }
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => this.checkpoint(), QUIET_BEFORE_CHECKPOINT_MS);
    this.checkpointTimer.unref();
  }

  /**
   * Copies the write-ahead log into the file: here when it is small and the thread is not running,
   * otherwise on the store's thread, one at a time. Runs from a timer: a failure is logged and
   * becomes the store's state, never thrown.
   */
  private checkpoint(): void {
    clearTimeout(this.checkpointTimer);
    const writes = this.writesSinceCheckpoint;
    this.writesSinceCheckpoint = 0;
    if (!this.db.open || this.checkpointing) return;
    if (writes <= SMALL_CHECKPOINT_WRITES && !this.thread.running) {
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
      } catch (error) {
        if (!this.health.failed('checkpoint', error))
          this.log?.error({ err: error }, 'checkpoint failed');
      }
      return;
    }
    this.checkpointing = true;
    this.thread
      .checkpoint()
      .catch((error) => {
        // What the WAL holds is stored; it reaches the database file once the disk has room.
        if (!this.health.failed('checkpoint', error))
          this.log?.error({ err: error }, 'checkpoint failed');
      })
      .finally(() => {
        this.checkpointing = false;
      });
  }

  /**
   * Leaves nothing deleted readable in the data dir: VACUUM rewrites the whole file from what it
   * holds now (deleted rows and free pages are not copied), and a TRUNCATE checkpoint moves the
   * write-ahead log into it and cuts the log to nothing, so old page images go too. Blocks while
   * it runs (the whole file is rewritten): for the rare moment a person is forgotten.
   */
  async scrub(): Promise<void> {
    clearTimeout(this.checkpointTimer);
    this.writesSinceCheckpoint = 0;
    await this.thread.stop(); // its connection would keep the log from being emptied
    this.health.write('scrub', () => this.db.exec('VACUUM'));
    for (let attempt = 0; ; attempt++) {
      const [result] = this.health.write(
        'scrub',
        () => this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>,
      );
      if (!result?.busy) return;
      // Another handle on the file (the command line) is reading: try again, then give up.
      if (attempt >= 100) throw new Error('the write-ahead log could not be emptied: file busy');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    this.health.stop();
    clearTimeout(this.checkpointTimer);
    await this.thread.stop();
    // The last connection to close checkpoints the whole log into the file, and removes it.
    if (this.db.open) this.db.close();
  }
}
