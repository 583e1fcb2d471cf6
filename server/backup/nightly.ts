// The server's own backups: once a day, at BACKUP_HOUR in the house's time zone, a backup of
// everything into DATA_DIR/backups, and the old ones deleted — never more than BACKUP_KEEP files,
// none older than BACKUP_KEEP days — so what a person asked to be forgotten is gone from every
// backup within BACKUP_KEEP days. Time is asked of the clock it is given, so tests pin it.
import fs from 'node:fs';
import path from 'node:path';
import { addDays, daysBetween, zonedTime } from '../../board/time.ts';
import type { Logger } from '../log.ts';
import type { Stores } from '../store/stores.ts';
import { makeBackup, writeFileWhole } from './backup-and-restore.ts';

const NAME = /^houseboard-(\d{4}-\d{2}-\d{2})\.backup$/;
const CHECK_EVERY_MS = 60_000;

export interface NightlyOptions {
  stores: Stores;
  dataDir: string;
  timeZone: string;
  /** The hour (0–23, in timeZone) from which the day's backup is taken. */
  hour: number;
  /** How many to keep, and for how many days at most; 0 takes none. */
  keep: number;
  key?: string;
  log?: Logger;
  now?: () => number;
  /** How often the clock is looked at; every minute by default (tests look more often). */
  checkEveryMs?: number;
  workFactor?: number;
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export class NightlyBackups {
  readonly dir: string;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: NightlyOptions) {
    this.dir = backupDir(options.dataDir);
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.options.keep === 0) return;
    this.timer = setInterval(() => void this.tick(), this.options.checkEveryMs ?? CHECK_EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The backups there are now, newest first, with the day each was taken. */
  list(): Array<{ file: string; day: string }> {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .map((name) => ({ name, match: name.match(NAME) }))
      .filter((entry) => entry.match)
      .map((entry) => ({ file: path.join(this.dir, entry.name), day: entry.match![1]! }))
      .sort((a, b) => b.day.localeCompare(a.day));
  }

  /** Deletes the old ones, then takes today's if its hour has come and it is not there yet. */
  tick(): Promise<void> {
    this.running ??= this.check().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async check(): Promise<void> {
    const { keep, timeZone, hour, log } = this.options;
    if (keep === 0) return;
    const today = zonedTime(this.now(), timeZone);
    try {
      this.rotate(today.day);
      if (today.hour < hour || this.list().some((b) => b.day === today.day)) return;
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const { bytes, contents } = await makeBackup(this.options.stores, {
        key: this.options.key,
        workFactor: this.options.workFactor,
        now: new Date(this.now()),
      });
      const file = path.join(this.dir, `houseboard-${today.day}.backup`);
      writeFileWhole(file, bytes);
      this.rotate(today.day);
      log?.info(
        {
          file,
          bytes: bytes.length,
          houses: contents.houses.length,
          encrypted: !!this.options.key,
        },
        'nightly backup taken',
      );
    } catch (error) {
      log?.error({ err: error }, 'nightly backup failed');
    }
  }

  /** Keeps the newest `keep`, none from `keep` or more days before today. */
  private rotate(today: string): void {
    const { keep } = this.options;
    const oldest = addDays(today, -(keep - 1));
    this.list().forEach((backup, index) => {
      if (index >= keep || daysBetween(backup.day, oldest) > 0) {
        fs.rmSync(backup.file, { force: true });
        this.options.log?.info({ file: backup.file }, 'old backup deleted');
      }
    });
  }
}
