// The server's nightly backups with a pinned clock: taken once a day from BACKUP_HOUR in the
// house's time zone, the old ones deleted so none is kept longer than BACKUP_KEEP days — and a
// device forgotten one day is in no backup BACKUP_KEEP days later. A server started with
// BACKUP_HOUR and BACKUP_KEEP runs them on the clock it is given.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeBackup } from '../../server/backup/format.ts';
import { backupDir, NightlyBackups } from '../../server/backup/nightly.ts';
import { readConfig } from '../../server/config.ts';
import { Houses } from '../../server/houses.ts';
import type { Stores } from '../../server/store/stores.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer } from '../helpers/in-process-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { storesFor } from './backup-world.ts';

const dataDir = tempDir('houseboard-nightly-');
let stores: Stores;
const ZONE = 'America/New_York';
/** 1 March 2026, 00:00 in New York (UTC−5). */
const MARCH_1 = Date.UTC(2026, 2, 1, 5);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  stores = await storesFor({ DATA_DIR: dataDir });
  const houses = await Houses.open(stores.houses, stores.documents);
  await houses.create({ houseName: 'Maple House', timeZone: ZONE, language: 'en' });
});

afterAll(async () => {
  await stores.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function device(id: string, houseId: string) {
  return {
    id,
    houseId,
    personId: id,
    role: 'member' as const,
    nameDisplay: 'full' as const,
    createdAt: 1,
    lastSeenAt: 1,
  };
}

describe('nightly backups', () => {
  test('one a day from the backup hour; never more than BACKUP_KEEP, none older', async () => {
    let now = MARCH_1 + 2 * HOUR;
    const key = 'a passphrase for the nightly test';
    const nightly = new NightlyBackups({
      stores,
      dataDir,
      timeZone: ZONE,
      hour: 3,
      keep: 7,
      key,
      workFactor: 10,
      now: () => now,
    });
    const [house] = await stores.houses.list();
    await stores.access.addDevice(device('leaving-phone', house!.id), 'hash-of-leaving-phone');

    await nightly.tick();
    expect(nightly.list()).toEqual([]); // 02:00: not yet
    now = MARCH_1 + 3 * HOUR;
    await nightly.tick();
    await nightly.tick(); // a second tick the same day takes no second backup
    expect(nightly.list().map((b) => b.day)).toEqual(['2026-03-01']);
    const first = await decodeBackup(fs.readFileSync(nightly.list()[0]!.file), { key });
    expect(first.contents.houses.map((h) => h.name)).toEqual(['Maple House']);
    expect(first.contents.devices.map((d) => d.device.id)).toContain('leaving-phone');
    expect(fs.statSync(nightly.list()[0]!.file).mode & 0o777).toBe(0o600);

    // The person leaves and is forgotten on 3 March, after that night's backup.
    for (let day = 1; day <= 2; day++) {
      now = MARCH_1 + day * DAY + 4 * HOUR;
      await nightly.tick();
    }
    await stores.access.deleteDevice('leaving-phone');

    for (let day = 3; day <= 12; day++) {
      now = MARCH_1 + day * DAY + 4 * HOUR;
      await nightly.tick();
      expect(nightly.list().length).toBeLessThanOrEqual(7);
    }
    expect(nightly.list().map((b) => b.day)).toEqual([
      '2026-03-13',
      '2026-03-12',
      '2026-03-11',
      '2026-03-10',
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
    ]);
    // Seven days after it was forgotten, no backup holds the device.
    for (const backup of nightly.list()) {
      const { contents } = await decodeBackup(fs.readFileSync(backup.file), { key });
      expect(contents.devices.map((d) => d.device.id)).not.toContain('leaving-phone');
    }

    // After a week off, the backups from before it are gone at the next tick, even before the hour.
    now = MARCH_1 + 30 * DAY + 1 * HOUR;
    await nightly.tick();
    expect(nightly.list()).toEqual([]);
    await nightly.stop();
  });

  test('BACKUP_KEEP=0 takes none; the settings are checked at start', async () => {
    const nightly = new NightlyBackups({
      stores,
      dataDir: tempDir('houseboard-nightly-off-'),
      timeZone: ZONE,
      hour: 0,
      keep: 0,
      now: () => MARCH_1 + 12 * HOUR,
    });
    await nightly.tick();
    expect(nightly.list()).toEqual([]);
    fs.rmSync(nightly.dir, { recursive: true, force: true });

    const config = readConfig({ DATA_DIR: dataDir });
    expect([config.backupKeep, config.backupHour, config.backupKey]).toEqual([7, 3, undefined]);
    for (const [name, value, message] of [
      ['BACKUP_KEEP', '-1', 'BACKUP_KEEP must be a whole number from 0 to 366, not "-1".'],
      ['BACKUP_KEEP', '7 days', 'BACKUP_KEEP must be a whole number from 0 to 366, not "7 days".'],
      ['BACKUP_HOUR', '3am', 'BACKUP_HOUR must be a whole number from 0 to 23, not "3am".'],
    ] as const)
      expect(() => readConfig({ DATA_DIR: dataDir, [name]: value })).toThrow(message);
    expect(() => readConfig({ DATA_DIR: dataDir, BACKUP_KEY: 'x'.repeat(11) })).toThrow(
      /BACKUP_KEY must be 12 to 1024 characters/,
    );
  });

  test('a server started with BACKUP_HOUR takes its first backup once the house passes that hour, keeps BACKUP_KEEP, and logs one line for it', async () => {
    const dir = tempDir('houseboard-nightly-server-');
    const lines: Array<{ msg: string; file?: string }> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const said = (msg: string) => lines.filter((line) => line.msg === msg);
    let now = MARCH_1 + 4 * HOUR; // 04:00 in the house, the hour before BACKUP_HOUR
    const server = await startTestServer(
      { DATA_DIR: dir, HOUSE_TIME_ZONE: ZONE, BACKUP_HOUR: '5', BACKUP_KEEP: '2' },
      { log, backupNow: () => now, backupCheckEveryMs: 20 },
    );
    const taken = () => {
      try {
        return fs.readdirSync(backupDir(dir)).sort();
      } catch {
        return [];
      }
    };
    try {
      await sleep(300); // many looks at the clock, all before the hour
      expect(taken()).toEqual([]);
      expect(said('nightly backup taken')).toEqual([]);

      now = MARCH_1 + 5 * HOUR;
      await eventually(() => expect(taken()).toEqual(['houseboard-2026-03-01.backup']));
      await sleep(300); // and only one that day, however often it looks
      expect(taken()).toEqual(['houseboard-2026-03-01.backup']);
      expect(said('nightly backup taken')).toHaveLength(1);
      expect(said('nightly backup taken')[0]!.file).toBe(`${backupDir(dir)}/${taken()[0]}`);
      const { contents } = await decodeBackup(fs.readFileSync(`${backupDir(dir)}/${taken()[0]}`));
      expect(contents.houses.map((h) => h.id)).toEqual([server.firstHouse.id]);

      for (const day of [1, 2]) {
        now = MARCH_1 + day * DAY + 5 * HOUR + HOUR / 2;
        await eventually(() => expect(said('nightly backup taken')).toHaveLength(1 + day));
      }
      expect(taken()).toEqual(['houseboard-2026-03-02.backup', 'houseboard-2026-03-03.backup']);
      expect(said('old backup deleted')).toHaveLength(1);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
