// Bench-only: makes N houses, each with one admin device, in a data dir before the server
// starts there — through the server's own Houses and Access, as the CLI would, in one process.
//   node --import tsx bench/make-houses.ts <dataDir> <count> <out.json>
// Writes [{ houseId, token }] to out.json; the token is the admin device's cookie value.
import fs from 'node:fs';
import { Access } from '../server/access/access.ts';
import { readConfig } from '../server/config.ts';
import { Houses } from '../server/houses.ts';
import { createLogger } from '../server/log.ts';
import { openStores } from '../server/store/open.ts';

export interface MadeHouse {
  houseId: string;
  token: string;
}

async function main(): Promise<void> {
  const [dataDir, countArg, outFile] = process.argv.slice(2);
  const count = Number(countArg);
  if (!dataDir || !outFile || !Number.isInteger(count) || count < 1) {
    throw new Error('usage: make-houses.ts <dataDir> <count> <out.json>');
  }
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, REDIS_URL: '' });
  const stores = await openStores(config, createLogger('error'));
  try {
    const houses = await Houses.open(stores.store);
    const access = await Access.open(stores.accessStore);
    const made: MadeHouse[] = [];
    for (let i = 0; i < count; i++) {
      const house = await houses.create({ houseName: `Bench ${i + 1}`, timeZone: 'UTC' });
      const { token } = await access.redeemAdminInvite(await access.createAdminInvite(house.id));
      made.push({ houseId: house.id, token });
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
