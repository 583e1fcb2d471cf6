// A server with several houses in use, for the backup tests: boards with chores added by phones,
// staff and settings documents, devices of every role (one let go), a calendar feed link and a
// person who left; what it holds, read as a screen would; and the houseboard command.
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { DOC_KINDS, type DocKind } from '../../board/documents.ts';
import type { Role } from '../../board/roles.ts';
import { CalendarLinks } from '../../server/access/calendar-links.ts';
import { readConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openStores } from '../../server/store/open-stores.ts';
import type { Stores } from '../../server/store/stores.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { REPO_ROOT } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

const ROLES: Role[] = ['admin', 'staff', 'member', 'kiosk'];

export interface World {
  houses: Array<{
    id: string;
    tokens: Record<Role, string>;
    revokedToken: string;
    feedToken: string;
  }>;
}

/** Opens the stores an environment names (DATA_DIR, or REDIS_URL). */
export function storesFor(env: Record<string, string>): Promise<Stores> {
  return openStores(readConfig({ HOUSE_TIME_ZONE: dayZone(), ...env }), createLogger('silent'));
}

/** A running server on these stores' settings, with the stores it uses handed in. */
export async function serverOn(
  env: Record<string, string>,
): Promise<{ server: TestServer; stores: Stores }> {
  const stores = await storesFor(env);
  const server = await startTestServer(env, { stores });
  return { server, stores };
}

/** Three houses in use on a running server. */
export async function fillHouses(server: TestServer, stores: Stores): Promise<World> {
  const world: World = { houses: [] };
  const ids = [server.firstHouse.id];
  for (const name of ['Birch House', 'Casa Arce'])
    ids.push(
      (await server.houses.create({ houseName: name, timeZone: 'Europe/Madrid', language: 'es' }))
        .id,
    );
  const links = await CalendarLinks.open(stores.access);
  for (const [n, id] of ids.entries()) {
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) tokens[role] = await deviceToken(server, id, role);
    const revoked = await server.access.join(server.access.joinToken(id).token);
    await server.access.revoke(id, revoked.device.id);
    const revokedToken = revoked.token;
    await stores.access.addLeaver({
      houseId: id,
      personId: `gone-${n}`,
      leftAt: Date.now(),
    });
    // Phones add chores; the edits reach the store before the backup is taken.
    const phone = await connectSynced(server.url, id, 'board', tokens.member);
    for (let i = 0; i < 5; i++)
      choreRecords(phone.doc).add({
        title: `Chore ${n}.${i}`,
        schedule: { kind: 'daily' },
        createdAt: i,
      });
    await eventually(async () => {
      const stored = new Y.Doc();
      for (const u of (await stores.documents.load(`${id}/board`)).updates)
        Y.applyUpdate(stored, u);
      expect(
        choreRecords(stored)
          .values()
          .map((c) => c.title),
      ).toContain(`Chore ${n}.4`);
    });
    phone.destroy();
    world.houses.push({ id, tokens, revokedToken, feedToken: await links.tokenOf(id) });
  }
  return world;
}

export interface DocState {
  stateVector: string;
  update: string;
  chores: string[];
}

/** What a screen gets of a document when it syncs. */
export function stateOf(client: SyncClient): DocState {
  return {
    stateVector: Buffer.from(Y.encodeStateVector(client.doc)).toString('base64'),
    update: Buffer.from(Y.encodeStateAsUpdate(client.doc)).toString('base64'),
    chores: choreRecords(client.doc)
      .values()
      .map((c) => c.title)
      .sort(),
  };
}

/** Every house's every document, as each role's own device gets it (and checks they agree). */
export async function readWorld(
  server: TestServer,
  world: World,
): Promise<Record<string, DocState>> {
  const states: Record<string, DocState> = {};
  for (const house of world.houses)
    for (const kind of DOC_KINDS as readonly DocKind[]) {
      const seen: DocState[] = [];
      for (const role of ROLES) {
        const client = await connectSynced(server.url, house.id, kind, house.tokens[role]);
        seen.push(stateOf(client));
        client.destroy();
      }
      for (const other of seen) expect(other).toEqual(seen[0]);
      states[`${house.id}/${kind}`] = seen[0]!;
    }
  return states;
}

/** Checks the access records came through: the let-go device stays let go, the feed link works. */
export async function expectAccessKept(server: TestServer, stores: Stores, world: World) {
  const links = await CalendarLinks.open(stores.access);
  for (const house of world.houses) {
    const devices = await server.access.listDevices(house.id);
    expect(devices.filter((d) => d.revokedAt !== undefined)).toHaveLength(1);
    expect(await links.houseOf(house.feedToken)).toBe(house.id);
  }
  const leavers = await stores.access.leavers();
  expect(leavers.map((l) => l.personId).sort()).toEqual(
    world.houses.map((_, n) => `gone-${n}`).sort(),
  );
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run houseboard -- …`, as a process of its own, with these settings. */
export function houseboard(env: Record<string, string>, ...args: string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOUSE_TIME_ZONE: dayZone(), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
