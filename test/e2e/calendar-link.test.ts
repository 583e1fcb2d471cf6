// The admin's house calendar link on a real phone screen: the link shows and is the server's, Copy
// says what happened, "Make a new link" needs a second tap within 4 s and then the old link finds
// nothing. The panel is axe clean and fits at normal and double text size.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { shot, showSection, waitLive } from './browser-devices.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

describe.runIf(chromiumReady())(
  "the admin's calendar link",
  () => {
    let server: ServerProcess;
    let admin: Page;
    let browser: Browser;

    withHouse({}, async (house) => {
      ({ server, admin, browser } = house);
      await waitLive(admin);
      await showSection(admin, 'admin');
      await admin.getByTestId('calendar-link').waitFor();
    });

    const link = () => admin.getByTestId('calendar-link').inputValue();
    const renew = () => admin.getByTestId('calendar-link-renew');

    test('the link shown is the one the server gives, and it opens the feed', async () => {
      const shown = await link();
      expect(shown).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(shown.startsWith(server.url)).toBe(true);
      const feed = await fetch(shown);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    });

    test('Copy says it copied, or how to copy by hand', async () => {
      await admin.getByTestId('calendar-link-copy').click();
      await expect
        .poll(() => admin.getByTestId('calendar-link-message').textContent())
        .toMatch(/Link copied\.|copy it by hand/);
    });

    test('a new link takes two taps, and the old one then finds nothing', async () => {
      const old = await link();
      await renew().click();
      expect(await renew().textContent()).toContain('Tap again');
      expect(await link()).toBe(old);
      await renew().click();
      await expect.poll(link).not.toBe(old);
      expect(await renew().textContent()).toContain('Make a new link');
      expect((await fetch(old)).status).toBe(404);
      expect((await fetch(await link())).status).toBe(200);
    });

    test('one tap alone changes nothing once the wait runs out', async () => {
      const before = await link();
      await renew().click();
      await expect.poll(() => renew().textContent(), { timeout: 8_000 }).toContain('Make a new');
      await renew().click(); // arms again, does not renew
      expect(await link()).toBe(before);
      await expect.poll(() => renew().textContent(), { timeout: 8_000 }).toContain('Make a new');
    });

    test('axe finds nothing, and the panel fits at normal and double text size', async () => {
      // The whole Admin tab, the panel on it.
      const results = await new AxeBuilder({ page: admin }).withTags(TAGS).analyze();
      expect(
        results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
      ).toEqual([]);
      // The admin's phone as it comes, and at a phone's largest text, which Chrome on a phone
      // gives as the page at 200%: half the CSS width, drawn at twice the scale.
      for (const [name, width, height] of [
        ['phone-admin-calendar-link-390x844', 390, 844],
        ['phone-admin-calendar-link-200pct', 195, 422],
      ] as const) {
        const context = await browser.newContext({
          storageState: await admin.context().storageState(),
          viewport: { width, height },
          deviceScaleFactor: 390 / width,
          hasTouch: true,
        });
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}#admin`);
          await waitLive(page);
          const adminTab = page.getByTestId('tab-admin');
          await adminTab.scrollIntoViewIfNeeded();
          await adminTab.click();
          await page.getByTestId('calendar-link').waitFor();
          const panel = page.locator('hb-calendar-link-panel');
          await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          const spill = await panel.evaluate((el) => {
            const inside = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])];
            return Math.max(...inside.map((e) => e.getBoundingClientRect().right)) - innerWidth;
          });
          expect(spill, name).toBeLessThanOrEqual(0.5);
          const heights = await panel.evaluate((el) =>
            [...(el.shadowRoot?.querySelectorAll('button, textarea') ?? [])].map(
              (b) => b.getBoundingClientRect().height,
            ),
          );
          for (const h of heights) expect(h, name).toBeGreaterThanOrEqual(48);
          await shot(page, name);
          // The buttons too, further down at double size.
          await page
            .getByTestId('calendar-link-renew')
            .evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await shot(page, `${name}-buttons`);
        } finally {
          await context.close();
        }
      }
    });
  },
  120_000,
);
