// Opens every store on SQLite: one file in the data dir holds the houses, the documents and the
// access records, so one close ends them all.
import type { Stores } from '../stores.ts';
import { SqliteAccessStore } from './access-records.ts';
import { SqliteDataFile, type SqliteOptions } from './data-file.ts';
import { SqliteDocumentStore } from './document-log.ts';
import { SqliteHouseStore } from './house-list.ts';

export type { SqliteOptions } from './data-file.ts';

export interface SqliteStores extends Stores {
  /** The file itself, for what only SQLite has (its path, its write health). */
  data: SqliteDataFile;
}

export function openSqliteStores(options: SqliteOptions): SqliteStores {
  const data = new SqliteDataFile(options);
  const houses = new SqliteHouseStore(data);
  const documents = new SqliteDocumentStore(data);
  data.probeAtStart();
  return {
    data,
    documents,
    houses,
    access: new SqliteAccessStore(data),
    close: () => data.close(),
  };
}
