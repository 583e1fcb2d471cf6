// The SQLite file's schema version (PRAGMA user_version) and the ordered migrations that bring an
// older file up to it, run at start in one transaction: a file is on one version or the next,
// never half way. A file from a newer release is refused before it is opened for writing
// (data-file-check.ts), so an older release never writes what it does not understand.
import type Database from 'better-sqlite3';

export interface SchemaMigration {
  /** The version the file is on once this has run. */
  version: number;
  /** For the log: what changes. */
  what: string;
  /** Runs inside the start's transaction, after every earlier migration. */
  migrate(db: Database.Database): void;
}

/**
 * In order, oldest first; append, never edit one that shipped. Version 1 is the file as the
 * release before versions left it (user_version 0): the stores create those tables themselves
 * (IF NOT EXISTS, and the devices' person_id column), so there is nothing to change but the stamp.
 */
export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, what: "today's tables, stamped with their version", migrate: () => {} },
];

/** The newest schema this release knows. */
export const SCHEMA_VERSION = SCHEMA_MIGRATIONS[SCHEMA_MIGRATIONS.length - 1]!.version;

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Why this release must not open a file of this version; undefined when it may. */
export function newerSchemaProblem(version: number, file: string, known = SCHEMA_VERSION) {
  if (version <= known) return undefined;
  return `the data file ${file} was written by a newer release of Houseboard (schema version ${version}; this release knows up to ${known}). Nothing was changed. Start the newer release again, or restore the backup taken before the upgrade (npm run houseboard -- restore <file>).`;
}

/**
 * Brings the file up to the newest version in one immediate transaction; returns the versions it
 * went from and to (the same when there was nothing to do).
 */
export function migrateSchema(
  db: Database.Database,
  migrations: readonly SchemaMigration[] = SCHEMA_MIGRATIONS,
): { from: number; to: number; ran: string[] } {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  return db
    .transaction(() => {
      const from = schemaVersionOf(db);
      const pending = migrations.filter((migration) => migration.version > from);
      for (const migration of pending) migration.migrate(db);
      if (pending.length > 0) db.pragma(`user_version = ${latest}`);
      return { from, to: Math.max(from, latest), ran: pending.map((m) => m.what) };
    })
    .immediate();
}
