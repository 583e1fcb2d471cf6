// The admin's device list, safe from a slip of the finger: the second tap must land on the same
// button within 4 s or the arm drops, a tap on another row never lets any device go, every button
// names its device, a phone with the board open shows "connected now", and the staff code shows
// once. The arm's 4 s run on Playwright's clock on the admin's page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady, pinClock } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  joinByKioskCode,
  joinUrl,
  newPhone,
  PageWatch,
  sessionOf,
  shot,
  showSection,
  waitLive,
} from './browser-devices.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface ListedDevice {
  id: string;
  name?: string;
  createdAt: number;
  revokedAt?: number;
  connected: boolean;
}

/** The devices as the server lists them, asked from the admin's page with its cookie. */
async function serverDevices(page: Page): Promise<ListedDevice[]> {
  return page.evaluate(async () => (await (await fetch('/api/devices')).json()).devices);
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** When a device joined, as its button says it: in the house's time zone, never the phone's. */
function joinedWords(instant: number, zone: string, withTime: boolean): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    timeZone: zone,
  }).format(instant);
}

describe.runIf(chromiumReady())(
  'a safe admin device list',
  () => {
    const zone = morningZone();
    let server: ServerProcess;
    let browser: Browser;
    let admin: Page;
    let kiosk: Page;
    let jo: Page;
    let rosa: Page;
    const ids = { jo: '', rosa: '', otherJo: '', unnamed: '' };
    const watch = new PageWatch();

    withHouse(
      {
        zone,
        watch,
        kiosk: true,
        phones: [
          ['Jo', 'full'],
          ['Rosa', 'initial'],
        ],
      },
      async (house) => {
        ({ server, browser, admin, kiosk } = house);
        [jo, rosa] = house.phones as [Page, Page];
        ids.jo = (await sessionOf(jo)).device!.id;
        ids.rosa = (await sessionOf(rosa)).device!.id;
      },
    );

    const row = (page: Page, id: string) =>
      page.locator(`[data-testid=device-row][data-device-id="${id}"]`);
    const letGo = (page: Page, id: string) => row(page, id).getByTestId('device-revoke');

    /** The Admin tab opened afresh: the list is asked for each time it opens. */
    async function openDevices(page: Page) {
      await showSection(page, 'chores');
      await showSection(page, 'admin');
      await page.getByTestId('admin-devices').waitFor();
    }

    async function stillJoined(...who: string[]) {
      const devices = await serverDevices(admin);
      for (const id of who) {
        const device = devices.find((d) => d.id === id);
        expect(device, id).toBeDefined();
        expect(device?.revokedAt, id).toBeUndefined();
      }
    }

    test('every button says which device it is for, and no two sound alike', async () => {
      // A second Jo, and a phone that skipped its name: the hard cases.
      const otherJo = await joinByKioskCode(browser, kiosk, watch, 'Jo');
      const unnamed = await newPhone(browser, watch);
      await unnamed.goto(await joinUrl(kiosk));
      await unnamed.getByTestId('profile-skip').click();
      await waitLive(unnamed);
      ids.otherJo = (await sessionOf(otherJo)).device!.id;
      ids.unnamed = (await sessionOf(unnamed)).device!.id;

      await openDevices(admin);
      await row(admin, ids.unnamed).waitFor();
      const buttons = admin.getByTestId('device-revoke');
      const names = (await buttons.allTextContents()).map(squeeze);
      // Every device but the admin's own phone: the kiosk, Jo, Rosa, the other Jo, the unnamed.
      expect(names).toHaveLength(5);
      expect(new Set(names).size).toBe(names.length);
      expect(names).not.toContain('Let this device go');
      expect(names).toContain("Let Rosa's phone go");
      expect(names).toContain('Let the kiosk go');
      expect(squeeze(await letGo(admin, ids.unnamed).textContent())).toMatch(
        /^Let the unnamed phone that joined \d{1,2} [A-Z][a-z]{2} go$/,
      );
      // Two Jos are told apart by when they joined (and by a number if in the same minute).
      const jos = [squeeze(await letGo(admin, ids.jo).textContent())];
      jos.push(squeeze(await letGo(admin, ids.otherJo).textContent()));
      for (const words of jos) expect(words).toMatch(/^Let Jo's phone that joined .+ go$/);
      expect(jos[0]).not.toBe(jos[1]);
      const joined = (await serverDevices(admin)).find((d) => d.id === ids.jo)!.createdAt;
      expect(jos[0]).toContain(`that joined ${joinedWords(joined, zone, true)}`);
      // Each is a button of its own by that accessible name.
      for (const name of names) {
        expect(await admin.getByRole('button', { name, exact: true }).count(), name).toBe(1);
      }
      await otherJo.context().close();
      await unnamed.context().close();
    });

    test('a phone with the board open shows "connected now"; one put away shows when it was last seen', async () => {
      const sam = await joinByKioskCode(browser, kiosk, watch, 'Sam');
      const samId = (await sessionOf(sam)).device!.id;
      await openDevices(admin);
      const seen = (id: string) => row(admin, id).getByTestId('device-seen');
      await expect.poll(() => seen(samId).textContent()).toContain('connected now');
      expect(await seen(ids.jo).textContent()).toContain('connected now');
      expect(
        await admin
          .locator('[data-testid=device-row][data-role=kiosk]')
          .getAttribute('data-connected'),
      ).toBe('yes');
      expect(await seen(ids.jo).textContent()).not.toContain('last seen');
      expect((await serverDevices(admin)).find((d) => d.id === samId)?.connected).toBe(true);

      await sam.context().close();
      await expect
        .poll(async () => (await serverDevices(admin)).find((d) => d.id === samId)?.connected)
        .toBe(false);
      await openDevices(admin);
      await expect
        .poll(async () => squeeze(await seen(samId).textContent()))
        .toMatch(/last seen (just now|1 min ago)$/);
      expect(await row(admin, samId).getAttribute('data-connected')).toBe('no');
    });

    test('the arm drops after 4 s, and a tap on another row never lets any device go', async () => {
      const kit = await joinByKioskCode(browser, kiosk, watch, 'Kit');
      const kitId = (await sessionOf(kit)).device!.id;
      // The admin's phone opened again, on a device of its own (the same cookie), its timers on
      // Playwright's clock: the clock is a whole context's, so the admin's own tab keeps its own.
      const device = await browser.newContext({
        storageState: await admin.context().storageState(),
        viewport: { width: 390, height: 844 },
        hasTouch: true,
      });
      const page = watch.watch(await device.newPage());
      await pinClock(page, { time: Date.now() });
      await page.goto(server.url);
      await waitLive(page);
      await openDevices(page);
      await row(page, kitId).waitFor();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

      // Armed, and still armed just before 4 s; at 4 s it is the ordinary button again.
      await letGo(page, ids.jo).click();
      expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('yes');
      expect(squeeze(await letGo(page, ids.jo).textContent())).toMatch(
        /^Tap again to let Jo's phone (that joined .+ )?go$/,
      );
      await page.clock.runFor(3_900);
      expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('yes');
      await page.clock.runFor(200);
      await expect.poll(() => letGo(page, ids.jo).getAttribute('data-armed')).toBe('no');
      expect(squeeze(await letGo(page, ids.jo).textContent())).toMatch(/^Let Jo's phone/);
      // A tap after the arm dropped arms it again; it lets nothing go.
      await letGo(page, ids.jo).click();
      expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('yes');
      await stillJoined(ids.jo);

      // Armed on Jo, the next tap lands on Rosa's row: nothing is armed and nothing let go.
      await page.clock.runFor(1_000);
      await letGo(page, ids.rosa).click();
      expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('no');
      expect(await letGo(page, ids.rosa).getAttribute('data-armed')).toBe('no');
      expect(await page.getByTestId('devices-message').textContent()).toContain(
        'Nothing was let go.',
      );
      // And a tap on Rosa's again only arms Rosa's.
      await letGo(page, ids.rosa).click();
      expect(await letGo(page, ids.rosa).getAttribute('data-armed')).toBe('yes');
      await page.clock.runFor(500);
      await letGo(page, ids.jo).click();
      await stillJoined(ids.jo, ids.rosa);
      expect(await page.locator('[data-armed=yes]').count()).toBe(0);

      // Two taps on the same button, a second apart, do let a device go: Kit's.
      await letGo(page, kitId).click();
      await page.clock.runFor(1_000);
      await letGo(page, kitId).click();
      await kit.getByTestId('not-joined-reason').waitFor({ timeout: 5_000 });
      expect((await serverDevices(admin)).find((d) => d.id === kitId)?.revokedAt).toBeDefined();
      await stillJoined(ids.jo, ids.rosa);
      await page.clock.resume();
      await device.close();
      await kit.context().close();
    });

    test('the staff code shows once, and a new one only after a confirm that says the old one stops working', async () => {
      await openDevices(admin);
      const shown = admin.getByTestId('staff-code-shown');
      await admin.getByTestId('staff-code-new').click();
      const ask = admin.getByTestId('staff-code-ask');
      expect(squeeze(await ask.textContent())).toContain(
        'Make a new staff code? The code made before stops working',
      );
      expect(await shown.count()).toBe(0);
      await admin.getByTestId('staff-code-keep').click();
      expect(await ask.count()).toBe(0);
      expect(await shown.count()).toBe(0);

      await admin.getByTestId('staff-code-new').click();
      await admin.getByTestId('staff-code-confirm').click();
      const first = squeeze(await shown.textContent());
      expect(first).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      // "Done, I've written it down": gone, and the way back is a new code.
      await admin.getByTestId('staff-code-done').click();
      expect(await shown.count()).toBe(0);
      expect(await admin.getByTestId('staff-code-hidden').textContent()).toContain(
        'cannot show it again',
      );
      expect(await admin.getByText(first).count()).toBe(0);

      // Putting the phone away hides it too.
      await admin.getByTestId('staff-code-new').click();
      await admin.getByTestId('staff-code-confirm').click();
      const second = squeeze(await shown.textContent());
      expect(second).not.toBe(first);
      await admin.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        delete (document as { visibilityState?: string }).visibilityState;
      });
      await expect.poll(() => shown.count()).toBe(0);

      // Leaving the Admin tab hides it; the code made last is the one that works.
      await admin.getByTestId('staff-code-new').click();
      await admin.getByTestId('staff-code-confirm').click();
      const third = squeeze(await shown.textContent());
      await openDevices(admin);
      expect(await shown.count()).toBe(0);
      await showSection(jo, 'phone');
      await jo.getByTestId('staff-code-open').click();
      await jo.getByTestId('field-staffCode').fill(second);
      await jo.getByTestId('staff-code-submit').click();
      await jo.getByTestId('problem-staffCode').waitFor();
      await jo.getByTestId('field-staffCode').fill(third);
      await jo.getByTestId('staff-code-submit').click();
      await jo.locator('[data-testid=this-phone-role][data-role=staff]').waitFor();
      await waitLive(jo);
    });

    test('axe finds nothing on the Admin tab, with a button armed and not', async () => {
      await openDevices(admin);
      /** axe waits on timers: on a paused clock, time is moved on in small steps until it is done. */
      const clean = async (view: string, paused = false) => {
        await admin.emulateMedia({ reducedMotion: 'reduce' });
        let done = false;
        const analysis = new AxeBuilder({ page: admin })
          .withTags(TAGS)
          .analyze()
          .finally(() => {
            done = true;
          });
        // axe opens a blank page of its own in the same context and closes it when it finishes:
        // a step that meets that page closing is not a failure.
        const step = () =>
          admin.clock.runFor(5).catch((error: unknown) => {
            if (!/has been closed/.test(String(error))) throw error;
          });
        for (let n = 0; paused && !done && n < 300; n++) await step();
        const results = await analysis;
        const found = results.violations.flatMap((v) =>
          v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
        );
        expect.soft(found.join('\n'), view).toBe('');
      };
      await clean('admin tab');
      // Armed, on a clock that holds still while axe looks.
      await pinClock(admin, { time: Date.now() });
      await admin.clock.pauseAt((await admin.evaluate(() => Date.now())) + 1_000);
      await letGo(admin, ids.rosa).click();
      expect(await letGo(admin, ids.rosa).getAttribute('data-armed')).toBe('yes');
      await clean('admin tab, a button armed', true);
      // axe looked within the 4 s: the button it saw was the armed one.
      expect(await letGo(admin, ids.rosa).getAttribute('data-armed')).toBe('yes');
      await admin.clock.runFor(4_000);
      expect(await letGo(admin, ids.rosa).getAttribute('data-armed')).toBe('no');
      await admin.clock.resume();
    });

    test('the device list at phone size and at the largest text, armed and not', async () => {
      // The admin's own phone, twice: as it comes, and at the phone's largest text, which Chrome
      // on a phone gives as the page at 200% (here: half the CSS width, drawn at twice the scale).
      const sizes = [
        { name: 'phone-admin-device-list', viewport: { width: 390, height: 844 }, scale: 1 },
        {
          name: 'phone-admin-device-list-largest-text',
          viewport: { width: 195, height: 422 },
          scale: 2,
        },
      ];
      for (const size of sizes) {
        const context = await browser.newContext({
          storageState: await admin.context().storageState(),
          viewport: size.viewport,
          deviceScaleFactor: size.scale,
          hasTouch: true,
        });
        const page = watch.watch(await context.newPage());
        await pinClock(page, { time: Date.now() });
        await page.goto(server.url);
        await waitLive(page);
        // Through the tab bar: at the largest text it scrolls sideways, and the You tab, last,
        // is reached and tapped like any other; the Admin button waits at the top of You.
        const youTab = page.getByTestId('tab-you');
        await youTab.scrollIntoViewIfNeeded();
        const tab = await youTab.boundingBox();
        expect(tab!.x).toBeGreaterThanOrEqual(0);
        expect(tab!.x + tab!.width).toBeLessThanOrEqual(size.viewport.width + 0.5);
        await youTab.click();
        await page.getByTestId('tab-admin').click();
        await row(page, ids.rosa).waitFor();
        await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
        await page.getByTestId('admin-devices-section').evaluate((el) => el.scrollIntoView());
        await shot(page, size.name);
        // On a fresh phone the settings arrive after the list: the days are still the house's.
        for (const device of await serverDevices(admin)) {
          const button = letGo(page, device.id);
          if (device.revokedAt || !(await button.count())) continue;
          const words = squeeze(await button.textContent());
          if (words.includes('joined')) {
            expect(words).toContain(`joined ${joinedWords(device.createdAt, zone, false)}`);
          }
          if (/\d\d:\d\d/.test(words)) {
            expect(words).toContain(joinedWords(device.createdAt, zone, true));
          }
        }
        await letGo(page, ids.jo).click();
        expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('yes');
        await shot(page, `${size.name}-armed`);
        // Every row and its button stay within the screen: nothing to scroll sideways to.
        const widest = await page
          .getByTestId('device-row')
          .evaluateAll((rows) =>
            Math.max(
              ...rows.flatMap((li) =>
                [li, ...li.querySelectorAll('button')].map(
                  (el) => el.getBoundingClientRect().right,
                ),
              ),
            ),
          );
        expect(widest).toBeLessThanOrEqual(size.viewport.width);
        await page.clock.runFor(4_000);
        expect(await letGo(page, ids.jo).getAttribute('data-armed')).toBe('no');
        await context.close();
      }
      await stillJoined(ids.jo, ids.rosa);
    });

    test('no screen hit a script error or a dialog', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  60_000,
);
