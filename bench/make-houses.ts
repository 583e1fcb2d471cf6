// Bench-only: makes N houses, each with its devices, in a store before the server starts there —
// through the server's own Houses and Access, as the CLI would, in one process. A house gets one
// device per bench client, as real phones have: the server allows a device only a few sockets.
//   node --import tsx bench/make-houses.ts <dataDir> <count> <out.json> [devices per house] [redis url]
// Writes [{ houseId, token, tokens }] to out.json: each token is an admin device's cookie value
// (`token` is the first). With a Redis URL the houses go there (nodes sharing it find them).
import fs from 'node:fs';
import { Access } from '../server/access/access.ts';
import { readConfig } from '../server/config.ts';
import { Houses } from '../server/houses.ts';
import { createLogger } from '../server/log.ts';
import { openStores } from '../server/store/open-stores.ts';

export interface MadeHouse {
  houseId: string;
  /** The first device's token. */
  token: string;
  /** One token per admin device (cookie value). */
  tokens: string[];
}

async function main(): Promise<void> {
  const [dataDir, countArg, outFile, devicesArg = '1', redisUrl = ''] = process.argv.slice(2);
  const count = Number(countArg);
  const devices = Number(devicesArg);
  if (!dataDir || !outFile || !Number.isInteger(count) || count < 1 || !(devices >= 1)) {
    throw new Error(
      'usage: make-houses.ts <dataDir> <count> <out.json> [devices per house] [redis url]',
    );
  }
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, REDIS_URL: redisUrl });
  const stores = await openStores(config, createLogger('error'));
  try {
    const houses = await Houses.open(stores.houses, stores.documents);
    const access = await Access.open(stores.access);
    const made: MadeHouse[] = [];
    for (let i = 0; i < count; i++) {
      const house = await houses.create({ houseName: `Bench ${i + 1}`, timeZone: 'UTC' });
      const tokens: string[] = [];
      for (let d = 0; d < devices; d++) {
        const invite = await access.createAdminInvite(house.id);
        tokens.push((await access.redeemAdminInvite(invite)).token);
      }
      made.push({ houseId: house.id, token: tokens[0]!, tokens });
    }
    fs.writeFileSync(outFile, JSON.stringify(made));
  } finally {
    await stores.close();
  }
}

main().catch((error) => {
  console.error(`makeHouses: ${(error as Error).message}`);
  process.exit(1);
});
