// The server as its own process, the way it runs on a house's mini PC: killed without warning,
// stopped politely, and started with settings that are wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { adminTokenFromOutput } from '../helpers/admin-link.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const running: ServerProcess[] = [];
/** A plain file, so a data dir "inside" it can never be made, whoever runs the test. */
const notAFolder = path.join(tempDir('houseboard-file-'), 'file');
fs.writeFileSync(notAFolder, '');
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of running.splice(0)) await s.stop('SIGKILL');
});

/** The admin device of the data dir in use: made from the admin link on its first start. */
let token: string | undefined;

async function serve(dataDir: string, fresh = false) {
  if (fresh) token = undefined;
  const server = await startServerProcess({ dataDir, env: { LOG_LEVEL: 'warn' } });
  running.push(server);
  token ??= await adminTokenFromOutput(server.url, server.output);
  const session = await fetch(`${server.url}/api/session`, {
    headers: { cookie: cookieFor(token) },
  });
  const { device } = (await session.json()) as { device: { houseId: string } };
  return { server, houseId: device.houseId };
}

async function phone(url: string, houseId: string) {
  const client = await connectSynced(url, houseId, 'board', token);
  clients.push(client);
  return client;
}

const titlesOf = (client: SyncClient) =>
  new Set(
    choreRecords(client.doc)
      .values()
      .map((c) => c.title),
  );

describe('the server process', () => {
  test('kill -9 in the middle of a stream of edits loses no edit that another screen had received', async () => {
    const dataDir = tempDir('houseboard-crash-');
    const { server, houseId } = await serve(dataDir, true);
    const a = await phone(server.url, houseId);
    const b = await phone(server.url, houseId);
    const seenByA = new Set<string>();
    const seenByB = new Set<string>();
    choreRecords(a.doc).observe(() => {
      for (const t of titlesOf(a)) if (t.startsWith('B-')) seenByA.add(t);
    });
    choreRecords(b.doc).observe(() => {
      for (const t of titlesOf(b)) if (t.startsWith('A-')) seenByB.add(t);
    });
    let n = 0;
    const editing = setInterval(() => {
      n += 1;
      choreRecords(a.doc).add({ title: `A-${n}`, schedule: { kind: 'daily' }, createdAt: n });
      choreRecords(b.doc).add({ title: `B-${n}`, schedule: { kind: 'daily' }, createdAt: n });
    }, 2);
    await eventually(() => expect(seenByA.size + seenByB.size).toBeGreaterThan(200), {
      timeoutMs: 10_000,
    });
    server.process.kill('SIGKILL');
    clearInterval(editing);
    // The phones must not hand their copies back to the restarted server: only what it stored counts.
    a.provider.destroy();
    b.provider.destroy();
    const received = [...seenByA, ...seenByB];

    const { server: restarted } = await serve(dataDir);
    const fresh = await phone(restarted.url, houseId);
    const stored = titlesOf(fresh);
    const lost = received.filter((title) => !stored.has(title));
    console.log(
      `kill -9: ${n} edits sent by each phone, ${received.length} received by the other phone, ${lost.length} of those lost`,
    );
    expect(lost).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('SIGTERM stores what it has, closes the sockets and exits 0', async () => {
    const dataDir = tempDir('houseboard-stop-');
    const { server, houseId } = await serve(dataDir, true);
    const a = await phone(server.url, houseId);
    const closed = new Promise<number>((resolve) =>
      a.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
    );
    for (let i = 0; i < 50; i++) {
      choreRecords(a.doc).add({
        title: `Evening chore ${i}`,
        schedule: { kind: 'daily' },
        createdAt: i,
      });
    }
    const witness = await phone(server.url, houseId);
    await eventually(() => expect(titlesOf(witness).has('Evening chore 49')).toBe(true));
    const exit = new Promise<number | null>((resolve) =>
      server.process.once('exit', (code) => resolve(code)),
    );
    server.process.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(await closed).toBe(1001);
    a.provider.destroy();
    witness.provider.destroy();

    const { server: restarted } = await serve(dataDir);
    const fresh = await phone(restarted.url, houseId);
    expect([...titlesOf(fresh)].filter((t) => t.startsWith('Evening chore'))).toHaveLength(50);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function startWith(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
  }

  test.each([
    ['a port that is not a number', { PORT: 'eighty' }, /^houseboard: PORT must be a whole number/],
    ['a port out of range', { PORT: '70000' }, /^houseboard: PORT must be a whole number/],
    [
      'a data dir it cannot write',
      { DATA_DIR: `${notAFolder}/data` },
      /^houseboard: DATA_DIR .* cannot be written/,
    ],
    [
      'a data dir under /proc',
      { DATA_DIR: '/proc/houseboard-data' },
      /^houseboard: DATA_DIR .* cannot be written/,
    ],
    [
      'an unknown time zone',
      { HOUSE_TIME_ZONE: 'Mars/Olympus' },
      /^houseboard: HOUSE_TIME_ZONE must be a time zone/,
    ],
    [
      'a language it does not speak',
      { HOUSE_LANGUAGE: 'klingon' },
      /^houseboard: HOUSE_LANGUAGE must be one of the languages Houseboard speaks \(en, es\), not "klingon"/,
    ],
    [
      'a build id with spaces in it',
      { BUILD_ID: 'new version' },
      /^houseboard: BUILD_ID must be up to 64 letters/,
    ],
  ])('refuses to start with %s, in one line', (_name, env, message) => {
    const result = startWith(env);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});
