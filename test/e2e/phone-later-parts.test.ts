// The phone's first screen comes with only Today's code; its other tabs (Week, Food, List, You
// and an admin's Admin) load on demand, and Spanish words only on a phone that speaks Spanish.
// A person sees none of that: each tab works from a cold load, with no connection after one
// visit, and a Spanish phone's very first words are Spanish.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumReady, launchChromium } from '../helpers/chromium.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import {
  adminLink,
  answerNamePrompt,
  E2E_ENV,
  newPhone,
  PageWatch,
  shot,
  waitLive,
} from './browser-devices.ts';
import { ensureScreensBuilt } from './build-screens.ts';
import { choreTick } from './day-plan.ts';
import { boardShown, noteBoardShown } from './first-board.ts';
import { plainCopyKeys } from './kiosk-checks.ts';

const CHORE = 'Empty the dishwasher';

/** Each tab loaded on demand, the module it loads and what shows once it has (a selector). */
const LATER_TABS = [
  ['week', 'client/phone/week-section.ts', '[data-testid=week-days]'],
  ['food', 'client/phone/food-section.ts', 'hb-food-section h2'],
  ['list', 'client/phone/list-section.ts', '[data-testid=shopping-what]'],
  ['you', 'client/phone/this-phone-section.ts', '[data-testid=this-phone-role]'],
] as const;

type ManifestChunk = { file: string; dynamicImports?: string[] };

/** The built file of a module loaded on demand, from the build's manifest. */
/** The phone's Spanish words, a chunk for each part (ui/i18n/words/es/). */
const SPANISH_WORDS = ['board', 'phone', 'phone-later'].map(
  (part) => `ui/i18n/words/es/${part}.ts`,
);

function builtFile(module: string): string {
  const manifest: Record<string, ManifestChunk> = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'dist/.vite/manifest.json'), 'utf8'),
  );
  // A module another chunk also imports is listed under its chunk's name instead.
  const name = path.basename(module, '.ts');
  const chunk =
    manifest[module] ??
    Object.values(manifest).find((each) => each.file.startsWith(`assets/${name}-`));
  if (!chunk) throw new Error(`the build's manifest has no ${module}`);
  return `/${chunk.file}`;
}

/** The server's admin link at localhost, a secure context over http, where the worker runs. */
async function localAdminLink(server: ServerProcess): Promise<string> {
  const link = new URL(await adminLink(server));
  return `http://localhost:${server.port}${link.pathname}${link.hash}`;
}

/** Every script the page asked for, as paths. */
function scriptsAskedFor(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) asked.push(url.pathname);
  });
  return asked;
}

/** The data-testid of the field that has the focus, inside the phone's sections. */
function focusedField(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let active: Element | null | undefined = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('data-testid') ?? undefined;
  });
}

/** Opens a tab from the bar and waits for what its section shows. */
async function openTab(page: Page, tab: string, shows: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await page.locator(shows).first().waitFor();
}

describe.runIf(chromiumReady())(
  'the phone loads its other tabs on demand',
  () => {
    let server: ServerProcess;
    let browser: Browser;
    /** The admin's phone, which the first test opens and the second takes offline. */
    let phone: Page;
    const watch = new PageWatch();

    beforeAll(async () => {
      ensureScreensBuilt();
      server = await startServerProcess({ env: { HOUSE_NAME: 'Linden House', ...E2E_ENV } });
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('every tab works from a cold load, and an English phone never fetches Spanish', async () => {
      phone = await newPhone(browser, watch);
      const asked = scriptsAskedFor(phone);
      await phone.goto(await localAdminLink(server));
      await answerNamePrompt(phone, 'Robin');
      await choreTick(phone, CHORE).waitFor();
      await shot(phone, 'phone-later-parts-today');
      // The board's rules for undo (zod's checks of every change) wait for a change to undo: live,
      // with nothing changed yet, the phone has not asked for them.
      const undoRules = builtFile('board/validation.ts');
      await waitLive(phone);
      expect(asked).not.toContain(undoRules);

      for (const [tab, , shows] of LATER_TABS) {
        await openTab(phone, tab, shows);
        await shot(phone, `phone-later-parts-${tab}`);
      }
      // The List tab still opens ready to type, its code loaded or not.
      await openTab(phone, 'list', '[data-testid=shopping-what]');
      await expect.poll(() => focusedField(phone)).toBe('shopping-what');
      await phone.getByTestId('shopping-what').fill('Oat milk');
      await phone.getByTestId('shopping-add').click();
      await phone.getByTestId('shopping-item').filter({ hasText: 'Oat milk' }).waitFor();
      // A change to take back: the rules load, and then Undo shows.
      await phone.getByTestId('undo').waitFor();
      expect(asked).toContain(undoRules);

      await phone.getByTestId('tab-you').click();
      await phone.getByTestId('tab-admin').click();
      await phone.getByTestId('install-section').waitFor();
      await shot(phone, 'phone-later-parts-admin');

      // A reload at a later tab's address opens it, its code fetched first.
      await phone.goto(`http://localhost:${server.port}/#food`);
      await phone.locator('hb-food-section h2').waitFor();

      for (const [, module] of LATER_TABS) expect(asked).toContain(builtFile(module));
      const spanish = SPANISH_WORDS.map(builtFile);
      expect(asked.filter((file) => spanish.includes(file))).toEqual([]);
      expect(watch.errors).toEqual([]);
    }, 90_000);

    test('reloaded, the phone draws Today from its plain copy before Yjs loads, not touchable, and then goes live', async () => {
      await phone.goto(`http://localhost:${server.port}/`);
      await waitLive(phone);
      await expect.poll(() => plainCopyKeys(phone)).toHaveLength(1);
      await phone.addInitScript(noteBoardShown, CHORE);
      await phone.reload();
      await choreTick(phone, CHORE).waitFor();
      await expect
        .poll(() => phone.evaluate(boardShown))
        .toMatchObject({ boardShownInert: true, boardShownState: 'copy' });
      // Yjs was asked for only once that board was painted.
      const steps = await phone.evaluate(() => ({
        painted: performance.getEntriesByName('houseboard:plain-painted')[0]?.startTime,
        yjs: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/yjs-'))
          .map((entry) => entry.startTime),
      }));
      expect(steps.painted).toBeDefined();
      await waitLive(phone, 30_000);
      expect(await phone.locator('hb-phone-app').getAttribute('inert')).toBeNull();
      const yjsAsked = await phone.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/yjs-'))
          .map((entry) => entry.startTime),
      );
      expect(yjsAsked.length).toBeGreaterThan(0);
      for (const at of [...steps.yjs, ...yjsAsked])
        expect(at).toBeGreaterThanOrEqual(steps.painted!);
      // And it is the phone's as ever: a tick goes through.
      await choreTick(phone, CHORE).click();
      await expect.poll(() => choreTick(phone, CHORE).getAttribute('data-done')).toBe('yes');
      expect(watch.errors).toEqual([]);
    }, 60_000);

    test('after one visit, every tab opens with no connection at all', async () => {
      await phone.goto(`http://localhost:${server.port}/`);
      await choreTick(phone, CHORE).waitFor();
      await phone.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

      const kept = await phone.evaluate(async () => {
        const files: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) {
            files.push(new URL(request.url).pathname);
          }
        }
        return files;
      });
      for (const [, module] of LATER_TABS) expect(kept).toContain(builtFile(module));
      expect(kept).toContain(builtFile('client/phone/admin-section.ts'));
      for (const words of SPANISH_WORDS) expect(kept).toContain(builtFile(words));

      await phone.context().setOffline(true);
      await server.stop();
      // A new page in the same phone: nothing in its memory, only what the worker kept.
      const cold = watch.watch(await phone.context().newPage());
      await phone.close();
      await cold.goto(`http://localhost:${server.port}/#week`);
      await cold.getByTestId('week-days').waitFor();
      for (const [tab, , shows] of LATER_TABS) await openTab(cold, tab, shows);
      expect(await cold.getByTestId('live-status').getAttribute('data-state')).not.toBe('live');
      expect(watch.errors).toEqual([]);
    }, 90_000);
  },
  30_000,
);

describe.runIf(chromiumReady())(
  'a phone that speaks Spanish',
  () => {
    let server: ServerProcess;
    let browser: Browser;
    const watch = new PageWatch();

    beforeAll(async () => {
      ensureScreensBuilt();
      server = await startServerProcess({
        env: { HOUSE_NAME: 'Casa Arce', HOUSE_LANGUAGE: 'es', ...E2E_ENV },
      });
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('loads the Spanish words and speaks Spanish from its very first paint', async () => {
      const phone = await newPhone(browser, watch);
      const asked = scriptsAskedFor(phone);
      await phone.goto(await localAdminLink(server));
      await answerNamePrompt(phone, 'Robin');
      await expect.poll(() => phone.getByTestId('tab-today').textContent()).toContain('Hoy');
      expect(asked).toContain(builtFile('ui/i18n/words/es/board.ts'));
      expect(asked).toContain(builtFile('ui/i18n/words/es/phone.ts'));
      await shot(phone, 'phone-later-parts-spanish');

      // Every word the page draws, from its first frame: a reload never shows English first.
      await phone.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { wordsSeen: string[] }).wordsSeen = seen;
        const look = () => {
          for (const tag of ['hb-join-page', 'hb-phone-app']) {
            const words = document.querySelector(tag)?.shadowRoot?.textContent?.trim();
            if (words && seen.at(-1) !== words) seen.push(words);
          }
          if (seen.length < 50) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await phone.reload();
      await choreTick(phone, 'Vaciar el lavavajillas').waitFor();
      const seen = await phone.evaluate(
        () => (window as unknown as { wordsSeen: string[] }).wordsSeen,
      );
      expect(seen.length).toBeGreaterThan(0);
      for (const words of seen) {
        expect(words).not.toContain('Opening the house board');
        expect(words).not.toMatch(/\bToday\b|\bWeek\b|tab\.|phone\./);
      }

      for (const [tab, , shows] of LATER_TABS) {
        await openTab(phone, tab, shows);
        await shot(phone, `phone-later-parts-spanish-${tab}`);
      }
      expect(watch.errors).toEqual([]);
    }, 90_000);
  },
  30_000,
);
