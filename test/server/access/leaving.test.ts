// Leaving the house against a real server: from a person's own phone or told by staff, they are
// off every rota, future claim, "I'm coming" and picker at once, and every device of theirs is let
// go; after the house's wait (the clock is an input here) everything that names them is forgotten,
// devices' rows included. Who may say so is checked: not another member, not the wall, not staff
// about the admin, not from another site; a malformed or unknown person is a plain refusal.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords, choresOn, claimChore } from '../../../board/chore.ts';
import { groupComingRecords, setComing } from '../../../board/group.ts';
import { personName, personRecords } from '../../../board/person.ts';
import { readSettings, writeSettings } from '../../../board/settings.ts';
import { dayInZone } from '../../../board/time.ts';
import { cookieFor, deviceToken } from '../../helpers/device-tokens.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import { adminClient, connectSynced, type SyncClient } from '../../helpers/sync-client.ts';

const DAY_MS = 86_400_000;

let server: TestServer;
let watcher: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  watcher = await adminClient(server);
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

/** A person who joined, named themselves, and is on a chore's rota with a claim and a group. */
async function someone(name: string, role: 'member' | 'staff' = 'member') {
  const choreId = choreRecords(watcher.doc).add({
    title: `Bins for ${name}`,
    schedule: { kind: 'daily' },
    createdAt: Date.now() - DAY_MS,
  });
  const token = await deviceToken(server, server.firstHouse.id, role);
  const device = (await server.access.authenticate(token))!;
  await server.access.setProfile(device, { name, nameDisplay: 'full' });
  const phone = await connectSynced(server.url, server.firstHouse.id, 'board', token);
  const { personId } = device;
  await eventually(() => expect(personName(phone.doc, personId)).toBe(name));
  const tomorrow = dayInZone(Date.now() + DAY_MS, 'UTC');
  const chores = choreRecords(phone.doc);
  await eventually(() => expect(chores.get(choreId)).toBeDefined());
  chores.update(choreId, { rotation: [...(chores.get(choreId)!.rotation ?? []), personId] });
  claimChore(phone.doc, choreId, tomorrow, personId);
  setComing(phone.doc, 'art', tomorrow, personId, true);
  await eventually(() =>
    expect(choresOn(watcher.doc, tomorrow).find((c) => c.id === choreId)?.claimedBy).toBe(personId),
  );
  phone.destroy();
  return { token, personId, tomorrow, choreId };
}

function post(path: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: { cookie: cookieFor(token), 'content-type': 'application/json', ...headers },
    body: '{}',
  });
}

async function storedBoard(): Promise<Y.Doc> {
  const stored = new Y.Doc();
  for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
    Y.applyUpdate(stored, update);
  return stored;
}

async function setWait(days: number) {
  const settings = await adminClient(server, 'settings');
  writeSettings(settings.doc, { forgetAfterDays: days });
  await eventually(async () => {
    const stored = new Y.Doc();
    for (const u of (await server.store.load(`${server.firstHouse.id}/settings`)).updates)
      Y.applyUpdate(stored, u);
    expect(readSettings(stored).forgetAfterDays).toBe(days);
  });
  settings.destroy();
}

describe('leaving the house', () => {
  test('staff say someone has left: off the rota, their claim and "I\'m coming" gone, devices let go, at once', async () => {
    const zed = await someone('Zebedee');
    const staff = await deviceToken(server, server.firstHouse.id, 'staff');
    const answer = await post(`/people/${zed.personId}/leave`, staff);
    expect(answer.status).toBe(200);
    for (const doc of [watcher.doc, await storedBoard()]) {
      await eventually(() => {
        const chore = choresOn(doc, zed.tomorrow).find((c) => c.id === zed.choreId)!;
        expect(chore.chore.rotation ?? []).not.toContain(zed.personId);
        expect(chore.claimedBy).toBeUndefined();
        expect(groupComingRecords(doc).has(`art_${zed.tomorrow}_${zed.personId}`)).toBe(false);
        expect(personName(doc, zed.personId)).toBeUndefined();
      });
    }
    expect(await server.access.authenticate(zed.token)).toBeUndefined();
    const left = await fetch(`${server.url}/api/people/left`, {
      headers: { cookie: cookieFor(staff) },
    });
    expect((await left.json()).left).toContainEqual(
      expect.objectContaining({ personId: zed.personId }),
    );
  });

  test('"I\'m leaving the house" from their own phone does the same', async () => {
    const kit = await someone('Kit');
    expect((await post('/me/leave', kit.token)).status).toBe(200);
    expect(await server.access.authenticate(kit.token)).toBeUndefined();
    await eventually(() =>
      expect(personRecords(watcher.doc).get(kit.personId)?.leftAt).toBeGreaterThan(0),
    );
    // Their phone is let go: saying it again is refused as not joined.
    expect((await post('/me/leave', kit.token)).status).toBe(401);
  });

  test('who may say so: not another member, not the wall, not staff about the admin, not another site', async () => {
    const rosa = await someone('Rosa');
    const member = await deviceToken(server, server.firstHouse.id, 'member');
    const kiosk = await deviceToken(server, server.firstHouse.id, 'kiosk');
    const staff = await deviceToken(server, server.firstHouse.id, 'staff');
    const admin = (await server.access.authenticate(server.adminToken))!;
    expect((await post(`/people/${rosa.personId}/leave`, member)).status).toBe(403);
    expect((await post(`/people/${rosa.personId}/leave`, kiosk)).status).toBe(403);
    expect((await post('/me/leave', kiosk)).status).toBe(403);
    expect((await post(`/people/${admin.personId}/leave`, staff)).status).toBe(403);
    const crossSite = await post(`/people/${rosa.personId}/leave`, staff, {
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(await server.access.authenticate(rosa.token)).toBeDefined();
    for (const id of ['x'.repeat(500), 'not_an_id', '..%2F..', 'nobody0000000001']) {
      const answer = await post(`/people/${id}/leave`, staff);
      expect(answer.status).toBe(404);
      expect((await answer.json()).error).toMatch(/not in this house/);
    }
    // Forgetting is the admin's, and only for someone who has left.
    expect((await post(`/people/${rosa.personId}/forget`, staff)).status).toBe(403);
    const notLeft = await post(`/people/${rosa.personId}/forget`, server.adminToken);
    expect(notLeft.status).toBe(404);
    expect((await notLeft.json()).error).toMatch(/has left/);
    expect(await server.access.authenticate(rosa.token)).toBeDefined();
  });

  test("after the house's wait, and not before, everything that names them is forgotten", async () => {
    await setWait(14);
    const quince = await someone('Quince');
    const staff = await deviceToken(server, server.firstHouse.id, 'staff');
    await post(`/people/${quince.personId}/leave`, staff);
    const devices = () => server.access.devicesOf(server.firstHouse.id, quince.personId);
    expect(await devices()).toHaveLength(1);

    await server.leaving.forgetDue(Date.now() + 13 * DAY_MS);
    expect(personRecords(await storedBoard()).has(quince.personId)).toBe(true);
    expect(await devices()).toHaveLength(1);

    await server.leaving.forgetDue(Date.now() + 14 * DAY_MS + 60_000);
    await eventually(async () =>
      expect(personRecords(await storedBoard()).has(quince.personId)).toBe(false),
    );
    await eventually(() => expect(personRecords(watcher.doc).has(quince.personId)).toBe(false));
    expect(await devices()).toEqual([]);
    const left = (await server.leaving.leftFrom(server.firstHouse.id)).map((l) => l.personId);
    expect(left).not.toContain(quince.personId);
  });

  test('with a wait of 0 days they are forgotten at once; the admin may forget anyone who left now', async () => {
    await setWait(0);
    const now = await someone('Nowena');
    await post('/me/leave', now.token);
    await eventually(async () =>
      expect(personRecords(await storedBoard()).has(now.personId)).toBe(false),
    );
    await setWait(14);
    const later = await someone('Laterly');
    await post('/me/leave', later.token);
    expect(personRecords(await storedBoard()).has(later.personId)).toBe(true);
    expect((await post(`/people/${later.personId}/forget`, server.adminToken)).status).toBe(200);
    expect(personRecords(await storedBoard()).has(later.personId)).toBe(false);
    expect(await server.access.devicesOf(server.firstHouse.id, later.personId)).toEqual([]);
  });
});
