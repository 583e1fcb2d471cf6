// The one interface the sync core stores documents through. SQLite implements it for a single
// node; the core never knows which store it has.

export interface HouseRecord {
  id: string;
  name: string;
  createdAt: number;
}

export interface DocumentStore {
  /** Everything stored for a document, oldest first: its snapshot (if any), then later updates. */
  load(docName: string): Promise<Uint8Array[]>;
  /** Stores one update durably; resolves only once it would survive a crash. */
  append(docName: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces the stored log with one snapshot. The snapshot must contain every update appended
   * for this document so far; callers run it in the same queue as their appends.
   */
  compact(docName: string, snapshot: Uint8Array): Promise<void>;
  /** Adds a house; false when a house with this id already exists. */
  createHouse(house: HouseRecord): Promise<boolean>;
  listHouses(): Promise<HouseRecord[]>;
  /** Resolves while the store answers; rejects when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
