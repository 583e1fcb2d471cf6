// Before the SQLite store opens its data file for writing: a damaged or unexpectedly empty file
// stops the start with one clear line, so it is never served as it is, or taken for a fresh
// install (a new house and admin link, with every device of the old one refused).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The data file cannot be used as it is; the message is one line for whoever runs the server. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

const ADVICE =
  'Nothing was changed. Restore it from a backup, or move it away to start a new house.';

/** Tables that hold what a house has, beside the houses themselves. */
const DATA_TABLES = ['devices', 'updates', 'snapshots'];

/**
 * Throws a DataFileError unless the file is sound and holds at least one house, or does not
 * exist yet in a folder without remains of one (its write-ahead log, copies of it): only then is
 * this a fresh install.
 */
export function checkDataFile(file: string): void {
  const name = path.basename(file);
  if (!fs.existsSync(file)) {
    if (!fs.existsSync(path.dirname(file))) return;
    const remains = fs
      .readdirSync(path.dirname(file))
      .filter((other) => other.startsWith(name) && other !== `${name}-shm`);
    if (remains.length > 0) {
      throw new DataFileError(
        `the data file ${file} is missing, but ${remains.join(', ')} is beside it. Put the data file back, or move these away to start a new house.`,
      );
    }
    return;
  }
  if (fs.statSync(file).size === 0) {
    throw new DataFileError(`the data file ${file} is empty (0 bytes). ${ADVICE}`);
  }
  // Read-only: a damaged file is left exactly as it was found (no checkpoint on close).
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // quick_check reads every page once (milliseconds for a house's few megabytes) and finds
    // what a torn or overwritten page breaks; the full integrity_check adds index checks only.
    const problems = (db.pragma('quick_check(3)') as Array<{ quick_check: string }>)
      .map((row) => row.quick_check)
      .filter((result) => result !== 'ok');
    if (problems.length > 0) {
      throw new DataFileError(
        `the data file ${file} is damaged (SQLite's check says: ${problems.join('; ').replace(/\s+/g, ' ')}). ${ADVICE}`,
      );
    }
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
          name: string;
        }>
      ).map((row) => row.name),
    );
    if (!tables.has('houses')) {
      // What a copy taken while the server ran looks like: all it had was still in the WAL.
      throw new DataFileError(
        `the data file ${file} holds no houses: it may be a copy made without its ${name}-wal file. ${ADVICE}`,
      );
    }
    if (count(db, 'houses') > 0) return;
    const others = DATA_TABLES.filter((table) => tables.has(table) && count(db!, table) > 0);
    if (others.length > 0) {
      throw new DataFileError(
        `the data file ${file} holds no houses, yet it holds ${others.join(' and ')}: it is damaged or incomplete. ${ADVICE}`,
      );
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    // SQLite needs a little room beside the file to read it (its WAL index): on a disk that is
    // full or failing it cannot even look. The file itself may be fine, so it is not called damaged.
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_FULL' || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR')) {
      throw new DataFileError(
        `the data file ${file} could not be opened (${(error as Error).message}): the disk may be full or failing. Free some space on it, or check it, then start again; the file was not changed.`,
      );
    }
    throw new DataFileError(
      `the data file ${file} could not be read (${(error as Error).message}). ${ADVICE}`,
    );
  } finally {
    db?.close();
  }
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
