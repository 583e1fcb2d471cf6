// The week ahead in real Chromium against the real server: the wall's "Tomorrow" strip (gone
// when tomorrow has nothing on, one line at every text size), a tap that opens the week over the
// wall with each group on its day, Close, closing itself at night and after a minute untouched;
// the phone's Week tab day by day with today marked; axe on both, by day and at night.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  cancelGroupOn,
  dayInZone,
  type Group,
  groupRecords,
  moveGroupOn,
} from '../../board/index.ts';
import { chromiumReady, pinClock } from '../helpers/chromium.ts';
import { clockIn, dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot } from './browser-devices.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { tapTargets, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
  );
}

describe.runIf(chromiumReady())(
  'the week ahead',
  () => {
    const zone = dayZone();
    const today = dayInZone(Date.now(), zone);
    const tomorrowDay = addDays(today, 1);
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    let writer: HouseWriter;
    const watch = new PageWatch();

    const strip = () => kiosk.getByTestId('tomorrow-strip');
    const overlay = () => kiosk.getByTestId('week-overlay');
    const once = (title: string, day: string, start: string, end: string, extra = {}): Group => ({
      title,
      schedule: { kind: 'once', day },
      start,
      end,
      ...extra,
    });

    withHouse({ zone, watch, kiosk: true }, async (house) => {
      ({ server, admin, kiosk } = house);
      writer = await houseWriter(admin, server);
    });

    test('with nothing on tomorrow there is no strip, and the cards keep the room', async () => {
      await kiosk.getByTestId('house-clock').waitFor();
      await kiosk.locator('hb-tomorrow-strip').waitFor({ state: 'attached' });
      expect(await strip().count()).toBe(0);
      expect(await kiosk.locator('hb-tomorrow-strip').evaluate((el) => el.clientHeight)).toBe(0);
    });

    test('the strip shows tomorrow’s first group and what an outing asks to bring', async () => {
      const groups = groupRecords(writer.board.doc);
      groups.add(once('Morning walk', tomorrowDay, '10:00', '11:00', { place: 'Park' }));
      groups.add(
        once('Seaside trip', addDays(today, 3), '09:30', '16:00', {
          kind: 'outing',
          note: 'Bring a coat',
        }),
      );
      groups.add(once('House meeting', addDays(today, 5), '18:00', '19:00', { kind: 'meeting' }));
      await strip().waitFor();
      await expect.poll(() => strip().textContent()).toContain('Tomorrow:');
      const words = (await strip().textContent())?.replace(/\s+/g, ' ').trim();
      expect(words).toBe('Tomorrow: Morning walk 10 am');
      // An outing tomorrow puts its note on the strip.
      groups.add(
        once('Museum', tomorrowDay, '13:00', '16:00', { kind: 'outing', note: 'Bring money' }),
      );
      await expect
        .poll(async () => (await strip().textContent())?.replace(/\s+/g, ' ').trim())
        .toBe('Tomorrow: Morning walk 10 am · To prepare for Museum: Bring money · Museum 1 pm');
    });

    test('the strip stays one line on the screen at every text size, ending in … when long', async () => {
      const groups = groupRecords(writer.board.doc);
      for (const [i, title] of [
        'Choir',
        'Pottery',
        'Chess club',
        'Gardening',
        'Film night',
      ].entries())
        groups.add(once(title, tomorrowDay, `1${i + 4}:00`, `1${i + 4}:45`));
      for (const textSize of [1, 2, 3, 4] as const) {
        await writeHouseSettings(server, admin, { textSize });
        await expect
          .poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size'))
          .toBe(String(textSize));
        // The strip cuts itself to fit, a frame or two after the text size changes.
        await expect
          .poll(() => strip().evaluate((b) => b.scrollWidth - b.clientWidth), {
            timeout: 3000,
          })
          .toBeLessThanOrEqual(1);
        const box = await strip().evaluate((button) => {
          const rect = button.getBoundingClientRect();
          const style = getComputedStyle(button);
          return {
            bottom: rect.bottom,
            right: rect.right,
            height: rect.height,
            line: Number.parseFloat(style.lineHeight),
            scroll: button.scrollWidth,
            width: button.clientWidth,
            wraps: style.whiteSpace,
            screen: { width: innerWidth, height: innerHeight },
          };
        });
        expect(box.bottom, `text size ${textSize}`).toBeLessThanOrEqual(box.screen.height);
        expect(box.right).toBeLessThanOrEqual(box.screen.width);
        expect(box.height, `text size ${textSize}`).toBeLessThan(box.line * 2);
        expect(box.wraps).toBe('nowrap');
        // What does not fit is cut off, not hidden past the edge of the screen.
        expect(box.scroll, `text size ${textSize}`).toBeLessThanOrEqual(box.width + 1);
        if (textSize === 4) {
          const words = (await strip().textContent())?.replace(/\s+/g, ' ').trim();
          expect(words).toMatch(/^Tomorrow: Morning walk 10 am · .*…$/);
          expect(words).not.toContain('Film night');
          // The whole line is still there for a screen reader.
          expect(await strip().getAttribute('aria-label')).toContain('Film night');
        }
        if (textSize === 2 || textSize === 4) await shot(kiosk, `week-strip-day-text${textSize}`);
      }
      await writeHouseSettings(server, admin, { textSize: 2 });
    });

    test('a tap on the strip opens the week with each group on its day, and Close closes it', async () => {
      await strip().tap();
      await overlay().waitFor();
      const days = overlay().getByTestId('week-day');
      expect(await days.count()).toBe(7);
      expect(await days.first().getAttribute('data-day')).toBe(today);
      const tomorrowBox = overlay().locator(`[data-testid=week-day][data-day="${tomorrowDay}"]`);
      expect(await tomorrowBox.textContent()).toContain('Morning walk');
      expect(await tomorrowBox.textContent()).toContain('Park');
      const outingDay = overlay().locator(
        `[data-testid=week-day][data-day="${addDays(today, 3)}"]`,
      );
      expect(await outingDay.textContent()).toContain('Seaside trip');
      expect(await outingDay.textContent()).toContain('Outing');
      expect(await outingDay.getByTestId('week-prepare').textContent()).toBe(
        'To prepare: Bring a coat',
      );
      const meetingDay = overlay().locator(
        `[data-testid=week-day][data-day="${addDays(today, 5)}"]`,
      );
      expect(await meetingDay.textContent()).toContain('House meeting');
      expect(
        await overlay()
          .locator(`[data-day="${addDays(today, 2)}"]`)
          .textContent(),
      ).toContain('Nothing on.');
      const small = (await tapTargets(kiosk)).filter((t) => t.width < 48 || t.height < 48);
      expect(small).toEqual([]);
      expect(await violations(kiosk)).toEqual([]);
      await shot(kiosk, 'week-overlay-day-text2');
      await kiosk.getByTestId('week-close').tap();
      await overlay().waitFor({ state: 'detached' });
    });

    test('at the largest text the week stays on the screen and scrolls, either way up', async () => {
      await writeHouseSettings(server, admin, { textSize: 4 });
      for (const [width, height] of [
        [1920, 1080],
        [1080, 1920],
      ] as const) {
        await kiosk.setViewportSize({ width, height });
        await strip().tap();
        await overlay().waitFor();
        const fit = await overlay().evaluate((panel) => {
          const rect = panel.getBoundingClientRect();
          const days = panel.querySelector('.days') as HTMLElement;
          const size = Number.parseFloat(getComputedStyle(panel).fontSize);
          return {
            inside: rect.bottom <= innerHeight && rect.right <= innerWidth && rect.top >= 0,
            scrolls: getComputedStyle(days).overflowY,
            size,
          };
        });
        expect(fit.inside).toBe(true);
        expect(fit.scrolls).toBe('auto');
        // Readable across a room: over 3% of the screen's shorter side.
        expect(fit.size).toBeGreaterThan(Math.min(width, height) * 0.03);
        await shot(kiosk, `week-overlay-day-text4-${width}x${height}`);
        await kiosk.getByTestId('week-close').tap();
        await overlay().waitFor({ state: 'detached' });
      }
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await writeHouseSettings(server, admin, { textSize: 2 });
    });

    test('night closes the week; a tap at night shows the strip and the week in the night’s colours', async () => {
      await strip().tap();
      await overlay().waitFor();
      await writeHouseSettings(server, admin, {
        nightHours: { start: clockIn(zone, -60), end: clockIn(zone, 120) },
      });
      await kiosk.getByTestId('night-view').waitFor();
      expect(await overlay().count()).toBe(0);
      try {
        // A tap shows the board in the night's colours for a minute; each tap after keeps it.
        await kiosk.getByTestId('night-view').click();
        for (const textSize of [2, 4] as const) {
          await writeHouseSettings(server, admin, { textSize });
          await expect
            .poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size'))
            .toBe(String(textSize));
          await strip().waitFor();
          expect(await kiosk.locator('hb-kiosk').getAttribute('data-view')).toBe('night-board');
          const page = await kiosk
            .locator('hb-kiosk')
            .evaluate((el) => getComputedStyle(el).backgroundColor);
          expect(page).not.toBe('rgb(243, 239, 230)');
          await shot(kiosk, `week-strip-night-text${textSize}`);
          await strip().tap();
          await overlay().waitFor();
          expect(await violations(kiosk)).toEqual([]);
          await shot(kiosk, `week-overlay-night-text${textSize}`);
          await kiosk.getByTestId('week-close').tap();
          await overlay().waitFor({ state: 'detached' });
        }
      } finally {
        await writeHouseSettings(server, admin, {
          nightHours: { start: '22:00', end: '07:00' },
          textSize: 2,
        });
      }
      await strip().waitFor();
    });

    test('in Spanish the strip and the week speak Spanish, with the day’s own words', async () => {
      await writeHouseSettings(server, admin, { language: 'es' });
      try {
        await expect
          .poll(async () => (await strip().textContent())?.replace(/\s+/g, ' ').trim())
          .toMatch(/^Mañana: Morning walk 10:00 · Para preparar para Museum: Bring money/);
        await strip().tap();
        await overlay().waitFor();
        expect(await overlay().locator('h2').textContent()).toBe('La semana');
        expect(await overlay().getByTestId('week-day').first().textContent()).toMatch(/^\s*Hoy, /);
        expect(await kiosk.getByTestId('week-close').textContent()).toContain('Cerrar');
        await kiosk.getByTestId('week-close').tap();
        await overlay().waitFor({ state: 'detached' });
      } finally {
        await writeHouseSettings(server, admin, { language: 'en' });
      }
      await expect.poll(() => strip().textContent()).toContain('Tomorrow:');
    });

    test('the phone’s week lists seven days from today, today marked, each group on its day', async () => {
      await admin.evaluate(() => {
        location.hash = 'week';
      });
      const days = admin.getByTestId('week-day');
      await expect.poll(() => days.count()).toBe(7);
      expect(await days.first().getAttribute('data-day')).toBe(today);
      expect(await days.first().getAttribute('aria-current')).toBe('date');
      expect(await days.first().textContent()).toContain('Today');
      const tomorrowBox = admin.locator(`[data-testid=week-day][data-day="${tomorrowDay}"]`);
      expect(await tomorrowBox.getByTestId('week-group').first().textContent()).toMatch(
        /10 am\s*Morning walk\s*Park/,
      );
      expect(await admin.locator(`[data-day="${addDays(today, 3)}"]`).textContent()).toContain(
        'Outing',
      );
      expect(await tomorrowBox.textContent()).toContain('To prepare: Bring money');
      // One day's meeting off, another moved: said on its day.
      const idOf = (title: string) =>
        groupRecords(writer.board.doc)
          .values()
          .find((g) => g.title === title)!.id;
      cancelGroupOn(writer.board.doc, idOf('Seaside trip'), addDays(today, 3));
      moveGroupOn(writer.board.doc, idOf('Morning walk'), tomorrowDay, { start: '10:30' });
      const seaside = admin.locator(`[data-day="${addDays(today, 3)}"] [data-testid=week-group]`);
      await expect.poll(() => seaside.getAttribute('data-status')).toBe('cancelled');
      expect(await seaside.textContent()).toContain('Not on this day');
      expect(await seaside.textContent()).not.toContain('To prepare');
      await expect
        .poll(() => tomorrowBox.getByTestId('week-group').first().textContent())
        .toMatch(/10:30 am\s*Morning walk\s*Park · Changed for this day/);
      expect(await violations(admin)).toEqual([]);
      await admin.evaluate(() => window.scrollTo(0, 0));
      await shot(admin, 'week-phone-normal');
      await admin.evaluate(() => {
        document.documentElement.style.zoom = '2';
      });
      try {
        const sides = await admin
          .locator('hb-week-section')
          .evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
        expect(sides.scroll).toBeLessThanOrEqual(sides.width);
        expect(await violations(admin)).toEqual([]);
        await admin.evaluate(() => window.scrollTo(0, 0));
        await shot(admin, 'week-phone-200');
        await tomorrowBox.scrollIntoViewIfNeeded();
        await shot(admin, 'week-phone-200-tomorrow');
      } finally {
        await admin.evaluate(() => {
          document.documentElement.style.zoom = '';
        });
      }
    });

    test('left untouched for a minute, the week closes by itself', async () => {
      await pinClock(kiosk, { time: Date.now() });
      await strip().tap();
      await overlay().waitFor();
      await kiosk.clock.runFor(50_000);
      expect(await overlay().count()).toBe(1);
      await kiosk.clock.runFor(15_000);
      await overlay().waitFor({ state: 'detached' });
      expect(watch.errors).toEqual([]);
      writer.destroy();
    });
  },
  300_000,
);
