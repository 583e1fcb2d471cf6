// Whatever people type shows as text, on the wall and on phones, and never runs: classic
// injection payloads in announcements, chore titles, group places, shift names and people's
// names, each typed on a phone and carried through the server to the kiosk. (Some payloads hold
// others — "javascript:…" is inside the <a href="javascript:…"> one — so a payload may match
// more than one item.)
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { PageWatch, showSection } from './browser-devices.ts';
import { withHouse } from './with-house.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

/** Elements and attributes that could only be there if typed text became markup. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const suspicious = new Set(['SCRIPT', 'IFRAME', 'IMG', 'MATH', 'MGLYPH', 'DETAILS', 'A', 'B']);
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (suspicious.has(element.tagName.toUpperCase()) && element.closest('head') === null) {
          found.push(element.tagName);
        }
        for (const attribute of element.getAttributeNames()) {
          if (attribute.startsWith('on')) found.push(`${element.tagName}[${attribute}]`);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

function xssRan(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { __xss?: unknown }).__xss);
}

describe.runIf(chromiumReady())(
  'text that looks like code',
  () => {
    let admin: Page;
    let kiosk: Page;
    let member: Page;
    const watch = new PageWatch();

    async function expectNothingRan() {
      // Time for an injected image to fail, or a handler to fire.
      await kiosk.waitForTimeout(300);
      for (const page of [kiosk, admin, member]) {
        expect(await xssRan(page)).toBeUndefined();
        expect(await injectedMarkup(page)).toEqual([]);
      }
      expect(watch.dialogs).toEqual([]);
    }

    withHouse({ watch, kiosk: true, phones: ['Sam'] }, (house) => {
      ({ admin, kiosk } = house);
      member = house.phones[0]!;
    });

    test('in announcements', async () => {
      await showSection(admin, 'announcements');
      for (const payload of XSS_PAYLOADS) {
        await admin.getByTestId('add-announcement').click();
        await admin.getByTestId('announcement-text').fill(payload);
        await admin.getByTestId('save').click();
        await admin.getByTestId('add-announcement').waitFor();
      }
      await showSection(member, 'announcements');
      for (const payload of XSS_PAYLOADS) {
        for (const page of [kiosk, member]) {
          const item = page.getByTestId('announcement-item').filter({ hasText: payload });
          await expect.poll(() => item.count()).toBeGreaterThanOrEqual(1);
        }
      }
      await expectNothingRan();
    });

    test('in chore titles', async () => {
      await showSection(member, 'chores');
      for (const payload of XSS_PAYLOADS) {
        await member.getByTestId('add-chore').click();
        await member.getByTestId('field-title').fill(payload);
        await member.getByTestId('save').click();
        await member.getByTestId('add-chore').waitFor();
      }
      for (const payload of XSS_PAYLOADS) {
        for (const page of [kiosk, admin]) {
          const chore = page.getByTestId('chore-tick').filter({ hasText: payload });
          await expect.poll(() => chore.count()).toBeGreaterThanOrEqual(1);
        }
      }
      await expectNothingRan();
    });

    test('in group places', async () => {
      await showSection(member, 'groups');
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        await member.getByTestId('add-group').click();
        await member.getByTestId('field-title').fill(`Walk ${i + 1}`);
        await member.getByTestId('field-start').fill('10:00');
        await member.getByTestId('field-end').fill('11:00');
        await member.getByTestId('field-place').fill(payload);
        await member.getByTestId('save').click();
        await member.getByTestId('add-group').waitFor();
      }
      await showSection(admin, 'groups');
      for (const payload of XSS_PAYLOADS) {
        for (const page of [kiosk, admin]) {
          const group = page.getByTestId('group-item').filter({ hasText: payload });
          await expect.poll(() => group.count()).toBeGreaterThanOrEqual(1);
        }
      }
      await expectNothingRan();
    });

    test('in shift names', async () => {
      await showSection(admin, 'shifts');
      for (const payload of XSS_PAYLOADS) {
        await admin.getByTestId('add-shift').click();
        await admin.getByTestId('field-name').fill(payload);
        await admin.getByTestId('save').click();
        await admin.getByTestId('add-shift').waitFor();
      }
      await showSection(member, 'shifts');
      for (const payload of XSS_PAYLOADS) {
        for (const page of [kiosk, member]) {
          const shift = page.getByTestId('shift-on-now').filter({ hasText: payload });
          await expect.poll(() => shift.count()).toBeGreaterThanOrEqual(1);
        }
      }
      await expectNothingRan();
    });

    test("in people's names, on the wall and in the admin's device list", async () => {
      await showSection(member, 'chores');
      const today = '[data-testid=chore-tick][data-still-open=no]';
      const chore = (page: Page) => page.locator(today).filter({ hasText: 'Empty the dishwasher' });
      await chore(member).click();
      for (const payload of XSS_PAYLOADS) {
        await showSection(member, 'phone');
        await member.getByTestId('profile-name').fill(payload);
        await member.getByTestId('choice-nameDisplay').locator('[data-value=full]').click();
        await member.getByTestId('profile-save').click();
        await member.getByTestId('profile-saved').waitFor();
        await expect.poll(() => chore(kiosk).textContent()).toContain(`Done by ${payload}`);
        // Another phone shows the name as the wall does (the member's own phone says "you").
        await showSection(admin, 'chores');
        await expect.poll(() => chore(admin).textContent()).toContain(`Done by ${payload}`);
      }
      expect(await chore(member).textContent()).toContain('Done by you');
      await showSection(admin, 'admin');
      const last = XSS_PAYLOADS[XSS_PAYLOADS.length - 1];
      const row = admin.getByTestId('device-row').filter({ hasText: last });
      await expect.poll(() => row.count()).toBe(1);
      await expectNothingRan();
    }, 60_000);

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  60_000,
);
