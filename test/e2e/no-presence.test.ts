// No screen shows presence (who else has the board open), so no screen sends any: the stock
// y-websocket client renewed it every 15 s from every phone and every wall, and the server sent
// each renewal on to every other screen of the house. A test client of its own, which does keep
// a presence, sees the other test client's presence but none from the wall or the phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumReady, KIOSK, launchChromium, newDevice, PHONE } from '../helpers/chromium.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { waitLive } from './browser-devices.ts';
import { ensureScreensBuilt } from './build-screens.ts';

describe.runIf(chromiumReady())('screens and presence', () => {
  let server: TestServer;
  let browser: Browser;
  const clients: SyncClient[] = [];

  beforeAll(async () => {
    ensureScreensBuilt();
    server = await startTestServer({ HOUSE_NAME: 'Alder House' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await browser?.close();
    await server?.close();
  });

  test('a wall and a phone that are live send no presence; a client that keeps one is still seen', async () => {
    const house = server.firstHouse.id;
    for (const [role, path, device] of [
      ['kiosk', '/kiosk', KIOSK],
      ['member', '/', PHONE],
    ] as const) {
      const context = await newDevice(browser, device);
      const token = await deviceToken(server, house, role);
      await context.addCookies([{ name: 'hb_device', value: token, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await waitLive(page, 30_000);
    }
    for (const name of ['Ana', 'Ben']) {
      const client = await connectSynced(
        server.url,
        house,
        'board',
        await deviceToken(server, house, 'member'),
      );
      client.provider.awareness.setLocalStateField('name', name);
      clients.push(client);
    }
    const [ana, ben] = clients as [SyncClient, SyncClient];
    const names = (client: SyncClient) =>
      [...client.provider.awareness.getStates().values()].map((state) => state.name ?? 'a screen');
    await eventually(() => expect(names(ana).sort()).toEqual(['Ana', 'Ben']));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(names(ana).sort()).toEqual(['Ana', 'Ben']);
    expect(names(ben).sort()).toEqual(['Ana', 'Ben']);
  }, 90_000);
});
