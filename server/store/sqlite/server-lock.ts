// Which server uses this data dir now: a running server holds an exclusive SQLite lock on a small
// file of its own in DATA_DIR (`server.lock`), with its process id written in the file's header.
// The lock is the operating system's (a POSIX record lock, as SQLite takes them): it ends with
// the process however the process ends — stopped, crashed or killed with kill -9 — so a lock
// left behind by a dead server never blocks anyone, and no process id is ever guessed at (a pid
// can be reused, and differs between containers sharing the volume).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const LOCK_FILE = 'server.lock';
/** Where SQLite keeps PRAGMA user_version in a file's header: the holder's pid, here. */
const PID_AT = 60;

/** The process id of the server holding the lock, read from the header without locking. */
function holderPid(file: string): number | undefined {
  try {
    const header = Buffer.alloc(4);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 4, PID_AT);
    } finally {
      fs.closeSync(fd);
    }
    return header.readUInt32BE(0) || undefined;
  } catch {
    return undefined;
  }
}

function busy(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function heldBy(dataDir: string, pid: number | undefined, who = 'a'): string {
  return `${who} Houseboard server is running on the data dir ${dataDir}${pid ? ` (pid ${pid})` : ''}: stop it first, then try again.`;
}

/** One line naming the server holding the lock on this data dir; undefined when none does. */
export function runningServer(dataDir: string): string | undefined {
  const file = path.join(dataDir, LOCK_FILE);
  if (!fs.existsSync(file)) return undefined;
  let db: Database.Database | undefined;
  try {
    // No waiting: a server holds the lock for as long as it runs.
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    db.pragma('user_version', { simple: true });
    return undefined;
  } catch (error) {
    // A file no one holds a lock on (spoilt, or not ours) means no server.
    return busy(error) ? heldBy(dataDir, holderPid(file)) : undefined;
  } finally {
    db?.close();
  }
}

/** Opens the lock file and takes its lock, or throws (the file closed again). */
function takeLock(file: string): Database.Database {
  // A moment's wait: the command line may be reading the file just now.
  const db = new Database(file, { timeout: 500 });
  try {
    // Exclusive locking mode keeps the lock the first write takes until the file is closed.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    db.pragma(`user_version = ${process.pid}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Takes the lock for this process until release (or until the process ends). Refuses, with one
 * line, a data dir another server already holds: two servers on one file would each keep their
 * own copy of every board in memory.
 */
export function holdServerLock(dataDir: string): { release(): void } {
  const file = path.join(dataDir, LOCK_FILE);
  let db: Database.Database;
  try {
    db = takeLock(file);
  } catch (error) {
    if (busy(error)) throw new Error(heldBy(dataDir, holderPid(file), 'another'));
    // A lock file someone spoilt or replaced is no one's: make it again.
    fs.rmSync(file, { force: true });
    db = takeLock(file);
  }
  return {
    release() {
      if (db.open) db.close();
    },
  };
}
