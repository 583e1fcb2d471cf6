// What every access store promises, through the access rules the server runs on it: a device
// made on one node is known on every node, a join link or an admin link made on one works on
// another (once), a revocation anywhere holds everywhere, and codes run out.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Access, AccessError } from '../../../server/access/access.ts';
import { hashSecret } from '../../../server/access/secrets.ts';
import type { AccessStore, DeviceRecord } from '../../../server/store/access-store.ts';
import type { BackendKind, StoreBackend } from './store-backends.ts';

export function describeAccessStore(kind: BackendKind): void {
  describe(`the ${kind.name} access store`, () => {
    let backend: StoreBackend;
    /** The access rules on two openings of the same data: two nodes, or the server and the CLI. */
    let a: Access;
    let b: Access;
    /** The stores under `a` and `b`. */
    let stores: AccessStore[];
    beforeEach(async () => {
      backend = await kind.setup();
      const [one, two] = await Promise.all([backend.open(), backend.open()]);
      stores = [one.access, two.access];
      [a, b] = await Promise.all([Access.open(one.access), Access.open(two.access)]);
    });
    afterEach(() => backend.dispose());

    test('one server secret for every node, made once even when nodes start together: a join link from one node lets a phone in on another', async () => {
      const now = Date.now();
      const { token } = a.joinToken('maple', now);
      const { device, token: cookie } = await b.join(token, now);
      expect(device).toMatchObject({ houseId: 'maple', role: 'member', nameDisplay: 'full' });
      expect(await a.authenticate(cookie, now)).toEqual(device);
      expect(await a.authenticate('not a token', now)).toBeUndefined();
    });

    test('an admin link made on one node makes an admin on another, once', async () => {
      const link = await a.createAdminInvite('maple');
      const { device, token } = await b.redeemAdminInvite(link);
      expect(device).toMatchObject({ houseId: 'maple', role: 'admin' });
      expect(await a.authenticate(token)).toEqual(device);
      await expect(a.redeemAdminInvite(link)).rejects.toBeInstanceOf(AccessError);
    });

    test('a device let go on one node is refused on every node, and no later change brings it back', async () => {
      const now = Date.now();
      const { device, token } = await a.join(a.joinToken('maple', now).token, now);
      await b.revoke('maple', device.id, now + 1);
      expect(await a.authenticate(token, now + 2)).toBeUndefined();
      await a.setProfile(device, { name: 'Sam', nameDisplay: 'initial' });
      expect(await a.authenticate(token, now + 3)).toBeUndefined();
      expect((await b.listDevices('maple'))[0]).toMatchObject({
        name: 'Sam',
        nameDisplay: 'initial',
        revokedAt: now + 1,
      });
    });

    test("a house's devices are listed oldest first, and never another house's", async () => {
      const made: DeviceRecord[] = [];
      for (const [i, house] of ['maple', 'birch', 'maple'].entries()) {
        const now = 1_000_000 + i;
        made.push((await a.join(a.joinToken(house, now).token, now)).device);
      }
      expect(await b.listDevices('maple')).toEqual([made[0], made[2]]);
      expect(await b.listDevices('birch')).toEqual([made[1]]);
      expect(await b.listDevices('cedar')).toEqual([]);
    });

    test('a staff code made on one node makes a member staff on another; a wrong one does not', async () => {
      const now = Date.now();
      const { device } = await a.join(a.joinToken('maple', now).token, now);
      const code = await a.rotateStaffCode('maple');
      await expect(b.becomeStaff(device, 'WRONGCODE')).rejects.toBeInstanceOf(AccessError);
      expect(await b.becomeStaff(device, code)).toMatchObject({ role: 'staff' });
      expect((await a.listDevices('maple'))[0]).toMatchObject({ role: 'staff' });
    });

    test('a kiosk waiting on one node shows its code there and is paired on another, once', async () => {
      const pairing = await a.startPairing();
      expect(await b.pendingPairing(pairing.token)).toMatchObject({
        expiresAt: pairing.expiresAt,
      });
      const kiosk = await b.pairKiosk('maple', pairing.code);
      expect(kiosk).toMatchObject({ houseId: 'maple', role: 'kiosk' });
      expect(await a.authenticate(pairing.token)).toEqual(kiosk);
      expect(await a.pendingPairing(pairing.token)).toBeUndefined();
      await expect(a.pairKiosk('maple', pairing.code)).rejects.toBeInstanceOf(AccessError);
    });

    test('admin links and pairing codes run out', async () => {
      // Straight to the store: the rules give links days and codes minutes; here they are short.
      const store = (await backend.open()).access;
      const expiresAt = Date.now() + 300;
      await store.addAdminInvite('maple', hashSecret('invite'), expiresAt);
      await store.addPairing('ABCD2345', hashSecret('kiosk'), expiresAt);
      expect(await store.pendingPairing(hashSecret('kiosk'), Date.now())).toEqual({
        code: 'ABCD2345',
        expiresAt,
      });
      await sleep(expiresAt - Date.now() + 100);
      expect(await store.takeAdminInvite(hashSecret('invite'), Date.now())).toBeUndefined();
      expect(await store.pendingPairing(hashSecret('kiosk'), Date.now())).toBeUndefined();
      expect(await store.takePairing('ABCD2345', Date.now())).toBeUndefined();
    });

    test('who left is known on every node until they are forgotten; the first leaving counts', async () => {
      const [one, two] = stores as [AccessStore, AccessStore];
      await one.addLeaver({ houseId: 'maple', personId: 'zed1', leftAt: 5 });
      await two.addLeaver({ houseId: 'maple', personId: 'zed1', leftAt: 9 });
      await two.addLeaver({ houseId: 'birch', personId: 'kit2', leftAt: 7 });
      expect(await two.leavers()).toEqual([
        { houseId: 'maple', personId: 'zed1', leftAt: 5 },
        { houseId: 'birch', personId: 'kit2', leftAt: 7 },
      ]);
      await one.removeLeaver('maple', 'zed1');
      expect(await two.leavers()).toEqual([{ houseId: 'birch', personId: 'kit2', leftAt: 7 }]);
    });

    test("a forgotten device's row and token are gone on every node; the person's other devices stay", async () => {
      const now = Date.now();
      const first = await a.join(a.joinToken('maple', now).token, now);
      const other = await a.join(a.joinToken('maple', now).token, now);
      await stores[0]!.deleteDevice(first.device.id);
      expect(await b.authenticate(first.token, now)).toBeUndefined();
      expect((await b.listDevices('maple')).map((d) => d.id)).toEqual([other.device.id]);
      expect(await b.authenticate(other.token, now)).toMatchObject({ id: other.device.id });
    });

    test('a move code made on one node gives a new phone the same person on another, once; the old phone keeps working', async () => {
      const now = Date.now();
      const { device: old, token: oldToken } = await a.join(a.joinToken('maple', now).token, now);
      const named = await a.setProfile(old, { name: 'Jo', nameDisplay: 'initial' });
      const staff = await a.becomeStaff(named, await a.rotateStaffCode('maple'));
      const { code } = await a.createMoveCode(staff, now);
      const { device, token } = await b.moveToNewPhone(code.toLowerCase(), undefined, now + 1);
      expect(device).toMatchObject({
        houseId: 'maple',
        personId: old.personId,
        role: 'staff',
        name: 'Jo',
        nameDisplay: 'initial',
      });
      expect(device.id).not.toBe(old.id);
      expect(await a.authenticate(token, now + 2)).toEqual(device);
      expect(await a.authenticate(oldToken, now + 2)).toMatchObject({ id: old.id });
      await expect(a.moveToNewPhone(code, undefined, now + 3)).rejects.toMatchObject({
        sentence: { key: 'moveCodeUnknown' },
      });
      expect(await a.devicesOf('maple', old.personId)).toHaveLength(2);
    });

    test('a move code is kept only as its hash, and runs out by the clock of the node that takes it', async () => {
      const store = (await backend.open()).access;
      const now = Date.now();
      await store.addMoveCode(hashSecret('ABCD2345'), 'device-1', now + 60_000);
      expect(await store.takeMoveCode('ABCD2345', now)).toBeUndefined();
      await store.addMoveCode(hashSecret('WXYZ6789'), 'device-2', now + 60_000);
      // Still in the store, but past its time on this node's clock: refused, and gone.
      expect(await store.takeMoveCode(hashSecret('WXYZ6789'), now + 60_001)).toBeUndefined();
      expect(await store.takeMoveCode(hashSecret('WXYZ6789'), now)).toBeUndefined();
      expect(await store.takeMoveCode(hashSecret('ABCD2345'), now + 1)).toBe('device-1');
      expect(await store.takeMoveCode(hashSecret('ABCD2345'), now + 1)).toBeUndefined();
      const soon = Date.now() + 300;
      await store.addMoveCode(hashSecret('SOON2345'), 'device-3', soon);
      await sleep(soon - Date.now() + 100);
      expect(await store.takeMoveCode(hashSecret('SOON2345'), Date.now())).toBeUndefined();
    });

    test('merging people moves every device of one onto the other, with its name, on every node', async () => {
      const now = Date.now();
      const join = async (name: string) => {
        const { device } = await a.join(a.joinToken('maple', now).token, now);
        return a.setProfile(device, { name, nameDisplay: 'full' });
      };
      const oldJo = await join('Jo');
      const newJo = await join('Jo again');
      const admin = (await a.redeemAdminInvite(await a.createAdminInvite('maple'))).device;
      const merged = await b.mergePeople(admin, newJo.personId, oldJo.personId);
      expect(merged.moved.map((d) => d.id)).toEqual([newJo.id]);
      const listed = await a.listDevices('maple');
      expect(listed.find((d) => d.id === newJo.id)).toMatchObject({
        personId: oldJo.personId,
        name: 'Jo',
      });
      const his = await a.devicesOf('maple', oldJo.personId);
      expect(his.map((d) => d.id).sort()).toEqual([oldJo.id, newJo.id].sort());
    });
  });
}
