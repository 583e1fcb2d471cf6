// The wall at night, in real Chromium against the real server, with the server's clock moved
// (test/helpers/movable-clock.ts; every screen takes the house's time from the server): the calm
// night view between the house's night hours, a tap that shows the board for a minute, the
// morning, nights with their own hours, the admin's settings form, the burn-in drift and the
// screen's wake lock. Then a second house at 3:35 am: a group under way said as "now", the
// house's kind words when nobody is on shift, a tap that keeps the night's colours, and the wall
// honest about being offline.
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
import { nightPalette } from '../../ui/night-palette.ts';
import { chromiumReady, pinClock } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { faketimeReady, type MovableClock, movableClock } from '../helpers/movable-clock.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { E2E_ENV, PageWatch, SCREENSHOTS, shot, showSection, waitLive } from './browser-devices.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { textContrasts, writeHouseSettings } from './kiosk-checks.ts';
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

/** The minute the wall is showing, by the server's time as the wall knows it. */
function wallNow(kiosk: Page): Promise<number> {
  return kiosk.evaluate(
    () => (document.querySelector('hb-kiosk') as unknown as { minute: { now: number } }).minute.now,
  );
}

/** Sets the house's clock (the server's) to `instant`, and waits for the wall to follow. */
async function moveHouseClock(clock: MovableClock, kiosk: Page, instant: number): Promise<void> {
  clock.set(instant);
  await eventually(
    async () => {
      const shown = await wallNow(kiosk);
      if (Math.abs(shown - instant) > 3000)
        throw new Error(`the wall is at ${new Date(shown).toISOString()}`);
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
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
    /** Sets the house's clock (the server's) to `instant`, and waits for the wall to follow. */
    const jumpTo = (instant: number) => moveHouseClock(clock, kiosk, instant);
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
      await showSection(admin, 'chores');
      await showSection(admin, 'admin');
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

/** "#0d0b09" → "rgb(13, 11, 9)", as getComputedStyle says a colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe.runIf(chromiumReady() && faketimeReady())(
  'the wall at 3:35 am: honest and gentle',
  () => {
    const dataDir = tempDir('houseboard-night-');
    const clock = movableClock();
    let server: ServerProcess;
    /** The same house's server started again after the test stopped it. */
    let restarted: ServerProcess | undefined;
    let admin: Page;
    let kiosk: Page;
    let writer: HouseWriter;
    const watch = new PageWatch();

    const nightView = () => kiosk.getByTestId('night-view');
    const inNight = (testId: string) => nightView().getByTestId(testId);
    /*
     * The house's time is the server's; the page's own timers (the minute a tap lights the board,
     * how long the wall has been offline) run on Playwright's clock, moved along with it.
     */
    const jumpTo = (instant: number) => moveHouseClock(clock, kiosk, instant);
    const runFor = async (ms: number) => {
      clock.move(ms);
      await kiosk.clock.runFor(ms);
    };
    const textSize = async (size: 1 | 4) => {
      writeSettings(writer.settings.doc, { textSize: size });
      await expect
        .poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size'))
        .toBe(String(size));
    };
    /** Text in the night view that does not lie wholly on the screen. */
    const offScreen = () =>
      nightView().evaluate((view) => {
        const all = [...(view.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((el) => [
          el,
          ...(el.shadowRoot?.querySelectorAll('*') ?? []),
        ]);
        return all
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return (
              box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth
            );
          })
          .map((el) => el.textContent?.trim());
      });
    /** The wall at text sizes 1 and 4 on a 1920×1080 wall, back at size 1 after. */
    const shotBothSizes = async (name: string) => {
      const night = (await nightView().count()) > 0;
      await textSize(1);
      await shot(kiosk, `${name}-size1-1920x1080`);
      if (night) expect(await offScreen()).toEqual([]);
      await textSize(4);
      await shot(kiosk, `${name}-size4-1920x1080`);
      // At the largest size too, the whole night view is on the screen.
      if (night) expect(await offScreen()).toEqual([]);
      await textSize(1);
    };
    /** Words each visible piece of text in the kiosk's night view says, with its colours. */
    const nightLook = () =>
      nightView().evaluate((view) => {
        const page = getComputedStyle(view).backgroundColor;
        const texts = [...(view.shadowRoot?.querySelectorAll('*') ?? [])]
          .flatMap((el) => [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])]])
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => {
            const style = getComputedStyle(el);
            const tint = style.backgroundColor;
            return { color: style.color, behind: tint === 'rgba(0, 0, 0, 0)' ? page : tint };
          });
        return { page, texts };
      });

    withHouse(
      { zone: ZONE, dataDir, watch, kiosk: { byDay: false }, env: clock.env },
      async (house) => {
        ({ server, admin, kiosk } = house);
        writer = await houseWriter(admin, server);
        const groups = groupRecords(writer.board.doc);
        groups.add({
          title: 'House meeting',
          schedule: { kind: 'once', day: addDays(FIRST_DAY, 1) },
          start: '03:00',
          end: '04:30',
          place: 'Lounge',
        });
        groups.add({
          title: 'Morning walk',
          schedule: { kind: 'daily' },
          start: '09:30',
          end: '10:15',
        });
        choreRecords(writer.board.doc).add({
          title: 'Bins out',
          schedule: { kind: 'daily' },
          createdAt: Date.now(),
        });
        writeSettings(writer.settings.doc, { textSize: 1 });
        clock.set(at(1, '03:34') + 58_000);
        await pinClock(kiosk, { time: at(1, '03:34') + 58_000 });
        await kiosk.reload();
        await nightView().waitFor();
        await jumpTo(at(1, '03:35') + 5_000);
      },
    );

    afterAll(async () => {
      writer?.destroy();
      await restarted?.stop();
    });

    test('at 3:35 am the 3 am house meeting shows as on now, not as the first thing this morning', async () => {
      const now = inNight('night-now');
      await now.waitFor();
      expect(await now.textContent()).toContain('Now');
      const group = await inNight('night-now-group').textContent();
      expect(group).toContain('House meeting');
      expect(group).toContain('until 4:30 am');
      const first = await inNight('night-first-thing').textContent();
      expect(first).toContain('First thing this morning');
      expect(first).toContain('9:30 am · Morning walk');
      expect(first).not.toContain('House meeting');
      expect(first).not.toContain('3 am');
    });

    test("with nobody on shift the wall says something kind: its own words, then the house's", async () => {
      const nobody = inNight('night-nobody');
      expect((await nobody.textContent())?.trim()).toBe(
        'Staff are in the house tonight. If you need someone, knock on the office door.',
      );
      expect(await nightView().textContent()).not.toContain('Nobody is marked');
      await shotBothSizes('night-nobody-default');

      await showSection(admin, 'admin');
      const words = admin.getByTestId('field-nightNobodyWords');
      await words.waitFor();
      // Contact details are refused beside the field, in plain words, and never reach the wall.
      await words.fill('Ring Sam on 07700 900123 if you need anyone');
      await admin.getByTestId('settings-save').click();
      const problem = admin.getByTestId('problem-nightNobodyWords');
      await problem.waitFor();
      expect(await problem.textContent()).toContain(
        'Please leave out phone numbers, e-mail addresses and social handles',
      );
      expect(readSettings(writer.settings.doc).nightNobodyWords).toBeUndefined();
      await shot(admin, 'phone-night-words-refused');

      await words.fill('Staff are in the house — knock on the office door');
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await expect
        .poll(() => nobody.textContent())
        .toContain('Staff are in the house — knock on the office door');
      expect(await nightView().textContent()).not.toContain('07700');
      await shotBothSizes('night-nobody-house-words');
      expect(watch.errors).toEqual([]);
    });

    test('with someone on shift the night view says it is live, right beside who is on', async () => {
      shiftRecords(writer.staff.doc).add({
        name: 'Kai',
        start: at(0, '22:00'),
        end: at(1, '08:00'),
      });
      await expect.poll(() => inNight('night-on-shift').textContent()).toContain('Kai');
      const shift = inNight('night-shift');
      expect(await shift.getByTestId('night-shift-heading').textContent()).toContain(
        'On shift now',
      );
      const status = shift.getByTestId('live-status');
      expect(await status.getAttribute('data-state')).toBe('live');
      expect(await status.textContent()).toContain('Live');
      await shotBothSizes('night-live');
    });

    test("a tap at night shows the board in the night's colours, then the night view again", async () => {
      const nightPage = (await nightLook()).page;
      expect(nightPage).toBe(rgb(nightPalette.page));
      await nightView().click();
      const wall = kiosk.locator('hb-kiosk');
      await kiosk.locator('hb-chores-card').waitFor();
      expect(await wall.getAttribute('data-view')).toBe('night-board');
      await kiosk.getByTestId('chore-tick').filter({ hasText: 'Bins out' }).first().waitFor();
      const look = await kiosk.evaluate(() => {
        const host = document.querySelector('hb-kiosk')!;
        const card = host.shadowRoot!.querySelector('hb-chores-card')!;
        return {
          page: getComputedStyle(host).backgroundColor,
          card: getComputedStyle(card).backgroundColor,
          pageVariable: getComputedStyle(host).getPropertyValue('--hb-page'),
        };
      });
      // The same dark page as the night view, never the day's cream.
      expect(look.page).toBe(nightPage);
      expect(look.page).not.toBe(rgb('#f3efe6'));
      expect(look.card).toBe(rgb(nightPalette.card));
      expect(look.pageVariable).toContain(nightPalette.page);
      const texts = await textContrasts(kiosk);
      expect(texts.length).toBeGreaterThan(10);
      for (const text of texts) {
        expect(
          text.ratio,
          `${text.text} ${text.color} on ${text.background}`,
        ).toBeGreaterThanOrEqual(7);
        // Low light: no text half as bright as white, no background brighter than the text.
        expect(luminance(text.color), text.text).toBeLessThan(0.5);
      }
      await shotBothSizes('night-tapped');
      // A minute after the tap (the shots took a few seconds of it), the night view is back.
      await runFor(61_000);
      await nightView().waitFor();
      expect(await wall.getAttribute('data-view')).toBe('night');
    });

    test('offline at night, who is on shift reads as what the wall last knew, with the status beside it', async () => {
      await server.stop();
      const shift = inNight('night-shift');
      const status = shift.getByTestId('live-status');
      await expect
        .poll(() => status.getAttribute('data-state'), { timeout: 15_000 })
        .toBe('offline');
      expect(await shift.getByTestId('night-shift-heading').textContent()).toContain(
        'On shift when the wall was last connected',
      );
      expect(await shift.textContent()).not.toContain('On shift now');
      expect(await status.textContent()).toContain('Offline since 3:');
      expect(await inNight('night-on-shift').textContent()).toContain('Kai');
      // A few minutes on it stands out (bold, on a faint tint), still calm and over 7:1.
      await kiosk.clock.runFor(4 * 60_000);
      await expect.poll(() => status.getAttribute('data-level')).toBe('notice');
      const look = await nightLook();
      for (const text of look.texts) {
        expect(contrast(text.color, text.behind), text.color).toBeGreaterThanOrEqual(7);
        expect(luminance(text.color), text.color).toBeLessThan(0.5);
      }
      await shot(kiosk, 'night-offline-size1-1920x1080');
      expect(await offScreen()).toEqual([]);

      // Back on the same port: live again, and "on shift now" again.
      clock.move(4 * 60_000);
      restarted = await startServerProcess({
        dataDir,
        port: server.port,
        env: { HOUSE_TIME_ZONE: ZONE, ...E2E_ENV, ...clock.env },
      });
      await waitLive(kiosk, 30_000);
      await expect
        .poll(() => shift.getByTestId('night-shift-heading').textContent(), { timeout: 15_000 })
        .toContain('On shift now');
      await writeHouseSettings(restarted, admin, { textSize: 4 });
      await expect.poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size')).toBe('4');
      await restarted.stop();
      await expect
        .poll(() => status.getAttribute('data-state'), { timeout: 15_000 })
        .toBe('offline');
      await kiosk.clock.runFor(4 * 60_000);
      await shot(kiosk, 'night-offline-size4-1920x1080');
      expect(await offScreen()).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
