// A person, not a phone, tried against a real server: moving to a new phone with a code from the
// old one, and staff or the admin confirming that a new phone is someone who lost theirs — and
// every way someone might try to use either to become someone else.
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { choreClaimRecords, choreDayId, claimChore, saveChore } from '../../../board/chore.ts';
import { CloseReasons } from '../../../board/close-codes.ts';
import { personRecords } from '../../../board/person.ts';
import type { Role } from '../../../board/roles.ts';
import { english } from '../../../board/sentences.ts';
import type { PersonListing, Session, SessionDevice } from '../../../board/wire.ts';
import { MOVE_CODE_LIFETIME_MS } from '../../../server/access/access.ts';
import type { HouseRecord } from '../../../server/store/house-store.ts';
import { cookieFor, deviceToken, deviceTokenOf } from '../../helpers/device-tokens.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import { connectSynced, type SyncClient } from '../../helpers/sync-client.ts';

const EVIL = 'http://evil.example';
const DAY = '2026-03-02';

let server: TestServer;
let otherHouse: HouseRecord;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ GUESSES_PER_MINUTE: '10' });
  otherHouse = await server.houses.create({ houseName: 'Birch House', timeZone: 'Europe/Paris' });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

afterEach(() => {
  vi.useRealTimers();
});

async function post(path: string, token: string | undefined, body?: unknown, origin?: string) {
  return fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: {
      ...(token ? { cookie: cookieFor(token) } : {}),
      ...(origin ? { origin } : {}),
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function sessionOf(token: string): Promise<SessionDevice> {
  const answer = await fetch(`${server.url}/api/session`, {
    headers: { cookie: cookieFor(token) },
  });
  const session = (await answer.json()) as Session;
  if (!session.joined) throw new Error('not joined');
  return session.device;
}

/** A phone of `role` in a house, with a name; its token and device. */
async function phone(name: string, role: Role = 'member', houseId = server.firstHouse.id) {
  const token = await deviceToken(server, houseId, role);
  if (role !== 'kiosk') await post('/me', token, { name, nameDisplay: 'full' });
  return { token, device: await sessionOf(token) };
}

async function moveCode(token: string): Promise<string> {
  const answer = await post('/move-code', token);
  expect(answer.status).toBe(200);
  const { code, expiresAt } = await answer.json();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(expiresAt).toBeGreaterThan(Date.now());
  return code;
}

async function board(token = server.adminToken, houseId = server.firstHouse.id) {
  const client = await connectSynced(server.url, houseId, 'board', token);
  clients.push(client);
  return client;
}

describe('moving to a new phone with a code from the old one', () => {
  test.each(['member', 'staff', 'admin'] as const)(
    'a %s on a new phone is the same person, with the same name and rights; the old phone keeps working',
    async (role) => {
      const old = await phone(`Jo the ${role}`, role);
      const answer = await post('/move', undefined, { code: await moveCode(old.token) });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
      const token = deviceTokenOf(answer)!;
      const moved = await sessionOf(token);
      expect(moved).toMatchObject({
        personId: old.device.personId,
        houseId: server.firstHouse.id,
        role,
        name: `Jo the ${role}`,
        nameDisplay: 'full',
      });
      expect(moved.id).not.toBe(old.device.id);
      expect((await sessionOf(old.token)).id).toBe(old.device.id);
    },
  );

  test("the new phone's claim is the person's own: it takes back what the old phone said", async () => {
    const old = await phone('Jo');
    const oldBoard = await board(old.token);
    const chore = saveChore(oldBoard.doc, undefined, {
      title: 'Bins',
      schedule: { kind: 'daily' },
    });
    claimChore(oldBoard.doc, chore, DAY, old.device.personId);
    const answer = await post('/move', undefined, { code: await moveCode(old.token) });
    const newBoard = await board(deviceTokenOf(answer)!);
    const moved = await sessionOf(deviceTokenOf(answer)!);
    await eventually(() =>
      expect(choreClaimRecords(newBoard.doc).get(choreDayId(chore, DAY))?.by).toBe(moved.personId),
    );
    claimChore(newBoard.doc, chore, DAY, undefined);
    await eventually(() =>
      expect(choreClaimRecords(oldBoard.doc).get(choreDayId(chore, DAY))?.removedAt).toBeDefined(),
    );
    // One name entry for the person, however many phones.
    expect(
      personRecords(newBoard.doc)
        .values()
        .filter((p) => p.name === 'Jo'),
    ).toHaveLength(1);
  });

  test('a code works once: used again it gets a kind, plain refusal', async () => {
    const old = await phone('Sam');
    const code = await moveCode(old.token);
    expect((await post('/move', undefined, { code })).status).toBe(200);
    const again = await post('/move', undefined, { code });
    expect(again.status).toBe(400);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect((await again.json()).error).toBe(english({ key: 'moveCodeUnknown' }));
  });

  test('a code runs out after ten minutes', async () => {
    const old = await phone('Kit');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 2, 2, 12, 0));
    const code = await moveCode(old.token);
    vi.setSystemTime(Date.UTC(2026, 2, 2, 12, 0) + MOVE_CODE_LIFETIME_MS);
    const late = await post('/move', undefined, { code });
    expect(late.status).toBe(400);
    expect((await late.json()).key).toBe('moveCodeUnknown');
  });

  test('a code from a phone that was let go since does nothing', async () => {
    const old = await phone('Lee');
    const code = await moveCode(old.token);
    await server.access.revoke(server.firstHouse.id, old.device.id);
    const answer = await post('/move', undefined, { code });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  test('the kiosk is nobody: it has no move code', async () => {
    const kiosk = await deviceToken(server, server.firstHouse.id, 'kiosk');
    const answer = await post('/move-code', kiosk);
    expect(answer.status).toBe(403);
    expect((await answer.json()).key).toBe('moveCodeKiosk');
    expect((await post('/move-code', undefined)).status).toBe(401);
  });

  test('a phone of another house cannot take a code of this one, and the code makes nobody in that house', async () => {
    const old = await phone('Ash');
    const theirs = await phone('Birch person', 'member', otherHouse.id);
    const answer = await post('/move', theirs.token, { code: await moveCode(old.token) });
    expect(answer.status).toBe(403);
    expect((await answer.json()).key).toBe('moveOtherHouse');
    expect(answer.headers.get('set-cookie')).toBeNull();
    const birch = await server.access.listDevices(otherHouse.id);
    expect(birch.some((d) => d.personId === old.device.personId)).toBe(false);
    expect((await sessionOf(theirs.token)).houseId).toBe(otherHouse.id);
  });

  test('another site cannot use a code, make one, or confirm a person with the cookie it rides on', async () => {
    const old = await phone('Ren');
    const code = await moveCode(old.token);
    const used = await post('/move', undefined, { code }, EVIL);
    expect(used.status).toBe(403);
    expect(used.headers.get('set-cookie')).toBeNull();
    expect((await used.json()).key).toBe('otherSite');
    expect((await post('/move-code', old.token, undefined, EVIL)).status).toBe(403);
    const merge = await post(
      '/people/merge',
      server.adminToken,
      { from: old.device.personId, into: old.device.personId },
      EVIL,
    );
    expect(merge.status).toBe(403);
    // The code was not used up by the refused request.
    expect((await post('/move', undefined, { code }, server.url)).status).toBe(200);
  });

  test("the person lets go of the old phone from the new one; nobody lets go of anyone else's", async () => {
    const old = await phone('Noor');
    const moved = deviceTokenOf(
      await post('/move', undefined, { code: await moveCode(old.token) }),
    )!;
    const mine = await fetch(`${server.url}/api/me/devices`, {
      headers: { cookie: cookieFor(moved) },
    });
    const { devices } = await mine.json();
    expect(devices.map((d: { id: string }) => d.id)).toContain(old.device.id);
    expect(devices.filter((d: { thisOne: boolean }) => d.thisOne)).toHaveLength(1);
    // Someone else, of this house or another, cannot let Noor's phone go.
    const other = await phone('Bea');
    const birch = await phone('Birch', 'member', otherHouse.id);
    for (const token of [other.token, birch.token]) {
      const refused = await post(`/me/devices/${old.device.id}/revoke`, token);
      expect(refused.status).toBe(404);
      expect((await refused.json()).key).toBe('deviceNotHere');
    }
    const itself = await post(`/me/devices/${(await sessionOf(moved)).id}/revoke`, moved);
    expect((await itself.json()).key).toBe('notThisPhone');
    expect((await sessionOf(old.token)).id).toBe(old.device.id);
    expect((await post(`/me/devices/${old.device.id}/revoke`, moved)).status).toBe(200);
    const gone = await fetch(`${server.url}/api/session`, {
      headers: { cookie: cookieFor(old.token) },
    });
    expect((await gone.json()).joined).toBe(false);
    expect((await sessionOf(moved)).personId).toBe(old.device.personId);
    expect((await post(`/me/devices/${old.device.id}/revoke`, moved, undefined, EVIL)).status).toBe(
      403,
    );
  });

  test('bad bodies are refused plainly and the server carries on', async () => {
    for (const body of [{}, { code: 7 }, { code: 'x'.repeat(41) }, { code: 'ABCD', more: 1 }]) {
      const answer = await post('/move', undefined, body);
      expect(answer.status).toBe(400);
      expect((await answer.json()).error).toMatch(/\.$/);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('guessing move codes', () => {
  test('ten wrong codes a minute per address, then every try waits — a right one too', async () => {
    const own = await startTestServer({ GUESSES_PER_MINUTE: '10' });
    try {
      const member = await deviceToken(own, own.firstHouse.id, 'member');
      const made = await fetch(`${own.url}/api/move-code`, {
        method: 'POST',
        headers: { cookie: cookieFor(member) },
      });
      const { code } = await made.json();
      const tryCode = (guess: string) =>
        fetch(`${own.url}/api/move`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: guess }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await tryCode(`GUESS${i}AB`)).status);
      expect(statuses.every((s) => s === 400)).toBe(true);
      const right = await tryCode(code);
      expect(right.status).toBe(429);
      expect(right.headers.get('set-cookie')).toBeNull();
      expect((await right.json()).key).toBe('tooManyTries');
    } finally {
      await own.close();
    }
  });

  test('one phone cannot make move codes without end', async () => {
    const token = await deviceToken(server, server.firstHouse.id, 'member');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post('/move-code', token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });
});

describe('a lost phone: staff or the admin confirm the new phone is the person', () => {
  async function people(token: string): Promise<PersonListing[]> {
    const answer = await fetch(`${server.url}/api/people`, {
      headers: { cookie: cookieFor(token) },
    });
    expect(answer.status).toBe(200);
    return (await answer.json()).people;
  }

  test('staff confirm "this new phone is Jo": the new phone is Jo, with what each phone held', async () => {
    const jo = await phone('Jo');
    const joBoard = await board(jo.token);
    const chore = saveChore(joBoard.doc, undefined, {
      title: 'Dishes',
      schedule: { kind: 'daily' },
    });
    const hoover = saveChore(joBoard.doc, undefined, {
      title: 'Hoover',
      schedule: { kind: 'daily' },
    });
    claimChore(joBoard.doc, chore, DAY, jo.device.personId);
    // The old phone is lost; the new one joins the normal way and is someone new.
    const fresh = await phone('Jo new phone');
    const freshBoard = await board(fresh.token);
    claimChore(freshBoard.doc, hoover, DAY, fresh.device.personId);
    const closed = new Promise<number>((resolve) =>
      freshBoard.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
    );
    const staff = await phone('Kai', 'staff');
    const listed = await people(staff.token);
    expect(listed.map((p) => p.personId)).toEqual(
      expect.arrayContaining([jo.device.personId, fresh.device.personId]),
    );
    expect(listed[0]!.personId).toBe(staff.device.personId); // newest first

    const answer = await post('/people/merge', staff.token, {
      from: fresh.device.personId,
      into: jo.device.personId,
    });
    expect(answer.status).toBe(200);
    // The new phone reconnects, so it writes as Jo from now on.
    expect(await closed).toBe(CloseReasons.RightsChanged.code);
    expect(await sessionOf(fresh.token)).toMatchObject({
      personId: jo.device.personId,
      name: 'Jo',
    });
    const watcher = await board();
    const claims = choreClaimRecords(watcher.doc);
    expect(claims.get(choreDayId(chore, DAY))?.by).toBe(jo.device.personId);
    expect(claims.get(choreDayId(hoover, DAY))?.by).toBe(jo.device.personId);
    expect(personRecords(watcher.doc).has(fresh.device.personId)).toBe(false);
    expect(personRecords(watcher.doc).get(jo.device.personId)?.name).toBe('Jo');
    expect((await people(staff.token)).some((p) => p.personId === fresh.device.personId)).toBe(
      false,
    );
  });

  test('the admin merges a person whose old phone was let go into the new one', async () => {
    const old = await phone('Rosa');
    await server.access.revoke(server.firstHouse.id, old.device.id);
    const fresh = await phone('Rosa');
    const answer = await post('/people/merge', server.adminToken, {
      from: old.device.personId,
      into: fresh.device.personId,
    });
    expect(answer.status).toBe(200);
    const rosas = (await server.access.listDevices(server.firstHouse.id)).filter(
      (d) => d.name === 'Rosa',
    );
    expect(new Set(rosas.map((d) => d.personId))).toEqual(new Set([fresh.device.personId]));
    expect(rosas.find((d) => d.id === old.device.id)?.revokedAt).toBeDefined();
  });

  test.each([
    ['a member', 'member', 403, 'staffOrAdminOnly'],
    ['a kiosk', 'kiosk', 403, 'staffOrAdminOnly'],
  ] as const)('%s cannot confirm who anyone is', async (_who, role, status, key) => {
    const a = await phone('A');
    const b = await phone('B');
    const token = await deviceToken(server, server.firstHouse.id, role);
    const answer = await post('/people/merge', token, {
      from: a.device.personId,
      into: b.device.personId,
    });
    expect(answer.status).toBe(status);
    expect((await answer.json()).key).toBe(key);
    expect((await sessionOf(a.token)).personId).toBe(a.device.personId);
    expect(
      (await fetch(`${server.url}/api/people`, { headers: { cookie: cookieFor(token) } })).status,
    ).toBe(403);
  });

  test('no merge of a kiosk, of a person into themselves, of unknown ids or of another house', async () => {
    const staff = await phone('Sky', 'staff');
    const a = await phone('A');
    const kiosk = await deviceToken(server, server.firstHouse.id, 'kiosk');
    const kioskId = (await sessionOf(kiosk)).personId;
    const birch = await phone('Birch', 'member', otherHouse.id);
    const cases: Array<[{ from: unknown; into: unknown }, number, string]> = [
      [{ from: kioskId, into: a.device.personId }, 400, 'mergeKiosk'],
      [{ from: a.device.personId, into: kioskId }, 400, 'mergeKiosk'],
      [{ from: a.device.personId, into: a.device.personId }, 400, 'mergeSelf'],
      [{ from: 'nobody00000000', into: a.device.personId }, 404, 'personNotHere'],
      [{ from: birch.device.personId, into: a.device.personId }, 404, 'personNotHere'],
      [{ from: a.device.personId, into: birch.device.personId }, 404, 'personNotHere'],
    ];
    for (const [body, status, key] of cases) {
      const answer = await post('/people/merge', staff.token, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect((await answer.json()).key).toBe(key);
    }
    for (const body of [
      {},
      { from: a.device.personId },
      { from: 'x'.repeat(10_000), into: a.device.personId },
      { from: 'has_underscore', into: a.device.personId },
      { from: [a.device.personId], into: a.device.personId },
      { from: a.device.personId, into: staff.device.personId, extra: true },
    ]) {
      expect((await post('/people/merge', staff.token, body)).status).toBe(400);
    }
    expect((await sessionOf(a.token)).personId).toBe(a.device.personId);
    expect((await sessionOf(birch.token)).personId).toBe(birch.device.personId);
  });

  test("staff never confirm themselves as someone, nor touch the admin's record", async () => {
    const staff = await phone('Max', 'staff');
    const jo = await phone('Jo');
    const admin = await sessionOf(server.adminToken);
    for (const [body, key] of [
      [{ from: staff.device.personId, into: jo.device.personId }, 'mergeOwn'],
      [{ from: jo.device.personId, into: staff.device.personId }, 'mergeOwn'],
      [{ from: jo.device.personId, into: admin.personId }, 'adminOnly'],
      [{ from: admin.personId, into: jo.device.personId }, 'adminOnly'],
    ] as const) {
      const answer = await post('/people/merge', staff.token, body);
      expect(answer.status).toBe(403);
      expect((await answer.json()).key).toBe(key);
    }
    expect((await sessionOf(staff.token)).personId).toBe(staff.device.personId);
    expect((await sessionOf(server.adminToken)).personId).toBe(admin.personId);
  });
});
