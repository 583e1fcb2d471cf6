// Who's cooking and who's eating (issue 16, item 1), in real Chromium against the real server, on
// two phones and the wall: a dinner plan is added on a phone; "I'll eat" from two phones changes
// the wall's count; a cook asks someone to cook with them and the wall names both cooks as they
// chose; the cook sees only the names people chose to show. The Food tab passes axe. Screenshots
// into /work/shots/meals (phone at normal and 200% text, the wall at text sizes 2 and 4, night).
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, personIdOf } from './browser-devices.ts';
import { textContrasts, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const SHOTS = process.env.MEALS_SHOTS ?? '/work/shots/meals';

async function shotTo(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

describe.runIf(chromiumReady())(
  "meals: who's cooking and who's eating",
  () => {
    let server: ServerProcess;
    let admin: Page;
    let kiosk: Page;
    let jo: Page;
    let rosa: Page;
    const watch = new PageWatch();
    const wallCount = () => kiosk.getByTestId('wall-meal-count').first().textContent();
    const wallCooks = async () =>
      (await kiosk.getByTestId('wall-meal-cooks').first().textContent())?.trim();
    const dinnerOn = (page: Page) => page.locator('[data-testid=meal][data-kind=dinner]');

    withHouse({ watch, kiosk: true, phones: ['Jo Lane', 'Rosa Diaz'] }, (house) => {
      server = house.server;
      admin = house.admin;
      kiosk = house.kiosk;
      [jo, rosa] = house.phones as [Page, Page];
    });

    test('a dinner added on a phone shows on the wall, with nobody eating yet', async () => {
      await jo.getByTestId('tab-food').click();
      await jo.getByTestId('add-meal').click();
      await jo.getByTestId('field-time').fill('19:00');
      await jo.getByTestId('field-menu').fill('Lentil soup and bread');
      await jo.getByTestId('save').click();
      await dinnerOn(jo).waitFor();
      await kiosk.getByTestId('wall-meal').waitFor();
      expect(await kiosk.getByTestId('wall-meal-menu').textContent()).toContain(
        'Lentil soup and bread',
      );
      await expect.poll(wallCount).toBe('0 eating');
      expect(await wallCooks()).toContain('Nobody has said they will cook yet.');
    });

    test('"I\'ll eat" from two phones changes the wall\'s count; "Not tonight" does not add', async () => {
      // Two taps from the home screen: the Food tab, then "I'll eat".
      await rosa.getByTestId('tab-food').click();
      await dinnerOn(rosa).getByTestId('meal-eat').click();
      await expect.poll(wallCount).toBe('1 eating');
      await dinnerOn(jo).getByTestId('meal-eat').click();
      await expect.poll(wallCount).toBe('2 eating');
      expect(await dinnerOn(jo).getByTestId('meal-count').textContent()).toBe('2 eating');
      // Rosa changes her mind: "Not tonight" takes her out of the count.
      await dinnerOn(rosa).getByTestId('meal-not').click();
      await expect.poll(wallCount).toBe('1 eating');
      expect(await dinnerOn(rosa).getByTestId('meal-not').getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await dinnerOn(rosa).getByTestId('meal-eat').getAttribute('aria-pressed')).toBe(
        'false',
      );
      await dinnerOn(rosa).getByTestId('meal-eat').click();
      await expect.poll(wallCount).toBe('2 eating');
      // Nobody's answer is named on the wall.
      const wall = (await kiosk.locator('hb-meals-card').textContent()) ?? '';
      expect(wall).not.toContain('Rosa');
      expect(wall).not.toContain('Jo Lane');
    });

    test('a cook asks someone to cook with them; with a yes the wall names both cooks', async () => {
      const rosaId = await personIdOf(rosa);
      await dinnerOn(jo).getByTestId('meal-cook-with').click();
      await jo.locator(`[data-testid=meal-ask][data-person="${rosaId}"]`).click();
      await expect.poll(wallCooks).toContain('Jo Lane');
      await expect
        .poll(() => dinnerOn(jo).getByTestId('meal-my-ask').textContent())
        .toContain('You asked Rosa Diaz to cook with you.');
      const ask = dinnerOn(rosa).getByTestId('meal-ask-to-me');
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Jo Lane asks you to cook with them.');
      // Jo's own phone has nothing to answer: only the person asked answers.
      expect(await dinnerOn(jo).getByTestId('meal-ask-to-me').count()).toBe(0);
      await ask.getByTestId('meal-ask-yes').click();
      await expect.poll(wallCooks).toBe('Cooking: Jo Lane and Rosa Diaz');
      // Jo's phone hears of the answer over its own socket, a moment after the wall may.
      await expect.poll(() => dinnerOn(jo).getByTestId('meal-my-ask').count()).toBe(0);
    });

    test('the cook sees a name only when its person chose to show it', async () => {
      expect(await dinnerOn(jo).getByTestId('meal-shown-to-cook').count()).toBe(0);
      await dinnerOn(rosa).getByTestId('meal-show-cook').check();
      await dinnerOn(jo).getByTestId('meal-shown-to-cook').waitFor();
      expect(await dinnerOn(jo).getByTestId('meal-shown-to-cook').textContent()).toContain(
        'Rosa Diaz (eating)',
      );
      await dinnerOn(rosa).getByTestId('meal-show-cook').uncheck();
      await expect.poll(() => dinnerOn(jo).getByTestId('meal-shown-to-cook').count()).toBe(0);
    });

    test('the Food tab passes axe, with the menu being typed and the cook picker open', async () => {
      // Rosa types what's for dinner; then Jo opens "Cook with…", and each page is checked.
      await dinnerOn(rosa).getByTestId('meal-menu-change').click();
      await rosa.getByTestId('field-meal-menu').fill('Lentil soup, bread and a salad');
      const axe = await new AxeBuilder({ page: rosa })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
      await rosa.getByTestId('meal-menu-save').click();
      await expect
        .poll(() => kiosk.getByTestId('wall-meal-menu').textContent())
        .toContain('Lentil soup, bread and a salad');
      await dinnerOn(jo).getByTestId('meal-cook-with').click();
      const joAxe = await new AxeBuilder({ page: jo })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        joAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
      await dinnerOn(jo).getByTestId('meal-cook-with').click();
    });

    test('every button on the Food tab is a thumb wide; "I\'ll eat" shows without scrolling', async () => {
      const small = await jo.evaluate(() => {
        const section = document
          .querySelector('hb-phone-app')!
          .shadowRoot!.querySelector('hb-food-section')!.shadowRoot!;
        // A checkbox sits in a label as tall as a thumb: the label is what a finger meets.
        return [...section.querySelectorAll('button, label.check')]
          .map((el) => el.getBoundingClientRect())
          .filter((box) => box.width > 0 && (box.height < 44 || box.width < 44))
          .map((box) => `${box.width}x${box.height}`);
      });
      expect(small).toEqual([]);
      // From the top of the Food tab, as a tap on the tab leaves it.
      await jo.evaluate(() => window.scrollTo(0, 0));
      const eat = await dinnerOn(jo).getByTestId('meal-eat').boundingBox();
      expect(eat!.y + eat!.height).toBeLessThan(844 - 64);
    });

    test('screenshots: the phone at normal and 200% text, the wall at text sizes 2 and 4, by night', async () => {
      const top = () => jo.evaluate(() => window.scrollTo(0, 0));
      await top();
      await shotTo(jo, 'phone-food-390x844');
      await jo.emulateMedia({ colorScheme: 'dark' });
      await shotTo(jo, 'phone-food-390x844-dark');
      await jo.emulateMedia({ colorScheme: 'light' });
      const largest = await jo.addStyleTag({
        content: 'hb-phone-app { font-size: 36px !important; }',
      });
      await top();
      await shotTo(jo, 'phone-food-390x844-200pct');
      await dinnerOn(jo)
        .getByTestId('meal-eat')
        .evaluate((button) => button.scrollIntoView({ block: 'start' }));
      await shotTo(jo, 'phone-food-390x844-200pct-scrolled');
      await largest.evaluate((tag) => (tag as HTMLElement).remove());

      for (const size of [2, 4] as const) {
        await writeHouseSettings(server, admin, { textSize: size });
        await expect
          .poll(() => kiosk.locator('hb-kiosk').getAttribute('data-text-size'))
          .toBe(String(size));
        // At the largest text a crowded column shows whole cards in turn (kiosk/column-turns.ts):
        // with no motion asked for, columns turn only when tapped, so the card cannot turn away
        // between the look and the screenshot. Each column's Next is tapped, a moment apart,
        // until the meals card is the one showing: the wall may still be fitting the new size
        // when the first taps come, with no Next yet to tap.
        await kiosk.emulateMedia({ reducedMotion: 'reduce' });
        const meal = kiosk.getByTestId('wall-meal');
        await expect
          .poll(
            async () => {
              if (await meal.isVisible()) return true;
              for (const next of await kiosk.getByTestId('column-next').all()) await next.click();
              return false;
            },
            { timeout: 30_000, interval: 400 },
          )
          .toBe(true);
        await shotTo(kiosk, `wall-textsize-${size}`);
        const night = await kiosk.addStyleTag({ content: 'hb-kiosk { color-scheme: dark; }' });
        await shotTo(kiosk, `wall-textsize-${size}-night`);
        const card = (await textContrasts(kiosk)).filter((text) =>
          /eating|Cooking|Dinner|Lentil/.test(text.text),
        );
        // A full card turns pages: what shows now is checked, at the night's 7:1.
        expect(card.length).toBeGreaterThan(0);
        for (const text of card) expect(text.ratio, text.text).toBeGreaterThanOrEqual(7);
        await night.evaluate((tag) => (tag as HTMLElement).remove());
      }
      expect(watch.errors).toEqual([]);
    });
  },
  120_000,
);
