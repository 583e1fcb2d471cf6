// Starts the servers under test, each in its own child process (`node --import tsx <file>`),
// waits until they answer, and stops them again.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ServerKind = 'ours' | 'ref';

export interface RunningServer {
  kind: ServerKind;
  /** Base URL for the y-websocket client. */
  wsUrl: string;
  /** Room (document) name for the y-websocket client. */
  room: string;
  /** The device cookie the clients send (ours only). */
  cookie?: string;
  pid: number;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OURS_ENTRY = path.join(repoRoot, 'server', 'main.ts');
const REF_ENTRY = path.join(repoRoot, 'bench', 'referenceServer.ts');
const HOST = '127.0.0.1';
/** Extra node flags for the server processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const START_TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_MS) || 30_000;

/** Children still running and temp dirs still present, so a crash or Ctrl-C can clean up. */
const live = new Set<ChildProcess>();
const dirs = new Set<string>();

/** Last-resort cleanup (synchronous): kill every child we started and remove its temp dir. */
export function abortAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Becomes the new house's admin through the one-time link the server printed on first start. */
async function adminOf(base: string, output: string): Promise<{ room: string; cookie: string }> {
  const link = output.match(/Admin link \(use once\): (\S+)/)?.[1];
  if (!link) throw new Error(`our server printed no admin link: ${output.slice(-500)}`);
  const res = await fetch(`${base}/api/admin-invite`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(link).hash.slice(1) }),
    signal: AbortSignal.timeout(2000),
  });
  const session = (await res.json()) as { device?: { houseId?: string } };
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie || !session.device?.houseId) {
    throw new Error(`the admin link was refused (${res.status}): ${JSON.stringify(session)}`);
  }
  return { room: `${session.device.houseId}/board`, cookie };
}

async function waitHealthy(port: number, child: ChildProcess, tail: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited early (${child.exitCode ?? child.signalCode}): ${tail()}`);
    }
    try {
      const res = await fetch(`http://${HOST}:${port}/healthz`, {
        signal: AbortSignal.timeout(1000),
      });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`server not healthy within ${START_TIMEOUT_MS} ms: ${tail()}`);
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

export async function startServer(kind: ServerKind): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `houseboard-bench-${kind}-`));
  dirs.add(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST, DATA_DIR: dataDir };
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_ARGS, '--import', 'tsx', kind === 'ours' ? OURS_ENTRY : REF_ENTRY],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  live.add(child);
  // Always drain the child's output (a full pipe would stall it); keep the tail for errors.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const tail = () => output.trim().split('\n').slice(-5).join(' | ') || '(no output)';
  const cleanup = async () => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    dirs.delete(dataDir);
  };
  try {
    await waitHealthy(port, child, tail);
    let room = 'bench-house/board';
    let wsUrl = `ws://${HOST}:${port}`;
    let cookie: string | undefined;
    if (kind === 'ours') {
      ({ room, cookie } = await adminOf(`http://${HOST}:${port}`, output));
      wsUrl = `ws://${HOST}:${port}/sync`;
    }
    return { kind, wsUrl, room, cookie, pid: child.pid ?? -1, stop: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
