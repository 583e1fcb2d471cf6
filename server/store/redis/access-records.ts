// Devices, staff codes, admin invites and kiosk pairings in Redis, so any node can check any
// device. Short-lived things (invites, pairings) expire in Redis itself.
import { randomBytes } from 'node:crypto';
import type {
  AccessStore,
  CalendarFeedRecord,
  DevicePatch,
  DeviceRecord,
  Leaver,
} from '../access-store.ts';
import type { RedisClient } from './client.ts';

const k = {
  secret: 'hb:secret:join',
  device: (id: string) => `hb:device:${id}`,
  token: (hash: string) => `hb:device-token:${hash}`,
  /** The token hash of a device, so forgetting the device forgets its token too. */
  deviceToken: (id: string) => `hb:device:${id}:token`,
  houseDevices: (houseId: string) => `hb:house:${houseId}:devices`,
  staffCode: (houseId: string) => `hb:house:${houseId}:staff-code`,
  /** Everyone who left a house and is not yet forgotten: `<house> <person>` → when they left. */
  leavers: 'hb:leavers',
  invite: (hash: string) => `hb:admin-invite:${hash}`,
  pairing: (code: string) => `hb:pairing:${code}`,
  pairingToken: (hash: string) => `hb:pairing-token:${hash}`,
  moveCode: (hash: string) => `hb:move-code:${hash}`,
  calendarFeed: (houseId: string) => `hb:house:${houseId}:calendar-feed`,
  calendarToken: (hash: string) => `hb:calendar-feed:${hash}`,
};

/** Patches a device's JSON in place: ARGV[1] the fields to set, the rest the fields to remove. */
const PATCH_DEVICE = `
  local json = redis.call('GET', KEYS[1])
  if not json then return 0 end
  local device = cjson.decode(json)
  local revoked = device.revokedAt ~= nil and device.revokedAt ~= cjson.null
  for field, value in pairs(cjson.decode(ARGV[1])) do
    if not (field == 'revokedAt' and revoked) then device[field] = value end
  end
  for i = 2, #ARGV do
    if not (ARGV[i] == 'revokedAt' and revoked) then device[ARGV[i]] = nil end
  end
  redis.call('SET', KEYS[1], cjson.encode(device))
  return 1
`;

/**
 * How long from now a key lives, in ms, for Redis to expire it: relative, so that it runs out when
 * this node says so even if Redis's clock is not this node's (an absolute PXAT would follow
 * Redis's clock).
 */
function lifeUntil(expiresAt: number): number {
  return Math.max(1, Math.ceil(expiresAt - Date.now()));
}

export class RedisAccessStore implements AccessStore {
  constructor(private readonly client: RedisClient) {}

  async serverSecret(): Promise<Buffer> {
    await this.client.set(k.secret, randomBytes(32).toString('base64'), { NX: true });
    return Buffer.from((await this.client.get(k.secret))!, 'base64');
  }

  async addDevice(device: DeviceRecord, tokenHash: string): Promise<void> {
    await this.client
      .multi()
      .set(k.device(device.id), JSON.stringify(device))
      .set(k.token(tokenHash), device.id)
      .set(k.deviceToken(device.id), tokenHash)
      .sAdd(k.houseDevices(device.houseId), device.id)
      .exec();
  }

  async deviceByTokenHash(tokenHash: string) {
    const id = await this.client.get(k.token(tokenHash));
    return id ? this.device(id) : undefined;
  }

  async device(id: string) {
    const json = await this.client.get(k.device(id));
    if (!json) return undefined;
    const device = JSON.parse(json) as DeviceRecord;
    // Devices from before people had records of their own: each was its own person.
    device.personId ??= device.id;
    return device;
  }

  async deleteDevice(id: string): Promise<void> {
    const device = await this.device(id);
    if (!device) return;
    const tokens = await this.client.get(k.deviceToken(id));
    const multi = this.client
      .multi()
      .del(k.device(id))
      .del(k.deviceToken(id))
      .sRem(k.houseDevices(device.houseId), id);
    if (tokens) multi.del(k.token(tokens));
    await multi.exec();
  }

  async listDevices(houseId: string) {
    const ids = await this.client.sMembers(k.houseDevices(houseId));
    const devices = await Promise.all(ids.map((id) => this.device(id)));
    return devices.filter((d): d is DeviceRecord => !!d).sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * One script, so Redis applies the whole change at once: a read on this node and a write back
   * would put back a revocation another node made in between. Once set, revokedAt stays.
   */
  async updateDevice(id: string, patch: DevicePatch): Promise<void> {
    const set: Record<string, unknown> = {};
    const unset: string[] = [];
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) unset.push(key);
      else set[key] = value;
    }
    if (Object.keys(set).length === 0 && unset.length === 0) return;
    await this.client.eval(PATCH_DEVICE, {
      keys: [k.device(id)],
      arguments: [JSON.stringify(set), ...unset],
    });
  }

  async addLeaver({ houseId, personId, leftAt }: Leaver): Promise<void> {
    await this.client.hSetNX(k.leavers, `${houseId} ${personId}`, String(leftAt));
  }

  async leavers(): Promise<Leaver[]> {
    const all = await this.client.hGetAll(k.leavers);
    return Object.entries(all)
      .map(([key, leftAt]) => {
        const [houseId = '', personId = ''] = key.split(' ');
        return { houseId, personId, leftAt: Number(leftAt) };
      })
      .sort((a, b) => a.leftAt - b.leftAt);
  }

  async removeLeaver(houseId: string, personId: string): Promise<void> {
    await this.client.hDel(k.leavers, `${houseId} ${personId}`);
  }

  async setStaffCodeHash(houseId: string, codeHash: string): Promise<void> {
    await this.client.set(k.staffCode(houseId), codeHash);
  }

  async staffCodeHash(houseId: string) {
    return (await this.client.get(k.staffCode(houseId))) ?? undefined;
  }

  async addAdminInvite(houseId: string, tokenHash: string, expiresAt: number): Promise<void> {
    await this.client.set(k.invite(tokenHash), houseId, { PX: lifeUntil(expiresAt) });
  }

  /** Redis itself forgets an invite when it runs out. */
  async takeAdminInvite(tokenHash: string) {
    return (await this.client.getDel(k.invite(tokenHash))) ?? undefined;
  }

  async addPairing(code: string, tokenHash: string, expiresAt: number): Promise<void> {
    await this.client
      .multi()
      .set(k.pairing(code), tokenHash, { PX: lifeUntil(expiresAt) })
      .set(k.pairingToken(tokenHash), JSON.stringify({ code, expiresAt }), {
        PX: lifeUntil(expiresAt),
      })
      .exec();
  }

  async takePairing(code: string) {
    const tokenHash = await this.client.getDel(k.pairing(code));
    if (tokenHash) await this.client.del(k.pairingToken(tokenHash));
    return tokenHash ?? undefined;
  }

  async pendingPairing(tokenHash: string) {
    const json = await this.client.get(k.pairingToken(tokenHash));
    return json ? (JSON.parse(json) as { code: string; expiresAt: number }) : undefined;
  }

  async addMoveCode(codeHash: string, deviceId: string, expiresAt: number): Promise<void> {
    await this.client.set(k.moveCode(codeHash), JSON.stringify({ deviceId, expiresAt }), {
      PX: lifeUntil(expiresAt),
    });
  }

  /** Redis forgets a code when it runs out; the time is checked too, as this node tells it. */
  async takeMoveCode(codeHash: string, now: number) {
    const json = await this.client.getDel(k.moveCode(codeHash));
    if (!json) return undefined;
    const { deviceId, expiresAt } = JSON.parse(json) as { deviceId: string; expiresAt: number };
    return expiresAt > now ? deviceId : undefined;
  }

  /** The old link's hash goes with the new one's coming, in one transaction. */
  async setCalendarFeed(houseId: string, feed: CalendarFeedRecord): Promise<void> {
    const old = await this.calendarFeed(houseId);
    const multi = this.client
      .multi()
      .set(k.calendarFeed(houseId), JSON.stringify(feed))
      .set(k.calendarToken(feed.tokenHash), houseId);
    if (old && old.tokenHash !== feed.tokenHash) multi.del(k.calendarToken(old.tokenHash));
    await multi.exec();
  }

  async calendarFeed(houseId: string) {
    const json = await this.client.get(k.calendarFeed(houseId));
    return json ? (JSON.parse(json) as CalendarFeedRecord) : undefined;
  }

  async calendarFeedHouse(tokenHash: string) {
    return (await this.client.get(k.calendarToken(tokenHash))) ?? undefined;
  }
}
