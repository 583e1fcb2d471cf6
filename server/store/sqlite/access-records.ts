// Devices, staff codes, admin invites and kiosk pairings in the same SQLite file as the documents.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { NameDisplay, Role } from '../../../board/roles.ts';
import type {
  AccessStore,
  CalendarFeedRecord,
  DevicePatch,
  DeviceRecord,
  Leaver,
} from '../access-store.ts';
import type { SqliteDataFile } from './data-file.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS server_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
  CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY,
    house_id TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT,
    name_display TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS devices_by_house ON devices (house_id);
  CREATE TABLE IF NOT EXISTS leavers (
    house_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    left_at INTEGER NOT NULL,
    PRIMARY KEY (house_id, person_id)
  );
  CREATE TABLE IF NOT EXISTS staff_codes (house_id TEXT PRIMARY KEY, code_hash TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS admin_invites (
    token_hash TEXT PRIMARY KEY,
    house_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS pairings (
    code TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
`;

/** "Move to a new phone" codes, kept only as hashes: a code is shown once and typed once. */
const MOVE_CODES = `
  CREATE TABLE IF NOT EXISTS move_codes (
    code_hash TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
`;

/** Each house's calendar feed link: the seed it is made from and its keyed hash, one per house. */
const CALENDAR_FEEDS = `
  CREATE TABLE IF NOT EXISTS calendar_feeds (
    house_id TEXT PRIMARY KEY,
    seed TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE
  );
`;

interface DeviceRow {
  id: string;
  person_id: string | null;
  house_id: string;
  role: string;
  name: string | null;
  name_display: string;
  created_at: number;
  last_seen_at: number;
  revoked_at: number | null;
}

function toDevice(row: DeviceRow | undefined): DeviceRecord | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    houseId: row.house_id,
    // Devices from before people had records of their own: each was its own person.
    personId: row.person_id ?? row.id,
    role: row.role as Role,
    name: row.name ?? undefined,
    nameDisplay: row.name_display as NameDisplay,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at ?? undefined,
  };
}

const COLUMNS: Record<keyof DevicePatch, string> = {
  personId: 'person_id',
  role: 'role',
  name: 'name',
  nameDisplay: 'name_display',
  lastSeenAt: 'last_seen_at',
  revokedAt: 'revoked_at',
};

/** Adds a column a data file made by an earlier version does not have yet. */
function addColumn(db: Database.Database, table: string, column: string, type: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === column)) {
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}

export class SqliteAccessStore implements AccessStore {
  private readonly db: Database.Database;
  /** Prepared once: every screen's every connection asks it (200 screens at once, say). */
  private byTokenHash?: Database.Statement<[string], DeviceRow>;

  /** The file's write health is the documents' too: a full disk is told in one place. */
  constructor(private readonly data: SqliteDataFile) {
    this.db = data.db;
    // On a disk that filled up, the tables of an existing data file are there already.
    this.write('schema', () => {
      this.db.exec(SCHEMA);
      this.db.exec(MOVE_CODES);
      this.db.exec(CALENDAR_FEEDS);
      addColumn(this.db, 'devices', 'person_id', 'TEXT');
    });
  }

  private write<T>(what: string, write: () => T): T {
    return this.data.health.write(what, write);
  }

  async serverSecret(): Promise<Buffer> {
    const stored = this.db.prepare('SELECT value FROM server_secrets WHERE name = ?').get('join');
    if (stored) return (stored as { value: Buffer }).value;
    this.write('secret', () =>
      this.db
        .prepare('INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)')
        .run('join', randomBytes(32)),
    );
    const row = this.db.prepare('SELECT value FROM server_secrets WHERE name = ?').get('join') as {
      value: Buffer;
    };
    return row.value;
  }

  async addDevice(device: DeviceRecord, tokenHash: string): Promise<void> {
    this.write('device', () => this.insertDevice(device, tokenHash));
  }

  private insertDevice(device: DeviceRecord, tokenHash: string): void {
    this.db
      .prepare(
        `INSERT INTO devices (id, house_id, person_id, role, name, name_display, token_hash, created_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        device.id,
        device.houseId,
        device.personId,
        device.role,
        device.name ?? null,
        device.nameDisplay,
        tokenHash,
        device.createdAt,
        device.lastSeenAt,
      );
  }

  async deviceByTokenHash(tokenHash: string) {
    this.byTokenHash ??= this.db.prepare<[string], DeviceRow>(
      'SELECT * FROM devices WHERE token_hash = ?',
    );
    return toDevice(this.byTokenHash.get(tokenHash));
  }

  async device(id: string) {
    return toDevice(this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow);
  }

  async listDevices(houseId: string) {
    const rows = this.db
      .prepare('SELECT * FROM devices WHERE house_id = ? ORDER BY created_at')
      .all(houseId) as DeviceRow[];
    return rows.map((row) => toDevice(row)!);
  }

  async deleteDevice(id: string): Promise<void> {
    this.write('device', () => this.db.prepare('DELETE FROM devices WHERE id = ?').run(id));
  }

  async addLeaver({ houseId, personId, leftAt }: Leaver): Promise<void> {
    this.write('leaver', () =>
      this.db
        .prepare('INSERT OR IGNORE INTO leavers (house_id, person_id, left_at) VALUES (?, ?, ?)')
        .run(houseId, personId, leftAt),
    );
  }

  async leavers(): Promise<Leaver[]> {
    const rows = this.db
      .prepare('SELECT house_id, person_id, left_at FROM leavers ORDER BY left_at')
      .all() as Array<{ house_id: string; person_id: string; left_at: number }>;
    return rows.map((row) => ({
      houseId: row.house_id,
      personId: row.person_id,
      leftAt: row.left_at,
    }));
  }

  async removeLeaver(houseId: string, personId: string): Promise<void> {
    this.write('leaver', () =>
      this.db
        .prepare('DELETE FROM leavers WHERE house_id = ? AND person_id = ?')
        .run(houseId, personId),
    );
  }

  async updateDevice(id: string, patch: DevicePatch): Promise<void> {
    const keys = Object.keys(patch) as Array<keyof DevicePatch>;
    if (keys.length === 0) return;
    // One statement of the fields changed: atomic on its own. Once set, revoked_at stays.
    const sets = keys
      .map((key) =>
        key === 'revokedAt' ? 'revoked_at = COALESCE(revoked_at, ?)' : `${COLUMNS[key]} = ?`,
      )
      .join(', ');
    const update = () =>
      this.db
        .prepare(`UPDATE devices SET ${sets} WHERE id = ?`)
        .run(...keys.map((k) => patch[k] ?? null), id);
    if (keys.length === 1 && keys[0] === 'lastSeenAt') {
      // When a device was last seen is a hint for the admin's list: on a full disk it waits,
      // and the device is let in to read what is stored (the disk problem is still told).
      try {
        update();
      } catch (error) {
        if (!this.data.health.failed('last seen', error)) throw error;
      }
      return;
    }
    this.write('device', update);
  }

  async setStaffCodeHash(houseId: string, codeHash: string): Promise<void> {
    this.write('staff code', () =>
      this.db
        .prepare(
          'INSERT INTO staff_codes (house_id, code_hash) VALUES (?, ?) ON CONFLICT (house_id) DO UPDATE SET code_hash = excluded.code_hash',
        )
        .run(houseId, codeHash),
    );
  }

  async staffCodeHash(houseId: string) {
    const row = this.db
      .prepare('SELECT code_hash FROM staff_codes WHERE house_id = ?')
      .get(houseId) as { code_hash: string } | undefined;
    return row?.code_hash;
  }

  async addAdminInvite(houseId: string, tokenHash: string, expiresAt: number): Promise<void> {
    this.write('admin invite', () =>
      this.db
        .prepare('INSERT INTO admin_invites (token_hash, house_id, expires_at) VALUES (?, ?, ?)')
        .run(tokenHash, houseId, expiresAt),
    );
  }

  async takeAdminInvite(tokenHash: string, now: number) {
    return this.takeOnce(
      'admin invite',
      'DELETE FROM admin_invites WHERE token_hash = ? RETURNING house_id AS value, expires_at',
      tokenHash,
      now,
    );
  }

  async addPairing(code: string, tokenHash: string, expiresAt: number): Promise<void> {
    this.write('pairing', () => {
      this.db.prepare('DELETE FROM pairings WHERE expires_at <= ?').run(Date.now());
      this.db
        .prepare('INSERT INTO pairings (code, token_hash, expires_at) VALUES (?, ?, ?)')
        .run(code, tokenHash, expiresAt);
    });
  }

  async takePairing(code: string, now: number) {
    return this.takeOnce(
      'pairing',
      'DELETE FROM pairings WHERE code = ? RETURNING token_hash AS value, expires_at',
      code,
      now,
    );
  }

  /** Deletes one row and gives its value unless it had run out: links and codes work once. */
  private takeOnce(what: string, deleteReturning: string, key: string, now: number) {
    const row = this.write(
      what,
      () =>
        this.db.prepare(deleteReturning).get(key) as
          | { value: string; expires_at: number }
          | undefined,
    );
    return row && row.expires_at > now ? row.value : undefined;
  }

  async addMoveCode(codeHash: string, deviceId: string, expiresAt: number): Promise<void> {
    this.write('move code', () => {
      this.db.prepare('DELETE FROM move_codes WHERE expires_at <= ?').run(Date.now());
      this.db
        .prepare('INSERT INTO move_codes (code_hash, device_id, expires_at) VALUES (?, ?, ?)')
        .run(codeHash, deviceId, expiresAt);
    });
  }

  async takeMoveCode(codeHash: string, now: number) {
    return this.takeOnce(
      'move code',
      'DELETE FROM move_codes WHERE code_hash = ? RETURNING device_id AS value, expires_at',
      codeHash,
      now,
    );
  }

  async pendingPairing(tokenHash: string, now: number) {
    const row = this.db
      .prepare('SELECT code, expires_at FROM pairings WHERE token_hash = ? AND expires_at > ?')
      .get(tokenHash, now) as { code: string; expires_at: number } | undefined;
    return row && { code: row.code, expiresAt: row.expires_at };
  }

  async setCalendarFeed(houseId: string, { seed, tokenHash }: CalendarFeedRecord): Promise<void> {
    this.write('calendar feed', () =>
      this.db
        .prepare(
          'INSERT INTO calendar_feeds (house_id, seed, token_hash) VALUES (?, ?, ?) ON CONFLICT (house_id) DO UPDATE SET seed = excluded.seed, token_hash = excluded.token_hash',
        )
        .run(houseId, seed, tokenHash),
    );
  }

  async calendarFeed(houseId: string) {
    const row = this.db
      .prepare('SELECT seed, token_hash FROM calendar_feeds WHERE house_id = ?')
      .get(houseId) as { seed: string; token_hash: string } | undefined;
    return row && { seed: row.seed, tokenHash: row.token_hash };
  }

  async calendarFeedHouse(tokenHash: string) {
    const row = this.db
      .prepare('SELECT house_id FROM calendar_feeds WHERE token_hash = ?')
      .get(tokenHash) as { house_id: string } | undefined;
    return row?.house_id;
  }
}
