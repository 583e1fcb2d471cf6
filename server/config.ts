// Reads the server's settings from the environment. A wrong value stops the start with one
// line saying which setting and what would be right.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { LANGUAGES, type Language } from '../board/settings.ts';
import { isTimeZone } from '../board/time.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Rewrite a document's snapshot after this many stored updates. */
  compactEvery: number;
  /** Forget a document this long after its last screen leaves. */
  unloadAfterMs: number;
  /** Hold a document encoded, its Y.Doc let go, when nobody changed or asked for it this long; 0: never. */
  hibernateAfterMs: number;
  /** Largest WebSocket message accepted, in bytes. */
  maxPayload: number;
  /** SQLite's synchronous setting: full survives a power cut, normal a crash of the process. */
  sqliteSync: 'full' | 'normal';
  houseName: string;
  houseTimeZone: string;
  /** The language the first house speaks and is seeded in. */
  houseLanguage: Language;
  logLevel: string;
  distDir: string;
  /**
   * Behind a reverse proxy: whose X-Forwarded-* headers to believe, as express's `trust proxy`
   * takes it — false, a number of proxy hops, or the proxies' addresses and subnets.
   */
  trustProxy: TrustProxy;
  /** A screen's sync messages per second, after a burst. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Tries per address per minute at join tokens, pairing and staff codes. */
  guessesPerMinute: number;
  /** The address people reach the server at, for printed links; the listening address if unset. */
  publicUrl?: string;
  /** Set: several nodes share documents, devices and socket.io through this Redis. */
  redisUrl?: string;
  /** The build kiosks compare to know when to reload; by default a hash of the built screens. */
  buildId?: string;
  /** Set: the server speaks HTTPS (and WSS) itself with this certificate and key, as PEM. */
  tls?: { cert: Buffer; key: Buffer };
  /** JSON lines for a log collector, or readable lines for a person at a terminal. */
  logFormat: LogFormat;
  /** Where `/metrics` answers: nowhere (the default), on the main port, or on a port of its own. */
  metrics: MetricsPlace;
  /** For the bench: a file each edit's stages are written to (server/edit-stages.ts), or none. */
  editStagesFile?: string;
  /** Set: backups are encrypted with this passphrase (age), and restoring one needs it. */
  backupKey?: string;
  /** How many nightly backups to keep, and for how many days at most; 0 takes none. */
  backupKeep: number;
  /** The hour, in the house's time zone, from which the nightly backup is taken. */
  backupHour: number;
}

export type LogFormat = 'json' | 'pretty';

export type MetricsPlace =
  | { where: 'off' }
  | { where: 'main' }
  | { where: 'port'; port: number; host: string };

export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function wholeNumber(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, key: string, choices: readonly T[], fallback: T): T {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(`${key} must be one of ${choices.join(', ')}, not "${raw}".`);
  }
  return raw as T;
}

/**
 * mkdir -p one level at a time: Node's recursive mkdir spins forever on some paths (under /proc),
 * where each level fails with ENOENT.
 */
function makeDirs(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeDirs(parent);
  fs.mkdirSync(dir);
}

/** Makes sure the data directory exists and can be written, or says why not. */
function writableDir(key: string, dir: string): string {
  const resolved = path.resolve(dir);
  try {
    makeDirs(resolved);
    fs.accessSync(resolved, fs.constants.W_OK);
    const probe = path.join(resolved, `.write-check-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      `${key} "${dir}" cannot be written (${code}); choose a folder this user can write.`,
    );
  }
  return resolved;
}

function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // falls through to the error below
  }
  throw new ConfigError(
    `PUBLIC_URL must be an http or https address such as https://board.example.org, not "${raw}".`,
  );
}

function redisUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return raw;
  } catch {
    // falls through to the error below
  }
  throw new ConfigError(
    `REDIS_URL must be an address such as redis://127.0.0.1:6379, not "${raw}".`,
  );
}

function buildId(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^[A-Za-z0-9._-]{1,64}$/.test(raw)) return raw;
  throw new ConfigError(
    `BUILD_ID must be up to 64 letters, digits, dots, dashes or underscores, such as 2026.11.27-1, not "${raw}".`,
  );
}

function readPem(key: string, file: string): Buffer {
  try {
    return fs.readFileSync(path.resolve(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      `${key} "${file}" cannot be read (${code}); give a PEM file this user can read.`,
    );
  }
}

/** Both files or neither, readable, and a certificate with its own private key. */
function tlsFiles(certFile: string | undefined, keyFile: string | undefined): Config['tls'] {
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) {
    throw new ConfigError(
      'TLS_CERT_FILE and TLS_KEY_FILE go together: set both for https, or neither for plain http.',
    );
  }
  const files = { cert: readPem('TLS_CERT_FILE', certFile), key: readPem('TLS_KEY_FILE', keyFile) };
  try {
    tls.createSecureContext(files);
  } catch (error) {
    throw new ConfigError(
      `TLS_CERT_FILE and TLS_KEY_FILE must be a PEM certificate and its private key (${(error as Error).message}).`,
    );
  }
  return files;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, or a subnet as address/bits or address/mask, the way express's proxy-addr reads it. */
function isProxyAddress(entry: string): boolean {
  const [address = '', range, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && net.isIPv4(range);
}

/**
 * Which proxies' X-Forwarded-For to believe. Every hop is never trusted: then any client could
 * write its own address and slip past the guess limiter. "true" means the one proxy in front
 * (1 hop), which is what a single nginx or Caddy is.
 */
function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 10) return hops;
  } else {
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every((entry) => PROXY_NAMES.includes(entry) || isProxyAddress(entry))) {
      return entries;
    }
  }
  throw new ConfigError(
    `TRUST_PROXY must be false, a number of proxies in front of the server (such as 1), or their addresses (such as loopback or 10.0.0.5,192.168.1.0/24), not "${raw}".`,
  );
}

/**
 * `/metrics` says how busy the house is and how the server fares: never public by accident. Off
 * unless METRICS=true (on the main port) or METRICS_PORT is set (only there, on 127.0.0.1 unless
 * METRICS_HOST says otherwise).
 */
function metricsPlace(env: Env, mainPort: number): MetricsPlace {
  const on = oneOf(env, 'METRICS', ['true', 'false'] as const, 'false');
  const host = env.METRICS_HOST;
  if (!env.METRICS_PORT) {
    if (host) {
      throw new ConfigError(
        'METRICS_HOST needs METRICS_PORT: set the port /metrics should answer on, or leave both unset.',
      );
    }
    return { where: on === 'true' ? 'main' : 'off' };
  }
  const port = wholeNumber(env, 'METRICS_PORT', 0, 1, 65535);
  if (port === mainPort) {
    throw new ConfigError(
      `METRICS_PORT must differ from PORT (${mainPort}); use METRICS=true to serve /metrics on the main port.`,
    );
  }
  if (host && net.isIP(host) === 0 && !/^[A-Za-z0-9.-]{1,253}$/.test(host)) {
    throw new ConfigError(`METRICS_HOST must be an address such as 127.0.0.1, not "${host}".`);
  }
  return { where: 'port', port, host: host || '127.0.0.1' };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A language code the house may speak ("en", "es"), or why not, for the CLI and the first start. */
export function houseLanguage(value: string, setting: string): Language {
  const code = value.trim().toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(code)) return code as Language;
  throw new ConfigError(
    `${setting} must be one of the languages Houseboard speaks (${LANGUAGES.join(', ')}), not "${value}".`,
  );
}

/** A backup key long enough that trying keys is hopeless; unset means no encryption. */
function backupKey(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length >= 12 && raw.length <= 1024) return raw;
  throw new ConfigError(
    'BACKUP_KEY must be 12 to 1024 characters, such as a few random words; keep it somewhere apart from the backups.',
  );
}

/** Names ICU gives as UTC. */
const UTC_NAMES = new Set(
  ['UTC', 'UCT', 'GMT', 'Universal', 'Zulu'].flatMap((name) => [name, `Etc/${name}`]),
);

/**
 * The machine's own zone, as ICU finds it (TZ, else the zone /etc/localtime links to), read
 * without asking Intl when that gives a zone on Intl's list: Intl's answer pages in ICU's zone
 * data, about 8 MiB, which an idle server need not hold. Anything else is Intl's answer.
 */
export function systemTimeZone(): string {
  let named = process.env.TZ?.replace(/^:/, '');
  if (named === undefined) {
    try {
      named = fs.readlinkSync('/etc/localtime').split('/zoneinfo/')[1];
    } catch {
      // Not a link, or no such file: Intl will say.
    }
  }
  if (named && UTC_NAMES.has(named)) return 'UTC';
  if (named && Intl.supportedValuesOf('timeZone').includes(named)) return named;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function readConfig(env: Env = process.env): Config {
  const timeZone = env.HOUSE_TIME_ZONE || systemTimeZone();
  if (!isTimeZone(timeZone)) {
    throw new ConfigError(
      `HOUSE_TIME_ZONE must be a time zone such as Europe/London, not "${timeZone}".`,
    );
  }
  const host = env.HOST || '0.0.0.0';
  if (/\s/.test(host))
    throw new ConfigError(`HOST must be an address or host name, not "${host}".`);
  return {
    port: wholeNumber(env, 'PORT', 8080, 0, 65535),
    host,
    dataDir: writableDir('DATA_DIR', env.DATA_DIR || './data'),
    compactEvery: wholeNumber(env, 'COMPACT_EVERY', 500, 1, 1_000_000),
    unloadAfterMs: wholeNumber(env, 'UNLOAD_AFTER_MS', 30_000, 0, 86_400_000),
    hibernateAfterMs: wholeNumber(env, 'HIBERNATE_AFTER_MS', 180_000, 0, 86_400_000),
    maxPayload: wholeNumber(env, 'MAX_PAYLOAD', 256 * 1024, 1024, 64 * 1024 * 1024),
    sqliteSync: oneOf(env, 'SQLITE_SYNC', ['full', 'normal'] as const, 'normal'),
    houseName: (env.HOUSE_NAME || 'Our house').trim().slice(0, 80) || 'Our house',
    houseTimeZone: timeZone,
    houseLanguage: houseLanguage(env.HOUSE_LANGUAGE || 'en', 'HOUSE_LANGUAGE'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    distDir: path.resolve(env.DIST_DIR || 'dist'),
    trustProxy: trustProxy(env.TRUST_PROXY),
    messagesPerSecond: wholeNumber(env, 'RATE_LIMIT', 100, 1, 100_000),
    messageBurst: wholeNumber(env, 'RATE_BURST', 300, 1, 1_000_000),
    guessesPerMinute: wholeNumber(env, 'GUESSES_PER_MINUTE', 10, 1, 10_000),
    publicUrl: publicUrl(env.PUBLIC_URL),
    redisUrl: redisUrl(env.REDIS_URL),
    buildId: buildId(env.BUILD_ID),
    tls: tlsFiles(env.TLS_CERT_FILE, env.TLS_KEY_FILE),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
    metrics: metricsPlace(env, wholeNumber(env, 'PORT', 8080, 0, 65535)),
    editStagesFile: env.EDIT_STAGES_FILE ? path.resolve(env.EDIT_STAGES_FILE) : undefined,
    backupKey: backupKey(env.BACKUP_KEY),
    backupKeep: wholeNumber(env, 'BACKUP_KEEP', 7, 0, 366),
    backupHour: wholeNumber(env, 'BACKUP_HOUR', 3, 0, 23),
  };
}
