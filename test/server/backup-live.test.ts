// The finding behind the backup command: a `cp` of the SQLite file while the server writes misses
// what is still in the write-ahead log, while `houseboard backup`, taken in the middle of the
// same stream of edits, holds every edit stored before it started.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { decodeBackup } from '../../server/backup/format.ts';
import { connectSynced } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { houseboard, serverOn, storesFor } from './backup-world.ts';

const scratch = tempDir('houseboard-live-');
const dataDir = path.join(scratch, 'data');

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function storedChores(dir: string, house: string): Promise<string[]> {
  const stores = await storesFor({ DATA_DIR: dir });
  try {
    const doc = new Y.Doc();
    for (const u of (await stores.documents.load(`${house}/board`)).updates) Y.applyUpdate(doc, u);
    return choreRecords(doc)
      .values()
      .map((c) => c.title);
  } finally {
    await stores.close();
  }
}

describe('a backup while edits keep coming', () => {
  test('cp of the file misses edits in the WAL (or is refused at start); the backup has every edit stored before it', async () => {
    const { server } = await serverOn({ DATA_DIR: dataDir });
    const house = server.firstHouse.id;
    const phone = await connectSynced(server.url, house, 'board', server.adminToken);
    let n = 0;
    // An edit every 50 ms: the server never has the quiet it waits for before a checkpoint.
    const writer = setInterval(() => {
      choreRecords(phone.doc).add({
        title: `Live ${n++}`,
        schedule: { kind: 'daily' },
        createdAt: n,
      });
    }, 50);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const copyDir = path.join(scratch, 'copied');
      fs.mkdirSync(copyDir);
      fs.copyFileSync(
        path.join(dataDir, 'houseboard.sqlite'),
        path.join(copyDir, 'houseboard.sqlite'),
      );
      const writtenBeforeBackup = n;
      const file = path.join(scratch, 'live.backup');
      const made = await houseboard({ DATA_DIR: dataDir }, 'backup', file);
      expect(made.stderr).toBe('');
      clearInterval(writer);

      const { contents } = await decodeBackup(fs.readFileSync(file));
      const doc = new Y.Doc();
      Y.applyUpdate(doc, contents.documents.find((d) => d.name === `${house}/board`)!.update);
      const inBackup = new Set(
        choreRecords(doc)
          .values()
          .map((c) => c.title),
      );
      // Edits reach the store within a moment; all but the last few before the backup are in it.
      for (let i = 0; i < writtenBeforeBackup - 5; i++) expect(inBackup).toContain(`Live ${i}`);

      // The copy either misses edits, or (when even the house is still in the WAL) is refused
      // at start with a reason, rather than served as a new, empty house.
      const copied = await storedChores(copyDir, house).then(
        (titles) => titles.filter((t) => t.startsWith('Live ')),
        (error: Error) => error.message,
      );
      if (typeof copied === 'string') expect(copied).toMatch(/has its tables but no houses/);
      else expect(copied.length).toBeLessThan(writtenBeforeBackup - 5);
    } finally {
      clearInterval(writer);
      phone.destroy();
      await server.close();
    }
  }, 120_000);
});
