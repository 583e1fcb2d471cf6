// Birthdays on the wall, in Chromium: Jo and Sam each give today (in the house's time zone) as
// their birthday on their own phone; only Jo turns on "Show on the wall on the day", so the wall
// says "Happy birthday, Jo!" and never Sam's name. The admin then leaves a card off the wall from
// the house settings, and it goes. The form is axe-clean at the usual and the largest text, and
// the band is seen at text sizes 2 and 4, by day, in the dim night view (where it stays away)
// and on the board a tap shows at night.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dayInZone, type TextSize } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { clockIn, dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, showSection } from './browser-devices.ts';
import { writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

describe.runIf(chromiumReady())(
  'birthdays on the wall, and the cards the wall shows',
  () => {
    const zone = dayZone();
    const today = dayInZone(Date.now(), zone);
    const [, month, day] = today.split('-').map(Number) as [number, number, number];
    let server: ServerProcess;
    let admin: Page;
    let kiosk: Page;
    let jo: Page;
    let sam: Page;
    const watch = new PageWatch();
    const squeeze = (text: string | null) => text?.replace(/\s+/g, ' ').trim();
    const band = () => kiosk.getByTestId('birthday-band');

    withHouse({ zone, watch, kiosk: true, phones: ['Jo', 'Sam'] }, async (house) => {
      ({ server, admin, kiosk } = house);
      [jo, sam] = house.phones as [Page, Page];
    });

    async function giveBirthday(phone: Page, onWall: boolean) {
      await showSection(phone, 'phone');
      const fields = phone.getByTestId('birthday');
      await fields.waitFor();
      const onWallSwitch = phone.getByTestId('birthday-on-wall');
      // Off by default, and not to be turned on before there is a birthday to say.
      expect(await onWallSwitch.isChecked()).toBe(false);
      expect(await onWallSwitch.isDisabled()).toBe(true);
      await phone.getByTestId('birthday-day').selectOption(String(day));
      await phone.getByTestId('birthday-month').selectOption(String(month));
      expect(await onWallSwitch.isChecked()).toBe(false);
      if (onWall) await onWallSwitch.check();
      await phone.getByTestId('profile-save').click();
      await phone.getByTestId('profile-saved').waitFor();
    }

    test('a day the month does not have is refused beside the fields, in plain words', async () => {
      await showSection(jo, 'phone');
      await jo.getByTestId('birthday-day').selectOption('31');
      await jo.getByTestId('birthday-month').selectOption('4');
      await jo.getByTestId('profile-save').click();
      const problem = jo.getByTestId('problem-birthday');
      await problem.waitFor();
      expect(squeeze(await problem.textContent())).toBe(
        'That month has only 30 days. Please pick another day.',
      );
      await jo.getByTestId('birthday-day').selectOption('');
      await jo.getByTestId('profile-save').click();
      expect(squeeze(await problem.textContent())).toBe(
        'Please pick the day and the month of your birthday from the lists.',
      );
      await jo.getByTestId('birthday-month').selectOption('');
    });

    test('both say today is their birthday; only Jo turns the wall on, and the wall greets Jo alone', async () => {
      await giveBirthday(jo, true);
      await giveBirthday(sam, false);
      await band().waitFor();
      await expect
        .poll(async () => squeeze(await band().textContent()))
        .toBe('Happy birthday, Jo!');
      // Sam's birthday reached the board, but the wall keeps it to itself.
      await sam.reload();
      await showSection(sam, 'phone');
      expect(await sam.getByTestId('birthday-day').inputValue()).toBe(String(day));
      expect(await sam.getByTestId('birthday-on-wall').isChecked()).toBe(false);
      expect(await kiosk.locator('hb-kiosk').textContent()).not.toContain('Sam');
      const text = await kiosk.evaluate(
        () => document.querySelector('hb-kiosk')!.shadowRoot!.textContent,
      );
      expect(text).not.toContain('Sam');

      // Sam changes their mind: now the wall greets them both.
      await sam.getByTestId('birthday-on-wall').check();
      await sam.getByTestId('profile-save').click();
      await sam.getByTestId('profile-saved').waitFor();
      await expect
        .poll(async () => squeeze(await band().textContent()))
        .toBe('Happy birthday, Jo and Sam!');
      await sam.getByTestId('birthday-on-wall').uncheck();
      await sam.getByTestId('profile-save').click();
      await expect
        .poll(async () => squeeze(await band().textContent()))
        .toBe('Happy birthday, Jo!');
    });

    test('the profile form is axe-clean and fits at the usual and the largest text', async () => {
      await showSection(jo, 'phone');
      await jo.emulateMedia({ reducedMotion: 'reduce' });
      for (const size of ['normal', 'largest'] as const) {
        await jo.evaluate(
          (zoom) => {
            document.documentElement.style.zoom = zoom;
          },
          size === 'largest' ? '2' : '',
        );
        const form = jo.getByTestId('birthday');
        await form.scrollIntoViewIfNeeded();
        const results = await new AxeBuilder({ page: jo }).withTags(TAGS).analyze();
        const found = results.violations.flatMap((v) =>
          v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
        );
        expect(found, size).toEqual([]);
        await form.evaluate((group) => group.scrollIntoView({ block: 'start' }));
        await shot(jo, `birthdays-profile-form-${size}`);
        await jo
          .getByTestId('birthday-on-wall')
          .evaluate((box) => box.scrollIntoView({ block: 'center' }));
        await shot(jo, `birthdays-profile-form-${size}-switch`);
        // The birthday's fields keep within the phone's width (the tab bar may scroll sideways
        // at the largest text; the form does not).
        const sides = await form.evaluate((group) => ({
          scroll: group.scrollWidth,
          width: group.clientWidth,
          right: group.getBoundingClientRect().right,
          viewport: document.documentElement.clientWidth,
        }));
        expect(sides.scroll, size).toBeLessThanOrEqual(sides.width);
        expect(sides.right, size).toBeLessThanOrEqual(sides.viewport);
        for (const target of ['birthday-day', 'birthday-month']) {
          const box = await jo.getByTestId(target).boundingBox();
          expect(box!.height, `${target} ${size}`).toBeGreaterThanOrEqual(48);
        }
        const row = await jo.locator('label.check[for=birthday-on-wall]').boundingBox();
        expect(row!.height, size).toBeGreaterThanOrEqual(48);
      }
      await jo.evaluate(() => {
        document.documentElement.style.zoom = '';
      });
    });

    test('the band at text sizes 2 and 4, by day, in the night view and on the board a tap shows at night', async () => {
      const textSize = async (size: TextSize) => {
        await writeHouseSettings(server, admin, { textSize: size });
        await kiosk.locator(`hb-kiosk[data-text-size="${size}"]`).waitFor({ state: 'attached' });
      };
      const fits = async (look: string) => {
        const room = await kiosk.evaluate(() => {
          const host = document.querySelector('hb-kiosk')!;
          const band = host.shadowRoot!.querySelector('hb-birthday-band')!;
          return { scroll: host.scrollWidth, width: host.clientWidth, band: band.scrollWidth };
        });
        expect(room.scroll, look).toBeLessThanOrEqual(room.width);
        expect(room.band, look).toBeLessThanOrEqual(room.width);
      };
      for (const size of [2, 4] as TextSize[]) {
        await textSize(size);
        await band().waitFor();
        await fits(`day ${size}`);
        await shot(kiosk, `birthdays-wall-day-size-${size}`);
      }

      // Night, now: the dim view leaves the greeting out; a tap shows it in the night's colours.
      await writeHouseSettings(server, admin, {
        nightHours: { start: clockIn(zone, -60), end: clockIn(zone, 60) },
      });
      const view = () => kiosk.locator('hb-kiosk').getAttribute('data-view');
      await expect.poll(view, { timeout: 15_000 }).toBe('night');
      for (const size of [4, 2] as TextSize[]) {
        await textSize(size);
        await kiosk.locator('hb-night-view').waitFor();
        expect(await band().count()).toBe(0);
        await shot(kiosk, `birthdays-wall-night-view-size-${size}`);
      }
      await kiosk.locator('hb-night-view').click();
      await expect.poll(view).toBe('night-board');
      for (const size of [2, 4] as TextSize[]) {
        await textSize(size);
        await band().waitFor();
        expect(await view()).toBe('night-board');
        expect(squeeze(await band().textContent())).toBe('Happy birthday, Jo!');
        await fits(`night ${size}`);
        await shot(kiosk, `birthdays-wall-night-board-size-${size}`);
      }
      await writeHouseSettings(server, admin, {
        textSize: 2,
        nightHours: { start: '22:00', end: '07:00' },
      });
      await expect.poll(view).toBe('day');
    });

    test('the admin leaves a card off the wall, and it goes; no card at all is refused', async () => {
      await kiosk.locator('hb-announcements-card').waitFor();
      await showSection(admin, 'admin');
      const cards = admin.getByTestId('wall-cards');
      await cards.waitFor();
      expect(await admin.getByTestId('wall-card-announcements').isChecked()).toBe(true);
      await cards.evaluate((set) => set.scrollIntoView({ block: 'start' }));
      await shot(admin, 'birthdays-house-settings-wall-cards');
      // The third column holds the announcements and the shopping list (the agenda only on a
      // house meeting's day): both off, and the column goes.
      await admin.getByTestId('wall-card-announcements').uncheck();
      await admin.getByTestId('wall-card-shopping').uncheck();
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await expect.poll(() => kiosk.locator('hb-announcements-card').count()).toBe(0);
      expect(await kiosk.locator('hb-shopping-card').count()).toBe(0);
      expect(await kiosk.locator('hb-chores-card').count()).toBe(1);
      expect(await kiosk.locator('hb-shifts-card').count()).toBe(1);
      // The column went: two columns share the wall.
      expect(
        await kiosk
          .locator('hb-kiosk')
          .evaluate((wall) => wall.style.getPropertyValue('--columns')),
      ).toBe('2');
      await shot(kiosk, 'birthdays-wall-without-announcements');

      for (const card of ['chores', 'groups', 'shifts']) {
        await admin.getByTestId(`wall-card-${card}`).uncheck();
      }
      for (const card of ['meals', 'agenda']) {
        await admin.getByTestId(`wall-card-${card}`).uncheck();
      }
      await admin.getByTestId('settings-save').click();
      const problem = admin.getByTestId('problem-wallCards');
      await problem.waitFor();
      expect(squeeze(await problem.textContent())).toBe(
        'Please leave at least one card on the wall.',
      );
      expect(await kiosk.locator('hb-chores-card').count()).toBe(1);
      for (const card of [
        'chores',
        'groups',
        'shifts',
        'announcements',
        'meals',
        'shopping',
        'agenda',
      ]) {
        await admin.getByTestId(`wall-card-${card}`).check();
      }
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await kiosk.locator('hb-announcements-card').waitFor();
      expect(watch.errors).toEqual([]);
    });
  },
  240_000,
);
