// The server's log as a log collector and a person at a terminal read it: JSON lines from the
// very first (the addresses, the admin link, the houses) to a final "stopped"; readable lines
// with LOG_FORMAT=pretty; and a refused start that ends in one clear line. Real processes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { redeemAdminLink } from '../helpers/admin-link.ts';
import { freePort } from '../helpers/free-port.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { scrape } from '../helpers/scrape.ts';
import { type LogEntry, logEntries } from '../helpers/server-log.ts';
import { REPO_ROOT, spawnServer, untilHealthy } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data dir of a test's own, removed at the end. */
function freshDataDir(): string {
  const dir = tempDir('houseboard-logs-');
  dirs.push(dir);
  return dir;
}

interface Run {
  url: string;
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Starts the server, waits until it is healthy (then `whileUp` runs), and stops it with `signal`;
 * or, when it exits on its own first, says how.
 */
async function run(
  dataDir: string,
  env: Record<string, string>,
  options: {
    signal?: NodeJS.Signals;
    /** Runs once the server is healthy, with what it has written to stdout so far. */
    whileUp?: (url: string, stdout: () => string) => Promise<void>;
  } = {},
): Promise<Run> {
  const port = await freePort();
  const child = spawnServer(dataDir, port, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  try {
    if ((await untilHealthy(url, child, 60_000)) === 'healthy') {
      await options.whileUp?.(url, () => stdout);
      child.kill(options.signal ?? 'SIGTERM');
    }
  } finally {
    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
  }
  return { url, code: await exited, stdout, stderr };
}

/** Every line of stdout a JSON log entry, from the first to the last. */
function jsonLines(stdout: string): LogEntry[] {
  const lines = stdout.trimEnd().split('\n');
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  const entries = logEntries(stdout);
  expect(entries).toHaveLength(lines.length);
  for (const entry of entries) {
    expect(typeof entry.level).toBe('number');
    expect(typeof entry.time).toBe('number');
    expect(typeof entry.msg).toBe('string');
  }
  return entries;
}

const env = { HOUSE_TIME_ZONE: dayZone(), HOST: '127.0.0.1' };

describe('the server log', () => {
  test('is JSON from the first line, with the addresses and the new house’s admin link, and ends with "stopped"', async () => {
    let houseId = '';
    const result = await run(freshDataDir(), env, {
      whileUp: async (url, stdout) => {
        // The admin link in the log is the real one: it makes this device the house's admin.
        const link = logEntries(stdout()).find((e) => e.adminLink)?.adminLink;
        houseId = (await redeemAdminLink(url, String(link))).houseId;
      },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const entries = jsonLines(result.stdout);
    expect(entries[0]).toMatchObject({
      level: 30,
      msg: 'Houseboard is running',
      kiosk: `${result.url}/kiosk`,
      phone: `${result.url}/`,
      houseNetwork: [],
    });
    expect(entries[0]!.metrics).toBeUndefined();
    const made = entries.find((e) => e.msg.startsWith('Made a new house, "Our house"'));
    expect(made?.adminLink).toMatch(new RegExp(`^${result.url}/admin#\\S{40,}$`));
    expect(made?.house).toEqual({ id: houseId, name: 'Our house' });
    expect(entries.at(-2)).toMatchObject({
      msg: 'stopping: storing pending changes',
      signal: 'SIGTERM',
    });
    expect(entries.at(-1)).toMatchObject({ level: 30, msg: 'stopped', signal: 'SIGTERM' });
  }, 90_000);

  test('names the houses on a later start, and where /metrics is, even with LOG_LEVEL=warn', async () => {
    const dataDir = freshDataDir();
    await run(dataDir, env); // makes the house
    const metricsPort = await freePort();
    const result = await run(
      dataDir,
      { ...env, LOG_LEVEL: 'warn', METRICS_PORT: String(metricsPort) },
      {
        signal: 'SIGINT',
        whileUp: async () => {
          const scraped = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
          expect(scraped.value('houseboard_documents_loaded')).toBeDefined();
        },
      },
    );
    expect(result.code).toBe(0);
    const entries = jsonLines(result.stdout);
    expect(entries[0]).toMatchObject({
      msg: 'Houseboard is running',
      metrics: `http://127.0.0.1:${metricsPort}/metrics`,
    });
    const houses = entries.find((e) => e.msg.startsWith('Houses: '));
    expect(houses?.houses).toEqual([{ id: expect.any(String), name: 'Our house' }]);
    expect(houses?.msg).toMatch(
      /^Houses: "Our house" \(\w+\)\. A new admin link: npm run houseboard -- house admin-link <house id>$/,
    );
    expect(entries.some((e) => e.adminLink)).toBe(false);
    expect(entries.some((e) => e.msg.startsWith('Made a new house'))).toBe(false);
    expect(entries.at(-1)).toMatchObject({ msg: 'stopped', signal: 'SIGINT' });
  }, 90_000);

  test('LOG_FORMAT=pretty gives readable lines for a terminal, ending with "stopped"', async () => {
    const result = await run(freshDataDir(), { ...env, LOG_FORMAT: 'pretty' });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(result.stdout).not.toContain('\x1b['); // no colours when stdout is not a terminal
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] INFO: Houseboard is running$/);
    expect(result.stdout).toMatch(new RegExp(`^ +kiosk: "${result.url}/kiosk"$`, 'm'));
    expect(result.stdout).toMatch(/^\[.*\] INFO: Made a new house, "Our house"\./m);
    expect(result.stdout).toMatch(/^ +adminLink: "http:\/\/127\.0\.0\.1:\d+\/admin#\S{40,}"$/m);
    expect(lines.slice(-2)).toEqual([
      expect.stringMatching(/^\[.*\] INFO: stopped$/),
      '    signal: "SIGTERM"',
    ]);
  }, 90_000);
});

describe('a refused start', () => {
  test.each([
    [{ LOG_FORMAT: 'xml' }, 'houseboard: LOG_FORMAT must be one of json, pretty, not "xml".'],
    [{ METRICS: 'yes' }, 'houseboard: METRICS must be one of true, false, not "yes".'],
    [
      { METRICS_PORT: '99999' },
      'houseboard: METRICS_PORT must be a whole number from 1 to 65535, not "99999".',
    ],
    [
      { METRICS_HOST: '0.0.0.0' },
      'houseboard: METRICS_HOST needs METRICS_PORT: set the port /metrics should answer on, or leave both unset.',
    ],
  ])(
    'with %o says why in one line, and as one JSON line',
    (bad, message) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, DATA_DIR: freshDataDir(), ...bad },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`${message}\n`);
      expect(jsonLines(result.stdout)).toEqual([
        { level: 60, time: expect.any(Number), msg: message },
      ]);
    },
    40_000,
  );

  test.each([
    ['PORT', 'houseboard: could not start: the port is already in use; set PORT to a free one'],
    [
      'METRICS_PORT',
      /^houseboard: could not start: METRICS_PORT \d+ on 127\.0\.0\.1 cannot be used \(EADDRINUSE\); choose a free port/,
    ],
  ])(
    'on a %s already in use says so in one line, and the log ends with it',
    async (setting, message) => {
      const taken = net.createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const port = (taken.address() as net.AddressInfo).port;
      try {
        const result = await run(freshDataDir(), { ...env, [setting]: String(port) });
        expect(result.code).toBe(1);
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(message);
        const entries = jsonLines(result.stdout);
        expect(entries.at(-1)).toMatchObject({ level: 60, msg: lines[0] });
      } finally {
        taken.close();
      }
    },
    90_000,
  );
});
