// The houses every node hosts, as one Redis hash of house id to its record.
import type { HouseRecord, HouseStore } from '../house-store.ts';
import type { RedisClient } from './client.ts';

const HOUSES = 'hb:houses';

export class RedisHouseStore implements HouseStore {
  constructor(private readonly client: RedisClient) {}

  async create(house: HouseRecord): Promise<boolean> {
    return (await this.client.hSetNX(HOUSES, house.id, JSON.stringify(house))) === 1;
  }

  async list(): Promise<HouseRecord[]> {
    const all = await this.client.hGetAll(HOUSES);
    return Object.values(all)
      .map((json) => JSON.parse(json) as HouseRecord)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
}
