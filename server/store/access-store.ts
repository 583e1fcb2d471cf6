// What the server keeps about devices and codes, behind one interface like the documents: sqlite/
// and redis/ implement it.
import type { DeviceRecord } from '../../board/wire.ts';

/** A device as the server keeps it: one type with what the screens are sent (board/wire.ts). */
export type { DeviceRecord };

export type DevicePatch = Partial<
  Pick<DeviceRecord, 'personId' | 'role' | 'name' | 'nameDisplay' | 'lastSeenAt' | 'revokedAt'>
>;

/** Someone who left a house, waiting to be forgotten. */
export interface Leaver {
  houseId: string;
  personId: string;
  leftAt: number;
}

export interface AccessStore {
  /** A random secret made once per server data set, for signing join tokens. */
  serverSecret(): Promise<Buffer>;
  addDevice(device: DeviceRecord, tokenHash: string): Promise<void>;
  deviceByTokenHash(tokenHash: string): Promise<DeviceRecord | undefined>;
  device(id: string): Promise<DeviceRecord | undefined>;
  listDevices(houseId: string): Promise<DeviceRecord[]>;
  /** Forgets a device's row and its token hash, when the person it belonged to is forgotten. */
  deleteDevice(id: string): Promise<void>;
  /** Notes that a person left a house (kept until they are forgotten); the first time counts. */
  addLeaver(leaver: Leaver): Promise<void>;
  /** Everyone who left, in every house, not yet forgotten. */
  leavers(): Promise<Leaver[]>;
  /** Done with a person who left: they are forgotten. */
  removeLeaver(houseId: string, personId: string): Promise<void>;
  /**
   * Changes only the fields in the patch, atomically (another node's change to other fields
   * stays). Revocation is final: once revokedAt is set, no update changes or clears it.
   */
  updateDevice(id: string, patch: DevicePatch): Promise<void>;
  setStaffCodeHash(houseId: string, codeHash: string): Promise<void>;
  staffCodeHash(houseId: string): Promise<string | undefined>;
  addAdminInvite(houseId: string, tokenHash: string, expiresAt: number): Promise<void>;
  /** Uses up an invite: the house it was for, once; undefined after that or when expired. */
  takeAdminInvite(tokenHash: string, now: number): Promise<string | undefined>;
  addPairing(code: string, tokenHash: string, expiresAt: number): Promise<void>;
  /** Uses up a pairing code: the kiosk's token hash, once; undefined after that or when expired. */
  takePairing(code: string, now: number): Promise<string | undefined>;
  /** The code a kiosk that is waiting to be paired shows, while it is still valid. */
  pendingPairing(
    tokenHash: string,
    now: number,
  ): Promise<{ code: string; expiresAt: number } | undefined>;
  /** Keeps a "move to a new phone" code, only as its hash: the device that showed it. */
  addMoveCode(codeHash: string, deviceId: string, expiresAt: number): Promise<void>;
  /** Uses up a move code: the device that showed it, once; undefined after that or when expired. */
  takeMoveCode(codeHash: string, now: number): Promise<string | undefined>;
  /**
   * The house's calendar feed link, replacing the one before: the random seed it is made from
   * (with the server secret) and the keyed hash of it that a feed request is looked up by.
   */
  setCalendarFeed(houseId: string, feed: CalendarFeedRecord): Promise<void>;
  calendarFeed(houseId: string): Promise<CalendarFeedRecord | undefined>;
  /** The house whose calendar feed link has this hash, if any. */
  calendarFeedHouse(tokenHash: string): Promise<string | undefined>;
}

/** A house's calendar feed link as stored: never the link itself. */
export interface CalendarFeedRecord {
  seed: string;
  tokenHash: string;
}
