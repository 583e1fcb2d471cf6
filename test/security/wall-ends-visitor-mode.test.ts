// Ending visitor mode from the wall is the house's choice (settings `visitorEndsOnWall`). A kiosk
// that writes the end over its socket anyway, when the house said staff only, is refused by the
// server: the sender is closed, and every other screen and the store keep visitor mode on. The
// server holds the house's settings itself, so a kiosk with only the board open changes nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { CloseReasons } from '../../board/close-codes.ts';
import { writeSettings } from '../../board/settings.ts';
import { setVisitorMode, visitorModeOn } from '../../board/visitor.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { adminClient, connectSynced, type SyncClient } from '../helpers/sync-client.ts';

let server: TestServer;
let watcher: SyncClient;
let kioskToken: string;

beforeAll(async () => {
  // Documents nobody has open are let go at once: the board must hold its settings itself.
  server = await startTestServer({ UNLOAD_AFTER_MS: '0' });
  watcher = await adminClient(server);
  kioskToken = await deviceToken(server, server.firstHouse.id, 'kiosk');
});

afterAll(async () => {
  watcher.destroy();
  await server.close();
});

/** The house's choice, written by its admin, who then closes the settings. */
async function houseSays(visitorEndsOnWall: boolean) {
  const settings = await adminClient(server, 'settings');
  writeSettings(settings.doc, { visitorEndsOnWall });
  const again = await eventually(async () => {
    const stored = new Y.Doc();
    for (const update of (await server.store.load(`${server.firstHouse.id}/settings`)).updates)
      Y.applyUpdate(stored, update);
    expect(stored.getMap('settings').get('visitorEndsOnWall')).toBe(visitorEndsOnWall);
  });
  settings.destroy();
  return again;
}

async function storedBoard(): Promise<Y.Doc> {
  const stored = new Y.Doc();
  for (const update of (await server.store.load(`${server.firstHouse.id}/board`)).updates)
    Y.applyUpdate(stored, update);
  return stored;
}

/** The wall's own board connection, ending visitor mode as its banner's second tap does. */
async function wallEndsIt(): Promise<{ closedWith: Promise<number>; wall: SyncClient }> {
  const wall = await connectSynced(server.url, server.firstHouse.id, 'board', kioskToken);
  const closedWith = new Promise<number>((resolve) =>
    wall.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
  );
  expect(visitorModeOn(wall.doc, Date.now())).toBe(true);
  setVisitorMode(wall.doc, false);
  return { closedWith, wall };
}

describe('the wall ending visitor mode over its socket', () => {
  test('when the house said staff only, the server refuses it and visitor mode stays on everywhere', async () => {
    await houseSays(false);
    setVisitorMode(watcher.doc, true);
    await eventually(async () => expect(visitorModeOn(await storedBoard(), Date.now())).toBe(true));

    const { closedWith, wall } = await wallEndsIt();
    expect(await closedWith).toBe(CloseReasons.InvalidUpdate.code);
    wall.destroy();

    // Time for a relay that should never come; the store and the other screens kept it on.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visitorModeOn(watcher.doc, Date.now())).toBe(true);
    expect(visitorModeOn(await storedBoard(), Date.now())).toBe(true);
  });

  test('when the house lets the wall end it, the same write ends it on every screen', async () => {
    await houseSays(true);
    const { closedWith, wall } = await wallEndsIt();
    await eventually(() => expect(visitorModeOn(watcher.doc, Date.now())).toBe(false));
    await eventually(async () =>
      expect(visitorModeOn(await storedBoard(), Date.now())).toBe(false),
    );
    const outcome = await Promise.race([
      closedWith,
      new Promise((resolve) => setTimeout(() => resolve('open'), 200)),
    ]);
    expect(outcome).toBe('open');
    wall.destroy();
  });

  test('a resident phone still cannot end it, whatever the house lets the wall do', async () => {
    setVisitorMode(watcher.doc, true);
    await eventually(async () => expect(visitorModeOn(await storedBoard(), Date.now())).toBe(true));
    const memberToken = await deviceToken(server, server.firstHouse.id, 'member');
    const phone = await connectSynced(server.url, server.firstHouse.id, 'board', memberToken);
    const closedWith = new Promise<number>((resolve) =>
      phone.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
    );
    setVisitorMode(phone.doc, false);
    expect(await closedWith).toBe(CloseReasons.InvalidUpdate.code);
    phone.destroy();
    expect(visitorModeOn(await storedBoard(), Date.now())).toBe(true);
  });
});
