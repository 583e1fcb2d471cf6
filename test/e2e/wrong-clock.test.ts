// A wall whose own clock is wrong, as a Raspberry Pi with no clock battery and no time sync
// would be: the kiosk's page clock is moved hours and a day away (Playwright's clock) while the
// server keeps the house's time. The wall takes the server's time: it shows the same day, the
// same chores and groups, the group on now, and a join code a phone can use.
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords, dayInZone, groupRecords } from '../../board/index.ts';
import { chromiumReady, KIOSK, newDevice, pinClock } from '../helpers/chromium.ts';
import { clockIn, dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  joinByKioskCode,
  PageWatch,
  pairFromAdminPhone,
  shot,
  waitLive,
} from './browser-devices.ts';
import { choreTick, groupOnWall } from './day-plan.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

/** Midday in the house: three hours either way stays on the same day in the house. */
const ZONE = dayZone();
const HOUR = 3_600_000;
const WRONG_CLOCKS = [
  { label: '3 hours ahead', by: 3 * HOUR },
  { label: 'a day ahead', by: 24 * HOUR },
  { label: 'a day behind', by: -24 * HOUR },
];

describe.runIf(chromiumReady())(
  'a wall with a wrong clock',
  () => {
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    let browser: Browser;
    let writer: HouseWriter;
    const watch = new PageWatch();

    withHouse({ zone: ZONE, watch, kiosk: true }, async (house) => {
      ({ server, kiosk, admin, browser } = house);
      writer = await houseWriter(house.admin, server);
      const today = dayInZone(Date.now(), ZONE);
      // Only today's: a wall on another day would not show them.
      choreRecords(writer.board.doc).add({
        title: 'Sweep the hall',
        schedule: { kind: 'once', day: today },
        createdAt: Date.now(),
      });
      groupRecords(writer.board.doc).add({
        title: 'Art group',
        schedule: { kind: 'once', day: today },
        start: clockIn(ZONE, -30),
        end: clockIn(ZONE, 60),
      });
      await choreTick(kiosk, 'Sweep the hall').waitFor();
    });

    afterAll(() => writer?.destroy());

    const houseClock = (page: Page) => page.getByTestId('house-clock').textContent();

    for (const wrong of WRONG_CLOCKS) {
      test(`a wall whose clock is ${wrong.label} shows the house's day and a join code that works`, async () => {
        // Another page on the paired wall's own device, started with its clock off.
        const wall = watch.watch(await kiosk.context().newPage());
        try {
          await pinClock(wall, { time: Date.now() + wrong.by });
          await wall.goto(`${server.url}/kiosk`);
          await waitLive(wall);
          // The server's day and minute, as the wall with the right clock shows them.
          await expect
            .poll(async () => (await houseClock(wall)) === (await houseClock(kiosk)))
            .toBe(true);
          await choreTick(wall, 'Sweep the hall').waitFor();
          await expect
            .poll(() => groupOnWall(wall, 'Art group').getAttribute('data-status'))
            .toBe('now');
          await wall.getByTestId('join-qr').waitFor({ timeout: 10_000 });
          expect(await wall.getByTestId('join-qr-waiting').count()).toBe(0);
          await shot(
            wall,
            `wall-clock-${wrong.by > 0 ? 'ahead' : 'behind'}-${Math.abs(wrong.by / HOUR)}h`,
          );
          // A phone joins with the code this wall shows.
          const phone = await joinByKioskCode(kiosk.context().browser()!, wall, watch, 'Jo');
          await choreTick(phone, 'Sweep the hall').waitFor();
          await phone.context().close();
        } finally {
          await wall.close();
        }
      });
    }

    test('a new wall whose clock is a day ahead keeps its pairing code and pairs', async () => {
      const wall = watch.watch(await (await newDevice(browser, KIOSK)).newPage());
      try {
        await pinClock(wall, { time: Date.now() + 24 * HOUR });
        await wall.goto(`${server.url}/kiosk`);
        const shown = wall.getByTestId('pairing-code');
        await shown.waitFor();
        const code = await shown.getAttribute('data-code');
        // Past a few of its 2 s checks: a code the wall thought expired would have changed.
        await new Promise((resolve) => setTimeout(resolve, 5000));
        expect(await shown.getAttribute('data-code')).toBe(code);
        await pairFromAdminPhone(admin, code ?? '');
        await waitLive(wall, 30_000);
        await choreTick(wall, 'Sweep the hall').waitFor();
        await wall.getByTestId('join-qr').waitFor({ timeout: 10_000 });
      } finally {
        await wall.context().close();
      }
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  120_000,
);
