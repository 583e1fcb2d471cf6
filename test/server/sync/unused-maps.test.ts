// A board holds in memory only the maps its house uses (the others are let go after loading). An
// edit that starts a map the house never used is checked as that map, like any other, and does
// not bring every other unused map back into memory with it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { CloseReasons } from '../../../board/close-codes.ts';
import { docName } from '../../../board/documents.ts';
import { addShopping, shoppingRecords } from '../../../board/index.ts';
import { eventually } from '../../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import {
  adminClient,
  anEditStillTravels,
  closeCodeAfter,
  type SyncClient,
} from '../../helpers/sync-client.ts';

let server: TestServer;
let watcher: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  watcher = await adminClient(server);
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

/** The top-level maps the server's copy of the board holds in memory now. */
const mapsInMemory = () =>
  server.registry.using(docName(server.firstHouse.id, 'board'), async (board) => [
    ...board.doc.share.keys(),
  ]);

describe('maps the house never used', () => {
  test('the first shopping item is stored and shown, and the other unused maps stay out of memory', async () => {
    const before = await mapsInMemory();
    expect(before).not.toContain('shopping');
    expect(before).not.toContain('agenda');
    expect(before).not.toContain('mealCooks');

    addShopping(watcher.doc, 'Oat milk');
    const other = await adminClient(server);
    await eventually(() =>
      expect(
        shoppingRecords(other.doc)
          .values()
          .map((item) => item.name),
      ).toContain('Oat milk'),
    );
    other.destroy();

    const after = await mapsInMemory();
    expect(after).toContain('shopping');
    expect(after).not.toContain('agenda');
    expect(after).not.toContain('mealCooks');
    expect(after.length).toBe(before.length + 1);
  });

  test.each<[string, string, (doc: Y.Doc) => void]>([
    ['something that is not a record', 'agenda', (doc) => doc.getMap('agenda').set('a1', 42)],
    ['list content', 'agenda', (doc) => doc.getArray('agenda').insert(0, ['x'])],
    ['a record of the wrong shape', 'mealCooks', (doc) => doc.getMap('mealCooks').set('m', 'me')],
  ])('%s, in a map the house never used (%s), is refused', async (_name, map, attack) => {
    expect(await mapsInMemory()).not.toContain(map);
    expect(await closeCodeAfter(await adminClient(server), attack)).toBe(
      CloseReasons.InvalidUpdate.code,
    );
    const fresh = await adminClient(server);
    expect(fresh.doc.share.has(map)).toBe(false);
    await anEditStillTravels(fresh, watcher);
    fresh.destroy();
  });
});
