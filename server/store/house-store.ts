// The houses a server hosts, behind one interface like the documents: sqlite/ and redis/ keep
// the list; the Houses service (server/houses.ts) seeds a new house's documents and caches it.

export interface HouseRecord {
  id: string;
  name: string;
  createdAt: number;
}

export interface HouseStore {
  /** Adds a house; false when a house with this id already exists (and it stays as it was). */
  create(house: HouseRecord): Promise<boolean>;
  /** Every house, oldest first (by id among houses made in the same millisecond). */
  list(): Promise<HouseRecord[]>;
}
