// Bench-only: a house whose board already holds many day records, for the records case.
//   node --import tsx bench/day-records.ts <dataDir> <records> <devices> <out.json>
// Makes one house with <devices> admin devices, adds daily chores, and ticks each one done on each
// of the last 14 days (the days the board keeps) until the board holds <records> done records —
// through the board's own functions, each tick stored through the store as the server would. Then
// folds the log into one snapshot, as the server does every COMPACT_EVERY updates. Writes
// { houseId, tokens, board } to out.json: `board` is the board's whole state (base64), which the
// bench sends the reference's room so both servers hold the same document.
import fs from 'node:fs';
import * as Y from 'yjs';
import { addQuickChore, markChoreDone } from '../board/chore.ts';
import { docName } from '../board/documents.ts';
import { addDays, dayInZone } from '../board/time.ts';
import { Access } from '../server/access/access.ts';
import { readConfig } from '../server/config.ts';
import { Houses } from '../server/houses.ts';
import { createLogger } from '../server/log.ts';
import { openStores } from '../server/store/open-stores.ts';

const DAYS_KEPT = 14;

export interface RecordsHouse {
  houseId: string;
  tokens: string[];
  /** The board's whole state, base64. */
  board: string;
}

async function main(): Promise<void> {
  const [dataDir, recordsArg, devicesArg, outFile] = process.argv.slice(2);
  const records = Number(recordsArg);
  const devices = Number(devicesArg);
  if (!dataDir || !outFile || !Number.isInteger(records) || !Number.isInteger(devices)) {
    throw new Error('usage: day-records.ts <dataDir> <records> <devices> <out.json>');
  }
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, REDIS_URL: '' });
  const stores = await openStores(config, createLogger('error'));
  const store = stores.documents;
  try {
    const houses = await Houses.open(stores.houses, store);
    const access = await Access.open(stores.access);
    const house = await houses.create({ houseName: 'Bench records', timeZone: 'UTC' });
    const tokens: string[] = [];
    for (let d = 0; d < devices; d++) {
      const invite = await access.createAdminInvite(house.id);
      tokens.push((await access.redeemAdminInvite(invite)).token);
    }
    const name = docName(house.id, 'board');
    const doc = new Y.Doc();
    const stored = await store.load(name);
    if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
    const writes: Promise<unknown>[] = [];
    doc.on('update', (update: Uint8Array) => writes.push(store.append(name, update)));
    const now = Date.now();
    const today = dayInZone(now, 'UTC');
    const days = Array.from({ length: DAYS_KEPT }, (_, i) => addDays(today, -i));
    const chores = Array.from({ length: Math.ceil(records / DAYS_KEPT) }, (_, i) =>
      addQuickChore(doc, `Bench chore ${i + 1}`, 'daily', days[DAYS_KEPT - 1]!, now),
    );
    for (let i = 0; i < records; i++) {
      const chore = chores[Math.floor(i / DAYS_KEPT)]!;
      markChoreDone(doc, chore, days[i % DAYS_KEPT]!, undefined, now);
    }
    await Promise.all(writes);
    const { position } = await store.load(name);
    const board = Y.encodeStateAsUpdate(doc);
    if (position) await store.compact(name, board, position);
    const made: RecordsHouse = {
      houseId: house.id,
      tokens,
      board: Buffer.from(board).toString('base64'),
    };
    fs.writeFileSync(outFile, JSON.stringify(made));
  } finally {
    await stores.close();
  }
}

main().catch((error) => {
  console.error(`dayRecords: ${(error as Error).message}`);
  process.exit(1);
});
