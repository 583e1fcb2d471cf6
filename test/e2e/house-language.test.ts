// A house started in Spanish (HOUSE_LANGUAGE=es) on phones whose browser speaks American English:
// the house is seeded in Spanish, the wall's one-tap picks know a chore written in either
// language, the date and time pickers read in Spanish (day before month, 24-hour clock) and
// save what they show, and the phone's live region follows a switch of language.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays, dayInZone, groupRecords } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, SCREENSHOTS, showSection, waitLive } from './browser-devices.ts';
import { choreTick, postAnnouncement } from './day-plan.ts';
import { openHouseDoc, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

/** Under test-output/screenshots/lang/, unless SHOTS_DIR names another folder. */
const SHOTS = process.env.SHOTS_DIR || path.join(SCREENSHOTS, 'lang');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/** The phone's largest text: its own 18px, twice, on the same 390 px wide screen. */
async function atLargestText(page: Page, look: () => Promise<void>) {
  const largest = await page.addStyleTag({
    content: 'hb-phone-app { font-size: 36px !important; }',
  });
  try {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    await look();
  } finally {
    await largest.evaluate((tag) => (tag as HTMLElement).remove());
  }
}

async function openQuickAddChores(kiosk: Page): Promise<string[]> {
  await kiosk.getByTestId('kiosk-add-chore').tap();
  await kiosk.getByTestId('quick-write').waitFor();
  const picks = (await kiosk.getByTestId('quick-pick').allTextContents()).map((w) => w.trim());
  return picks;
}

describe.runIf(chromiumReady())(
  'a house in Spanish, on browsers that speak English',
  () => {
    const zone = morningZone();
    const watch = new PageWatch();
    let server: ServerProcess;
    let admin: Page;
    let kiosk: Page;
    let sam: Page;
    let robin: Page;

    withHouse(
      {
        zone,
        watch,
        env: { HOUSE_NAME: 'Casa Arce', HOUSE_LANGUAGE: 'es' },
        kiosk: true,
        phones: ['Sam', 'Robin'],
        timeoutMs: 180_000,
      },
      (house) => {
        ({ server, admin, kiosk } = house);
        [sam, robin] = house.phones as [Page, Page];
      },
    );

    async function groupsOnServer() {
      const client = await openHouseDoc(server, admin, 'board');
      try {
        return groupRecords(client.doc).values();
      } finally {
        client.destroy();
      }
    }

    test('the first start seeds the house in Spanish: the wall shows its chores and welcome', async () => {
      await kiosk.getByText('Tareas de hoy').waitFor({ timeout: 10_000 });
      expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe('es');
      for (const title of [
        'Vaciar el lavavajillas',
        'Sacar el reciclaje',
        'Limpiar la mesa de la cocina',
      ]) {
        await choreTick(kiosk, title).waitFor();
      }
      await kiosk.getByText('Te damos la bienvenida al tablón de Casa Arce').waitFor();
      await waitLive(kiosk);
      await shot(kiosk, 'wall-es-seeded-1920x1080');
      await writeHouseSettings(server, admin, { textSize: 4 });
      await kiosk.locator('hb-kiosk[data-text-size="4"]').waitFor({ state: 'attached' });
      await choreTick(kiosk, 'Vaciar el lavavajillas').waitFor();
      await shot(kiosk, 'wall-es-seeded-1920x1080-text4');
      await writeHouseSettings(server, admin, { textSize: 2 });
    });

    test('the wall does not offer a common chore already on the board in the other language', async () => {
      // Robin's phone speaks English and adds the bins in English.
      await showSection(robin, 'phone');
      await robin.getByTestId('phone-language').locator('[data-value=en]').click();
      await robin.getByTestId('tab-today').getByText('Today').waitFor();
      await showSection(robin, 'chores');
      await robin.getByTestId('add-chore').click();
      await robin.getByTestId('field-title').fill('Take the bins out');
      await robin.getByTestId('save').click();
      await choreTick(kiosk, 'Take the bins out').waitFor();

      const picks = await openQuickAddChores(kiosk);
      // The bins are on the board in English; the dishwasher and the table were seeded.
      expect(picks).toEqual(['Pasar la aspiradora en el salón', 'Regar las plantas']);
      await shot(kiosk, 'wall-es-quick-add');
      await kiosk.getByTestId('quick-pick').filter({ hasText: 'Regar las plantas' }).tap();
      await choreTick(robin, 'Regar las plantas').waitFor();

      // And the other way: the English picks know the Spanish chores.
      await writeHouseSettings(server, admin, { language: 'en' });
      await kiosk.locator('html[lang=en]').waitFor();
      expect(await openQuickAddChores(kiosk)).toEqual(['Hoover the lounge']);
      await kiosk.getByTestId('quick-add-close').tap();
      await writeHouseSettings(server, admin, { language: 'es' });
      await kiosk.locator('html[lang=es]').waitFor();
      await showSection(robin, 'phone');
      await robin.getByTestId('phone-language').locator('[data-value=house]').click();
    });

    test('the date and time pickers read in Spanish on an English browser: day before month, 24 hours', async () => {
      expect(await sam.evaluate(() => navigator.language)).toBe('en-US');
      await sam.getByTestId('tab-today').getByText('Hoy').waitFor();
      await showSection(sam, 'groups');
      await sam.getByTestId('add-group').click();
      const date = sam.getByTestId('field-schedule-day');
      await date.waitFor();
      // Day, month by its Spanish name, year, in that order.
      const order = await date.evaluate((fieldset) =>
        [...fieldset.querySelectorAll('select')].map((select) => select.className),
      );
      expect(order).toEqual(['day', 'month', 'year']);
      const months = await sam
        .getByTestId('field-schedule-day-month')
        .locator('option')
        .allTextContents();
      expect(months.slice(0, 3)).toEqual(['enero', 'febrero', 'marzo']);
      expect(await sam.getByTestId('field-schedule-day-day').getAttribute('aria-label')).toBe(
        'Día',
      );
      // A time is typed on the 24-hour clock; no AM/PM, whatever the browser's own locale.
      const start = sam.getByTestId('field-start');
      expect(await start.getAttribute('type')).toBe('text');
      expect(await start.getAttribute('placeholder')).toBe('hh:mm');
      // Every part is a 48 px target for one thumb.
      for (const id of ['day', 'month', 'year'].map((p) => `field-schedule-day-${p}`)) {
        const box = await sam.getByTestId(id).boundingBox();
        expect(box?.height, id).toBeGreaterThanOrEqual(48);
        expect(box?.width, id).toBeGreaterThanOrEqual(48);
      }
      expect((await start.boundingBox())?.height).toBeGreaterThanOrEqual(48);
      expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      const results = await new AxeBuilder({ page: sam }).withTags(TAGS).analyze();
      const found = results.violations.flatMap((v) =>
        v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
      );
      expect(found).toEqual([]);
      await sam.getByTestId('cancel').click();
    });

    test('a group saved with the pickers keeps the day and the times they showed', async () => {
      const day = addDays(dayInZone(Date.now(), zone), 40);
      const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
      await showSection(sam, 'groups');
      await sam.getByTestId('add-group').click();
      await sam.getByTestId('field-title').fill('Taller de cerámica');
      await sam.getByTestId('field-schedule-day-year').selectOption(String(year));
      await sam.getByTestId('field-schedule-day-month').selectOption(String(month));
      await sam.getByTestId('field-schedule-day-day').selectOption(String(dayOfMonth));
      // Typed as a number pad would: "1930" and "21.15" become the board's 19:30 and 21:15.
      await sam.getByTestId('field-start').fill('1930');
      expect(await sam.getByTestId('field-start').inputValue()).toBe('19:30');
      await sam.getByTestId('field-end').fill('21.15');
      await shot(sam, 'phone-es-group-form-390x844');
      await atLargestText(sam, async () => {
        await sam.getByTestId('field-schedule-day').scrollIntoViewIfNeeded();
        await sam.evaluate(() => window.scrollTo(0, window.scrollY));
        await shot(sam, 'phone-es-group-form-390x844-200pct');
        // The date's parts wrap onto more lines rather than run off the side.
        const spill = await sam.getByTestId('field-schedule-day').evaluate((fieldset) => {
          const right = fieldset.getBoundingClientRect().right;
          return [...fieldset.querySelectorAll('select')].filter(
            (select) => select.getBoundingClientRect().right > right + 1,
          ).length;
        });
        expect(spill).toBe(0);
        // The pickers stay within the form's own width: no wider than the title field above.
        const title = await sam.getByTestId('field-title').boundingBox();
        const edge = (title?.x ?? 0) + (title?.width ?? 0);
        for (const id of ['field-start', 'field-end', 'field-schedule-day-year']) {
          const box = await sam.getByTestId(id).boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(edge + 1);
        }
      });
      await sam.getByTestId('save').click();
      await sam.getByTestId('add-group').waitFor();
      await eventually(async () => {
        const group = (await groupsOnServer()).find((g) => g.title === 'Taller de cerámica');
        expect(group).toMatchObject({
          schedule: { kind: 'once', day },
          start: '19:30',
          end: '21:15',
        });
      });
    });

    test("a Spanish house's phone Today, at the usual and the largest text", async () => {
      await showSection(sam, 'chores');
      await sam.getByTestId('tab-chores').getByText('Tareas').waitFor();
      await shot(sam, 'phone-es-today-390x844');
      await atLargestText(sam, async () => {
        await shot(sam, 'phone-es-today-390x844-200pct');
        await sam.getByTestId('chore').first().scrollIntoViewIfNeeded();
        await sam.evaluate(() => window.scrollTo(0, window.scrollY));
        await shot(sam, 'phone-es-today-390x844-200pct-chores');
      });
    });

    test('the live region says news in the language the phone speaks now, without a reload', async () => {
      const news = sam.getByTestId('board-news');
      await postAnnouncement(robin, 'Hay sopa en la nevera.');
      await expect.poll(() => news.textContent()).toBe('Nuevo aviso: Hay sopa en la nevera.');

      // Sam's phone switches to English: the Spanish words go, the next news is in English.
      await showSection(sam, 'phone');
      await sam.getByTestId('phone-language').locator('[data-value=en]').click();
      await sam.locator('html[lang=en]').waitFor();
      expect((await news.textContent())?.trim()).toBe('');
      await postAnnouncement(robin, 'Pizza at seven.');
      await expect.poll(() => news.textContent()).toBe('New announcement: Pizza at seven.');
      expect(await news.getAttribute('lang')).toBe('en');

      // Back to the house's language: Spanish again.
      await sam.getByTestId('phone-language').locator('[data-value=house]').click();
      await sam.locator('html[lang=es]').waitFor();
      await postAnnouncement(robin, 'Reunión a las ocho.');
      await expect.poll(() => news.textContent()).toBe('Nuevo aviso: Reunión a las ocho.');

      // The house changes its language: the phone that follows the house follows it.
      await writeHouseSettings(server, admin, { language: 'en' });
      await sam.locator('html[lang=en]').waitFor();
      await postAnnouncement(robin, 'Film night on Friday.');
      await expect.poll(() => news.textContent()).toBe('New announcement: Film night on Friday.');
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
