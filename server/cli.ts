// The command line for whoever runs the server: make a house, list them, make an admin link.
//   npm run houseboard -- house create "Maple House" [--time-zone Europe/London] [--language es]
//   npm run houseboard -- house list
//   npm run houseboard -- house admin-link <house id>
//   npm run houseboard -- backup <file>            (everything, while the server runs)
//   npm run houseboard -- restore <file> [--force] (into an empty store; --force replaces it)
//   npm run houseboard -- house export <house id> <file>
//   npm run houseboard -- house import <file> [--replace]
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../board/settings.ts';
import { isTimeZone } from '../board/time.ts';
import { Access } from './access/access.ts';
import {
  exportHouse,
  importHouse,
  makeBackup,
  readBackupFile,
  restoreBackup,
  writeFileWhole,
} from './backup/backup-and-restore.ts';
import { BackupError } from './backup/format.ts';
import { type Config, ConfigError, houseLanguage, readConfig } from './config.ts';
import { Houses } from './houses.ts';
import { createLogger } from './log.ts';
import { openStores } from './store/open-stores.ts';
import type { Stores } from './store/stores.ts';

const USAGE = `Usage:
  npm run houseboard -- house create "<name>" [--time-zone <zone>] [--language <${LANGUAGES.join('|')}>]
  npm run houseboard -- house list
  npm run houseboard -- house admin-link <house id>
  npm run houseboard -- backup <file>
  npm run houseboard -- restore <file> [--force]
  npm run houseboard -- house export <house id> <file>
  npm run houseboard -- house import <file> [--replace]
Backups are encrypted when BACKUP_KEY is set; restoring one needs the same key.`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'time-zone': { type: 'string' },
      language: { type: 'string' },
      force: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const [noun, verb, argument, ...extra] = positionals;
  if (noun === 'backup' || noun === 'restore') {
    if (!verb || argument !== undefined) throw new UsageError(USAGE);
    return noun === 'backup' ? backup(verb) : restore(verb, values.force === true);
  }
  if (noun === 'house' && verb === 'export') {
    if (!argument || extra.length !== 1) throw new UsageError(USAGE);
    return exportOne(argument, extra[0]!);
  }
  if (noun === 'house' && verb === 'import') {
    if (!argument || extra.length > 0) throw new UsageError(USAGE);
    return importOne(argument, values.replace === true);
  }
  if (noun !== 'house' || !verb || extra.length > 0) throw new UsageError(USAGE);

  const config = readConfig();
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const stores = await openStores(config, createLogger('error'));
  try {
    const houses = await Houses.open(stores.houses, stores.documents);
    const access = await Access.open(stores.access);
    if (verb === 'create') {
      const name = argument?.trim();
      if (!name || name.length > 80)
        throw new UsageError('Please give the house a name of 1 to 80 characters.');
      const timeZone = values['time-zone'] ?? config.houseTimeZone;
      if (!isTimeZone(timeZone))
        throw new UsageError(`"${timeZone}" is not a time zone such as Europe/London.`);
      const language =
        values.language === undefined
          ? config.houseLanguage
          : houseLanguage(values.language, '--language');
      const house = await houses.create({ houseName: name, timeZone, language });
      console.log(`Made "${house.name}" (id ${house.id}, time zone ${timeZone}).`);
      console.log(`Language: ${language}.`);
      console.log(
        `Admin link (use once, within 7 days): ${base}/admin#${await access.createAdminInvite(house.id)}`,
      );
    } else if (verb === 'list') {
      for (const house of houses.list()) console.log(`${house.id}  ${house.name}`);
      if (houses.list().length === 0) console.log('No houses yet.');
    } else if (verb === 'admin-link') {
      const house = argument ? await houses.find(argument) : undefined;
      if (!house)
        throw new UsageError(
          `There is no house with id "${argument ?? ''}". See: npm run houseboard -- house list`,
        );
      console.log(
        `Admin link for "${house.name}" (use once, within 7 days): ${base}/admin#${await access.createAdminInvite(house.id)}`,
      );
    } else {
      throw new UsageError(USAGE);
    }
  } finally {
    await stores.close();
  }
}

/** Runs with the stores the server is configured for open, and closes them after. */
async function withStores<T>(work: (stores: Stores, config: Config) => Promise<T>): Promise<T> {
  const config = readConfig();
  const stores = await openStores(config, createLogger('error'));
  try {
    return await work(stores, config);
  } finally {
    await stores.close();
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

async function backup(file: string): Promise<void> {
  await withStores(async (stores, config) => {
    const { bytes, contents } = await makeBackup(stores, { key: config.backupKey });
    writeFileWhole(file, bytes);
    console.log(
      `Backed up ${contents.houses.length} house(s), ${contents.documents.length} document(s) and ${contents.devices.length} device(s) to ${file} (${size(bytes.length)}${config.backupKey ? ', encrypted' : ''}).`,
    );
  });
}

async function restore(file: string, force: boolean): Promise<void> {
  // The whole file is read and checked before the store is opened: a bad file changes nothing.
  const backup = await readBackupFile(file, readConfig().backupKey);
  await withStores(async (stores) => {
    await restoreBackup(stores, backup, force);
    const { houses, documents, devices } = backup.contents;
    console.log(
      `Restored ${houses.length} house(s), ${documents.length} document(s) and ${devices.length} device(s) from ${file} (made ${backup.header.madeAt}).`,
    );
  });
}

async function exportOne(houseId: string, file: string): Promise<void> {
  await withStores(async (stores, config) => {
    const bytes = await exportHouse(stores, houseId, { key: config.backupKey });
    writeFileWhole(file, bytes);
    console.log(
      `Exported house ${houseId} to ${file} (${size(bytes.length)}${config.backupKey ? ', encrypted' : ''}).`,
    );
  });
}

async function importOne(file: string, replace: boolean): Promise<void> {
  const backup = await readBackupFile(file, readConfig().backupKey);
  await withStores(async (stores) => {
    const house = await importHouse(stores, backup, replace);
    console.log(
      `Imported "${house.name}" (id ${house.id}). Its calendar feed gets a new link here: share it again from the admin screen.`,
    );
  });
}

run(process.argv.slice(2)).catch((error) => {
  if (error instanceof BackupError) {
    const message = (error as Error).message;
    console.error(`houseboard: ${message.charAt(0).toUpperCase()}${message.slice(1)}`);
    process.exit(1);
  }
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    (error as Error).name === 'TypeError'
  ) {
    console.error(`houseboard: ${(error as Error).message}`);
    process.exit(2);
  }
  console.error(`houseboard: ${(error as Error).message}`);
  process.exit(1);
});
