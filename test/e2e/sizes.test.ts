// The wall at the sizes houses hang: 1080p either way up, 4K and a 1280×800 tablet, at the
// smallest and largest house text sizes. Nothing spills off the side, all four cards and their
// titles show whole, text grows with the screen and the setting, nothing moves for those who
// asked for no motion, and every piece of text stands out from what is behind it (7:1).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { TextSize } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot } from './browser-devices.ts';
import { addGroup, addShift, MEETING_NOW, postAnnouncement } from './day-plan.ts';
import {
  runningAnimations,
  WALL_SIZES as SIZES,
  tapTargets,
  textContrasts,
  wallLayout,
  writeHouseSettings,
} from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

/** WCAG's enhanced (AAA) contrast, which the house asks of every piece of text on the wall. */
const BODY_CONTRAST = 7;

describe.runIf(chromiumReady())(
  'the wall at every size',
  () => {
    const zone = morningZone();
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    const watch = new PageWatch();

    async function textSize(size: TextSize) {
      await writeHouseSettings(server, admin, { textSize: size });
      await kiosk.locator(`hb-kiosk[data-text-size="${size}"]`).waitFor();
    }

    withHouse({ zone, watch, kiosk: true, timeoutMs: 180_000 }, async (house) => {
      ({ server, admin, kiosk } = house);
      // A day as full as a real one, so the cards have something to lay out.
      await addGroup(admin, zone, MEETING_NOW);
      await addGroup(admin, zone, { title: 'Art group', from: 90, to: 150, place: 'Kitchen' });
      await addShift(admin, zone, { from: -60, to: 240, name: 'Alex' });
      await postAnnouncement(admin, 'The plumber comes on Thursday morning.');
      await postAnnouncement(admin, 'Film night in the lounge at 8, bring a blanket.');
      await kiosk.getByTestId('announcement-item').first().waitFor();
    });

    for (const size of SIZES) {
      test(`at ${size.name} every card shows whole at the smallest and largest text`, async () => {
        await kiosk.setViewportSize({ width: size.width, height: size.height });
        const body: number[] = [];
        for (const step of [1, 4] as const) {
          await textSize(step);
          await shot(kiosk, `kiosk-${size.name}-text${step}`);
          const layout = await wallLayout(kiosk);
          expect(layout.sideways).toBe(0);
          expect(layout.cards.map((card) => card.card).sort()).toEqual([
            'hb-announcements-card',
            'hb-chores-card',
            'hb-groups-card',
            'hb-shifts-card',
            'hb-shopping-card',
          ]);
          for (const card of layout.cards) {
            expect(card, `${card.card}'s title shows whole`).toMatchObject({ titleWhole: true });
            expect(card.left).toBeGreaterThanOrEqual(0);
            expect(card.top).toBeGreaterThanOrEqual(0);
            expect(card.right).toBeLessThanOrEqual(size.width + 0.5);
            expect(card.bottom).toBeLessThanOrEqual(size.height + 0.5);
            // Room for its title and at least a line (an empty card keeps to just that).
            expect(card.bottom - card.top).toBeGreaterThan(2 * layout.bodyPx);
          }
          const small = (await tapTargets(kiosk)).filter((t) => t.width < 48 || t.height < 48);
          expect(small).toEqual([]);
          body.push(layout.bodyPx);
        }
        console.info(`${size.name}: body text ${body[0]} px at size 1, ${body[1]} px at size 4`);
        // The largest text setting is larger on every screen.
        expect(body[1]!).toBeGreaterThan(body[0]! * 1.8);
      });
    }

    test('the wall’s keyboard fits every screen at the largest text, with keys a finger can hit', async () => {
      await textSize(4);
      for (const size of SIZES) {
        await kiosk.setViewportSize({ width: size.width, height: size.height });
        await kiosk.getByTestId('kiosk-add-announcement').tap();
        await kiosk.getByTestId('quick-write').tap();
        const panel = await kiosk.getByTestId('quick-add').boundingBox();
        expect(panel).not.toBeNull();
        expect(panel!.y).toBeGreaterThanOrEqual(0);
        expect(panel!.y + panel!.height).toBeLessThanOrEqual(size.height);
        expect(panel!.x + panel!.width).toBeLessThanOrEqual(size.width);
        const small = (await tapTargets(kiosk)).filter((t) => t.width < 48 || t.height < 48);
        expect(small).toEqual([]);
        await shot(kiosk, `kiosk-keyboard-${size.name}`);
        await kiosk.getByTestId('quick-add-close').tap();
      }
    });

    test('a 4K wall draws everything twice as big as a 1080p one, not tiny', async () => {
      await textSize(2);
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      const hd = (await wallLayout(kiosk)).bodyPx;
      await kiosk.setViewportSize({ width: 3840, height: 2160 });
      const uhd = (await wallLayout(kiosk)).bodyPx;
      expect(hd).toBeGreaterThanOrEqual(30);
      expect(uhd).toBeCloseTo(2 * hd, 0);
    });

    test('at the largest text, body text is at least 5% of the screen height', async () => {
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await textSize(4);
      expect((await wallLayout(kiosk)).bodyPx).toBeGreaterThanOrEqual(0.05 * 1080 - 0.5);
    });

    test('with reduced motion asked for, nothing on the wall moves, even a new announcement', async () => {
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await textSize(2);
      await kiosk.emulateMedia({ reducedMotion: 'reduce' });
      await postAnnouncement(admin, 'Tea and cake in the kitchen at 4.');
      await kiosk.getByTestId('announcement-item').filter({ hasText: 'Tea and cake' }).waitFor();
      expect(await runningAnimations(kiosk)).toEqual([]);
      await kiosk.emulateMedia({ reducedMotion: null });
    });

    for (const contrast of ['no-preference', 'more'] as const) {
      test(`every piece of text on the wall has at least 7:1 contrast (contrast: ${contrast})`, async () => {
        await kiosk.setViewportSize({ width: 1920, height: 1080 });
        await kiosk.emulateMedia({ contrast });
        const texts = await textContrasts(kiosk);
        expect(texts.length).toBeGreaterThan(20);
        const lowest = texts.reduce((a, b) => (a.ratio <= b.ratio ? a : b));
        console.info(
          `contrast ${contrast}: ${texts.length} texts, lowest ${lowest.ratio.toFixed(2)}:1 (${lowest.text} ${lowest.color} on ${lowest.background})`,
        );
        const weak = texts.filter((text) => text.ratio < BODY_CONTRAST);
        expect(weak).toEqual([]);
        await shot(kiosk, `kiosk-contrast-${contrast}`);
        await kiosk.emulateMedia({ contrast: null });
      });
    }

    test('in forced colours the four cards still show, edged, with readable text', async () => {
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await kiosk.emulateMedia({ forcedColors: 'active' });
      const layout = await wallLayout(kiosk);
      expect(layout.cards.every((card) => card.titleWhole)).toBe(true);
      const weak = (await textContrasts(kiosk)).filter((text) => text.ratio < BODY_CONTRAST);
      expect(weak).toEqual([]);
      await shot(kiosk, 'kiosk-forced-colors');
      await kiosk.emulateMedia({ forcedColors: null });
    });

    test('no script errors on the wall', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
