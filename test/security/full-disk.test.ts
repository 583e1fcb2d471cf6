// Hole: a full disk crashing the process. The server's data dir is a real 2 MB tmpfs that the
// test fills to the last byte: the server must keep serving what is stored, refuse what it
// cannot store, say why in /healthz and its log, and write again by itself once space is back.
// And no error thrown from a timer or a promise nobody waits on may end the process.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { adminTokenFromOutput } from '../helpers/admin-link.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const running: ServerProcess[] = [];
const clients: SyncClient[] = [];
const mounts: string[] = [];
const scratch: string[] = [];

/** A real small disk: a tmpfs of `size`, or undefined where this user may not mount one. */
function smallDisk(size: string): string | undefined {
  const dir = tempDir('houseboard-disk-');
  scratch.push(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`could not mount a tmpfs (run as root): ${error}`);
    console.warn('Skipping the full-disk test: mounting a tmpfs needs root.');
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

/** Fills the disk under `dir` to the last byte it will take; returns the filler's path. */
function fill(dir: string): string {
  const file = path.join(dir, 'filler');
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [65_536, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return file;
}

const health = async (server: ServerProcess) => {
  const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(3000) });
  return { status: response.status, body: (await response.json()) as { reason?: string } };
};

const alive = (server: ServerProcess) =>
  server.process.exitCode === null && server.process.signalCode === null;

const titles = (client: SyncClient) =>
  choreRecords(client.doc)
    .values()
    .map((chore) => chore.title);

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of running.splice(0)) await server.stop('SIGKILL');
});

afterAll(() => {
  for (const dir of mounts.splice(0)) execFileSync('umount', ['-l', dir]);
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  test('the server keeps serving what is stored, refuses new changes with the reason, says so in /healthz, and saves again once space is back', async () => {
    const disk = smallDisk('2m');
    if (!disk) return;
    const server = await startServerProcess({ dataDir: disk, env: { LOG_LEVEL: 'info' } });
    running.push(server);
    const token = await adminTokenFromOutput(server.url, server.output);
    const session = await fetch(`${server.url}/api/session`, {
      headers: { cookie: cookieFor(token) },
    });
    const house = ((await session.json()) as { device: { houseId: string } }).device.houseId;
    const phone = await connectSynced(server.url, house, 'board', token);
    clients.push(phone);
    choreRecords(phone.doc).add({
      title: 'Water the plants',
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    const before = await connectSynced(server.url, house, 'board', token);
    clients.push(before);
    await eventually(() => expect(titles(before)).toContain('Water the plants'));
    before.destroy();

    const filler = fill(disk);
    const closes: number[] = [];
    phone.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    // Changes while the disk is full, each a list of chores (pages the database file has no
    // room for), until the server refuses one. The first fit in the WAL's free room; the
    // checkpoint after them has nowhere to put them.
    const PER_CHANGE = 25;
    let sent = 0;
    while (sent < 15 * PER_CHANGE && !closes.includes(CloseReasons.StoreUnavailable.code)) {
      phone.doc.transact(() => {
        for (let i = 0; i < PER_CHANGE; i++, sent++) {
          choreRecords(phone.doc).add({
            title: `Full ${sent} ${'x'.repeat(100)}`,
            schedule: { kind: 'daily' },
            createdAt: sent,
          });
        }
      });
      await sleep(50); // a person's pace, not a burst
    }
    await eventually(
      async () => {
        expect(alive(server), `the server exited:\n${server.output()}`).toBe(true);
        expect(await health(server)).toEqual({
          status: 503,
          body: expect.objectContaining({ reason: expect.stringMatching(/disk is full/) }),
        });
      },
      { timeoutMs: 10_000 },
    );
    expect(closes).toContain(CloseReasons.StoreUnavailable.code);
    await eventually(() =>
      expect(server.output()).toMatch(/store refuses writes: the disk is full/),
    );

    console.log(
      `full disk: ${sent} chores sent in ${sent / PER_CHANGE} changes until one was refused (${CloseReasons.StoreUnavailable.code}); /healthz: ${JSON.stringify((await health(server)).body)}`,
    );
    // What is stored is still served to a screen that comes now.
    const reader = await connectSynced(server.url, house, 'board', token);
    clients.push(reader);
    expect(titles(reader)).toContain('Water the plants');
    expect(alive(server)).toBe(true);

    // Space comes back: the server notices by itself, and the phone's changes are all saved.
    fs.rmSync(filler);
    await eventually(async () => expect((await health(server)).status).toBe(200), {
      timeoutMs: 10_000,
    });
    await eventually(() => expect(server.output()).toMatch(/store writes again/));
    // The phone reconnects and sends what was refused; a screen sees changes once stored.
    const fullTitles = (client: SyncClient) => titles(client).filter((t) => t.startsWith('Full '));
    const watcher = await connectSynced(server.url, house, 'board', token);
    clients.push(watcher);
    await eventually(() => expect(fullTitles(watcher)).toHaveLength(sent), { timeoutMs: 15_000 });
    phone.destroy();
    await server.stop('SIGTERM');
    expect(server.process.exitCode).toBe(0);
    const restarted = await startServerProcess({ dataDir: disk, env: { LOG_LEVEL: 'warn' } });
    running.push(restarted);
    const after = await connectSynced(restarted.url, house, 'board', token);
    clients.push(after);
    expect(titles(after)).toContain('Water the plants');
    expect(fullTitles(after)).toHaveLength(sent);
  }, 60_000);
});

describe('an error nobody handles', () => {
  test('an error thrown in a timer and a promise rejected with nobody waiting are logged, and the server keeps serving', async () => {
    // Loaded into the server process before it starts: on SIGUSR2 it breaks a timer and a promise.
    const dir = tempDir('houseboard-escape-');
    scratch.push(dir);
    const breaker = path.join(dir, 'breaker.mjs');
    fs.writeFileSync(
      breaker,
      `process.on('SIGUSR2', () => {
        setTimeout(() => { throw new Error('thrown in a timer by the test'); });
        Promise.reject(new Error('rejected by the test with nobody waiting'));
      });\n`,
    );
    const server = await startServerProcess({
      env: { LOG_LEVEL: 'warn', NODE_OPTIONS: `--import=${breaker}` },
    });
    running.push(server);
    server.process.kill('SIGUSR2');
    await eventually(() => {
      expect(server.output()).toContain('thrown in a timer by the test');
      expect(server.output()).toContain('rejected by the test with nobody waiting');
    });
    expect(server.output()).toMatch(/"level":50.*"msg":"an error escaped its handler/);
    expect(server.output()).toMatch(/"level":50.*"msg":"a promise failed with nobody to handle/);
    expect(alive(server)).toBe(true);
    expect((await health(server)).status).toBe(200);
    const token = await adminTokenFromOutput(server.url, server.output);
    const session = await fetch(`${server.url}/api/session`, {
      headers: { cookie: cookieFor(token) },
    });
    expect(session.status).toBe(200);
  }, 30_000);
});
