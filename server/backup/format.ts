// The backup file: one format for SQLite and Redis, so a backup made on one restores into the
// other. Gzipped JSON lines — a header line, one line per record, and an end line with the count
// and a SHA-256 of every line before it — and, when BACKUP_KEY is set, that whole gzip encrypted
// with age (a passphrase recipient: scrypt and ChaCha20-Poly1305, by the age-encryption package).
// A file cut short or changed fails the gzip check, the checksum or age's tag: never half-read.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoreContents } from '../store/store-contents.ts';
import { emptyContents } from '../store/store-contents.ts';

export const FORMAT = 'houseboard-backup';
export const FORMAT_VERSION = 1;
/** scrypt's cost for the key, as age writes it (2^16: about a second here, 64 MiB of memory). */
export const SCRYPT_WORK_FACTOR = 16;
/** A backup larger than this, unpacked, is refused (a gzip bomb or garbage, not a house). */
export const MAX_UNPACKED_BYTES = 1024 ** 3;

const GZIP_MAGIC = [0x1f, 0x8b];
const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

/** A whole server ("all"), or one house moved between servers ("house"). */
export type BackupScope = 'all' | 'house';

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  scope: BackupScope;
  madeAt: string;
  /** The store it was read from: 'sqlite' or 'redis'. */
  from: string;
  /** For a house export, the house's id. */
  house?: string;
}

/** Why a backup cannot be read or restored: one line for whoever runs the command. */
export class BackupError extends Error {
  override name = 'BackupError';
}

type Line =
  | { type: 'secret'; value: string }
  | { type: 'house'; id: string; name: string; createdAt: number }
  | { type: 'document'; name: string; update: string }
  | ({ type: 'device' } & StoreContents['devices'][number])
  | ({ type: 'leaver' } & StoreContents['leavers'][number])
  | ({ type: 'staffCode' } & StoreContents['staffCodes'][number])
  | ({ type: 'calendarFeed' } & StoreContents['calendarFeeds'][number])
  | ({ type: 'adminInvite' } & StoreContents['adminInvites'][number]);

function* linesOf(contents: StoreContents): Generator<Line> {
  if (contents.secret) yield { type: 'secret', value: contents.secret };
  for (const house of contents.houses) yield { type: 'house', ...house };
  for (const doc of contents.documents)
    yield { type: 'document', name: doc.name, update: Buffer.from(doc.update).toString('base64') };
  for (const device of contents.devices) yield { type: 'device', ...device };
  for (const leaver of contents.leavers) yield { type: 'leaver', ...leaver };
  for (const code of contents.staffCodes) yield { type: 'staffCode', ...code };
  for (const feed of contents.calendarFeeds) yield { type: 'calendarFeed', ...feed };
  for (const invite of contents.adminInvites) yield { type: 'adminInvite', ...invite };
}

export interface EncodeOptions {
  /** Set: the file is encrypted with this passphrase. */
  key?: string;
  /** scrypt's cost; tests lower it. */
  workFactor?: number;
}

export async function encodeBackup(
  header: Omit<BackupHeader, 'format' | 'version'>,
  contents: StoreContents,
  options: EncodeOptions = {},
): Promise<Uint8Array> {
  const lines = [JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, ...header })];
  for (const line of linesOf(contents)) lines.push(JSON.stringify(line));
  const body = `${lines.join('\n')}\n`;
  const sha256 = createHash('sha256').update(body).digest('hex');
  const text = `${body}${JSON.stringify({ type: 'end', records: lines.length - 1, sha256 })}\n`;
  const packed = gzipSync(text);
  if (!options.key) return packed;
  // age and its ciphers are loaded only for an encrypted backup: an idle server does not carry them.
  const { Encrypter } = await import('age-encryption');
  const encrypter = new Encrypter();
  encrypter.setPassphrase(options.key);
  encrypter.setScryptWorkFactor(options.workFactor ?? SCRYPT_WORK_FACTOR);
  return encrypter.encrypt(packed);
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Whether these first bytes look like a backup at all, and whether it is encrypted. */
export function kindOf(bytes: Uint8Array): 'encrypted' | 'plain' | undefined {
  if (startsWith(bytes, AGE_MAGIC)) return 'encrypted';
  if (startsWith(bytes, GZIP_MAGIC)) return 'plain';
  return undefined;
}

const DAMAGED = 'is damaged or cut short';

async function decrypt(bytes: Uint8Array, key: string | undefined, what: string) {
  if (!key)
    throw new BackupError(
      `${what} is encrypted: set BACKUP_KEY to the key it was made with. Nothing was changed.`,
    );
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  decrypter.addPassphrase(key);
  try {
    return await decrypter.decrypt(bytes);
  } catch (error) {
    const message = (error as Error).message;
    if (/no identity matched/i.test(message))
      throw new BackupError(
        `BACKUP_KEY is not the key ${what} was made with. Nothing was changed.`,
      );
    throw new BackupError(`${what} ${DAMAGED} (${message}). Nothing was changed.`);
  }
}

function unpack(bytes: Uint8Array, what: string): string {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new BackupError(`${what} unpacks to more than 1 GiB: it is not a Houseboard backup.`);
    throw new BackupError(`${what} ${DAMAGED} (${(error as Error).message}). Nothing was changed.`);
  }
}

function base64(value: unknown): Uint8Array {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
    throw new Error('not base64');
  return new Uint8Array(Buffer.from(value, 'base64'));
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('not a string');
  return value;
}

function number(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error('not a number');
  return value;
}

/** One record into the contents, checking each field's type: a file is read, never trusted. */
function add(contents: StoreContents, line: Record<string, unknown>): void {
  switch (line.type) {
    case 'secret':
      contents.secret = Buffer.from(base64(line.value)).toString('base64');
      return;
    case 'house':
      contents.houses.push({
        id: text(line.id),
        name: text(line.name),
        createdAt: number(line.createdAt),
      });
      return;
    case 'document':
      contents.documents.push({ name: text(line.name), update: base64(line.update) });
      return;
    case 'device': {
      const device = line.device as Record<string, unknown>;
      if (!device || typeof device !== 'object') throw new Error('no device');
      text(device.id);
      text(device.houseId);
      text(device.role);
      contents.devices.push({
        device: device as unknown as StoreContents['devices'][number]['device'],
        tokenHash: text(line.tokenHash),
      });
      return;
    }
    case 'leaver':
      contents.leavers.push({
        houseId: text(line.houseId),
        personId: text(line.personId),
        leftAt: number(line.leftAt),
      });
      return;
    case 'staffCode':
      contents.staffCodes.push({ houseId: text(line.houseId), codeHash: text(line.codeHash) });
      return;
    case 'calendarFeed':
      contents.calendarFeeds.push({
        houseId: text(line.houseId),
        seed: text(line.seed),
        tokenHash: text(line.tokenHash),
      });
      return;
    case 'adminInvite':
      contents.adminInvites.push({
        houseId: text(line.houseId),
        tokenHash: text(line.tokenHash),
        expiresAt: number(line.expiresAt),
      });
      return;
    default:
      throw new Error(`unknown record "${String(line.type)}"`);
  }
}

export interface Backup {
  header: BackupHeader;
  contents: StoreContents;
}

/**
 * Reads a whole backup, checking all of it, before anything is written anywhere: a wrong key, a
 * file that is not a backup, or one cut short or changed is refused with one line.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  options: { key?: string; what?: string } = {},
): Promise<Backup> {
  const what = options.what ?? 'the backup';
  const kind = kindOf(bytes);
  if (!kind) throw new BackupError(`${what} is not a Houseboard backup.`);
  const packed = kind === 'encrypted' ? await decrypt(bytes, options.key, what) : bytes;
  const all = unpack(packed, what);
  const end = all.lastIndexOf('\n', all.length - 2);
  const lines = all.slice(0, end + 1).split('\n');
  lines.pop();
  let header: BackupHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as BackupHeader;
  } catch {
    throw new BackupError(`${what} is not a Houseboard backup.`);
  }
  if (header?.format !== FORMAT) throw new BackupError(`${what} is not a Houseboard backup.`);
  if (header.version !== FORMAT_VERSION)
    throw new BackupError(
      `${what} is format version ${String(header.version)}; this Houseboard reads version ${FORMAT_VERSION}. Restore it with the release that made it, or a newer one.`,
    );
  let trailer: { type?: string; records?: number; sha256?: string };
  try {
    trailer = JSON.parse(all.slice(end + 1));
  } catch {
    throw new BackupError(`${what} ${DAMAGED} (no end line). Nothing was changed.`);
  }
  const sha256 = createHash('sha256')
    .update(all.slice(0, end + 1))
    .digest('hex');
  if (trailer.type !== 'end' || trailer.sha256 !== sha256 || trailer.records !== lines.length - 1)
    throw new BackupError(`${what} ${DAMAGED} (its checksum does not match). Nothing was changed.`);
  const contents = emptyContents();
  for (let i = 1; i < lines.length; i++) {
    try {
      add(contents, JSON.parse(lines[i]!) as Record<string, unknown>);
    } catch (error) {
      throw new BackupError(
        `${what} has a record it cannot read on line ${i + 1} (${(error as Error).message}). Nothing was changed.`,
      );
    }
  }
  return { header, contents };
}
