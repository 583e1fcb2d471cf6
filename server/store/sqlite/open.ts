// Opens every store on SQLite: one file in the data dir holds the houses, the documents and the
// access records, so one close ends them all.
import type { Stores } from '../stores.ts';
import { SqliteAccessStore } from './access-records.ts';
import { sqliteBackup } from './backup.ts';
import { SqliteDataFile, type SqliteOptions } from './data-file.ts';
import { DataFileError } from './data-file-check.ts';
import { SqliteDocumentStore } from './document-log.ts';
import { SqliteHouseStore } from './house-list.ts';
import { migrateSchema } from './schema-version.ts';
import { holdServerLock, runningServer } from './server-lock.ts';
import { diskProblem } from './write-health.ts';

export function openSqliteStores(options: SqliteOptions): Stores {
  const data = new SqliteDataFile(options);
  // The order of the first open of a file: its tables, then one real write to learn whether the
  // disk has room (a start on a full disk serves what is stored), then the access tables.
  const houses = new SqliteHouseStore(data);
  const documents = new SqliteDocumentStore(data);
  data.probeAtStart();
  const access = new SqliteAccessStore(data);
  upgradeSchema(data, options);
  let lock: { release(): void } | undefined;
  return {
    documents,
    houses,
    access,
    backup: sqliteBackup(data),
    serving: {
      async claim() {
        lock ??= holdServerLock(options.dataDir);
      },
      runningServer: async () => runningServer(options.dataDir),
    },
    async close() {
      try {
        await data.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Brings an older file up to this release's schema; a file that cannot be written stops here. */
function upgradeSchema(data: SqliteDataFile, options: SqliteOptions): void {
  try {
    const { from, to, ran } = migrateSchema(data.db);
    if (ran.length > 0 && !data.made)
      options.log?.info({ from, to, ran }, 'data file schema upgraded');
  } catch (error) {
    data.db.close();
    const problem = diskProblem(error) ?? (error as Error).message;
    throw new DataFileError(
      `the data file ${data.file} could not be upgraded to this release's schema (${problem}). Nothing was changed. Free some space or fix the disk, then start again.`,
    );
  }
}
