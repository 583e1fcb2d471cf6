// The houses this server hosts, as a table in the one SQLite file.
import type { HouseRecord, HouseStore } from '../house-store.ts';
import type { SqliteDataFile } from './data-file.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS houses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
`;

export class SqliteHouseStore implements HouseStore {
  private readonly statements;

  constructor(private readonly data: SqliteDataFile) {
    data.db.exec(SCHEMA);
    this.statements = {
      create: data.db.prepare<[string, string, number]>(
        'INSERT OR IGNORE INTO houses (id, name, created_at) VALUES (?, ?, ?)',
      ),
      list: data.db.prepare<[], { id: string; name: string; created_at: number }>(
        'SELECT id, name, created_at FROM houses ORDER BY created_at, id',
      ),
    };
  }

  async create(house: HouseRecord): Promise<boolean> {
    return this.data.health.write(
      'house',
      () => this.statements.create.run(house.id, house.name, house.createdAt).changes === 1,
    );
  }

  async list(): Promise<HouseRecord[]> {
    return this.statements.list
      .all()
      .map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
  }
}
