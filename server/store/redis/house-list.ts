// The houses every node hosts, as one Redis hash of house id to its record.
import type { HouseRecord, HouseStore } from '../house-store.ts';
import type { RedisClient } from './client.ts';
import { REDIS_SCHEMA_VERSION, SCHEMA_KEY } from './start-checks.ts';

const HOUSES = 'hb:houses';

export class RedisHouseStore implements HouseStore {
  constructor(private readonly client: RedisClient) {}

  /** Adds a house; the first one stamps a fresh Redis with this release's data version. */
  async create(house: HouseRecord): Promise<boolean> {
    const [added] = await this.client
      .multi()
      .hSetNX(HOUSES, house.id, JSON.stringify(house))
      .set(SCHEMA_KEY, String(REDIS_SCHEMA_VERSION), { NX: true })
      .exec();
    return Number(added) === 1;
  }

  async list(): Promise<HouseRecord[]> {
    const all = await this.client.hGetAll(HOUSES);
    return Object.values(all)
      .map((json) => JSON.parse(json) as HouseRecord)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
}
