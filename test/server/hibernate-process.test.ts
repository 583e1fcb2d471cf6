// A sleeping board woken by edits, in the server as its own process, killed without warning:
// nothing another screen had received is lost.
import fs from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { adminTokenFromOutput } from '../helpers/admin-link.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const running: ServerProcess[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of running.splice(0)) await s.stop('SIGKILL');
});

async function serve(dataDir: string, token?: string) {
  const server = await startServerProcess({
    dataDir,
    env: { LOG_LEVEL: 'debug', HIBERNATE_AFTER_MS: '300' },
  });
  running.push(server);
  const admin = token ?? (await adminTokenFromOutput(server.url, server.output));
  const session = await fetch(`${server.url}/api/session`, {
    headers: { cookie: cookieFor(admin) },
  });
  const { device } = (await session.json()) as { device: { houseId: string } };
  const phone = async () => {
    const client = await connectSynced(server.url, device.houseId, 'board', admin);
    clients.push(client);
    return client;
  };
  return { server, admin, phone };
}

const titlesOf = (client: SyncClient) =>
  new Set(
    choreRecords(client.doc)
      .values()
      .map((c) => c.title),
  );
const asleep = (server: ServerProcess) => server.output().match(/"msg":"asleep"/g)?.length ?? 0;

test('kill -9 right after edits woke a sleeping board loses none that the wall had received', async () => {
  const dataDir = tempDir('houseboard-sleep-crash-');
  const { server, admin, phone } = await serve(dataDir);
  const wall = await phone();
  const writer = await phone();
  choreRecords(writer.doc).add({
    title: 'Before sleep',
    schedule: { kind: 'daily' },
    createdAt: 1,
  });
  await eventually(() => expect(titlesOf(wall).has('Before sleep')).toBe(true));
  // The board and its settings both sleep.
  await eventually(() => expect(asleep(server)).toBeGreaterThanOrEqual(2), { timeoutMs: 10_000 });

  for (let n = 1; n <= 40; n++)
    choreRecords(writer.doc).add({ title: `Woke-${n}`, schedule: { kind: 'daily' }, createdAt: n });
  await eventually(() => expect(titlesOf(wall).has('Woke-40')).toBe(true));
  server.process.kill('SIGKILL');
  // The screens must not hand their copies back to the restarted server: only what it stored counts.
  const received = [...titlesOf(wall)];
  wall.provider.destroy();
  writer.provider.destroy();

  const again = await serve(dataDir, admin);
  const fresh = await again.phone();
  const stored = titlesOf(fresh);
  expect(received.filter((title) => !stored.has(title))).toEqual([]);
  expect(stored.has('Before sleep')).toBe(true);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
