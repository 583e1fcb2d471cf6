// Before the SQLite store opens its data file for writing: a damaged or unexpectedly empty file
// stops the start with one clear line, so it is never served as it is, or taken for a fresh
// install (a new house and admin link, with every device of the old one refused).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newerSchemaProblem, SCHEMA_VERSION, schemaVersionOf } from './schema-version.ts';
import { freeBytes } from './write-health.ts';

/** The data file cannot be used as it is; the message is one line for whoever runs the server. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

const ADVICE =
  'Nothing was changed. Restore it from a backup, or move it away to start a new house.';

/** Room a new house needs to be made in: its tables and first documents, with a margin. */
const ROOM_FOR_A_NEW_FILE = 1024 * 1024;

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
    // A new file on a full disk would be left behind cut short, and look damaged at the next start.
    const free = freeBytes(path.dirname(file));
    if (free < ROOM_FOR_A_NEW_FILE) {
      throw new DataFileError(
        `the disk holding ${path.dirname(file)} is full (${Math.floor(free / 1024)} KB free): free some space, then start again; nothing was made.`,
      );
    }
    return;
  }
  if (fs.statSync(file).size === 0) {
    throw new DataFileError(`the data file ${file} is empty (0 bytes). ${ADVICE}`);
  }
  checkHeader(file);
  checkWritable(file);
  // Read before the check's own handle opens: in WAL mode it makes an empty log beside the file.
  const walHoldsMore = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0;
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
    const version = schemaVersionOf(db);
    const newer = newerSchemaProblem(version, file, SCHEMA_VERSION);
    if (newer) throw new DataFileError(newer);
    if (count(db, 'houses') > 0) return;
    const others = DATA_TABLES.filter((table) => tables.has(table) && count(db!, table) > 0);
    if (others.length > 0) {
      throw new DataFileError(
        `the data file ${file} holds no houses, yet it holds ${others.join(' and ')}: it is damaged or incomplete. ${ADVICE}`,
      );
    }
    // Tables and nothing in them, never stamped with a schema version (the stamp comes after the
    // first checkpoint, with the first house), and no write-ahead log beside it that could still
    // hold more: a copy taken while the server ran, after its tables reached the file and before
    // its house did. A file this release left empty on purpose (the command line's `house list`
    // before a first start) is stamped; with the log there, another handle has it open now.
    if (version === 0 && !walHoldsMore) {
      throw new DataFileError(
        `the data file ${file} has its tables but no houses: it may be a copy made while the server ran, without its ${name}-wal file. Nothing was changed. Restore a backup (npm run houseboard -- restore <file>), or start with an empty DATA_DIR for a new house.`,
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
    if (code === 'SQLITE_NOTADB') {
      throw new DataFileError(
        `the data file ${file} is not a SQLite database (another file was put in its place, or it was overwritten). ${ADVICE}`,
      );
    }
    throw new DataFileError(
      `the data file ${file} could not be read (${(error as Error).message}). ${ADVICE}`,
    );
  } finally {
    db?.close();
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * From the file's first bytes, before SQLite opens it (which would make files beside it): not a
 * SQLite file at all, or one whose schema a newer release wrote (user_version, bytes 60-63).
 */
function checkHeader(file: string): void {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new DataFileError(
      `the data file ${file} is not a SQLite database (another file was put in its place, or it was overwritten). ${ADVICE}`,
    );
  }
  const newer = newerSchemaProblem(header.readUInt32BE(60), file, SCHEMA_VERSION);
  if (newer) throw new DataFileError(newer);
}

/** A file this user cannot write would open read-only and fail at the first change. */
function checkWritable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DataFileError(
      `the data file ${file} cannot be written (${code}): give this user write access to it and its folder (or mount the disk read-write), then start again; the file was not changed.`,
    );
  }
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
