// The wall through a network drop and a server update, in real Chromium against the real server.
// The kiosk reaches the server through a TCP relay the test can cut, so only the kiosk goes
// offline while the admin's phone stays on: the kiosk keeps showing and editing from its own
// copy, says since when it has been offline (louder the longer it lasts), reopens from that copy
// with the server out of reach, and merges when it is back. It reloads for a new build only once
// the server answers again. A part that cannot be drawn, or a script error, never blanks it.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  announcementRecords,
  choresOn,
  currentAnnouncements,
  dayInZone,
} from '../../board/index.ts';
import { offlineWords } from '../../ui/offline.ts';
import { chromiumReady, launchChromium, pinClock } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { freePort } from '../helpers/free-port.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { connectSynced } from '../helpers/sync-client.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { uniqueWord } from '../helpers/unique-words.ts';
import {
  E2E_ENV,
  joinAsAdmin,
  PageWatch,
  pairKiosk,
  sessionOf,
  shot,
  showSection,
  waitLive,
} from './browser-devices.ts';
import { ensureScreensBuilt } from './build-screens.ts';
import { choreTick, postAnnouncement } from './day-plan.ts';

/** Midday in the house now, in a zone not the machine's: the times shown must be the house's. */
const ZONE = dayZone();
const DIST = path.join(REPO_ROOT, 'dist');

/**
 * Serves the kiosk page and its files from dist/ on this device, as the service worker that
 * keeps the screens' files on the device does: with the server out of reach the page itself
 * still opens, and everything else (session, sync, socket.io) still goes to the network.
 * (A page Playwright fulfilled cannot open WebSockets in this Chromium, so once the network is
 * back the test reopens the page the ordinary way.)
 */
async function keepShellOnDevice(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/kiosk`, (route) =>
    route.fulfill({ path: path.join(DIST, 'kiosk/index.html') }),
  );
  await context.route(`${origin}/assets/**`, (route) =>
    route.fulfill({ path: path.join(DIST, new URL(route.request().url()).pathname) }),
  );
}

describe.runIf(chromiumReady())(
  'the kiosk offline and honest',
  () => {
    const dataDir = tempDir('houseboard-offline-');
    const env = { HOUSE_NAME: 'Rowan House', HOUSE_TIME_ZONE: ZONE, ...E2E_ENV };
    let port: number;
    let server: ServerProcess;
    let proxy: TcpProxy;
    let browser: Browser;
    let phone: Page;
    let kiosk: Page;
    const watch = new PageWatch();
    /** Times the kiosk's page loaded, counted from the start. */
    let kioskLoads = 0;
    /** What the server said in each socket.io greeting the kiosk received. */
    const hellos: string[] = [];

    const start = (build: string) =>
      startServerProcess({ dataDir, port, env: { ...env, BUILD_ID: build } });
    const offline = (page: Page) =>
      page.locator('[data-testid=live-status][data-state=offline]').waitFor({ timeout: 15_000 });
    const kioskNote = (text: string) =>
      kiosk.getByTestId('announcement-item').filter({ hasText: text });

    /** The admin phone's device token, to read the board as a fresh screen would. */
    async function adminToken(): Promise<string> {
      const cookies = await phone.context().cookies();
      const token = cookies.find((cookie) => cookie.name === 'hb_device')?.value;
      if (!token) throw new Error('the admin phone has no device cookie');
      return token;
    }

    /** The board as a screen that has never seen it gets it from the server now. */
    async function freshBoard() {
      const { device } = (await sessionOf(phone)) as { device?: { houseId: string } };
      return connectSynced(server.url, device!.houseId, 'board', await adminToken());
    }

    /** The error reports the server has logged, read from its output. */
    function reportedErrors(): Array<Record<string, unknown>> {
      return server
        .output()
        .split('\n')
        .filter((line) => line.includes('a screen reported an error'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        });
    }

    beforeAll(async () => {
      ensureScreensBuilt();
      port = await freePort();
      server = await start('build-a');
      proxy = await startTcpProxy(port);
      browser = await launchChromium();
      phone = await joinAsAdmin(browser, server, watch);
      kiosk = await pairKiosk(browser, proxy, phone, watch);
      kiosk.on('load', () => kioskLoads++);
      kiosk.on('websocket', (socket) =>
        socket.on('framereceived', (frame) => {
          const text = String(frame.payload);
          if (text.includes('"hello"')) hellos.push(text);
        }),
      );
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await proxy?.close();
      await server?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    test('cut off, the kiosk keeps its board and its edits, and both sides merge when it is back', async () => {
      await proxy.cut();
      await offline(kiosk);
      // Since when, in the house's time zone, and plainly not live.
      const status = kiosk.getByTestId('live-status');
      const since = await kiosk.evaluate(
        () => document.querySelector('hb-kiosk')!.house!.offlineSince,
      );
      expect(since).toBeGreaterThan(Date.now() - 60_000);
      expect(await status.textContent()).toContain(offlineWords(since, Date.now(), ZONE));
      expect(await status.textContent()).toMatch(
        /^\s*Offline since \d{1,2}(:\d\d)? [ap]m — showing what we had\s*$/,
      );
      expect(await status.getAttribute('data-level')).toBe('quiet');

      // The phone, still on, posts a note: the server has it, the cut-off kiosk does not.
      const note = `Garden day moved to Sunday (${uniqueWord()})`;
      await postAnnouncement(phone, note);
      const watcher = await freshBoard();
      await eventually(() => {
        expect(currentAnnouncements(watcher.doc, Date.now()).map((a) => a.text)).toContain(note);
      });
      watcher.destroy();
      expect(await kioskNote(note).count()).toBe(0);
      expect(proxy.open).toBe(0);

      // The kiosk, offline, still takes a tap.
      const chore = choreTick(kiosk, 'Empty the dishwasher');
      expect(await chore.getAttribute('data-done')).toBe('no');
      await chore.click();
      await expect.poll(() => chore.getAttribute('data-done')).toBe('yes');
      await shot(kiosk, 'kiosk-offline-quiet');

      await proxy.restore();
      await waitLive(kiosk, 30_000);
      await kioskNote(note).waitFor();
      await showSection(phone, 'chores');
      await expect
        .poll(() => choreTick(phone, 'Empty the dishwasher').getAttribute('data-done'))
        .toBe('yes');
      // A screen that has never seen the board gets both edits from the server.
      const fresh = await freshBoard();
      const today = dayInZone(Date.now(), ZONE);
      const dishwasher = choresOn(fresh.doc, today, ZONE).find(
        (c) => c.chore.title === 'Empty the dishwasher' && !c.stillOpen,
      );
      expect(dishwasher?.done).toBeDefined();
      expect(currentAnnouncements(fresh.doc, Date.now()).map((a) => a.text)).toContain(note);
      fresh.destroy();
    }, 90_000);

    test('the kiosk does not reload while the server is away, and reloads once for a new build', async () => {
      expect(kioskLoads).toBe(0);
      await server.stop();
      await offline(kiosk);
      // Long enough for socket.io and the sync to have tried (and failed) again several times.
      await kiosk.waitForTimeout(8_000);
      expect(kioskLoads).toBe(0);
      await choreTick(kiosk, 'Empty the dishwasher').waitFor();

      const greeted = hellos.length;
      server = await start('build-b');
      await eventually(() => expect(kioskLoads).toBe(1), { timeoutMs: 30_000, intervalMs: 200 });
      await waitLive(kiosk, 30_000);
      await choreTick(kiosk, 'Empty the dishwasher').waitFor();
      // The reloaded page is greeted with the build it now runs, and stays.
      await eventually(
        () =>
          expect(
            hellos.slice(greeted).filter((h) => h.includes('build-b')).length,
          ).toBeGreaterThanOrEqual(2),
        { timeoutMs: 15_000, intervalMs: 200 },
      );
      await kiosk.waitForTimeout(3_000);
      expect(kioskLoads).toBe(1);
    }, 120_000);

    test('back with the same build, the kiosk just goes live again', async () => {
      await server.stop();
      await offline(kiosk);
      const greeted = hellos.length;
      server = await start('build-b');
      await waitLive(kiosk, 30_000);
      await eventually(() => expect(hellos.length).toBeGreaterThan(greeted), {
        timeoutMs: 15_000,
        intervalMs: 200,
      });
      await kiosk.waitForTimeout(3_000);
      expect(kioskLoads).toBe(1);
      await choreTick(kiosk, 'Empty the dishwasher').waitFor();
    }, 90_000);

    test('an announcement that cannot be drawn shows a kind card, and the rest of the wall stays', async () => {
      // It passes the board's checks (a whole number, after it was made), but no calendar can
      // say which day it comes down, so drawing it throws.
      const client = await freshBoard();
      announcementRecords(client.doc).add({
        text: 'Up for ever',
        createdAt: Date.now(),
        expiresAt: Number.MAX_SAFE_INTEGER,
      });
      const problem = kiosk.locator('hb-announcements-card').getByTestId('problem-card');
      await problem.waitFor();
      expect(await problem.textContent()).toContain(
        'This part of the board could not be shown. The rest is fine.',
      );
      await choreTick(kiosk, 'Empty the dishwasher').waitFor();
      expect(await kiosk.getByTestId('announcement-item').count()).toBeGreaterThan(0);
      await showSection(phone, 'announcements');
      await phone.getByTestId('problem-card').first().waitFor();
      await shot(kiosk, 'kiosk-part-not-shown');
      client.destroy();
    }, 60_000);

    test('a script error on the kiosk reaches the server log, and the kiosk carries on', async () => {
      const { device } = (await sessionOf(kiosk)) as { device?: { id: string } };
      await kiosk.evaluate(() => {
        // A microtask, not a timer: Playwright's clock (which moved clocks give every page) runs
        // timers itself and keeps what they throw from the page's error handler.
        queueMicrotask(() => {
          throw new Error('offline-test: a slip on the wall');
        });
        void Promise.reject(new Error('offline-test: a promise nobody awaited'));
      });
      await eventually(
        () => {
          const lines = reportedErrors();
          const slip = lines.find((line) => line.message === 'offline-test: a slip on the wall');
          expect(slip).toMatchObject({ device: device!.id, screen: 'kiosk', kind: 'error' });
          expect(lines.some((line) => line.kind === 'rejection')).toBe(true);
        },
        { timeoutMs: 10_000, intervalMs: 100 },
      );
      await waitLive(kiosk);
      await choreTick(kiosk, 'Empty the dishwasher').waitFor();
    });

    test('reopened with the server out of reach, the kiosk shows its own copy and grows louder', async () => {
      await pinClock(kiosk, { time: Date.now() });
      await proxy.cut();
      await offline(kiosk);
      await keepShellOnDevice(kiosk.context(), proxy.url);
      await kiosk.reload();
      // The board from the kiosk's own copy: not blank, not a spinner.
      const chore = choreTick(kiosk, 'Empty the dishwasher');
      await chore.waitFor({ timeout: 15_000 });
      expect(await chore.getAttribute('data-done')).toBe('yes');
      expect(await kiosk.getByTestId('house-name').textContent()).toBe('Rowan House');
      await offline(kiosk);
      const status = kiosk.getByTestId('live-status');
      expect(await status.textContent()).toMatch(/Offline since .+ — showing what we had/);
      // And it still takes a tap from its own copy.
      await choreTick(kiosk, 'Wipe the kitchen table').click();
      await expect
        .poll(() => choreTick(kiosk, 'Wipe the kitchen table').getAttribute('data-done'))
        .toBe('yes');

      await kiosk.clock.fastForward('04:00');
      await expect.poll(() => status.getAttribute('data-level')).toBe('notice');
      expect(await kiosk.getByTestId('offline-band').count()).toBe(0);
      await shot(kiosk, 'kiosk-offline-notice');
      await kiosk.clock.fastForward('30:00');
      const band = kiosk.getByTestId('offline-band');
      await band.waitFor();
      expect(await band.textContent()).toContain('Offline since');
      expect(await band.textContent()).toContain('Changes made here are kept');
      // A band across the top of the wall, above the header, and every card still on screen.
      const box = (await band.boundingBox())!;
      expect(box.width).toBeGreaterThan(1600);
      expect(box.y).toBeLessThan(40);
      for (const card of ['hb-chores-card', 'hb-groups-card', 'hb-announcements-card']) {
        const cardBox = (await kiosk.locator(card).boundingBox())!;
        expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(1080);
      }
      await shot(kiosk, 'kiosk-offline-band');

      // Back on the network, reopened the ordinary way: the tap kept in the kiosk's own copy
      // reaches the phone.
      await proxy.restore();
      await kiosk.context().unrouteAll();
      await kiosk.reload();
      await waitLive(kiosk, 30_000);
      expect(await band.count()).toBe(0);
      await expect
        .poll(() => choreTick(phone, 'Wipe the kitchen table').getAttribute('data-done'))
        .toBe('yes');
    }, 120_000);

    test('no screen hit a script error the test did not throw itself', () => {
      expect(watch.errors.filter((error) => !error.includes('offline-test:'))).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  30_000,
);
