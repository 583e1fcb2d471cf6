// Devices, not accounts: how a phone joins by the kiosk's QR code, how a kiosk is paired, how a
// member becomes staff, and how an admin lets a device go. Tokens live only in cookies; the
// server keeps their hashes.
import { createHmac } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { newId } from '../../board/ids.ts';
import type { NameDisplay, Profile, Role } from '../../board/roles.ts';
import { english, type Sentence } from '../../board/sentences.ts';
import { formatCode } from '../../board/wire.ts';
import type { AccessStore, DeviceRecord } from '../store/access-store.ts';
import {
  checkJoinToken,
  hashSecret,
  newCode,
  newToken,
  normaliseCode,
  signJoinToken,
} from './secrets.ts';

export const JOIN_TOKEN_LIFETIME_MS = 10 * 60_000;
export const ADMIN_INVITE_LIFETIME_MS = 7 * 86_400_000;
export const PAIRING_LIFETIME_MS = 10 * 60_000;
export const CODE_LENGTH = 8;
/** How long a "move to a new phone" code works: long enough to find the new phone, no longer. */
export const MOVE_CODE_LIFETIME_MS = 10 * 60_000;
/**
 * Phones one join token may let in. A whole house scanning the kiosk at a community meeting is
 * a dozen or so; a script minting hundreds of devices from one photo of the QR code is not.
 * Counted on this node (with several nodes, each allows this many).
 */
export const JOINS_PER_TOKEN = 20;
const LAST_SEEN_EVERY_MS = 60_000;

/** Something a person asked for that cannot be done: a sentence they understand, by its key. */
export class AccessError extends Error {
  constructor(
    readonly status: number,
    readonly sentence: Sentence,
    readonly reason: string,
  ) {
    super(english(sentence));
    this.name = 'AccessError';
  }
}

export interface NewDevice {
  device: DeviceRecord;
  token: string;
}

/** Two records of one person became one: what names `from` should name `into`. */
export interface PeopleMerged {
  houseId: string;
  from: string;
  into: string;
  /** The devices that were `from`'s and are `into`'s now. */
  moved: DeviceRecord[];
}

export interface AccessEvents {
  /** A device was let go: its sockets must close now. */
  revoked: [device: DeviceRecord];
  /** A device's role changed: its sockets should reconnect with the new rights. */
  changed: [device: DeviceRecord];
  /** A person changed their name or how it shows. */
  profile: [device: DeviceRecord];
}

export class Access extends EventEmitter<AccessEvents> {
  private constructor(
    private readonly store: AccessStore,
    private readonly secret: Buffer,
    private readonly joinTokenRotationMs: number,
  ) {
    super();
  }

  /** Devices each join token made so far, until the token expires. */
  private readonly joinsByToken = new Map<string, { joins: number; expiresAt: number }>();

  static async open(store: AccessStore, options: { joinTokenRotationMs?: number } = {}) {
    return new Access(store, await store.serverSecret(), options.joinTokenRotationMs ?? 3 * 60_000);
  }

  /** The device behind a cookie's token, if it is still allowed in. */
  async authenticate(
    token: string | undefined,
    now = Date.now(),
  ): Promise<DeviceRecord | undefined> {
    if (!token || token.length > 100) return undefined;
    const device = await this.store.deviceByTokenHash(hashSecret(token));
    if (!device || device.revokedAt) return undefined;
    if (now - device.lastSeenAt > LAST_SEEN_EVERY_MS) {
      device.lastSeenAt = now;
      await this.store.updateDevice(device.id, { lastSeenAt: now });
    }
    return device;
  }

  /**
   * The join token a house's kiosk shows now. A new one every rotation period, each valid for
   * ten minutes, so only someone who has recently stood in the common room can join.
   */
  joinToken(
    houseId: string,
    now = Date.now(),
  ): { token: string; expiresAt: number; rotatesAt: number } {
    const period = this.joinTokenRotationMs;
    const issuedAt = Math.floor(now / period) * period;
    const expiresAt = issuedAt + JOIN_TOKEN_LIFETIME_MS;
    return {
      token: signJoinToken(this.secret, houseId, expiresAt),
      expiresAt,
      rotatesAt: issuedAt + period,
    };
  }

  async join(joinToken: string, now = Date.now()): Promise<NewDevice> {
    return this.addDevice(this.checkJoinToken(joinToken, now).houseId, 'member', now);
  }

  /**
   * A phone joins through the kiosk's link: as `join`, but each token lets in at most
   * JOINS_PER_TOKEN devices, so one photo of the QR code cannot mint devices without end.
   */
  async joinByLink(joinToken: string, now = Date.now()): Promise<NewDevice> {
    const check = this.checkJoinToken(joinToken, now);
    for (const [token, use] of this.joinsByToken) {
      if (use.expiresAt <= now) this.joinsByToken.delete(token);
    }
    const use = this.joinsByToken.get(joinToken) ?? { joins: 0, expiresAt: check.expiresAt };
    if (use.joins >= JOINS_PER_TOKEN) {
      throw new AccessError(429, { key: 'joinCodeFull' }, 'join token used up');
    }
    // Counted before the device is stored, so a burst of joins cannot all pass the check.
    use.joins += 1;
    this.joinsByToken.set(joinToken, use);
    return this.addDevice(check.houseId, 'member', now);
  }

  private checkJoinToken(joinToken: string, now: number) {
    const check = checkJoinToken(this.secret, joinToken, now);
    if (!check.ok) {
      const key = check.reason === 'expired' ? 'joinExpired' : 'joinUnknown';
      throw new AccessError(400, { key }, `join token ${check.reason}`);
    }
    return check;
  }

  async setProfile(device: DeviceRecord, profile: Profile): Promise<DeviceRecord> {
    // A person's name is the same on each of their devices.
    for (const other of await this.devicesOf(device.houseId, device.personId)) {
      await this.store.updateDevice(other.id, profile);
    }
    const updated = { ...device, ...profile };
    this.emit('profile', updated);
    return updated;
  }

  /** A new staff code for a house; returned once, stored only as a hash. */
  async rotateStaffCode(houseId: string): Promise<string> {
    const code = newCode(CODE_LENGTH);
    await this.store.setStaffCodeHash(houseId, hashSecret(code));
    return code;
  }

  async becomeStaff(device: DeviceRecord, code: string): Promise<DeviceRecord> {
    const stored = await this.store.staffCodeHash(device.houseId);
    if (!stored || typeof code !== 'string' || hashSecret(normaliseCode(code)) !== stored) {
      throw new AccessError(403, { key: 'staffCodeWrong' }, 'wrong staff code');
    }
    if (device.role === 'staff' || device.role === 'admin') return device;
    if (device.role !== 'member') {
      throw new AccessError(403, { key: 'kioskNotStaff' }, 'kiosk asked for staff');
    }
    return this.changeRole(device, 'staff');
  }

  /** A one-time link that makes the device that opens it an admin of the house. */
  async createAdminInvite(houseId: string, now = Date.now()): Promise<string> {
    const token = newToken();
    await this.store.addAdminInvite(houseId, hashSecret(token), now + ADMIN_INVITE_LIFETIME_MS);
    return token;
  }

  async redeemAdminInvite(token: string, now = Date.now()): Promise<NewDevice> {
    const houseId =
      typeof token === 'string' && token.length <= 100
        ? await this.store.takeAdminInvite(hashSecret(token), now)
        : undefined;
    if (!houseId) {
      throw new AccessError(400, { key: 'adminLinkUsed' }, 'admin invite refused');
    }
    return this.addDevice(houseId, 'admin', now);
  }

  /** A kiosk asks to be paired: it gets its token now and shows the code for an admin to type. */
  async startPairing(
    now = Date.now(),
  ): Promise<{ code: string; token: string; expiresAt: number }> {
    const code = newCode(CODE_LENGTH);
    const token = newToken();
    const expiresAt = now + PAIRING_LIFETIME_MS;
    await this.store.addPairing(code, hashSecret(token), expiresAt);
    return { code, token, expiresAt };
  }

  async pendingPairing(token: string | undefined, now = Date.now()) {
    if (!token || token.length > 100) return undefined;
    const pairing = await this.store.pendingPairing(hashSecret(token), now);
    return pairing && { code: formatCode(pairing.code), expiresAt: pairing.expiresAt };
  }

  async pairKiosk(houseId: string, code: string, now = Date.now()): Promise<DeviceRecord> {
    const tokenHash =
      typeof code === 'string' ? await this.store.takePairing(normaliseCode(code), now) : undefined;
    if (!tokenHash) {
      throw new AccessError(400, { key: 'pairingUnknown' }, 'unknown pairing code');
    }
    const id = newId();
    const device: DeviceRecord = {
      id,
      houseId,
      personId: id,
      role: 'kiosk',
      name: 'Kiosk',
      nameDisplay: 'full',
      createdAt: now,
      lastSeenAt: now,
    };
    await this.store.addDevice(device, tokenHash);
    return device;
  }

  listDevices(houseId: string): Promise<DeviceRecord[]> {
    return this.store.listDevices(houseId);
  }

  /** A person's devices in their house, let go or not. */
  async devicesOf(houseId: string, personId: string): Promise<DeviceRecord[]> {
    const devices = await this.store.listDevices(houseId);
    return devices.filter((device) => device.personId === personId);
  }

  async revoke(houseId: string, deviceId: string, now = Date.now()): Promise<DeviceRecord> {
    const device = await this.store.device(deviceId);
    if (!device || device.houseId !== houseId) {
      throw new AccessError(404, { key: 'deviceNotHere' }, 'revoke unknown device');
    }
    if (!device.revokedAt) {
      await this.store.updateDevice(device.id, { revokedAt: now });
      device.revokedAt = now;
    }
    this.emit('revoked', device);
    return device;
  }

  /**
   * A code the person on this device types on their new phone to be the same person there. Only
   * its hash is kept; it works once, for ten minutes. The kiosk is nobody, so it has none.
   */
  async createMoveCode(
    device: DeviceRecord,
    now = Date.now(),
  ): Promise<{ code: string; expiresAt: number }> {
    if (device.role === 'kiosk') {
      throw new AccessError(403, { key: 'moveCodeKiosk' }, 'kiosk asked for a move code');
    }
    const code = newCode(CODE_LENGTH);
    const expiresAt = now + MOVE_CODE_LIFETIME_MS;
    await this.store.addMoveCode(this.moveCodeHash(code), device.id, expiresAt);
    return { code, expiresAt };
  }

  /**
   * A new phone typed a move code: a new device of the same person, in the same house, with the
   * same role and name as the device that showed the code (which keeps working). `already` is
   * the device this phone holds now, if any: a phone of another house is refused.
   */
  async moveToNewPhone(
    code: string,
    already: DeviceRecord | undefined,
    now = Date.now(),
  ): Promise<NewDevice> {
    const deviceId =
      typeof code === 'string' && code.length <= 40
        ? await this.store.takeMoveCode(this.moveCodeHash(normaliseCode(code)), now)
        : undefined;
    const old = deviceId ? await this.store.device(deviceId) : undefined;
    if (!old || old.revokedAt || old.role === 'kiosk') {
      throw new AccessError(400, { key: 'moveCodeUnknown' }, 'move code refused');
    }
    if (already && already.houseId !== old.houseId) {
      throw new AccessError(403, { key: 'moveOtherHouse' }, 'move code of another house');
    }
    const token = newToken();
    const id = newId();
    const device: DeviceRecord = {
      id,
      houseId: old.houseId,
      personId: old.personId,
      role: old.role,
      ...(old.name === undefined ? {} : { name: old.name }),
      nameDisplay: old.nameDisplay,
      createdAt: now,
      lastSeenAt: now,
    };
    await this.store.addDevice(device, hashSecret(token));
    return { device, token };
  }

  /**
   * Staff or the admin confirm that two records are one person (a lost phone, then a fresh
   * join): every device of `from` becomes `into`'s, with `into`'s name (or `from`'s, when `into`
   * has none). Nothing merges by a name: only ids someone chose. Staff may not confirm their own
   * record, nor touch an admin's: that is the admin's to do. Each moved device reconnects, so it
   * writes as `into` from then on. The documents are the caller's to merge (board/merge-people).
   */
  async mergePeople(by: DeviceRecord, from: string, into: string): Promise<PeopleMerged> {
    if (by.role !== 'staff' && by.role !== 'admin') {
      throw new AccessError(403, { key: 'staffOrAdminOnly' }, 'merge by a member');
    }
    if (from === into) throw new AccessError(400, { key: 'mergeSelf' }, 'merge into itself');
    const devices = await this.store.listDevices(by.houseId);
    const fromDevices = devices.filter((d) => d.personId === from);
    const intoDevices = devices.filter((d) => d.personId === into);
    if (fromDevices.length === 0 || intoDevices.length === 0) {
      throw new AccessError(404, { key: 'personNotHere' }, 'merge unknown person');
    }
    const both = [...fromDevices, ...intoDevices];
    if (both.some((d) => d.role === 'kiosk')) {
      throw new AccessError(400, { key: 'mergeKiosk' }, 'merge a kiosk');
    }
    if (by.role === 'staff') {
      if (from === by.personId || into === by.personId) {
        throw new AccessError(403, { key: 'mergeOwn' }, 'staff merging their own record');
      }
      if (both.some((d) => d.role === 'admin')) {
        throw new AccessError(403, { key: 'adminOnly' }, "staff merging an admin's record");
      }
    }
    const named = (list: DeviceRecord[]) => list.find((d) => d.name !== undefined);
    const source = named(intoDevices) ?? named(fromDevices);
    const profile = source ? { name: source.name, nameDisplay: source.nameDisplay } : {};
    const moved: DeviceRecord[] = [];
    for (const device of fromDevices) {
      await this.store.updateDevice(device.id, { personId: into, ...profile });
      moved.push({ ...device, personId: into, ...profile });
    }
    if (!named(intoDevices) && source) {
      for (const device of intoDevices) await this.store.updateDevice(device.id, profile);
    }
    // Their sockets reconnect, so they write as the person they are now.
    for (const device of moved) if (!device.revokedAt) this.emit('changed', device);
    return { houseId: by.houseId, from, into, moved };
  }

  /**
   * A person lets go of one of their own other devices (an old phone they moved from). Only
   * their own, in their house: anyone else's is "not in this house", as to the admin.
   */
  async revokeOwn(by: DeviceRecord, deviceId: string, now = Date.now()): Promise<DeviceRecord> {
    const device = await this.store.device(deviceId);
    if (!device || device.houseId !== by.houseId || device.personId !== by.personId) {
      throw new AccessError(404, { key: 'deviceNotHere' }, "revoke another person's device");
    }
    if (device.id === by.id) {
      throw new AccessError(400, { key: 'notThisPhone' }, 'revoke own device from itself');
    }
    return this.revoke(by.houseId, deviceId, now);
  }

  /**
   * A move code's hash, keyed by the server's secret: eight characters are few enough that a
   * copy of the store alone could find a code by trying them all, if it were a plain hash.
   */
  private moveCodeHash(code: string): string {
    return createHmac('sha256', this.secret).update(`move:${code}`).digest('hex');
  }

  private async changeRole(device: DeviceRecord, role: Role): Promise<DeviceRecord> {
    await this.store.updateDevice(device.id, { role });
    const updated = { ...device, role };
    this.emit('changed', updated);
    return updated;
  }

  private async addDevice(
    houseId: string,
    role: Role,
    now: number,
    nameDisplay: NameDisplay = 'full',
  ) {
    const token = newToken();
    const id = newId();
    const device: DeviceRecord = {
      id,
      houseId,
      personId: id,
      role,
      nameDisplay,
      createdAt: now,
      lastSeenAt: now,
    };
    await this.store.addDevice(device, hashSecret(token));
    return { device, token };
  }
}
