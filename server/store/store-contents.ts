// Everything one server's store holds, in a shape that is the same on SQLite and on Redis: what a
// backup carries (server/backup/) and what a restore writes back through the stores.
import type { CalendarFeedRecord, DeviceRecord, Leaver } from './access-store.ts';
import type { HouseRecord } from './house-store.ts';

export interface StoreContents {
  /** The server secret that signs join tokens and keys calendar links (base64); none in a house export. */
  secret?: string;
  houses: HouseRecord[];
  /** Each document as one Yjs update: its snapshot and every update stored after it, merged. */
  documents: Array<{ name: string; update: Uint8Array }>;
  /** Devices with the hash of their token: a restored device's cookie still works. */
  devices: Array<{ device: DeviceRecord; tokenHash: string }>;
  leavers: Leaver[];
  staffCodes: Array<{ houseId: string; codeHash: string }>;
  calendarFeeds: Array<{ houseId: string } & CalendarFeedRecord>;
  adminInvites: Array<{ houseId: string; tokenHash: string; expiresAt: number }>;
}

/** What the backup commands need of a store beyond the day-to-day interfaces. */
export interface StoreBackup {
  /** Everything the store holds, read at one instant (one read transaction, or one Redis script). */
  read(): Promise<StoreContents>;
  /** Whether the store holds no house and no device. */
  isEmpty(): Promise<boolean>;
  /** Deletes everything the store holds (restore --force). */
  clear(): Promise<void>;
  /** Deletes one house: its record, documents and access records (house import --replace). */
  removeHouse(houseId: string): Promise<void>;
  /** Puts back the server secret a backup carries. */
  setServerSecret(secret: Buffer): Promise<void>;
}

export function emptyContents(): StoreContents {
  return {
    houses: [],
    documents: [],
    devices: [],
    leavers: [],
    staffCodes: [],
    calendarFeeds: [],
    adminInvites: [],
  };
}
