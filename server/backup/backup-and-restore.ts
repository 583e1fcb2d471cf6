// Backup, restore, and moving one house between servers, on whichever store the server runs on:
// read everything at one instant, write it as one file (format.ts), and write a file's contents
// back through the stores only once all of it has been read and checked.
import fs from 'node:fs';
import path from 'node:path';
import { HOUSE_ID_PATTERN, parseDocName } from '../../board/documents.ts';
import type { StoreBackup, StoreContents } from '../store/store-contents.ts';
import type { Stores } from '../store/stores.ts';
import { type Backup, BackupError, decodeBackup, encodeBackup, kindOf } from './format.ts';

/** A file larger than this is refused before it is read: no house's backup comes near it. */
const MAX_FILE_BYTES = 1024 ** 3;

function backupOf(stores: Stores): StoreBackup {
  if (!stores.backup) throw new BackupError('this store cannot be backed up');
  return stores.backup;
}

function storeName(stores: Stores): string {
  return stores.redis ? 'redis' : 'sqlite';
}

/** Writes next to the target and renames: a backup file is whole or not there. Owner-only. */
export function writeFileWhole(file: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    fs.writeFileSync(temp, bytes, { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new BackupError(`cannot write "${file}" (${code}).`);
  }
}

/** A backup of everything the store holds now, as the bytes of a backup file. */
export async function makeBackup(
  stores: Stores,
  options: { key?: string; workFactor?: number; now?: Date } = {},
): Promise<{ bytes: Uint8Array; contents: StoreContents }> {
  const contents = await backupOf(stores).read();
  const header = {
    scope: 'all' as const,
    madeAt: (options.now ?? new Date()).toISOString(),
    from: storeName(stores),
  };
  return { bytes: await encodeBackup(header, contents, options), contents };
}

/** Reads and checks a backup file whole; one line saying why not. */
export async function readBackupFile(file: string, key: string | undefined): Promise<Backup> {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new BackupError(`"${file}" is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`there is no backup file at "${file}".`);
  }
  const what = `"${file}"`;
  if (size > MAX_FILE_BYTES) {
    // Too big to be ours; say whether it even starts like a backup.
    const start = Buffer.alloc(32);
    const fd = fs.openSync(file, 'r');
    fs.readSync(fd, start, 0, 32, 0);
    fs.closeSync(fd);
    if (!kindOf(start)) throw new BackupError(`${what} is not a Houseboard backup.`);
    throw new BackupError(`${what} is larger than 1 GiB: it is not a Houseboard backup.`);
  }
  return decodeBackup(new Uint8Array(fs.readFileSync(file)), { key, what });
}

/** Refuses to replace what a store holds while a server uses it: the server would not know. */
async function refuseWhileServed(stores: Stores): Promise<void> {
  const running = await stores.serving?.runningServer();
  if (running) throw new BackupError(running);
}

/** Writes contents into the stores through their own interfaces (and the server secret). */
export async function writeContents(stores: Stores, contents: StoreContents, now = Date.now()) {
  if (contents.secret)
    await backupOf(stores).setServerSecret(Buffer.from(contents.secret, 'base64'));
  // Documents before the house is listed, as a new house is made: never open half-written.
  for (const doc of contents.documents) await stores.documents.append(doc.name, doc.update);
  for (const house of contents.houses) await stores.houses.create(house);
  for (const { device, tokenHash } of contents.devices) {
    await stores.access.addDevice(device, tokenHash);
    if (device.revokedAt !== undefined)
      await stores.access.updateDevice(device.id, { revokedAt: device.revokedAt });
  }
  for (const leaver of contents.leavers) await stores.access.addLeaver(leaver);
  for (const { houseId, codeHash } of contents.staffCodes)
    await stores.access.setStaffCodeHash(houseId, codeHash);
  for (const { houseId, ...feed } of contents.calendarFeeds)
    await stores.access.setCalendarFeed(houseId, feed);
  for (const invite of contents.adminInvites)
    if (invite.expiresAt > now)
      await stores.access.addAdminInvite(invite.houseId, invite.tokenHash, invite.expiresAt);
}

/**
 * Restores a whole backup into an empty store; with `force`, whatever the store holds goes
 * first. Refuses a house export (that is `house import`).
 */
export async function restoreBackup(stores: Stores, backup: Backup, force: boolean) {
  if (backup.header.scope !== 'all')
    throw new BackupError(
      'this file holds one house: bring it in with "npm run houseboard -- house import <file>".',
    );
  checkHouses(backup.contents);
  await refuseWhileServed(stores);
  const store = backupOf(stores);
  if (!(await store.isEmpty())) {
    if (!force)
      throw new BackupError(
        'the store is not empty (it has houses or devices): restoring would mix two servers. Add --force to replace everything in it with the backup.',
      );
    await store.clear();
  }
  await writeContents(stores, backup.contents);
}

/** What one house has in a store's contents; none of the server's own secret. */
export function houseContents(contents: StoreContents, houseId: string): StoreContents {
  const ofHouse = <T extends { houseId: string }>(list: T[]) =>
    list.filter((item) => item.houseId === houseId);
  return {
    houses: contents.houses.filter((house) => house.id === houseId),
    documents: contents.documents.filter((doc) => doc.name.startsWith(`${houseId}/`)),
    devices: contents.devices.filter(({ device }) => device.houseId === houseId),
    leavers: ofHouse(contents.leavers),
    staffCodes: ofHouse(contents.staffCodes),
    calendarFeeds: ofHouse(contents.calendarFeeds),
    adminInvites: ofHouse(contents.adminInvites),
  };
}

export async function exportHouse(
  stores: Stores,
  houseId: string,
  options: { key?: string; workFactor?: number } = {},
): Promise<Uint8Array> {
  const contents = houseContents(await backupOf(stores).read(), houseId);
  if (contents.houses.length === 0)
    throw new BackupError(
      `there is no house with id "${houseId}". See: npm run houseboard -- house list`,
    );
  const header = {
    scope: 'house' as const,
    house: houseId,
    madeAt: new Date().toISOString(),
    from: storeName(stores),
  };
  return encodeBackup(header, contents, options);
}

/**
 * Whether every record in a file is of one of its houses: a file is read, never trusted, and one
 * made by hand must not reach into another house's documents or devices.
 */
function checkHouses(contents: StoreContents): void {
  const ids = new Set(contents.houses.map((house) => house.id));
  const bad = (what: string) => {
    throw new BackupError(
      `the file has ${what} of no house in it: it is not a Houseboard backup. Nothing was changed.`,
    );
  };
  for (const id of ids)
    if (!HOUSE_ID_PATTERN.test(id))
      bad(`a house id "${id.slice(0, 80)}" that is not valid, or a record`);
  for (const doc of contents.documents) {
    const parsed = parseDocName(doc.name);
    if (!parsed || !ids.has(parsed.houseId)) bad('a document');
  }
  for (const { device } of contents.devices) if (!ids.has(device.houseId)) bad('a device');
  for (const list of [
    contents.leavers,
    contents.staffCodes,
    contents.calendarFeeds,
    contents.adminInvites,
  ])
    for (const item of list) if (!ids.has(item.houseId)) bad('a record');
}

/**
 * Brings one exported house into this server. An id already here is refused unless `replace`
 * (then that house goes first). The calendar feed link is not brought: it is made with the other
 * server's secret, so the admin shares a new one.
 */
export async function importHouse(stores: Stores, backup: Backup, replace: boolean) {
  const [house] = backup.contents.houses;
  if (backup.header.scope !== 'house' || !house || backup.contents.houses.length !== 1)
    throw new BackupError(
      'this file is a backup of a whole server, not one house: use "npm run houseboard -- restore <file>".',
    );
  checkHouses(backup.contents);
  const exists = (await stores.houses.list()).some((h) => h.id === house.id);
  if (exists && !replace)
    throw new BackupError(
      `a house with id "${house.id}" is already here; add --replace to put the imported one in its place.`,
    );
  if (replace) await refuseWhileServed(stores);
  const taken = await Promise.all(
    backup.contents.devices.map(async ({ device }) => {
      const here = await stores.access.device(device.id);
      return here && here.houseId !== house.id ? device.id : undefined;
    }),
  );
  const clash = taken.find((id) => id !== undefined);
  if (clash)
    throw new BackupError(
      `a device of another house here has the same id (${clash}); nothing was changed.`,
    );
  if (exists) await backupOf(stores).removeHouse(house.id);
  // Never the server secret, even if a file carries one: it is the other server's.
  await writeContents(stores, { ...backup.contents, secret: undefined, calendarFeeds: [] });
  return house;
}
