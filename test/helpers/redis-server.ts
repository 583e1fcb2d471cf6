// A redis-server of the test's (or the bench's) own, on a free port with its own temp dir and
// AOF on (fsync on every write for the tests), as one child process. Never the machine's shared
// Redis: nothing here connects to a port it did not start a server on.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.ts';
import { realClockEnv } from './real-clock-env.ts';
import { tempDir } from './temp-dir.ts';

export const REDIS_SERVER_PATH = '/usr/bin/redis-server';

const INSTALL_HINT = 'install redis-server (apt-get install redis-server)';

/**
 * Whether the multi-node suites can run. Without redis-server they skip with a one-line notice —
 * except in CI (CI=true), where nothing may skip and a missing redis-server fails the run.
 */
export function redisServerReady(): boolean {
  if (fs.existsSync(REDIS_SERVER_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`redis-server is missing at ${REDIS_SERVER_PATH}: ${INSTALL_HINT}`);
  }
  console.warn(`Skipping multi-node tests: ${INSTALL_HINT}`);
  return false;
}

export interface RedisServerOptions {
  /** A data dir to use (e.g. a copy of another server's, to read what its AOF holds). */
  dir?: string;
  /** How long to wait for PING to answer; 30 s by default. */
  startTimeoutMs?: number;
  /** When the AOF is fsynced: 'always' (the tests' default) or 'everysec' (the bench's). */
  appendfsync?: 'always' | 'everysec';
}

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  /** The process id now (-1 when it is not running), e.g. to read its CPU time. */
  readonly pid: number;
  /** What redis-server printed so far, for failure messages. */
  output: () => string;
  /** Whether the process is up now. */
  readonly running: boolean;
  /** Stops the process (SIGTERM by default) and waits for it to exit; the dir is kept. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /**
   * Stops it (SIGTERM, or SIGKILL when asked) if it is running, then starts it again on the same
   * port and dir — so the AOF is replayed — and waits until PING answers.
   */
  restart: (signal?: NodeJS.Signals) => Promise<void>;
  /** Stops it with SIGKILL and removes its dir (when this helper made it). */
  dispose: () => Promise<void>;
}

/** One PING over TCP: true once the server answers +PONG (not -LOADING while it replays the AOF). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Every redis-server this helper started, killed if the test process exits without stopping them. */
const alive = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const madeDir = !options.dir;
  const dir = options.dir ?? tempDir('houseboard-redis-');
  const port = await freePort();
  let output = '';
  let child: ChildProcess | undefined;

  const isRunning = () => !!child && child.exitCode === null && child.signalCode === null;

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const current = child;
    if (!current || !isRunning()) return;
    current.kill(signal);
    const timer = setTimeout(() => current.kill('SIGKILL'), 10_000);
    await exited(current);
    clearTimeout(timer);
  };

  const start = async () => {
    const started = spawn(
      REDIS_SERVER_PATH,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        options.appendfsync ?? 'always',
        '--save',
        '',
        '--daemonize',
        'no',
        '--logfile',
        '',
      ],
      // redis-server cannot run under faketime: it keeps the real clock (real-clock-env.ts).
      { stdio: ['ignore', 'pipe', 'pipe'], env: realClockEnv() },
    );
    child = started;
    alive.add(started);
    started.once('exit', () => alive.delete(started));
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
    for (;;) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`redis-server exited before it answered PING:\n${output}`);
      }
      if (await ping(port)) return;
      if (Date.now() > deadline) {
        await stop('SIGKILL');
        throw new Error(`redis-server did not answer PING on port ${port} in time:\n${output}`);
      }
      await sleep(50);
    }
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    output: () => output,
    get running() {
      return isRunning();
    },
    get pid() {
      return isRunning() ? (child?.pid ?? -1) : -1;
    },
    stop,
    async restart(signal: NodeJS.Signals = 'SIGTERM') {
      await stop(signal);
      await start();
    },
    async dispose() {
      await stop('SIGKILL');
      if (madeDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
