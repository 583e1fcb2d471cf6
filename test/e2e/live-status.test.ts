// "Live" means the server answers now. The real server process is frozen (SIGSTOP): its sockets
// stay open and say nothing, as a hung server or a cut cable would. The wall and a phone stop
// saying "Live" within 5 s, keep what is ticked meanwhile, and say "Live" again once the server
// answers (SIGCONT), with the tick saved.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords, choresOn, dayInZone } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, waitLive } from './browser-devices.ts';
import { choreTick } from './day-plan.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

const ZONE = dayZone();
const status = (page: Page) => page.getByTestId('live-status').first();

/** How long a screen takes to leave "Live" after the server froze, in ms (undefined: never). */
async function timeToLeaveLive(page: Page, withinMs: number): Promise<number | undefined> {
  return page.evaluate(async (limit) => {
    const started = performance.now();
    const line = () =>
      document
        .querySelector('hb-kiosk, hb-phone-app')
        ?.shadowRoot?.querySelector('hb-live-status')
        ?.shadowRoot?.querySelector('[data-testid=live-status]');
    while (performance.now() - started < limit) {
      if (line()?.getAttribute('data-state') !== 'live') return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }, withinMs);
}

describe.runIf(chromiumReady())(
  'live means the server answers',
  () => {
    let server: ServerProcess;
    let kiosk: Page;
    let phone: Page;
    let writer: HouseWriter;
    const watch = new PageWatch();

    withHouse({ zone: ZONE, watch, kiosk: true, phones: ['Sam'] }, async (house) => {
      ({ server, kiosk } = house);
      phone = house.phones[0]!;
      writer = await houseWriter(house.admin, server);
      choreRecords(writer.board.doc).add({
        title: 'Water the plants',
        schedule: { kind: 'daily' },
        createdAt: Date.now(),
      });
      await choreTick(kiosk, 'Water the plants').waitFor();
    });

    afterAll(() => writer?.destroy());

    test('a frozen server: the wall and a phone leave "Live" within 5 s and return when it answers', async () => {
      await waitLive(kiosk);
      await waitLive(phone);
      const pid = server.process.pid!;
      let frozen = false;
      try {
        process.kill(pid, 'SIGSTOP');
        frozen = true;
        const [onWall, onPhone] = await Promise.all([
          timeToLeaveLive(kiosk, 10_000),
          timeToLeaveLive(phone, 10_000),
        ]);
        console.log(
          `left "Live" after a freeze: wall ${onWall?.toFixed(0)} ms, phone ${onPhone?.toFixed(0)} ms`,
        );
        expect(onWall).toBeDefined();
        expect(onPhone).toBeDefined();
        expect(onWall!).toBeLessThan(5000);
        expect(onPhone!).toBeLessThan(5000);
        expect(await status(kiosk).textContent()).not.toContain('Live');
        expect(await status(phone).textContent()).not.toContain('Live');
        // Ticked on the wall while the server says nothing: kept, and shown as done here.
        await choreTick(kiosk, 'Water the plants').click();
        await expect
          .poll(() => choreTick(kiosk, 'Water the plants').getAttribute('data-done'))
          .toBe('yes');
        await shot(kiosk, 'wall-server-silent-1920x1080');
        await shot(phone, 'phone-server-silent');
      } finally {
        if (frozen) process.kill(pid, 'SIGCONT');
      }
      await waitLive(kiosk, 10_000);
      await waitLive(phone, 10_000);
      // The tick made while the server was frozen reached it once it answered.
      const today = dayInZone(Date.now(), ZONE);
      await expect
        .poll(
          () =>
            choresOn(writer.board.doc, today, ZONE).find(
              (c) => c.chore.title === 'Water the plants',
            )?.done !== undefined,
        )
        .toBe(true);
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  120_000,
);
