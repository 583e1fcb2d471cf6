// Backup and restore on SQLite: everything the one file holds, read in one read transaction (in
// WAL mode a consistent snapshot, while the server keeps writing through its own connection), and
// the few writes a restore needs that the day-to-day stores do not offer.
import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { DeviceRecord } from '../access-store.ts';
import { emptyContents, type StoreBackup, type StoreContents } from '../store-contents.ts';
import type { SqliteDataFile } from './data-file.ts';

/** Every table a house's records live in, and the column that names the house. */
const HOUSE_TABLES = [
  ['devices', 'house_id'],
  ['leavers', 'house_id'],
  ['staff_codes', 'house_id'],
  ['calendar_feeds', 'house_id'],
  ['admin_invites', 'house_id'],
] as const;

/** The tables a restore --force empties: every one that holds something of a house or a device. */
const ALL_TABLES = [
  'houses',
  'updates',
  'snapshots',
  'server_secrets',
  'pairings',
  'move_codes',
  ...HOUSE_TABLES.map(([table]) => table),
];

interface DeviceRow {
  id: string;
  person_id: string | null;
  house_id: string;
  role: DeviceRecord['role'];
  name: string | null;
  name_display: DeviceRecord['nameDisplay'];
  token_hash: string;
  created_at: number;
  last_seen_at: number;
  revoked_at: number | null;
}

function readAll(db: Database.Database): StoreContents {
  const contents = emptyContents();
  const secret = db.prepare('SELECT value FROM server_secrets WHERE name = ?').get('join') as
    | { value: Buffer }
    | undefined;
  if (secret) contents.secret = secret.value.toString('base64');
  const houses = db.prepare('SELECT id, name, created_at FROM houses ORDER BY created_at, id');
  for (const row of houses.all() as Array<{ id: string; name: string; created_at: number }>)
    contents.houses.push({ id: row.id, name: row.name, createdAt: row.created_at });

  const parts = new Map<string, Uint8Array[]>();
  for (const row of db.prepare('SELECT doc, data FROM snapshots ORDER BY doc').all() as Array<{
    doc: string;
    data: Buffer;
  }>)
    parts.set(row.doc, [row.data]);
  for (const row of db.prepare('SELECT doc, data FROM updates ORDER BY seq').iterate() as Iterable<{
    doc: string;
    data: Buffer;
  }>) {
    const list = parts.get(row.doc) ?? [];
    list.push(row.data);
    parts.set(row.doc, list);
  }
  for (const [name, updates] of parts)
    contents.documents.push({ name, update: Y.mergeUpdates(updates) });

  for (const row of db
    .prepare('SELECT * FROM devices ORDER BY created_at, id')
    .all() as DeviceRow[])
    contents.devices.push({
      tokenHash: row.token_hash,
      device: {
        id: row.id,
        houseId: row.house_id,
        personId: row.person_id ?? row.id,
        role: row.role,
        ...(row.name === null ? {} : { name: row.name }),
        nameDisplay: row.name_display,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
      },
    });
  for (const row of db.prepare('SELECT * FROM leavers ORDER BY left_at').all() as Array<{
    house_id: string;
    person_id: string;
    left_at: number;
  }>)
    contents.leavers.push({ houseId: row.house_id, personId: row.person_id, leftAt: row.left_at });
  for (const row of db.prepare('SELECT * FROM staff_codes ORDER BY house_id').all() as Array<{
    house_id: string;
    code_hash: string;
  }>)
    contents.staffCodes.push({ houseId: row.house_id, codeHash: row.code_hash });
  for (const row of db.prepare('SELECT * FROM calendar_feeds ORDER BY house_id').all() as Array<{
    house_id: string;
    seed: string;
    token_hash: string;
  }>)
    contents.calendarFeeds.push({
      houseId: row.house_id,
      seed: row.seed,
      tokenHash: row.token_hash,
    });
  for (const row of db.prepare('SELECT * FROM admin_invites ORDER BY expires_at').all() as Array<{
    house_id: string;
    token_hash: string;
    expires_at: number;
  }>)
    contents.adminInvites.push({
      houseId: row.house_id,
      tokenHash: row.token_hash,
      expiresAt: row.expires_at,
    });
  return contents;
}

export function sqliteBackup(data: SqliteDataFile): StoreBackup {
  const { db } = data;
  return {
    // One read transaction: what the server writes meanwhile is not half in it (WAL snapshot).
    read: async () => db.transaction(() => readAll(db))(),
    isEmpty: async () =>
      !db.prepare('SELECT 1 FROM houses LIMIT 1').get() &&
      !db.prepare('SELECT 1 FROM devices LIMIT 1').get(),
    clear: async () =>
      data.health.write('restore', () =>
        db.transaction(() => {
          for (const table of ALL_TABLES) db.prepare(`DELETE FROM ${table}`).run();
        })(),
      ),
    removeHouse: async (houseId) =>
      data.health.write('restore', () =>
        db.transaction(() => {
          db.prepare('DELETE FROM houses WHERE id = ?').run(houseId);
          for (const table of ['updates', 'snapshots'])
            db.prepare(`DELETE FROM ${table} WHERE substr(doc, 1, ?) = ?`).run(
              houseId.length + 1,
              `${houseId}/`,
            );
          for (const [table, column] of HOUSE_TABLES)
            db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(houseId);
        })(),
      ),
    setServerSecret: async (secret) => {
      data.health.write('restore', () =>
        db
          .prepare(
            'INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
          )
          .run('join', secret),
      );
    },
  };
}
