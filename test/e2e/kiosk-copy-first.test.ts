// The wall draws its board before the network. Reloaded, a paired kiosk draws from its own copy
// (IndexedDB) before any socket opens, says plainly that it is not live yet, and goes live once
// the server answers; a tap made meanwhile reaches the server. What the first board does not
// need (quick-add and the wall's keyboard, the week, the network code itself) loads after it,
// and works as ever once loaded. The server here answers the page itself, but its sockets are
// held (Playwright's routeWebSocket): opened from the page's side and never answered, as a server
// out of reach would leave them, until the test lets them through.
import type { Page, WebSocketRoute } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords, choresOn, dayInZone } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { clockIn, dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, waitLive } from './browser-devices.ts';
import { choreTick } from './day-plan.ts';
import { noteBoardShown } from './first-board.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { plainCopyKeys, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const ZONE = dayZone();
const SOCKETS = /\/(sync|socket\.io)\b/;

/**
 * Holds every socket the page opens to the server until `release`: then the held ones close,
 * and the page's own retries reach the real server.
 */
async function holdSockets(page: Page) {
  const held: WebSocketRoute[] = [];
  let through = false;
  let firstAt: number | undefined;
  await page.routeWebSocket(SOCKETS, (socket) => {
    firstAt ??= Date.now();
    if (through) socket.connectToServer();
    else held.push(socket);
  });
  return {
    count: () => held.length,
    /** When the page opened its first socket, by this machine's clock (the page's too). */
    firstAt: () => firstAt,
    async release() {
      through = true;
      await Promise.all(held.map((socket) => socket.close({ code: 1001, reason: 'away' })));
    },
  };
}

/**
 * When the page asked for each script whose file name starts with `part`, by the page's own
 * clock (performance.now(): the tests move Date, not this).
 */
function scriptsAfter(page: Page, part: string): Promise<number[]> {
  return page.evaluate(
    (start) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith(`/assets/${start}-`))
        .map((entry) => entry.startTime),
    part,
  );
}

/**
 * What the wall's cards say, chore by chore: each chore's words and whether it is done, sorted
 * (at the largest text a card turns its pages, so which of them shows is left out).
 */
function choresOnWall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i]?.querySelectorAll('*') ?? []) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        if (element.getAttribute('data-testid') === 'chore-tick')
          found.push(
            `${element.textContent?.replace(/\s+/g, ' ').trim()} (${element.getAttribute('data-done')})`,
          );
      }
    }
    return found.sort();
  });
}

describe.runIf(chromiumReady())(
  'the wall draws before the network',
  () => {
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    let writer: HouseWriter;
    const watch = new PageWatch();
    const status = () => kiosk.getByTestId('live-status').first();

    withHouse({ zone: ZONE, watch, kiosk: true }, async (house) => {
      ({ server, kiosk, admin } = house);
      writer = await houseWriter(admin, server);
      const chores = choreRecords(writer.board.doc);
      for (const title of ['Water the plants', 'Fold the towels']) {
        chores.add({ title, schedule: { kind: 'daily' }, createdAt: Date.now() });
      }
      // The largest text, where the mark must still fit the header.
      await writeHouseSettings(server, admin, { textSize: 4 });
      await choreTick(kiosk, 'Fold the towels').waitFor({ state: 'attached' });
      await waitLive(kiosk);
      await kiosk.addInitScript(noteBoardShown, 'Water the plants');
    });

    afterAll(() => writer?.destroy());

    test('reloaded with the server out of reach, the wall draws from its copy, says it is not live yet, and goes live when it answers', async () => {
      const sockets = await holdSockets(kiosk);
      try {
        await kiosk.reload();
        // At the largest text the card may be showing another page of chores: on the board is enough.
        await choreTick(kiosk, 'Water the plants').waitFor({ state: 'attached', timeout: 15_000 });
        // Drawn before any socket opened.
        await expect.poll(() => sockets.count()).toBeGreaterThan(0);
        const shownAt = await kiosk.evaluate(
          () => (window as { boardShownAt?: number }).boardShownAt,
        );
        expect(shownAt).toBeDefined();
        expect(shownAt!).toBeLessThanOrEqual(sockets.firstAt()!);
        expect(await status().getAttribute('data-state')).toBe('copy');
        expect((await status().textContent())?.trim()).toBe('Not live yet');
        // Still so once the held sockets have been silent past the heartbeat's limit.
        await kiosk.waitForTimeout(5_000);
        expect(await status().getAttribute('data-state')).toBe('copy');
        await shot(kiosk, 'kiosk-not-live-yet-day-largest-text');

        // A tap before the wall is live: kept, shown, and sent once it is.
        const tick = kiosk
          .locator('[data-testid=chore-tick][data-done=no][data-still-open=no]')
          .filter({ visible: true })
          .first();
        const id = await tick.getAttribute('data-chore-id');
        await tick.click();
        await expect
          .poll(() =>
            kiosk
              .locator(`[data-testid=chore-tick][data-chore-id="${id}"]`)
              .first()
              .getAttribute('data-done'),
          )
          .toBe('yes');

        await sockets.release();
        await waitLive(kiosk, 30_000);
        expect(await status().textContent()).toContain('Live');
        const today = dayInZone(Date.now(), ZONE);
        await expect
          .poll(
            () =>
              choresOn(writer.board.doc, today, ZONE).find((c) => c.id === id)?.done !== undefined,
            { timeout: 15_000 },
          )
          .toBe(true);
        // The join code came over the socket once live, with its QR code.
        await kiosk.getByTestId('join-qr').waitFor({ timeout: 30_000 });
      } finally {
        await sockets.release();
      }
    }, 90_000);

    test('reloaded, the wall draws its first board from its plain copy before Yjs loads, and nothing on it can be touched until its own copy is in', async () => {
      await expect.poll(() => plainCopyKeys(kiosk)).toHaveLength(1);
      const live = await choresOnWall(kiosk);
      expect(live.length).toBeGreaterThanOrEqual(3);
      // Yjs (and the device's IndexedDB copy with it) is held until the test lets it through.
      const waiting: Array<() => void> = [];
      const continued: Array<Promise<void>> = [];
      const YJS = /\/assets\/yjs-[^/]+\.js$/;
      await kiosk.route(YJS, (route) => {
        const letThrough = new Promise<void>((resolve) => waiting.push(resolve));
        continued.push(letThrough.then(() => route.continue()));
      });
      try {
        await kiosk.reload();
        await choreTick(kiosk, 'Water the plants').waitFor({ state: 'attached', timeout: 15_000 });
        await expect.poll(() => waiting.length).toBeGreaterThan(0);
        expect(await scriptsAfter(kiosk, 'yjs')).toEqual([]);
        // The same chores as the live wall showed, marked as not live yet, and not touchable.
        expect(await choresOnWall(kiosk)).toEqual(live);
        expect(await status().getAttribute('data-state')).toBe('copy');
        expect(await kiosk.locator('hb-kiosk').getAttribute('inert')).toBe('');
        await shot(kiosk, 'kiosk-first-paint-from-plain-copy');
      } finally {
        for (const release of waiting.splice(0)) release();
        await Promise.all(continued.splice(0));
        await kiosk.unroute(YJS);
      }
      await expect.poll(() => kiosk.locator('hb-kiosk').getAttribute('inert')).toBeNull();
      await waitLive(kiosk, 30_000);
      expect(await choresOnWall(kiosk)).toEqual(live);
    }, 60_000);

    test('a wall that cannot load Yjs after its plain paint reloads, and goes live', async () => {
      await expect.poll(() => plainCopyKeys(kiosk)).toHaveLength(1);
      const YJS = /\/assets\/yjs-[^/]+\.js$/;
      let refused = 0;
      let loads = 0;
      // Every ask of the page's first load fails, as a file a new build has replaced would.
      await kiosk.route(YJS, (route) => {
        if (loads >= 2) return route.continue();
        refused++;
        return route.abort();
      });
      const counted = () => loads++;
      kiosk.on('load', counted);
      try {
        await kiosk.reload();
        await choreTick(kiosk, 'Water the plants').waitFor({ state: 'attached', timeout: 15_000 });
        // Not left frozen on the plain copy: the page loads again and goes live.
        await expect.poll(() => loads, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
        await waitLive(kiosk, 30_000);
        expect(await kiosk.locator('hb-kiosk').getAttribute('inert')).toBeNull();
        expect(refused).toBeGreaterThan(0);
      } finally {
        kiosk.off('load', counted);
        await kiosk.unroute(YJS);
      }
    }, 60_000);

    test('a plain copy that does not read is dropped, and the wall opens from its own copy as ever', async () => {
      const live = await choresOnWall(kiosk);
      for (const damaged of [
        '{"version":1,',
        '{"version":99,"docs":{}}',
        '{"version":1,"docs":{"board":{"chores":{"m":5}},"settings":{},"staff":{}}}',
        '{"version":1,"docs":{"board":{"chores":{"q":1}},"settings":{},"staff":{}}}',
      ]) {
        await kiosk.evaluate((text) => {
          for (const key of Object.keys(localStorage))
            if (key.startsWith('houseboard.plainCopy.')) localStorage.setItem(key, text);
        }, damaged);
        await kiosk.reload();
        await waitLive(kiosk, 30_000);
        expect(await kiosk.locator('hb-kiosk').getAttribute('inert'), damaged).toBeNull();
        expect(await choresOnWall(kiosk), damaged).toEqual(live);
        // Written again, whole, from the wall's own copy.
        await expect
          .poll(() =>
            kiosk.evaluate(() => {
              const key = Object.keys(localStorage).find((k) =>
                k.startsWith('houseboard.plainCopy.'),
              );
              const text = key ? localStorage.getItem(key) : null;
              return text ? (JSON.parse(text) as { version: number }).version : undefined;
            }),
          )
          .toBe(1);
      }
    }, 90_000);

    test('a plain copy that no longer fits is dropped, never left behind stale, and the wall opens from its own copy', async () => {
      await expect.poll(() => plainCopyKeys(kiosk)).toHaveLength(1);
      // The origin's storage filled to the last byte: the next copy cannot be written.
      await kiosk.evaluate(() => {
        let n = 0;
        for (const size of [262_144, 16_384, 1_024, 64, 1]) {
          const filler = 'x'.repeat(size);
          for (;;) {
            try {
              localStorage.setItem(`filler-${n++}`, filler);
            } catch {
              break;
            }
          }
        }
      });
      choreRecords(writer.board.doc).add({
        title: 'Sweep the stairs',
        schedule: { kind: 'daily' },
        createdAt: Date.now(),
      });
      await choreTick(kiosk, 'Sweep the stairs').waitFor({ state: 'attached', timeout: 15_000 });
      // The copy without the new chore would draw a board that is no longer so: it goes.
      await expect.poll(() => plainCopyKeys(kiosk), { timeout: 15_000 }).toEqual([]);
      await kiosk.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('filler-')) localStorage.removeItem(key);
      });
      await kiosk.reload();
      await waitLive(kiosk, 30_000);
      await choreTick(kiosk, 'Sweep the stairs').waitFor({ state: 'attached', timeout: 15_000 });
      await expect.poll(() => plainCopyKeys(kiosk)).toHaveLength(1);
    }, 90_000);

    test('quick-add, the keyboard, the week and the night view load after the first board, and work', async () => {
      await kiosk.reload();
      await waitLive(kiosk, 30_000);
      const shownAt = await kiosk.evaluate(
        () => (window as { boardShownOnPage?: number }).boardShownOnPage,
      );
      expect(shownAt).toBeDefined();
      // Each asked for only once the board was on the screen; none of them on the way to it.
      await expect.poll(async () => (await scriptsAfter(kiosk, 'quick-add')).length).toBe(1);
      for (const part of ['quick-add', 'week-overlay', 'night-view', 'join-panel', 'y-websocket']) {
        for (const startedAt of await scriptsAfter(kiosk, part)) {
          expect(startedAt, part).toBeGreaterThanOrEqual(shownAt!);
        }
      }
      expect(await scriptsAfter(kiosk, 'pairing-screen')).toEqual([]);
      await kiosk.getByTestId('kiosk-add-chore').tap();
      await kiosk.getByTestId('quick-add').waitFor();
      await kiosk.getByTestId('quick-write').tap();
      const keyboard = kiosk.locator('hb-onscreen-keyboard');
      for (const key of ['m', 'o', 'p']) await keyboard.locator(`[data-key="${key}"]`).tap();
      expect(await kiosk.getByTestId('quick-typed').textContent()).toBe('Mop');
      await kiosk.getByTestId('quick-add-close').tap();
      await expect.poll(() => kiosk.getByTestId('quick-add').count()).toBe(0);
    }, 60_000);

    test('at night too, the wall says it is not live yet', async () => {
      await writeHouseSettings(server, admin, {
        nightHours: { start: clockIn(ZONE, -60), end: clockIn(ZONE, 120) },
      });
      await kiosk.getByTestId('night-view').waitFor({ timeout: 15_000 });
      const sockets = await holdSockets(kiosk);
      try {
        await kiosk.reload();
        await kiosk.getByTestId('night-view').waitFor({ timeout: 15_000 });
        await expect.poll(() => sockets.count()).toBeGreaterThan(0);
        const line = kiosk.getByTestId('night-view').getByTestId('live-status');
        expect(await line.getAttribute('data-state')).toBe('copy');
        expect(await line.textContent()).toContain('Not live yet');
        await shot(kiosk, 'kiosk-not-live-yet-night-largest-text');
        await sockets.release();
        await waitLive(kiosk, 30_000);
      } finally {
        await sockets.release();
      }
    }, 60_000);

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  120_000,
);
