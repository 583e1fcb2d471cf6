// Leaving the house in real Chromium. Zebedee Quince says "I'm leaving the house" on his own phone
// (two taps): the phone says goodbye and the wall drops his name at once; the admin's "Forget
// Zebedee now" (two taps), and then the kiosk's own copy (every value of every IndexedDB database,
// read as bytes through the IndexedDB API) holds no "Zebedee" once it has connected again. A staff
// phone says "Rosa has left": the arm drops after 4 s (Playwright's clock) and never moves to
// another row; Rosa goes to "Left, not yet forgotten" with the day she will be forgotten. The
// admin sets the house's wait to 0 in the house settings, and the next leaving is forgotten at
// once. axe on This phone with the panels showing, and screenshots of both panels at phone size
// and at the largest text, by day and by night.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { choreRecords, claimChore, dayInZone } from '../../board/index.ts';
import { chromiumReady, pinClock } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { connectSynced } from '../helpers/sync-client.ts';
import {
  joinByKioskCode,
  makeStaff,
  PageWatch,
  personIdOf,
  sessionOf,
  shot,
  showSection,
  waitLive,
} from './browser-devices.ts';
import { everythingKept } from './indexeddb-kept.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The databases (and stores) of the page whose values hold `marker` as bytes. */
async function holding(page: Page, marker: string): Promise<string[]> {
  return (await everythingKept(page))
    .filter((k) => Buffer.from(k.bytes, 'base64').includes(marker))
    .map((k) => `${k.db}/${k.store}`);
}

/** How many places on a page (its shadow roots too) show `words`. */
const shown = (page: Page, words: string) => page.getByText(words).count();

/** The page's device token (its hb_device cookie). */
async function tokenOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'hb_device');
  if (!cookie) throw new Error('no device cookie');
  return cookie.value;
}

/** This phone, opened afresh (the list of who left is asked for each time it opens). */
async function openThisPhone(page: Page) {
  await showSection(page, 'chores');
  await showSection(page, 'phone');
  await page.locator('hb-leaving').waitFor();
}

async function axeFinds(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const analysis = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return analysis.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** Phone size and largest text (the phone's own 18px, twice), by day and by night. */
async function panelShots(page: Page, name: string, into: () => Promise<void>, paused = false) {
  /** A frame drawn (on a paused clock, Playwright's clock moves the frame on). */
  const drawn = () =>
    paused
      ? page.clock.runFor(50)
      : page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  await into();
  await shot(page, `${name}-day`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, `${name}-night`);
  await page.emulateMedia({ colorScheme: 'light' });
  const largest = await page.addStyleTag({
    content: 'hb-phone-app { font-size: 36px !important; }',
  });
  await drawn();
  await into();
  await shot(page, `${name}-largest-day`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, `${name}-largest-night`);
  await page.emulateMedia({ colorScheme: 'light' });
  await largest.evaluate((tag) => (tag as HTMLElement).remove());
}

describe.runIf(chromiumReady())(
  'leaving the house, on phones and the wall',
  () => {
    const zone = dayZone();
    let server: ServerProcess;
    let browser: Browser;
    let admin: Page;
    let kiosk: Page;
    let zebedee: Page;
    let rosa: Page;
    let sam: Page;
    let kit: Page;
    const watch = new PageWatch();
    let rosaId = '';

    /** Through the phone's own sync connection: "I'll do it" on a new daily chore, today. */
    async function claimsToday(phone: Page, title: string) {
      const houseId = (await sessionOf(phone)).device!.houseId;
      const personId = await personIdOf(phone);
      const own = await connectSynced(server.url, houseId, 'board', await tokenOf(phone));
      try {
        const chore = choreRecords(own.doc).add({
          title,
          schedule: { kind: 'daily' },
          createdAt: Date.now() - 86_400_000,
        });
        claimChore(own.doc, chore, dayInZone(Date.now(), zone), personId);
      } finally {
        // Written before it goes: the server has it once the wall shows it.
        setTimeout(() => own.destroy(), 2_000);
      }
    }

    withHouse(
      {
        zone,
        watch,
        kiosk: true,
        phones: [
          ['Zebedee Quince', 'full'],
          ['Rosa', 'full'],
          ['Sam', 'full'],
          ['Kit', 'full'],
        ],
      },
      async (house) => {
        ({ server, browser, admin, kiosk } = house);
        [zebedee, rosa, sam, kit] = house.phones as [Page, Page, Page, Page];
        await makeStaff(admin, sam);
      },
    );

    test('"I\'m leaving the house": two taps, a kind goodbye, and the wall drops the name at once', async () => {
      // Zebedee says "I'll do it" on today's sweeping: the wall shows his name.
      await claimsToday(zebedee, 'Sweep the hall');
      await expect.poll(() => shown(kiosk, 'Zebedee'), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await holding(kiosk, 'Zebedee')).not.toEqual([]);

      await openThisPhone(zebedee);
      const leave = zebedee.getByTestId('leave-house');
      expect(squeeze(await leave.textContent())).toBe("I'm leaving the house");
      expect(squeeze(await zebedee.locator('hb-leaving p.hint').textContent())).toContain(
        'After 14 days the board forgets everything that names you.',
      );
      expect(await axeFinds(zebedee)).toEqual([]);
      await panelShots(zebedee, 'phone-leaving-member', () =>
        leave.evaluate((el) => el.scrollIntoView({ block: 'center' })),
      );

      await leave.click();
      expect(squeeze(await leave.textContent())).toBe('Tap again to leave the house');
      expect(await leave.getAttribute('data-armed')).toBe('yes');
      expect(await (await sessionOf(zebedee)).joined).toBe(true);
      await leave.click();
      const reason = zebedee.getByTestId('not-joined-reason');
      await reason.waitFor({ timeout: 10_000 });
      expect(squeeze(await reason.textContent())).toBe(
        'Take care. Your name is off the board, and this phone is let go.',
      );
      await shot(zebedee, 'phone-leaving-member-gone');
      console.log(
        `Zebedee's phone after leaving: ${squeeze(await zebedee.locator('hb-join-page').evaluate((el) => el.shadowRoot?.textContent ?? ''))}`,
      );
      expect((await sessionOf(zebedee)).joined).toBe(false);
      await expect.poll(() => shown(kiosk, 'Zebedee'), { timeout: 10_000 }).toBe(0);
      // Not yet forgotten: the kiosk's copy still holds his name entry.
      expect(await holding(kiosk, 'Zebedee')).not.toEqual([]);
    });

    test('the admin forgets Zebedee now: the kiosk\'s IndexedDB holds no "Zebedee" after it reconnects', async () => {
      await openThisPhone(admin);
      const left = admin.locator('[data-testid=left-row]').filter({ hasText: 'Zebedee' });
      await left.waitFor();
      expect(squeeze(await left.textContent())).toMatch(/will forget them on \S+/);
      const forget = left.getByTestId('forget-now');
      expect(squeeze(await forget.textContent())).toBe('Forget Zebedee Quince now');
      expect(await axeFinds(admin)).toEqual([]);
      await forget.click();
      expect(squeeze(await forget.textContent())).toBe('Tap again to forget Zebedee Quince now');
      await forget.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shot(admin, 'phone-leaving-admin-forget-armed');
      await forget.click();
      await expect
        .poll(() => admin.getByTestId('leaving-message').textContent())
        .toContain('The board has forgotten them.');
      await expect.poll(() => left.count()).toBe(0);

      await eventually(async () => expect(await holding(kiosk, 'Zebedee')).toEqual([]), {
        timeoutMs: 20_000,
        intervalMs: 250,
      });
      await waitLive(kiosk, 20_000);
      const databases = (await everythingKept(kiosk)).map((k) => k.db);
      console.log(
        `kiosk IndexedDB after forgetting: ${databases.length} values in ${[...new Set(databases)].join(', ')}; "Zebedee" not found`,
      );
      expect(await shown(kiosk, 'Zebedee')).toBe(0);
      expect(await shown(admin, 'Zebedee')).toBe(0);
    });

    test('staff say "Rosa has left": the arm drops after 4 s, never moves, and Rosa waits to be forgotten', async () => {
      rosaId = await personIdOf(rosa);
      await claimsToday(rosa, 'Water the plants');
      await expect.poll(() => shown(kiosk, 'Rosa'), { timeout: 15_000 }).toBeGreaterThan(0);
      const robinId = await personIdOf(admin);
      const kitId = await personIdOf(kit);
      // Sam's phone, a second tab on the same device, its timers on Playwright's clock.
      const page = watch.watch(await sam.context().newPage());
      await pinClock(page, { time: Date.now() });
      await page.goto(`${server.url}/#phone`);
      await waitLive(page);
      const row = (id: string) =>
        page.locator(`[data-testid=person-row][data-person-id="${id}"]`).getByTestId('mark-left');
      await row(rosaId).waitFor();
      expect(squeeze(await row(rosaId).textContent())).toBe('Rosa has left');
      // Whether the admin has left is the admin's to say: staff see Robin's row, with no button.
      await page.locator(`[data-testid=person-row][data-person-id="${robinId}"]`).waitFor();
      await expect.poll(() => row(robinId).count()).toBe(0);
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

      await row(rosaId).click();
      expect(await row(rosaId).getAttribute('data-armed')).toBe('yes');
      expect(squeeze(await row(rosaId).textContent())).toBe('Tap again: Rosa has left');
      await page.clock.runFor(3_900);
      expect(await row(rosaId).getAttribute('data-armed')).toBe('yes');
      await page.clock.runFor(200);
      await expect.poll(() => row(rosaId).getAttribute('data-armed')).toBe('no');
      // Armed on Rosa, the next tap lands on Kit's row: nothing is armed, nobody has left.
      await row(rosaId).click();
      await page.clock.runFor(1_000);
      await row(kitId).click();
      expect(await page.locator('[data-armed=yes]').count()).toBe(0);
      expect(squeeze(await page.getByTestId('leaving-message').textContent())).toBe(
        'Nothing was changed.',
      );
      await row(kitId).click();
      await page.clock.runFor(500);
      await row(rosaId).click();
      expect(await page.locator('[data-armed=yes]').count()).toBe(0);
      expect((await sessionOf(rosa)).joined).toBe(true);
      expect((await sessionOf(admin)).joined).toBe(true);
      expect((await sessionOf(kit)).joined).toBe(true);

      // Screenshots with Rosa's row armed, then two taps a second apart: Rosa has left.
      await row(rosaId).click();
      await panelShots(
        page,
        'phone-leaving-staff-armed',
        () => row(rosaId).evaluate((el) => el.scrollIntoView({ block: 'center' })),
        true,
      );
      await page.clock.runFor(4_000);
      await expect.poll(() => row(rosaId).getAttribute('data-armed')).toBe('no');
      await row(rosaId).click();
      await page.clock.runFor(1_000);
      await row(rosaId).click();
      await rosa.getByTestId('not-joined-reason').waitFor({ timeout: 10_000 });
      await expect.poll(() => shown(kiosk, 'Rosa'), { timeout: 10_000 }).toBe(0);
      await page.clock.resume();
      const leftRow = page.locator(`[data-testid=left-row][data-person-id="${rosaId}"]`);
      await leftRow.waitFor();
      const forgetDay = new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: zone,
      });
      console.log(
        `Sam's list after "Rosa has left": ${squeeze(await leftRow.textContent())} (14 days on: ${forgetDay.format(Date.now() + 14 * 86_400_000)})`,
      );
      expect(squeeze(await leftRow.textContent())).toContain('Rosa');
      expect(squeeze(await leftRow.textContent())).toContain(
        `The board will forget them on ${forgetDay.format(Date.now() + 14 * 86_400_000)}`,
      );
      expect(
        await page.locator('[data-testid=person-row]').filter({ hasText: 'Rosa' }).count(),
      ).toBe(0);
      // Staff may not forget anyone now: only the admin.
      expect(await leftRow.getByTestId('forget-now').count()).toBe(0);
      expect(await axeFinds(page)).toEqual([]);
      await panelShots(page, 'phone-leaving-staff-left', () =>
        leftRow.evaluate((el) => el.scrollIntoView({ block: 'center' })),
      );
      await page.close();
    });

    test('the admin sets the wait to 0 in the house settings: the next leaving is forgotten at once', async () => {
      await showSection(admin, 'chores');
      await showSection(admin, 'admin');
      const days = admin.getByTestId('field-forgetAfterDays');
      await days.waitFor();
      expect(await days.inputValue()).toBe('14');
      // Not a whole number from 0 to 90: refused beside the field, nothing saved.
      for (const bad of ['91', '-1', '2.5', '']) {
        await days.fill(bad);
        await admin.getByTestId('settings-save').click();
        await expect
          .poll(() => admin.getByTestId('problem-forgetAfterDays').textContent())
          .toContain('Please give a whole number of days, from 0 to 90.');
      }
      await days.fill('0');
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();

      const xanthe = await joinByKioskCode(browser, kiosk, watch, 'Xanthe Pell');
      await expect.poll(() => holding(kiosk, 'Xanthe'), { timeout: 15_000 }).not.toEqual([]);
      await openThisPhone(xanthe);
      expect(squeeze(await xanthe.locator('hb-leaving p.hint').textContent())).toContain(
        'the board forgets everything that names you.',
      );
      await xanthe.getByTestId('leave-house').click();
      await xanthe.getByTestId('leave-house').click();
      await xanthe.getByTestId('not-joined-reason').waitFor({ timeout: 10_000 });
      // Nobody waits to be forgotten: it happens at once, down to the kiosk's own copy. Her phone
      // is let go first; the forgetting (and the scrub of every stored copy) follows within
      // seconds, so the list is asked until it has settled.
      const stillLeft = () =>
        admin.evaluate(async () =>
          ((await (await fetch('/api/people/left')).json()).left as { personId: string }[]).map(
            (l) => l.personId,
          ),
        );
      // Rosa only, who left with the old wait (the wait counts from each leaving, not from now).
      await expect.poll(stillLeft, { timeout: 20_000, interval: 250 }).toEqual([rosaId]);
      await eventually(async () => expect(await holding(kiosk, 'Xanthe')).toEqual([]), {
        timeoutMs: 20_000,
        intervalMs: 250,
      });
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
