// The SQLite file's slow chores, on a thread of their own so that an edit's relay never waits
// behind them: a checkpoint (copying the write-ahead log into the file, with an fsync) and folding
// a document's log into one snapshot (reading every stored update and encoding the whole
// document). On the bench's sustained case (`BENCH_CASES=ramp`), the two ran on the event loop,
// each in one piece, every few thousand edits, and set the delivery p99 of the whole server. The thread has its own connection to the file (WAL: its reads and checkpoints never
// block the server's writes) and writes nothing itself: the server writes a folded snapshot in
// one short transaction (document-log.ts). It starts when first asked and stops after a quiet
// while, so an idle server holds no second thread; a small checkpoint, after a few edits, is
// taken on the server's own connection and never starts it (data-file.ts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The thread stops after this long with nothing to do; the next chore starts it again. */
const QUIET_BEFORE_STOP_MS = 30_000;

/** A document's stored log, folded: the snapshot holds every entry up to `upTo`. */
export interface FoldedLog {
  snapshot: Uint8Array;
  /** The seq of the last update folded in. */
  upTo: number;
  /** How many updates were folded in (besides the snapshot they were folded onto). */
  updates: number;
}

/** An error the thread reported, with SQLite's code (SQLITE_FULL…) kept for the write health. */
export class StoreThreadError extends Error {
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'StoreThreadError';
    this.code = code;
  }
}

type Answer =
  | { id: number; ok: true; folded?: FoldedLog }
  | { id: number; ok: false; message: string; code?: string };

interface Waiting {
  worker: Worker;
  resolve: (answer: Answer & { ok: true }) => void;
  reject: (error: Error) => void;
}

/**
 * The thread's code: plain CommonJS, run as it is (`eval`) however the server runs (TypeScript
 * through tsx, the built bundle, the tests), with no file of its own to find. It loads the same
 * better-sqlite3 and yjs (its ES modules) as the server, by the paths the server resolves. A fold reads the
 * snapshot and the updates in one read transaction, applies them one by one in one transaction
 * (as the server loads a document, server/sync/live-document.ts `docFrom`), lets go of content
 * waiting for what it builds on (never stored since such updates are refused), and encodes.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
// yjs as ES modules (its CommonJS build reads each lib0 function through a getter: the thread's
// busiest function after the collector), loaded at the first fold: a thread that only
// checkpoints never parses it.
let Y;
let db;
let read;
// Opened at the first chore, so that a file it cannot open fails that chore with SQLite's reason.
function open() {
  if (db) return;
  const opened = new Database(workerData.file, { fileMustExist: true });
  opened.pragma('busy_timeout = 5000');
  opened.pragma('cache_size = -256');
  const snapshotOf = opened.prepare('SELECT data FROM snapshots WHERE doc = ?');
  const updatesOf = opened.prepare('SELECT seq, data FROM updates WHERE doc = ? ORDER BY seq');
  read = opened.transaction((doc) => ({ snapshot: snapshotOf.get(doc), rows: updatesOf.all(doc) }));
  db = opened;
}
function fold(doc) {
  const { snapshot, rows } = read(doc);
  if (rows.length === 0) return undefined;
  const ydoc = new Y.Doc({ guid: doc });
  Y.transact(ydoc, () => {
    if (snapshot) Y.applyUpdate(ydoc, snapshot.data);
    for (const row of rows) Y.applyUpdate(ydoc, row.data);
  });
  ydoc.store.pendingStructs = null;
  ydoc.store.pendingDs = null;
  const encoded = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { snapshot: encoded, upTo: Number(rows[rows.length - 1].seq), updates: rows.length };
}
// One chore at a time, in the order asked.
let chores = Promise.resolve();
parentPort.on('message', (message) => {
  chores = chores.then(() => answer(message));
});
async function answer(message) {
  try {
    if (message.kind === 'checkpoint') {
      open();
      db.pragma('wal_checkpoint(PASSIVE)');
      parentPort.postMessage({ id: message.id, ok: true });
    } else if (message.kind === 'fold') {
      if (!Y) Y = await import(workerData.yjs);
      open();
      const folded = fold(message.doc);
      parentPort.postMessage({ id: message.id, ok: true, folded }, folded ? [folded.snapshot.buffer] : []);
    } else if (message.kind === 'stop') {
      if (db) db.close();
      parentPort.postMessage({ id: message.id, ok: true });
      parentPort.close();
    }
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, message: String(error && error.message || error), code: error && error.code });
  }
}
`;

/** Where the thread loads its packages from: where the server's own resolve. */
function packages(): { sqlite: string; yjs: string } {
  const require = createRequire(import.meta.url);
  const yjs = require.resolve('yjs/package.json');
  const { exports } = JSON.parse(fs.readFileSync(yjs, 'utf8'));
  return {
    sqlite: require.resolve('better-sqlite3'),
    yjs: pathToFileURL(path.join(path.dirname(yjs), exports['.'].import)).href,
  };
}

export class StoreThread {
  private worker?: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private stopTimer?: NodeJS.Timeout;

  constructor(
    /** The SQLite file, which the server has open already. */
    private readonly file: string,
    private readonly quietBeforeStopMs = QUIET_BEFORE_STOP_MS,
  ) {}

  /** Whether the thread is running now (it starts when first asked, stops when quiet). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Copies the write-ahead log into the file as far as it can without waiting (PASSIVE). */
  async checkpoint(): Promise<void> {
    await this.ask({ kind: 'checkpoint' });
  }

  /** The document's stored log folded into one snapshot; undefined when it has no updates. */
  async fold(doc: string): Promise<FoldedLog | undefined> {
    const answer = await this.ask({ kind: 'fold', doc });
    return answer.folded;
  }

  /** Stops the thread once what it was asked before is done; its connection closes. */
  async stop(): Promise<void> {
    clearTimeout(this.stopTimer);
    const worker = this.worker;
    if (!worker) return;
    const closed = this.ask({ kind: 'stop' }).catch(() => undefined);
    this.worker = undefined; // a chore asked from now on starts a new thread
    await closed;
    await worker.terminate();
  }

  private ask(message: { kind: string; doc?: string }): Promise<Answer & { ok: true }> {
    const worker = this.worker ?? this.start();
    clearTimeout(this.stopTimer);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { worker, resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  private start(): Worker {
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { file: this.file, ...packages() },
      // Each fold builds a whole document and lets it go: with V8's small default nursery,
      // collecting took 25 of the thread's 47 busy seconds in the bench's sustained case.
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    // The thread never keeps the server's process alive by itself.
    worker.unref();
    worker.on('message', (answer: Answer) => this.answered(answer));
    // A thread that failed or stopped fails what was asked of it; the next chore starts another.
    const lost = (cause: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      // An error thrown in the thread arrives as what could be copied of it, maybe no message.
      const error =
        cause instanceof Error && cause.message
          ? cause
          : new StoreThreadError(`the store thread failed: ${JSON.stringify(cause)}`);
      for (const [id, waiting] of this.waiting) {
        if (waiting.worker !== worker) continue;
        this.waiting.delete(id);
        waiting.reject(error);
      }
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new StoreThreadError(`the store thread stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  private answered(answer: Answer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if (answer.ok) waiting.resolve(answer);
    else waiting.reject(new StoreThreadError(answer.message, answer.code));
    const worker = this.worker;
    if (worker && ![...this.waiting.values()].some((each) => each.worker === worker)) {
      clearTimeout(this.stopTimer);
      this.stopTimer = setTimeout(() => void this.stop(), this.quietBeforeStopMs);
      this.stopTimer.unref();
    }
  }
}
