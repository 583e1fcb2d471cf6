// The phone app for someone who uses a keyboard or a screen reader: every step reachable with
// Tab, Enter and Space, the focus going into an opened form and back to where it was, and a
// polite live region saying what another device just changed.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { PageWatch } from './browser-devices.ts';
import { choreTick, postAnnouncement } from './day-plan.ts';
import { withHouse } from './with-house.ts';

interface Focused {
  testid?: string;
  id?: string;
  label?: string;
  text: string;
}

/** The element that has the focus, looking through shadow roots to the real one. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const html = element as HTMLElement | null;
    return {
      testid: html?.dataset.testid,
      id: html?.id || undefined,
      label: html?.getAttribute('aria-label') ?? undefined,
      text: html?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` picks; fails after 60 tries. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, back = false): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached it; the focus is on ${JSON.stringify(await focused(page))}`);
}

describe.runIf(chromiumReady())(
  'the phone by keyboard and screen reader',
  () => {
    let admin: Page;
    let sam: Page;
    const watch = new PageWatch();

    withHouse({ watch, kiosk: true, phones: ['Sam'] }, (house) => {
      admin = house.admin;
      sam = house.phones[0]!;
    });

    test('a chore is added and ticked with Tab, Enter and Space only', async () => {
      const title = 'Water the tomatoes';
      await admin.reload();
      await tabTo(admin, (f) => f.testid === 'tab-today');
      await admin.keyboard.press('Enter');
      await tabTo(admin, (f) => f.testid === 'tab-chores');
      await admin.keyboard.press('Enter');
      await tabTo(admin, (f) => f.testid === 'add-chore');
      await admin.keyboard.press('Enter');
      // The form takes the focus: its first field, ready to type in.
      await expect.poll(() => focused(admin)).toMatchObject({ id: 'field-title' });
      await admin.keyboard.type(title);
      await tabTo(admin, (f) => f.testid === 'save');
      await admin.keyboard.press('Enter');
      // Back where the person was, with the new chore on the list.
      await expect.poll(() => focused(admin)).toMatchObject({ testid: 'add-chore' });
      await choreTick(admin, title).waitFor();
      await tabTo(admin, (f) => f.testid === 'chore-tick' && f.text.includes(title), true);
      await admin.keyboard.press('Space');
      await expect.poll(() => choreTick(admin, title).getAttribute('data-done')).toBe('yes');
      await expect.poll(() => choreTick(sam, title).getAttribute('data-done')).toBe('yes');
    });

    test('a closed form gives the focus back to the Change button that opened it', async () => {
      const opener = 'Change Water the tomatoes';
      await tabTo(admin, (f) => f.label === opener);
      await admin.keyboard.press('Enter');
      await expect.poll(() => focused(admin)).toMatchObject({ id: 'field-title' });
      await tabTo(admin, (f) => f.testid === 'cancel');
      await admin.keyboard.press('Enter');
      await expect
        .poll(() => focused(admin))
        .toMatchObject({ testid: 'chore-edit', label: opener });
    });

    test("another phone's tick and announcement are said in the live region", async () => {
      const news = admin.getByTestId('board-news');
      expect(await news.getAttribute('aria-live')).toBe('polite');
      await choreTick(sam, 'Empty the dishwasher').click();
      await expect.poll(() => news.textContent()).toContain('Sam ticked “Empty the dishwasher”');
      await postAnnouncement(sam, 'Pizza on Friday');
      await expect.poll(() => news.textContent()).toContain('New announcement: Pizza on Friday');
      // Sam's own phone does not tell Sam what Sam just did.
      expect(await sam.getByTestId('board-news').textContent()).not.toContain('Sam ticked');
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  60_000,
);
