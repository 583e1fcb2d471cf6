// Bench-only: a house whose board has a long un-compacted update log, for the cold-load case.
//   node --import tsx bench/long-log.ts append <dataDir> <updates> <out.json>
//     makes one house (and an admin device), then stores <updates> small valid board edits
//     one by one through the store — chores ticked done and undone over the last two weeks —
//     and writes { houseId, token, updates, bytes } to out.json.
//   node --import tsx bench/long-log.ts compact <dataDir>
//     folds every house's board log into one snapshot through the store, as the server does.
import fs from 'node:fs';
import * as Y from 'yjs';
// The board's rules: the records written here are checked with them, as on the server.
import '../board/rules.ts';
import { choreDoneRecords, choreRecords, markChoreDone, markChoreNotDone } from '../board/chore.ts';
import { docName } from '../board/documents.ts';
import { addDays, dayInZone } from '../board/time.ts';
import { Access } from '../server/access/access.ts';
import { readConfig } from '../server/config.ts';
import { Houses } from '../server/houses.ts';
import { createLogger } from '../server/log.ts';
import type { DocumentStore } from '../server/store/document-store.ts';
import { openStores } from '../server/store/open-stores.ts';

async function loadDoc(store: DocumentStore, name: string) {
  const stored = await store.load(name);
  const doc = new Y.Doc();
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return { doc, position: stored.position };
}

async function append(store: DocumentStore, houses: Houses, access: Access, count: number) {
  const house = await houses.create({ houseName: 'Bench long log', timeZone: 'UTC' });
  const { token } = await access.redeemAdminInvite(await access.createAdminInvite(house.id));
  const name = docName(house.id, 'board');
  const { doc } = await loadDoc(store, name);
  const chores = choreRecords(doc)
    .values()
    .map((c) => c.id);
  const today = dayInZone(Date.now(), 'UTC');
  const days = Array.from({ length: 14 }, (_, i) => addDays(today, -i));
  const writes: Promise<unknown>[] = [];
  let bytes = 0;
  doc.on('update', (update: Uint8Array) => {
    bytes += update.length;
    writes.push(store.append(name, update));
  });
  for (let i = 0; i < count; i++) {
    const chore = chores[i % chores.length]!;
    const day = days[Math.floor(i / chores.length) % days.length]!;
    // A tick taken back stays, marked removed (restorable): only a live one counts as done.
    const tick = choreDoneRecords(doc).get(`${chore}_${day}`);
    const done = tick !== undefined && tick.removedAt === undefined;
    if (done) markChoreNotDone(doc, chore, day);
    else markChoreDone(doc, chore, day, undefined, Date.now());
  }
  await Promise.all(writes);
  // Every step must be an edit, or the case measures a shorter log than it says.
  if (writes.length !== count)
    throw new Error(`long-log: asked for ${count} stored edits, made ${writes.length}`);
  return { houseId: house.id, token, updates: writes.length, bytes };
}

async function compactAll(store: DocumentStore, houses: Houses): Promise<void> {
  for (const house of houses.list()) {
    const name = docName(house.id, 'board');
    const { doc, position } = await loadDoc(store, name);
    if (position) await store.compact(name, Y.encodeStateAsUpdate(doc), position);
    doc.destroy();
  }
}

async function main(): Promise<void> {
  const [mode, dataDir, countArg, outFile] = process.argv.slice(2);
  if (!dataDir || (mode !== 'append' && mode !== 'compact')) {
    throw new Error('usage: long-log.ts append <dataDir> <updates> <out.json> | compact <dataDir>');
  }
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, REDIS_URL: '' });
  const stores = await openStores(config, createLogger('error'));
  try {
    const houses = await Houses.open(stores.houses, stores.documents);
    if (mode === 'compact') return await compactAll(stores.documents, houses);
    const count = Number(countArg);
    if (!outFile || !Number.isInteger(count) || count < 1) throw new Error('append needs a count');
    const access = await Access.open(stores.access);
    const made = await append(stores.documents, houses, access, count);
    fs.writeFileSync(outFile, JSON.stringify(made));
  } finally {
    await stores.close();
  }
}

main().catch((error) => {
  console.error(`longLog: ${(error as Error).message}`);
  process.exit(1);
});
