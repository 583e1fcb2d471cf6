// The server as a house runs it: built to JavaScript by `npm run build` and started with plain
// node (no TypeScript loader), on SQLite or on Redis; `npm start` builds only when the sources
// changed; an idle server leaves the Redis client and the calendar writer unloaded; and a Node
// too old for it is refused with one line.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { nodeVersionProblem } from '../../server/node-version.ts';
import { freePort } from '../helpers/free-port.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { REPO_ROOT, untilHealthy } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const SERVER_OUT = path.join(REPO_ROOT, 'dist-server');
const STAMP = path.join(SERVER_OUT, 'build-stamp.json');
const redisReady = redisServerReady();

/**
 * `npm test` has just built; a run on changed sources builds here, once, before the tests (a
 * build takes longer than one test may).
 */
beforeAll(async () => {
  const build = spawn(process.execPath, ['scripts/build.mjs', '--if-changed'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  build.stderr.on('data', (chunk) => {
    said += chunk;
  });
  const code = await new Promise((resolve) => build.once('exit', resolve));
  expect(code, said).toBe(0);
}, 600_000);

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const started: Array<{ child: ChildProcess; group: boolean }> = [];
const dirs: string[] = [];
let redis: RedisServer | undefined;

afterEach(async () => {
  for (const { child, group } of started.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    // `npm start` is npm, a shell and node: its own process group, stopped as one.
    if (group) process.kill(-child.pid!, 'SIGKILL');
    else child.kill('SIGKILL');
    await gone;
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  await redis?.dispose();
  redis = undefined;
});

async function start(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Started> {
  const dataDir = tempDir('houseboard-built-');
  dirs.push(dataDir);
  const port = await freePort();
  const group = command !== process.execPath;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  started.push({ child, group });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const health = await untilHealthy(url, child, 60_000);
  expect(health, output).toBe('healthy');
  return { child, url, output: () => output };
}

/** Every package a built file imports before it runs, following its static chunk imports. */
function packagesLoadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  // Static imports only: `import … from "x"` and `import "x"`; `import("x")` loads later.
  for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\b[^;(]*?["']([^"']+)["']/gm)) {
    if (specifier!.startsWith('.')) {
      for (const p of packagesLoadedAtStart(path.resolve(path.dirname(file), specifier!), seen))
        packages.add(p);
    } else packages.add(specifier!);
  }
  return packages;
}

describe('the built server', () => {
  test('runs as plain JavaScript with node, without tsx, and answers /healthz', async () => {
    const server = await start(process.execPath, ['dist-server/main.js']);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    expect(server.output()).toContain('"msg":"Houseboard is running"');
    const everything = fs
      .readdirSync(SERVER_OUT, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(SERVER_OUT, file), 'utf8'))
      .join('\n');
    expect(everything).not.toMatch(/["']tsx["']|\.ts["']\)/);
  });

  test('an idle server on SQLite leaves the Redis client and the calendar writer unloaded', () => {
    // main.js checks the Node version, then imports server.js: what an idle server loads.
    expect(fs.readFileSync(path.join(SERVER_OUT, 'main.js'), 'utf8')).toContain(
      "await import('./server.js')",
    );
    const atStart = packagesLoadedAtStart(path.join(SERVER_OUT, 'server.js'));
    expect(atStart).toContain('express');
    for (const lazy of ['redis', '@socket.io/redis-streams-adapter', 'ical-generator']) {
      expect(atStart).not.toContain(lazy);
    }
  });

  test.skipIf(!redisReady)(
    'runs on Redis too, loading its client when REDIS_URL asks',
    async () => {
      redis = await startRedisServer();
      const server = await start(process.execPath, ['dist-server/main.js'], {
        REDIS_URL: redis.url,
      });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(server.output()).toContain('"msg":"Houseboard is running"');
    },
  );

  test('a second `npm start` on the same sources starts without building again', async () => {
    const stampBefore = fs.statSync(STAMP).mtimeMs;
    const mainBefore = fs.statSync(path.join(SERVER_OUT, 'main.js')).mtimeMs;
    const server = await start('npm', ['start', '--silent']);
    expect(server.output()).toContain('the screens and the server are built for these sources');
    expect(server.output()).not.toContain('building');
    expect(fs.statSync(STAMP).mtimeMs).toBe(stampBefore);
    expect(fs.statSync(path.join(SERVER_OUT, 'main.js')).mtimeMs).toBe(mainBefore);
  });
});

describe('the Node version', () => {
  test('a Node older than vite 7 and the server need is refused with one line', () => {
    for (const old of ['v18.20.4', 'v20.18.1', 'v21.7.3', 'v22.11.0']) {
      const problem = nodeVersionProblem(old);
      expect(problem).toContain(`this is Node ${old}`);
      expect(problem).toContain('Node 20.19 or newer');
      expect(problem?.split('\n')).toHaveLength(1);
    }
    for (const fits of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.1.0', process.version]) {
      expect(nodeVersionProblem(fits)).toBeUndefined();
    }
  });

  test('the built server on an old Node stops with that one line, before it loads anything', () => {
    const dataDir = tempDir('houseboard-old-node-');
    dirs.push(dataDir);
    // The version the process reports, set before main.js runs: the check reads process.version.
    const oldNode =
      'data:text/javascript,Object.defineProperty(process,"version",{value:"v18.20.4"})';
    const start = spawnSync(process.execPath, ['--import', oldNode, 'dist-server/main.js'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
      timeout: 60_000,
    });
    expect(start.status).toBe(1);
    expect(start.stdout).toBe('');
    expect(start.stderr.trim().split('\n')).toEqual([
      'houseboard: this is Node v18.20.4; Houseboard needs Node 20.19 or newer (20.19+, or 22.12+). See .nvmrc and the README.',
    ]);
  });

  test('a version string that is not one is refused, not waved through', () => {
    for (const odd of ['', 'v', 'banana', 'vNaN.1.2', '20']) {
      expect(nodeVersionProblem(odd)).toContain('Node 20.19 or newer');
    }
  });
});
