// Threat: "What the board holds about me" lists a person's devices (GET /api/me/devices). It must
// list only the caller's own person's devices — never another person's, another house's, a name
// or a token hash — and only to that person's own joined device on the board's own pages: not to
// a call without a cookie, with a made-up one, from a let-go device, from another site, or from
// the kiosk, which belongs to nobody. The real server, its SQLite store, real HTTP.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OwnDevice } from '../../board/wire.ts';
import { refusal } from '../../board/wire.ts';
import { hashSecret } from '../../server/access/secrets.ts';
import { openSqliteStores } from '../../server/store/sqlite/open.ts';
import type { Stores } from '../../server/store/stores.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer, tempDataDir } from '../helpers/in-process-server.ts';

describe('GET /api/me/devices', () => {
  let server: TestServer;
  let stores: Stores;
  /** Jo has two phones (an old one, let go later in a test, and a new one); Sam has one. */
  const jo = { old: '', phone: '', oldId: '', phoneId: '', personId: '' };
  const sam = { token: '', id: '' };
  let kiosk: string;
  let otherHouseMember: { token: string; id: string };

  const ask = (token?: string, headers: Record<string, string> = {}, path = '/api/me/devices') =>
    fetch(`${server.url}${path}`, {
      headers: { ...(token === undefined ? {} : { cookie: cookieFor(token) }), ...headers },
    });
  const idOf = async (token: string) => (await server.access.authenticate(token))!;

  beforeAll(async () => {
    const dataDir = tempDataDir();
    stores = openSqliteStores({ dataDir, synchronous: 'normal' });
    server = await startTestServer({ DATA_DIR: dataDir }, { stores });
    const house = server.firstHouse.id;
    jo.old = await deviceToken(server, house, 'member');
    jo.phone = await deviceToken(server, house, 'staff');
    const [oldDevice, phoneDevice] = [await idOf(jo.old), await idOf(jo.phone)];
    jo.oldId = oldDevice.id;
    jo.phoneId = phoneDevice.id;
    jo.personId = oldDevice.personId;
    // Jo moved to a new phone: it carries Jo's person id (the way a move to a new phone does).
    await stores.access.updateDevice(jo.phoneId, { personId: jo.personId });
    sam.token = await deviceToken(server, house, 'member');
    sam.id = (await idOf(sam.token)).id;
    kiosk = await deviceToken(server, house, 'kiosk');
    const birch = await server.houses.create({ houseName: 'Birch House', timeZone: 'UTC' });
    const stranger = await deviceToken(server, birch.id, 'member');
    otherHouseMember = { token: stranger, id: (await idOf(stranger)).id };
    // Someone in the other house carries Jo's person id: it is still never Jo's device here.
    await stores.access.updateDevice(otherHouseMember.id, { personId: jo.personId });
  });

  afterAll(async () => {
    await server.close();
  });

  test("each of Jo's phones lists both of Jo's devices and nothing else: no one else's, no names, no tokens", async () => {
    for (const token of [jo.old, jo.phone]) {
      const answer = await ask(token, { origin: server.url });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const body = (await answer.json()) as { devices: OwnDevice[] };
      expect(Object.keys(body)).toEqual(['devices']);
      expect(body.devices.map((d) => d.id).sort()).toEqual([jo.oldId, jo.phoneId].sort());
      for (const device of body.devices) {
        expect(Object.keys(device).sort()).toEqual([
          'createdAt',
          'id',
          'lastSeenAt',
          'role',
          'thisOne',
        ]);
      }
      // The phone asking is the one marked as this one.
      expect(body.devices.filter((d) => d.thisOne).map((d) => d.id)).toHaveLength(1);
      expect(body.devices.find((d) => d.id === jo.phoneId)?.role).toBe('staff');
      const raw = JSON.stringify(body);
      const hashes = [jo.old, jo.phone].map(hashSecret);
      for (const secret of [jo.old, jo.phone, ...hashes, sam.id, otherHouseMember.id])
        expect(raw).not.toContain(secret);
    }
  });

  test("Sam sees only Sam's one device, whatever Sam puts in the address", async () => {
    for (const query of [
      '',
      `?personId=${jo.personId}`,
      `?houseId=${server.firstHouse.id}&id=${jo.oldId}&personId[]=${jo.personId}`,
    ]) {
      const answer = await ask(sam.token, {}, `/api/me/devices${query}`);
      expect((await answer.json()).devices.map((d: OwnDevice) => d.id)).toEqual([sam.id]);
    }
    const byPath = await ask(sam.token, {}, `/api/me/devices/${jo.personId}`);
    expect(byPath.status).toBe(404);
    expect(await byPath.text()).not.toContain(jo.oldId);
  });

  test("a device in another house that carries Jo's person id sees only itself", async () => {
    const answer = await ask(otherHouseMember.token);
    expect((await answer.json()).devices.map((d: OwnDevice) => d.id)).toEqual([
      otherHouseMember.id,
    ]);
  });

  test('the kiosk is told it belongs to nobody', async () => {
    const answer = await ask(kiosk);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toEqual(refusal('kioskIsNobodys'));
  });

  test.each([
    ['no cookie', undefined],
    ['an empty cookie', ''],
    ['a made-up token', 'not-a-token'],
    ['a huge token', 'x'.repeat(7000)],
    ['a token with odd characters', '%00%FF\u00e9;;=='],
  ])('%s is not joined, and learns nothing', async (_what, token) => {
    const answer = await ask(token);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual(refusal('notJoined'));
  });

  test.each([
    ['another site', { origin: 'http://evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['a browser saying the call is cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['a browser saying the call is from a sibling site', { 'sec-fetch-site': 'same-site' }],
    ['another port of this host', { origin: 'http://127.0.0.1:1' }],
  ])("%s cannot read Jo's devices with Jo's cookie", async (_what, headers) => {
    const answer = await ask(jo.phone, headers);
    expect(answer.status).toBe(403);
    const body = await answer.json();
    expect(body).toEqual(refusal('otherSite'));
    expect(JSON.stringify(body)).not.toContain(jo.oldId);
  });

  test('a let-go device can no longer read the list, and shows as let go on the other', async () => {
    await server.access.revoke(server.firstHouse.id, jo.oldId);
    expect((await ask(jo.old)).status).toBe(401);
    const { devices } = (await (await ask(jo.phone)).json()) as { devices: OwnDevice[] };
    expect(devices.find((d) => d.id === jo.oldId)?.revokedAt).toEqual(expect.any(Number));
  });
});
