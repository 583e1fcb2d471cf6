// The phone's tab bar: Today, Week, Food, List and You, each opening its own section; Today's
// row of sections (chores, groups, announcements, on shift) and an admin's row in You; the old
// addresses (#chores, #phone, #admin…) opening the right tab and section; ticking a chore in one
// tap from the home screen; and the bar readable, reachable and axe-clean at 100% and 200% text.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords, saveMeal } from '../../board/index.ts';
import { chromiumReady, PHONE } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, waitLive } from './browser-devices.ts';
import { choreTick } from './day-plan.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const CHORE = 'Water the ferns';

/** Each tab of the bar and the section it shows. */
const TABS = [
  ['today', 'hb-chores-section'],
  ['week', 'hb-week-section'],
  ['food', 'hb-food-section'],
  ['list', 'hb-list-section'],
  ['you', 'hb-this-phone-section'],
] as const;

/** Today's row: each button and what it shows. Groups come with the agenda above them. */
const TODAY = [
  ['chores', ['hb-chores-section']],
  // This house has no house meeting, so the agenda panel above the groups shows nothing.
  ['groups', ['hb-groups-section']],
  ['announcements', ['hb-announcements-section']],
  ['shifts', ['hb-shifts-section']],
] as const;

const SECTIONS = [
  'hb-chores-section',
  'hb-agenda-panel',
  'hb-groups-section',
  'hb-announcements-section',
  'hb-shifts-section',
  'hb-week-section',
  'hb-food-section',
  'hb-list-section',
  'hb-this-phone-section',
  'hb-admin-section',
];

/** The sections of the phone that show just now. */
function shown(page: Page): Promise<string[]> {
  return page.evaluate((tags) => {
    const app = document.querySelector('hb-phone-app')?.shadowRoot;
    return tags.filter((tag) => {
      const el = app?.querySelector(tag);
      return !!el && el.getBoundingClientRect().height > 0;
    });
  }, SECTIONS);
}

/** The tab of the bar marked as the one shown. */
async function currentTab(page: Page): Promise<string | null> {
  return page.locator('nav.tabs button[aria-current=page]').getAttribute('data-testid');
}

async function axe(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
  );
}

describe.runIf(chromiumReady())(
  "the phone's tabs",
  () => {
    const zone = morningZone();
    const watch = new PageWatch();
    let server: ServerProcess;
    let admin: Page;
    let sam: Page;
    let writer: HouseWriter | undefined;

    withHouse({ zone, watch, kiosk: true, phones: ['Sam'] }, async (house) => {
      ({ server, admin } = house);
      sam = house.phones[0]!;
      writer = await houseWriter(admin, server);
      choreRecords(writer.board.doc).add({
        title: CHORE,
        schedule: { kind: 'daily' },
        createdAt: Date.now() - 86_400_000,
      });
      // The house's morning: tonight's dinner is still to come.
      saveMeal(writer.board.doc, undefined, {
        kind: 'dinner',
        time: '19:00',
        schedule: { kind: 'daily' },
      });
      await choreTick(sam, CHORE).waitFor({ timeout: 15_000 });
    });

    afterAll(() => writer?.destroy());

    test('from the home screen a chore is ticked in one tap', async () => {
      let taps = 0;
      const tap = async (selector: ReturnType<Page['locator']>) => {
        taps += 1;
        await selector.click();
      };
      await sam.goto(server.url);
      await waitLive(sam);
      expect(await currentTab(sam)).toBe('tab-today');
      await tap(choreTick(sam, CHORE));
      await expect.poll(() => choreTick(sam, CHORE).getAttribute('data-done')).toBe('yes');
      expect(taps).toBe(1);
      // And back, for the tests after.
      await choreTick(sam, CHORE).click();
      await expect.poll(() => choreTick(sam, CHORE).getAttribute('data-done')).toBe('no');
    });

    test('from the home screen "I\'ll eat" is two taps, and adding to the list two taps and the words', async () => {
      let taps = 0;
      const tap = async (selector: ReturnType<Page['locator']>) => {
        taps += 1;
        await selector.click();
      };
      await sam.goto(server.url);
      await waitLive(sam);
      await tap(sam.getByTestId('tab-food'));
      await tap(sam.getByTestId('meal-eat'));
      await expect.poll(() => sam.getByTestId('meal-count').textContent()).toMatch(/1 eating/);
      expect(taps).toBe(2);
      await sam.getByTestId('meal-eat').click();

      taps = 0;
      await sam.goto(server.url);
      await waitLive(sam);
      await tap(sam.getByTestId('tab-list'));
      // The List tab opens with the cursor in "What do we need?": the words go straight in.
      await sam.keyboard.type('Oat milk');
      await tap(sam.getByTestId('shopping-add'));
      await sam.getByTestId('shopping-item').filter({ hasText: 'Oat milk' }).waitFor();
      expect(taps).toBe(2);
      await sam.getByTestId('shopping-remove').first().click();
    });

    test('every tab opens its section, marked by colour and weight', async () => {
      for (const [tab, section] of TABS) {
        await sam.getByTestId(`tab-${tab}`).click();
        expect(await currentTab(sam), tab).toBe(`tab-${tab}`);
        expect(await shown(sam), tab).toEqual([section]);
        expect(sam.url()).toMatch(new RegExp(`#${tab === 'today' ? 'chores' : tab}$`));
        const [on, off] = await sam.locator('nav.tabs').evaluate((nav, id) => {
          const style = (b: Element) => {
            const s = getComputedStyle(b);
            return { color: s.color, weight: s.fontWeight };
          };
          const buttons = [...nav.querySelectorAll('button')];
          const current = buttons.find((b) => b.dataset.testid === id)!;
          return [style(current), style(buttons.find((b) => b !== current)!)];
        }, `tab-${tab}`);
        expect(on!.color).not.toBe(off!.color);
        expect(Number(on!.weight)).toBeGreaterThan(Number(off!.weight));
      }
      // Today's row: each of the day's sections, and Today remembers the one last shown.
      await sam.getByTestId('tab-today').click();
      for (const [button, sections] of TODAY) {
        await sam.getByTestId(`tab-${button}`).click();
        expect(await shown(sam), button).toEqual([...sections]);
        expect(await sam.getByTestId(`tab-${button}`).getAttribute('aria-current')).toBe('true');
        expect(await currentTab(sam)).toBe('tab-today');
      }
      await sam.getByTestId('tab-week').click();
      await sam.getByTestId('tab-today').click();
      expect(await shown(sam)).toEqual(['hb-shifts-section']);
      // A member's You is this phone alone: no row, no admin.
      await sam.getByTestId('tab-you').click();
      expect(await sam.getByTestId('tab-admin').count()).toBe(0);
      expect(await sam.getByTestId('tab-phone').count()).toBe(0);
      // An admin reaches the admin from You.
      await admin.getByTestId('tab-you').click();
      await admin.getByTestId('tab-phone').click();
      expect(await shown(admin)).toEqual(['hb-this-phone-section']);
      await admin.getByTestId('tab-admin').click();
      expect(await shown(admin)).toEqual(['hb-admin-section']);
      expect(await currentTab(admin)).toBe('tab-you');
      expect(watch.errors).toEqual([]);
    });

    test('the old addresses and the new ones open the right tab and section', async () => {
      const places: Array<[hash: string, tab: string, sections: string[]]> = [
        ['chores', 'today', ['hb-chores-section']],
        ['groups', 'today', ['hb-groups-section']],
        ['announcements', 'today', ['hb-announcements-section']],
        ['shifts', 'today', ['hb-shifts-section']],
        ['phone', 'you', ['hb-this-phone-section']],
        // Not an admin: the admin's address shows this phone.
        ['admin', 'you', ['hb-this-phone-section']],
        ['week', 'week', ['hb-week-section']],
        ['food', 'food', ['hb-food-section']],
        ['list', 'list', ['hb-list-section']],
        ['you', 'you', ['hb-this-phone-section']],
        ['today', 'today', ['hb-chores-section']],
        ['nowhere', 'today', ['hb-chores-section']],
      ];
      for (const [hash, tab, sections] of places) {
        // Opened afresh from a link (a whole new page, not a hash moving on this one)…
        await sam.goto('about:blank');
        await sam.goto(`${server.url}/#${hash}`);
        await waitLive(sam);
        expect(await currentTab(sam), hash).toBe(`tab-${tab}`);
        expect(await shown(sam), hash).toEqual(sections);
      }
      for (const [hash, tab, sections] of places.slice(0, 4).reverse()) {
        // …and followed on an open page.
        await sam.evaluate((to) => {
          location.hash = to;
        }, hash);
        await expect.poll(() => currentTab(sam)).toBe(`tab-${tab}`);
        expect(await shown(sam), hash).toEqual(sections);
      }
      await admin.goto('about:blank');
      await admin.goto(`${server.url}/#admin`);
      await waitLive(admin);
      expect(await currentTab(admin)).toBe('tab-you');
      expect(await shown(admin)).toEqual(['hb-admin-section']);
      await admin.goto('about:blank');
      await admin.goto(`${server.url}/#phone`);
      await waitLive(admin);
      expect(await shown(admin)).toEqual(['hb-this-phone-section']);
    });

    test('the tab bar is axe-clean, 48 px a tab, and every tab is reached at 100% and 200% text', async () => {
      await sam.goto(`${server.url}/#chores`);
      await waitLive(sam);
      const targets = () =>
        sam.locator('nav.tabs button, [role=group] button').evaluateAll((buttons) =>
          buttons
            .filter((b) => b.getBoundingClientRect().height > 0)
            .map((b) => {
              const r = b.getBoundingClientRect();
              return { id: (b as HTMLElement).dataset.testid, w: r.width, h: r.height };
            }),
        );
      expect(await axe(sam)).toEqual([]);
      for (const target of await targets()) {
        expect(target.w, target.id).toBeGreaterThanOrEqual(48);
        expect(target.h, target.id).toBeGreaterThanOrEqual(48);
      }
      await shot(sam, 'phone-tabs-390x844');
      // 200%: what a browser's zoom does on this phone, half the CSS width drawn at twice.
      const cdp = await sam.context().newCDPSession(sam);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: PHONE.width / 2,
        height: PHONE.height / 2,
        deviceScaleFactor: 2,
        mobile: false,
      });
      try {
        await sam.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        expect(await axe(sam)).toEqual([]);
        for (const target of await targets()) {
          expect(target.h, target.id).toBeGreaterThanOrEqual(48);
        }
        // Words whole on every tab; the bar scrolls sideways to the last of them.
        for (const [tab, section] of TABS) {
          const button = sam.getByTestId(`tab-${tab}`);
          await button.evaluate((b) => b.scrollIntoView({ inline: 'nearest', block: 'nearest' }));
          const box = await button.evaluate((b) => {
            const r = b.getBoundingClientRect();
            const word = b.querySelector('span')!;
            return {
              left: r.left,
              right: r.right,
              whole: word.scrollWidth <= word.clientWidth + 0.5,
            };
          });
          expect(box.left, tab).toBeGreaterThanOrEqual(-0.5);
          expect(box.right, tab).toBeLessThanOrEqual(PHONE.width / 2 + 0.5);
          expect(box.whole, tab).toBe(true);
          await button.click();
          expect(await shown(sam), tab).toEqual([section]);
        }
      } finally {
        await cdp.send('Emulation.clearDeviceMetricsOverride');
        await cdp.detach();
        await sam.setViewportSize({ width: PHONE.width, height: PHONE.height });
      }
    });
  },
  240_000,
);
