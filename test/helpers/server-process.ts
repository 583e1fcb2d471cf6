// Starts the real Houseboard server as one child process on a free port, with its own data
// directory, and waits until /healthz answers. One pid, so one signal stops it.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';
import { dayZone } from './house-clock.ts';
import { tempDir } from './temp-dir.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcessOptions {
  /** Where the server keeps its data; a fresh temp dir when not given. */
  dataDir?: string;
  /** A port to listen on (e.g. to restart on the one a browser is reconnecting to); free one by default. */
  port?: number;
  /**
   * Extra environment for the server (e.g. REDIS_URL). A house made without HOUSE_TIME_ZONE
   * lives where it is midday now, so no test depends on the hour it runs at. A key set to
   * undefined is left out of the server's environment.
   */
  env?: Record<string, string | undefined>;
  /** How long to wait for /healthz; 60 s by default, for a machine whose cores are all busy. */
  startTimeoutMs?: number;
  /** Keep a data dir this helper made after stop(); dirs passed in are never removed. */
  keepDataDir?: boolean;
}

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** What the server printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  /** Stops the server (SIGTERM by default; SIGKILL after 10 s) and waits for it to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * The server as one child process (so one signal stops it), not yet waited for: for a test that
 * watches how a start ends. A house made without HOUSE_TIME_ZONE lives where it is midday now.
 */
export function spawnServer(
  dataDir: string,
  port: number,
  env: Record<string, string | undefined> = {},
): ChildProcess & { stdout: Readable; stderr: Readable } {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    HOUSE_TIME_ZONE: dayZone(),
    PORT: String(port),
    DATA_DIR: dataDir,
    ...env,
  };
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Asks `<url>/healthz` every 100 ms until it answers 200 ('healthy'), the process ends first
 * ('exited') or `timeoutMs` pass ('late'). The test servers and the bench's both wait here.
 */
export async function untilHealthy(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<'healthy' | 'exited' | 'late'> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) return 'exited';
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return 'healthy';
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) return 'late';
    await sleep(100);
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServerProcess(
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const madeDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? tempDir('houseboard-data-');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawnServer(dataDir, port, options.env);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (madeDataDir && !options.keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const health = await untilHealthy(url, child, options.startTimeoutMs ?? 60_000);
  if (health === 'exited') {
    await stop();
    throw new Error(`The server exited before it was healthy:\n${output}`);
  }
  if (health === 'late') {
    await stop('SIGKILL');
    throw new Error(`The server did not answer /healthz in time:\n${output}`);
  }
  return { url, port, dataDir, process: child, output: () => output, stop };
}
