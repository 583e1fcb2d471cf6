// Starts the servers under test, each in its own child process running its built JavaScript
// (bench/built-servers.ts: `node dist-server/main.js`, and the reference bundled alike), waits
// until they answer, and stops them again.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cookieFor } from '../test/helpers/device-tokens.ts';
import { freePort } from '../test/helpers/free-port.ts';
import { untilHealthy } from '../test/helpers/server-process.ts';
import { tempDir } from '../test/helpers/temp-dir.ts';
import { builtServers } from './built-servers.ts';
import type { MadeHouse } from './make-houses.ts';

export type ServerKind = 'ours' | 'ref';

export interface RunningServer {
  kind: ServerKind;
  /** http://host:port */
  baseUrl: string;
  /** Base URL for the y-websocket client. */
  wsUrl: string;
  /** Room (document) name for the y-websocket client. */
  room: string;
  /**
   * The device cookies the clients send (ours only; the reference ignores them): client i sends
   * `cookies[i % cookies.length]`. The server allows each device only a few sync sockets, so a
   * server for many clients has one device per client, as real phones have (`devices`).
   */
  cookies?: string[];
  pid: number;
  /** performance.now() when it first answered /healthz. */
  healthyAt: number;
  /** Everything the server printed (the last few thousand characters). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** Fills the fresh data dir before the server starts (e.g. with houses made in advance). */
  prepare?: (dataDir: string) => Promise<void>;
  /**
   * Ours: make the house before the server starts (in env.REDIS_URL if set), with this many admin
   * devices, one per client; its board is `room`. Without it the server finds its houses in the
   * data dir (`prepare`) or in Redis, or makes one nobody has joined.
   */
  devices?: number;
  /** Extra node flags for this server only (after BENCH_SERVER_NODE_ARGS). */
  nodeArgs?: string[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OURS_ENTRY = path.join(repoRoot, 'server', 'main.ts');
const HOST = '127.0.0.1';
/** Extra node flags for the server processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const START_TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_MS) || 30_000;
/** A dir to keep each child's whole output in (`<pid>.log`), e.g. with `--trace-gc`. */
const OUTPUT_DIR = process.env.BENCH_SERVER_OUTPUT_DIR ?? '';

/** Children still running and temp dirs still present, so a crash or Ctrl-C can clean up. */
const live = new Set<ChildProcess>();
const dirs = new Set<string>();

/** A temp dir removed when the bench ends, however it ends (or earlier by `removeTempDir`). */
export function makeTempDir(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** A child process killed when the bench ends, however it ends; drains its output. */
export function spawnTracked(command: string, args: string[], env?: NodeJS.ProcessEnv) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  // Always drain the child's output (a full pipe would stall it); keep the tail for errors.
  let output = '';
  const file = OUTPUT_DIR ? fs.createWriteStream(path.join(OUTPUT_DIR, `${child.pid}.log`)) : null;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    file?.write(chunk);
  };
  child.once('exit', () => file?.end());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const tail = () => output.trim().split('\n').slice(-5).join(' | ') || '(no output)';
  return { child, output: () => output, tail, stop: () => stopChild(child) };
}

/** Runs a bench script (`node --import tsx bench/<file> …args`) to its end; fails on exit ≠ 0. */
export async function runScript(file: string, args: string[]): Promise<void> {
  const { child, tail } = spawnTracked(process.execPath, [
    '--import',
    'tsx',
    path.join(repoRoot, 'bench', file),
    ...args,
  ]);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  live.delete(child);
  if (code !== 0) throw new Error(`bench/${file} failed (${code}): ${tail()}`);
}

/** The resident set size of a process, in MiB (VmRSS in /proc/<pid>/status). */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS for process ${pid}`);
  return kib / 1024;
}

/** Last-resort cleanup (synchronous): kill every child we started and remove its temp dir. */
export function abortAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      live.delete(child);
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      live.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startServer(
  kind: ServerKind,
  options: StartOptions = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = makeTempDir(`houseboard-bench-${kind}-`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // No nightly backup: on a fresh data dir it is due a minute after the start, and it would
    // read every key in the middle of a measurement.
    BACKUP_KEEP: '0',
    ...options.env,
    PORT: String(port),
    HOST,
    DATA_DIR: dataDir,
  };
  const cleanupDir = () => removeTempDir(dataDir);
  let made: MadeHouse | undefined;
  try {
    await options.prepare?.(dataDir);
    if (kind === 'ours' && options.devices) {
      [made] = await makeHouses(dataDir, 1, options.devices, options.env?.REDIS_URL);
    }
  } catch (error) {
    cleanupDir();
    throw error;
  }
  const { child, output, tail } = spawnTracked(
    process.execPath,
    [...SERVER_NODE_ARGS, ...(options.nodeArgs ?? []), ...(await builtServers())[kind]],
    env,
  );
  const cleanup = async () => {
    await stopChild(child);
    cleanupDir();
  };
  try {
    const health = await untilHealthy(`http://${HOST}:${port}`, child, START_TIMEOUT_MS);
    if (health === 'exited') {
      throw new Error(`server exited early (${child.exitCode ?? child.signalCode}): ${tail()}`);
    }
    if (health === 'late')
      throw new Error(`server not healthy within ${START_TIMEOUT_MS} ms: ${tail()}`);
    const healthyAt = performance.now();
    const baseUrl = `http://${HOST}:${port}`;
    let room = 'bench-house/board';
    let wsUrl = `ws://${HOST}:${port}`;
    let cookies: string[] | undefined;
    if (made) {
      room = `${made.houseId}/board`;
      cookies = made.tokens.map(deviceCookie);
    }
    if (kind === 'ours') {
      wsUrl = `ws://${HOST}:${port}/sync`;
    }
    return {
      kind,
      baseUrl,
      wsUrl,
      room,
      cookies,
      pid: child.pid ?? -1,
      healthyAt,
      output,
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The cookie header our server reads a device token from. */
export const deviceCookie = cookieFor;

/** The cookie client `i` sends, from a server's or room's `cookies`. */
export function clientCookie(cookies: readonly string[] | undefined, i: number) {
  return cookies?.length ? cookies[i % cookies.length] : undefined;
}

/**
 * Makes `count` houses with `devices` admin devices each (bench/make-houses.ts), in `dataDir`
 * or, given a Redis URL, in that Redis.
 */
export async function makeHouses(
  dataDir: string,
  count: number,
  devices = 1,
  redisUrl = '',
): Promise<MadeHouse[]> {
  const out = path.join(dataDir, 'bench-houses.json');
  await runScript('make-houses.ts', [dataDir, String(count), out, String(devices), redisUrl]);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/**
 * A server with `count` rooms ready: ours with that many houses made before it starts (with
 * `devicesPerHouse` admin devices each), the reference with room names. Each room is the house's
 * board.
 */
export async function startWithRooms(
  kind: ServerKind,
  count: number,
  env?: Record<string, string>,
  devicesPerHouse = 1,
  nodeArgs?: string[],
): Promise<{ server: RunningServer; rooms: Array<{ url: string; cookies?: string[] }> }> {
  if (kind === 'ref') {
    const server = await startServer('ref', { env, nodeArgs });
    const rooms = Array.from({ length: count }, (_, i) => ({
      url: `${server.wsUrl}/bench-house-${i}/board`,
    }));
    return { server, rooms };
  }
  let houses: MadeHouse[] = [];
  const server = await startServer('ours', {
    env,
    nodeArgs,
    prepare: async (dir) => {
      houses = await makeHouses(dir, count, devicesPerHouse);
    },
  });
  const rooms = houses.map((h) => ({
    url: `${server.wsUrl}/${h.houseId}/board`,
    cookies: h.tokens.map(deviceCookie),
  }));
  return { server, rooms };
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
}
