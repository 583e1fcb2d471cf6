// The server as a house runs it: built to JavaScript by `npm run build` and started with plain
// node (no TypeScript loader), on SQLite or on Redis; `npm start` builds only when the sources
// changed; an idle server leaves the Redis client, the calendar writer and everything else it
// loads on first use unloaded; and a Node too old for it is refused with one line.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { nodeVersionProblem } from '../../server/node-version.ts';
import { freePort } from '../helpers/free-port.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { REPO_ROOT, untilHealthy } from '../helpers/server-process.ts';
import { SERVER_ENTRY, startNodeFlags } from '../helpers/start-command.ts';
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

/** The packages (by name) of the files in a list of loaded modules' paths and URLs. */
function packagesIn(loaded: string): Set<string> {
  const names = loaded
    .split('\n')
    .filter((file) => file.includes('/node_modules/'))
    .map((file) => file.split('/node_modules/').at(-1)!)
    .map((rest) =>
      rest
        .split('/')
        .slice(0, rest.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return new Set(names);
}

/**
 * Starts the built server with `node <args> dist-server/main.js`, listing what it loads
 * (test/helpers/loaded-modules), stops it as a house's would be stopped, and gives the packages.
 */
async function packagesLoadedBy(args: string[], env: Record<string, string> = {}) {
  const log = path.join(tempDir('houseboard-loaded-'), 'loaded.txt');
  dirs.push(path.dirname(log));
  const preload = path.join(REPO_ROOT, 'test/helpers/loaded-modules/preload.cjs');
  const server = await start(process.execPath, ['--require', preload, ...args, SERVER_ENTRY], {
    HOUSEBOARD_LOADED_LOG: log,
    ...env,
  });
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  expect(await exited, server.output()).toBe(0);
  return packagesIn(fs.readFileSync(log, 'utf8'));
}

/**
 * What an idle server does not load until it is needed: backups' encryption (at the first
 * encrypted backup), readable log lines (LOG_FORMAT=pretty), the calendar feed, the Redis client
 * and adapter (REDIS_URL), the metrics (METRICS), socket.io (the first screen, on a single node).
 */
const LOADED_ON_FIRST_USE = [
  'socket.io',
  'engine.io',
  'age-encryption',
  '@noble/ciphers',
  'pino-pretty',
  'ical-generator',
  'redis',
  '@redis/client',
  '@socket.io/redis-streams-adapter',
  'prom-client',
];

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

  test('started as npm start starts it and left idle, it loads none of what it loads on first use', async () => {
    const loaded = await packagesLoadedBy(startNodeFlags());
    // The list is read from the process itself: what it needs to answer is in it.
    for (const needed of ['express', 'better-sqlite3', 'ws', 'yjs', 'pino']) {
      expect(loaded).toContain(needed);
    }
    expect(LOADED_ON_FIRST_USE.filter((name) => loaded.has(name))).toEqual([]);
    // zod is bundled in (scripts/build.mjs), only the parts the schemas use, not its whole package.
    expect(loaded).not.toContain('zod');
  });

  test('the same listing sees a package loaded on first use once it is used', async () => {
    const loaded = await packagesLoadedBy([], { LOG_FORMAT: 'pretty' });
    expect(loaded).toContain('pino-pretty');
    expect(loaded).not.toContain('age-encryption');
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
