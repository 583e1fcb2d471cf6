// Opens every store on SQLite: one file in the data dir holds the houses, the documents and the
// access records, so one close ends them all.
import type { Stores } from '../stores.ts';
import { SqliteAccessStore } from './access-records.ts';
import { sqliteBackup } from './backup.ts';
import { SqliteDataFile, type SqliteOptions } from './data-file.ts';
import { SqliteDocumentStore } from './document-log.ts';
import { SqliteHouseStore } from './house-list.ts';

export function openSqliteStores(options: SqliteOptions): Stores {
  const data = new SqliteDataFile(options);
  // The order of the first open of a file: its tables, then one real write to learn whether the
  // disk has room (a start on a full disk serves what is stored), then the access tables.
  const houses = new SqliteHouseStore(data);
  const documents = new SqliteDocumentStore(data);
  data.probeAtStart();
  return {
    documents,
    houses,
    access: new SqliteAccessStore(data),
    backup: sqliteBackup(data),
    close: () => data.close(),
  };
}
