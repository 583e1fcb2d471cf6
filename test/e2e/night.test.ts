// The wall at night, in real Chromium against the real server, with the server's clock moved
// (test/helpers/movable-clock.ts; every screen takes the house's time from the server): the calm
// night view between the house's night hours, a tap that shows the board for a minute, the morning, nights with their own hours,
// the admin's settings form, the burn-in drift and the screen's wake lock.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  addDays,
  choreRecords,
  dayInZone,
  groupRecords,
  instantInZone,
  readSettings,
  setVisitorMode,
  shiftRecords,
  WEEKDAY_KEYS,
  weekdayOf,
  writeSettings,
} from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { faketimeReady, movableClock } from '../helpers/movable-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, SCREENSHOTS, shot } from './browser-devices.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

const ZONE = 'Europe/Madrid';
/** The first night the test spends: tomorrow's, in the house. */
const FIRST_DAY = addDays(dayInZone(Date.now(), ZONE), 1);
const at = (dayOffset: number, time: string) =>
  instantInZone(addDays(FIRST_DAY, dayOffset), time, ZONE);
const weekdayKey = (dayOffset: number) =>
  WEEKDAY_KEYS[(weekdayOf(addDays(FIRST_DAY, dayOffset)) + 6) % 7]!;

/** "rgb(201, 173, 133)" → its relative luminance (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.runIf(chromiumReady() && faketimeReady())(
  'the wall at night',
  () => {
    let server: ServerProcess;
    let admin: Page;
    let kiosk: Page;
    let writer: HouseWriter;
    const watch = new PageWatch();
    const clock = movableClock();

    const nightView = () => kiosk.getByTestId('night-view');
    const dayBoard = () => kiosk.locator('hb-chores-card');
    const wakeLock = () => kiosk.locator('hb-kiosk').getAttribute('data-wake-lock');
    /** The minute the wall is showing, by the server's time as the wall knows it. */
    const wallNow = () =>
      kiosk.evaluate(
        () =>
          (document.querySelector('hb-kiosk') as unknown as { minute: { now: number } }).minute.now,
      );
    /** Sets the house's clock (the server's) to `instant`, and waits for the wall to follow. */
    const jumpTo = async (instant: number) => {
      clock.set(instant);
      await eventually(
        async () => {
          const shown = await wallNow();
          if (Math.abs(shown - instant) > 3000)
            throw new Error(`the wall is at ${new Date(shown).toISOString()}`);
        },
        { timeoutMs: 10_000, intervalMs: 100 },
      );
    };
    /** Time passes in the house: `ms` more on the server's clock, and the wall follows. */
    const runFor = (ms: number) => jumpTo(clock.now() + ms);

    withHouse({ zone: ZONE, watch, kiosk: { byDay: false }, env: clock.env }, async (house) => {
      ({ server, admin, kiosk } = house);
      writer = await houseWriter(admin, server);
      const shifts = shiftRecords(writer.staff.doc);
      shifts.add({ name: 'Ana', start: at(0, '20:00'), end: at(1, '08:00') });
      shifts.add({
        name: 'Kit',
        nameDisplay: 'hidden',
        start: at(0, '22:00'),
        end: at(1, '06:00'),
      });
      const groups = groupRecords(writer.board.doc);
      groups.add({ title: 'Art group', schedule: { kind: 'daily' }, start: '14:00', end: '15:30' });
      groups.add({
        title: 'Morning walk',
        schedule: { kind: 'daily' },
        start: '09:30',
        end: '10:15',
        place: 'Garden',
      });
      choreRecords(writer.board.doc).add({
        title: 'Bins out',
        schedule: { kind: 'daily' },
        createdAt: Date.now(),
      });
      // The house's clock is set before the page loads, as the kiosk would start at that hour.
      clock.set(at(0, '23:29') + 58_000);
      await kiosk.reload();
      await nightView().waitFor();
      await jumpTo(at(0, '23:30') + 5_000);
    });

    afterAll(() => writer?.destroy());

    test('at 23:30 the wall shows the time, who is on shift and the first thing tomorrow', async () => {
      await expect.poll(() => kiosk.getByTestId('night-on-shift').count()).toBe(2);
      expect(await kiosk.getByTestId('night-clock').textContent()).toContain('11:30 pm');
      const onShift = await kiosk.getByTestId('night-on-shift').allTextContents();
      expect(onShift[0]).toContain('Ana');
      expect(onShift[0]).toContain('until 8 am');
      // Kit chose to keep their name off the wall; the night view keeps that choice.
      expect(onShift[1]).toContain('Someone from staff');
      expect(await nightView().textContent()).not.toContain('Kit');
      const first = kiosk.getByTestId('night-first-thing');
      expect(await first.textContent()).toContain('First thing tomorrow');
      expect(await first.textContent()).toContain('9:30 am · Morning walk');
      expect(await dayBoard().count()).toBe(0);
      expect(await kiosk.getByTestId('join-qr').count()).toBe(0);
      expect(watch.errors).toEqual([]);
    });

    test('the night view is dark and warm, never white, and its text keeps 7:1 contrast', async () => {
      const colours = await nightView().evaluate((view) => {
        const page = getComputedStyle(view).backgroundColor;
        const texts = [...(view.shadowRoot?.querySelectorAll('*') ?? [])]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => getComputedStyle(el).color);
        return { page, texts };
      });
      expect(colours.texts.length).toBeGreaterThan(5);
      expect(luminance(colours.page)).toBeLessThan(0.01);
      for (const text of colours.texts) {
        expect(contrast(text, colours.page), text).toBeGreaterThanOrEqual(7);
        // Low-light: well under half the brightness of white.
        expect(luminance(text), text).toBeLessThan(0.5);
      }
      await shot(kiosk, 'night-view-1920x1080');
      await kiosk.setViewportSize({ width: 1080, height: 1920 });
      await shot(kiosk, 'night-view-1080x1920');
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      expect(fs.existsSync(path.join(SCREENSHOTS, 'night-view-1080x1920.png'))).toBe(true);
    });

    test('at night the wall still says it is live, small and in the night colours', async () => {
      const status = nightView().getByTestId('live-status');
      expect(await status.getAttribute('data-state')).toBe('live');
      expect(await status.textContent()).toContain('Live');
      const look = await status.evaluate((line) => {
        const view = document.querySelector('hb-kiosk')?.shadowRoot?.querySelector('hb-night-view');
        return {
          text: getComputedStyle(line).color,
          page: getComputedStyle(view!).backgroundColor,
          size: Number.parseFloat(getComputedStyle(line).fontSize),
          clock: Number.parseFloat(
            getComputedStyle(view!.shadowRoot!.querySelector('.time')!).fontSize,
          ),
        };
      });
      expect(contrast(look.text, look.page)).toBeGreaterThanOrEqual(7);
      expect(luminance(look.text)).toBeLessThan(0.5);
      // Small beside the clock: the night stays calm.
      expect(look.size).toBeLessThan(look.clock / 4);
    });

    test('in visitor mode the night view shows an initial, not the name', async () => {
      setVisitorMode(writer.board.doc, true, at(0, '23:30'));
      await expect
        .poll(() => kiosk.getByTestId('night-on-shift').first().textContent())
        .toContain('A.');
      expect(await nightView().textContent()).not.toContain('Ana');
      setVisitorMode(writer.board.doc, false);
      await expect
        .poll(() => kiosk.getByTestId('night-on-shift').first().textContent())
        .toContain('Ana');
    });

    test('the screen is not kept awake at night', async () => {
      expect(await wakeLock()).toBe('released');
    });

    test('a tap at night shows the whole board for a minute, then it dims again', async () => {
      await nightView().click();
      await dayBoard().waitFor();
      expect(await nightView().count()).toBe(0);
      await kiosk.getByTestId('chore-tick').filter({ hasText: 'Bins out' }).first().waitFor();
      // Still night hours: the board is lit for the person who tapped, the lock stays let go.
      expect(await wakeLock()).toBe('released');
      await runFor(45_000);
      expect(await dayBoard().count()).toBe(1);
      await runFor(20_000);
      await nightView().waitFor();
      expect(await dayBoard().count()).toBe(0);
    });

    test('the wall drifts a few pixels every few minutes and never off the screen', async () => {
      const positions = new Set<string>();
      for (let step = 0; step < 9; step++) {
        const { translate, box } = await nightView().evaluate((view) => {
          const rect = view.getBoundingClientRect();
          return {
            translate: getComputedStyle(view).translate,
            box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
          };
        });
        const [x = 0, y = 0] = translate === 'none' ? [] : translate.split(' ').map(parseFloat);
        expect(Math.abs(x)).toBeLessThanOrEqual(4);
        expect(Math.abs(y)).toBeLessThanOrEqual(4);
        // The view's own padding is wider than the drift: what it shows stays on the screen.
        const content = await kiosk.getByTestId('night-clock').boundingBox();
        expect(content!.x).toBeGreaterThan(0);
        expect(content!.y).toBeGreaterThan(0);
        expect(box.right - box.left).toBeGreaterThan(1900);
        positions.add(`${x},${y}`);
        await runFor(3 * 60_000);
      }
      expect(positions.size).toBeGreaterThanOrEqual(5);
    });

    test('at 07:00 the wall returns to the day board and keeps the screen awake', async () => {
      await jumpTo(at(1, '06:59'));
      await expect.poll(() => nightView().count()).toBe(1);
      await runFor(90_000);
      await dayBoard().waitFor();
      expect(await nightView().count()).toBe(0);
      await expect.poll(wakeLock).toBe('held');
    });

    test('a night with its own hours on its weekday dims later and lifts earlier', async () => {
      writeSettings(writer.settings.doc, {
        nightHoursByWeekday: { [weekdayKey(1)]: { start: '23:45', end: '06:00' } },
      });
      await jumpTo(at(1, '23:30'));
      await runFor(60_000);
      await expect.poll(() => dayBoard().count()).toBe(1);
      await runFor(15 * 60_000);
      await nightView().waitFor();
      // The usual hours would keep the night until 07:00.
      await jumpTo(at(2, '06:00'));
      await runFor(60_000);
      await dayBoard().waitFor();
    });

    test('the admin sets night hours, language and text size on the phone; the wall follows', async () => {
      await admin.getByTestId('tab-chores').click();
      await admin.getByTestId('tab-admin').click();
      const form = admin.getByTestId('house-settings-form');
      await form.waitFor();
      // The form shows the night with its own hours, as saved.
      expect(await admin.getByTestId('night-by-weekday').getAttribute('aria-pressed')).toBe('true');
      const own = admin.getByTestId(`night-weekday-${weekdayKey(1)}`);
      expect(await own.getByTestId(`field-night-${weekdayKey(1)}-start`).inputValue()).toBe(
        '23:45',
      );

      // A missing time is refused beside its field, and nothing changes on the wall.
      await admin.getByTestId('field-nightStart').fill('');
      await admin.getByTestId('settings-save').click();
      const problem = admin.getByTestId('problem-nightStart');
      await problem.waitFor();
      expect(await problem.textContent()).toContain('Please give a time like 22:00.');
      expect(readSettings(writer.settings.doc).nightHours.start).toBe('22:00');

      await admin.getByTestId('field-nightStart').fill('22:30');
      await admin.getByTestId('night-by-weekday').click();
      await admin.getByTestId('field-language').selectOption('es');
      await admin.getByTestId('choice-textSize').locator('[data-value="4"]').click();
      await shot(admin, 'phone-house-settings-night');
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await expect
        .poll(() => readSettings(writer.settings.doc))
        .toMatchObject({
          nightHours: { start: '22:30', end: '07:00' },
          nightHoursByWeekday: {},
          language: 'es',
          textSize: 4,
        });
      // 06:01 is night again by the house's usual hours, in the largest text.
      await nightView().waitFor();
      await expect.poll(wakeLock).toBe('released');
      await expect.poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size')).toBe('4');
      await shot(kiosk, 'night-view-largest-1920x1080');
      await kiosk.setViewportSize({ width: 1080, height: 1920 });
      await shot(kiosk, 'night-view-largest-1080x1920');
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
    });

    test('a night of its own set on the phone is saved for that weekday only', async () => {
      await admin.getByTestId('night-by-weekday').click();
      await admin.getByTestId('night-weekdays').locator('[data-value=fri]').click();
      await admin.getByTestId('field-night-fri-end').fill('09:00');
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await expect
        .poll(() => readSettings(writer.settings.doc).nightHoursByWeekday)
        .toEqual({ fri: { start: '22:30', end: '09:00' } });
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
