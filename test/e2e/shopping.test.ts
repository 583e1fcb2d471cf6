// The shopping list in real Chromium against the real server: a phone goes offline and adds "oat
// milk" while the wall adds "Oat milk" on its own keyboard; once the phone is back the wall and
// the phone show it once. A tick on the wall shows on the phone, the wall's Add panel offers what
// was bought before, and the phone's List section passes axe at the usual and the largest text.
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addShopping, setBought, shoppingList } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, SCREENSHOTS, shot, waitLive } from './browser-devices.ts';
import { openHouseDoc, tapTargets, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The whole List tab, top to bottom, not only what the phone's screen holds. */
function phoneShot(page: Page, name: string) {
  return page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

describe.runIf(chromiumReady())(
  'the shopping list on a phone and on the wall',
  () => {
    const zone = dayZone();
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    /** Sam, a resident, on their phone. */
    let sam: Page;
    let browser: Browser;
    const watch = new PageWatch();

    const onWall = (name: RegExp) =>
      kiosk
        .getByTestId('wall-shopping-item')
        .filter({ has: kiosk.locator('.name', { hasText: name }) });
    const onPhone = (name: RegExp) =>
      sam.getByTestId('shopping-item').filter({ has: sam.locator('.name', { hasText: name }) });
    const OAT_MILK = /^\s*oat milk\s*$/i;

    /** Taps each letter of `words` on the wall's keyboard. */
    async function tapOut(words: string) {
      const keyboard = kiosk.locator('hb-onscreen-keyboard');
      for (const letter of words.toLocaleLowerCase()) {
        const key = letter === ' ' ? 'space' : letter;
        await keyboard.locator(`[data-key="${key}"]`).tap();
      }
    }

    async function onServer<T>(read: (board: import('yjs').Doc) => T): Promise<T> {
      const client = await openHouseDoc(server, admin, 'board');
      try {
        return read(client.doc);
      } finally {
        client.destroy();
      }
    }

    async function addOnPhone(name: string, section = '') {
      await sam.getByTestId('shopping-section').fill(section);
      await sam.getByTestId('shopping-what').fill(name);
      await sam.getByTestId('shopping-what').press('Enter');
    }

    withHouse({ zone, watch, kiosk: true, phones: ['Sam Rivers'] }, async (house) => {
      ({ server, admin, kiosk, browser } = house);
      sam = house.phones[0]!;
      await sam.evaluate(() => {
        location.hash = '#list';
      });
      await sam.getByTestId('shopping-what').waitFor();
    });

    test('an empty list says so calmly on the phone and shrinks to a line on the wall', async () => {
      await expect
        .poll(() => sam.locator('hb-list-section .empty').textContent())
        .toContain('Nothing on the list');
      await kiosk.locator('hb-shopping-card[empty]').waitFor();
      await phoneShot(sam, 'shopping-phone-empty');
      await sam.evaluate(() => {
        document.documentElement.style.zoom = '2';
      });
      await phoneShot(sam, 'shopping-phone-empty-200');
      await sam.evaluate(() => {
        document.documentElement.style.zoom = '';
      });
    });

    test('a phone offline adds "oat milk", the wall adds "Oat milk"; back online, both show it once', async () => {
      await sam.context().setOffline(true);
      await expect
        .poll(() => sam.getByTestId('live-status').getAttribute('data-state'), { timeout: 20_000 })
        .not.toBe('live');
      await addOnPhone('oat milk');
      // At once, from the phone's own copy, with no server to answer.
      await onPhone(OAT_MILK).waitFor({ timeout: 2_000 });
      expect(await sam.getByTestId('shopping-what').inputValue()).toBe('');
      // The wall adds the same thing meanwhile, on its own keyboard.
      await kiosk.getByTestId('kiosk-add-shopping').tap();
      await kiosk.getByTestId('quick-write').tap();
      await tapOut('oat milk');
      await kiosk.getByTestId('quick-save').tap();
      await onWall(OAT_MILK).waitFor();
      expect(await onServer((board) => shoppingList(board, Date.now(), zone).toBuy.length)).toBe(1);

      await sam.context().setOffline(false);
      await waitLive(sam, 30_000);
      await eventually(async () => {
        const names = await onServer((board) =>
          shoppingList(board, Date.now(), zone).toBuy.map((item) => item.name.toLowerCase()),
        );
        expect(names).toEqual(['oat milk']);
      });
      await expect.poll(() => onWall(OAT_MILK).count()).toBe(1);
      await expect.poll(() => onPhone(OAT_MILK).count()).toBe(1);
      expect(await kiosk.getByTestId('wall-shopping-item').count()).toBe(1);
      expect(await sam.getByTestId('shopping-item').count()).toBe(1);
    }, 90_000);

    test('a tick on the wall shows on the phone, struck through under "Bought today"', async () => {
      await onWall(OAT_MILK).tap();
      await expect.poll(() => onWall(OAT_MILK).getAttribute('aria-pressed')).toBe('true');
      const ticked = sam.getByTestId('shopping-bought-today').getByTestId('shopping-tick');
      await expect.poll(() => ticked.getAttribute('aria-pressed')).toBe('true');
      expect(await ticked.textContent()).toMatch(/oat milk/i);
      expect(
        await ticked.locator('.name').evaluate((el) => getComputedStyle(el).textDecorationLine),
      ).toBe('line-through');
      expect(await kiosk.getByTestId('undo-toast').textContent()).toMatch(/Bought: oat milk/i);
      // Unticked on the phone: back on the wall's list.
      await ticked.click();
      await expect.poll(() => onWall(OAT_MILK).getAttribute('aria-pressed')).toBe('false');
      await onWall(OAT_MILK).tap();
      await expect.poll(() => onWall(OAT_MILK).getAttribute('aria-pressed')).toBe('true');
    });

    test('the wall’s Add panel offers what was bought before; a chip puts it back on the list', async () => {
      await kiosk.getByTestId('kiosk-add-shopping').tap();
      const panel = kiosk.getByTestId('quick-add');
      await panel.waitFor();
      const chip = panel.getByTestId('quick-pick').filter({ hasText: /oat milk/i });
      await chip.waitFor();
      const small = (await tapTargets(kiosk)).filter((t) => t.width < 48 || t.height < 48);
      expect(small).toEqual([]);
      await shot(kiosk, 'shopping-wall-add-panel');
      await chip.tap();
      await panel.waitFor({ state: 'detached' });
      await expect.poll(() => onWall(OAT_MILK).getAttribute('aria-pressed')).toBe('false');
      await expect
        .poll(() => sam.getByTestId('shopping-to-buy').getByTestId('shopping-item').count())
        .toBe(1);
    });

    test('the List section passes axe at the usual and the largest text, full, by day and night', async () => {
      for (const [name, section] of [
        ['Bread', 'kitchen'],
        ['Washing-up liquid', 'kitchen'],
        ['Toilet roll', 'bathroom'],
        ['Stamps', ''],
        ['Tea bags', 'kitchen'],
      ] as const)
        await addOnPhone(name, section);
      await sam.getByTestId('shopping-item').filter({ hasText: 'Tea bags' }).waitFor();
      // Something bought two days ago, written through the server as a screen would.
      const client = await openHouseDoc(server, admin, 'board');
      try {
        const twoDaysAgo = Date.now() - 2 * 86_400_000;
        setBought(client.doc, addShopping(client.doc, 'Lentils', {}, twoDaysAgo), true, twoDaysAgo);
        await sam.getByTestId('shopping-recent').filter({ hasText: 'Lentils' }).waitFor();
      } finally {
        client.destroy();
      }
      await sam
        .getByTestId('shopping-item')
        .filter({ hasText: 'Stamps' })
        .getByTestId('shopping-tick')
        .click();
      await sam.getByTestId('shopping-section-heading').first().waitFor();
      // The largest text a phone offers is the page at 200%: half the CSS width at twice the
      // scale, as device-list.test.ts does it.
      const large = watch.watch(
        await (
          await browser.newContext({
            storageState: await sam.context().storageState(),
            viewport: { width: 195, height: 422 },
            deviceScaleFactor: 2,
            hasTouch: true,
          })
        ).newPage(),
      );
      await large.goto(`${server.url}#list`);
      await waitLive(large);
      await large.getByTestId('shopping-item').filter({ hasText: 'Tea bags' }).waitFor();
      for (const [page, size] of [
        [sam, 'full'],
        [large, 'full-200'],
      ] as const) {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        for (const look of ['day', 'night'] as const) {
          const night =
            look === 'night'
              ? await page.addStyleTag({ content: 'hb-phone-app { color-scheme: dark; }' })
              : undefined;
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const found = results.violations.flatMap((v) =>
            v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
          );
          expect(found, `${look} ${size}`).toEqual([]);
          // Nothing on the List tab runs off the side.
          const spilled = await page
            .locator('hb-list-section')
            .evaluate((section) =>
              [...(section.shadowRoot?.querySelectorAll('*') ?? [])]
                .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
                .map((el) => el.outerHTML.slice(0, 80)),
            );
          expect(spilled, `${look} ${size}`).toEqual([]);
          await phoneShot(page, `shopping-phone-${size}${look === 'night' ? '-night' : ''}`);
          await night?.evaluate((tag) => (tag as Element).remove());
        }
      }
      await large.context().close();
      // Every target on the List tab is a thumb's width.
      const targets = await sam.locator('hb-list-section').evaluate((section) =>
        [...(section.shadowRoot?.querySelectorAll('button, input') ?? [])].map((el) => {
          const box = el.getBoundingClientRect();
          return { what: el.outerHTML.slice(0, 60), h: box.height };
        }),
      );
      const checkbox = (what: string) => what.includes('type="checkbox"');
      expect(targets.filter((t) => t.h < 48 && !checkbox(t.what))).toEqual([]);
    }, 90_000);

    test('"Need it again" on the phone brings one from "Bought recently" back, on the wall too', async () => {
      const recent = sam.getByTestId('shopping-recent').filter({ hasText: 'Lentils' });
      await recent.getByTestId('shopping-need-again').click();
      await onPhone(/Lentils/).waitFor();
      expect(await recent.count()).toBe(0);
      await expect.poll(() => onWall(/Lentils/).getAttribute('aria-pressed')).toBe('false');
    });

    test('the wall card at text sizes 2 and 4, and by night', async () => {
      await onWall(/Tea bags/).waitFor();
      for (const size of [2, 4] as const) {
        await writeHouseSettings(server, admin, { textSize: size });
        await kiosk.locator(`hb-kiosk[data-text-size="${size}"]`).waitFor();
        await kiosk.waitForTimeout(300);
        await shot(kiosk, `shopping-wall-text${size}`);
      }
      // The board a tap shows at night is the same board in the night's colours.
      const night = await kiosk.addStyleTag({ content: 'hb-kiosk { color-scheme: dark; }' });
      await shot(kiosk, 'shopping-wall-text4-night');
      await night.evaluate((tag) => (tag as Element).remove());
      await writeHouseSettings(server, admin, { textSize: 2 });
    });

    test('in a Spanish house the list speaks Spanish', async () => {
      await writeHouseSettings(server, admin, { language: 'es' });
      await kiosk.locator('html[lang=es]').waitFor();
      await expect
        .poll(() => kiosk.locator('hb-shopping-card h2').textContent())
        .toContain('Lista de la compra');
      await writeHouseSettings(server, admin, { language: 'en' });
      await kiosk.locator('html[lang=en]').waitFor();
    });

    test('no script errors on any screen', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  60_000,
);
