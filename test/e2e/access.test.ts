import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { namedDayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  adminLink,
  joinByKioskCode,
  joinUrl,
  makeStaff,
  newPhone,
  openUnpairedKiosk,
  PageWatch,
  pairFromAdminPhone,
  sessionOf,
  shot,
  showSection,
  waitLive,
} from './browser-devices.ts';
import { plainCopyKeys, wallCopyKept } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

describe.runIf(chromiumReady())(
  'joining the house board',
  () => {
    let server: ServerProcess;
    let browser: Browser;
    let admin: Page;
    let kiosk: Page;
    const watch = new PageWatch();

    withHouse({ watch }, (house) => {
      ({ server, browser, admin } = house);
    });

    test('an unpaired kiosk shows a code, and shows the board once the admin types it', async () => {
      const unpaired = await openUnpairedKiosk(browser, server, watch);
      kiosk = unpaired.kiosk;
      expect(unpaired.code).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/);
      const words = await kiosk.getByTestId('pairing-screen').textContent();
      expect(words).toContain('an admin enters this code on their phone');
      expect(words).toContain('Admin → Pair a kiosk');
      // Readable across the room: the code is huge and the words at least 28 px.
      const sizes = await kiosk.getByTestId('pairing-screen').evaluate((page) => ({
        code: Number.parseFloat(getComputedStyle(page.querySelector('.code')!).fontSize),
        body: Number.parseFloat(getComputedStyle(page.querySelector('p')!).fontSize),
      }));
      expect(sizes.code).toBeGreaterThanOrEqual(120);
      expect(sizes.body).toBeGreaterThanOrEqual(28);
      await shot(kiosk, 'kiosk-pairing');

      await pairFromAdminPhone(admin, unpaired.code);
      await waitLive(kiosk);
      const qr = kiosk.getByTestId('join-qr');
      await qr.waitFor({ timeout: 10_000 });
      expect(await joinUrl(kiosk)).toMatch(new RegExp(`^${server.url}/join#.+`));
      // The QR code and every card fit on the wall together.
      const box = await qr.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(180);
      expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
      for (const card of ['hb-chores-card', 'hb-groups-card', 'hb-announcements-card']) {
        const cardBox = await kiosk.locator(card).boundingBox();
        expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(1080);
      }
      await shot(kiosk, 'kiosk-with-join-code');
    });

    test('a new phone joins by the kiosk QR code and chooses how its name shows', async () => {
      const phone = await newPhone(browser, watch);
      await phone.goto(await joinUrl(kiosk));
      const prompt = phone.getByTestId('name-prompt');
      await prompt.waitFor();
      // The token is out of the address bar at once.
      expect(new URL(phone.url()).pathname).toBe('/');
      expect(new URL(phone.url()).hash).toBe('');

      // An empty name gets the validator's sentence by the field, before anything is sent.
      await prompt.getByTestId('profile-save').click();
      expect(await prompt.getByTestId('problem-name').textContent()).toContain(
        'Please write a name',
      );
      await prompt.getByTestId('profile-name').fill('Sam Rivers');
      await prompt.getByTestId('choice-nameDisplay').locator('[data-value=initial]').click();
      expect(await prompt.getByTestId('name-preview').textContent()).toContain('Done by S.');
      await prompt.getByTestId('choice-nameDisplay').locator('[data-value=hidden]').click();
      expect(await prompt.getByTestId('name-preview').textContent()).toContain('no name shows');
      await prompt.getByTestId('choice-nameDisplay').locator('[data-value=initial]').click();
      await shot(phone, 'phone-name-prompt');
      await prompt.getByTestId('profile-save').click();
      await waitLive(phone);
      expect(await phone.getByTestId('house-name').textContent()).toBe('Linden House');

      // Ticked on the phone, the wall shows the name as Sam chose: the initial.
      const today = '[data-testid=chore-tick][data-still-open=no]';
      await phone.locator(today).filter({ hasText: 'Take out the recycling' }).click();
      const onWall = kiosk.locator(today).filter({ hasText: 'Take out the recycling' });
      await expect.poll(() => onWall.textContent()).toContain('Done by S.');
      expect(await onWall.textContent()).not.toContain('Sam');
      await phone.locator(today).filter({ hasText: 'Take out the recycling' }).click();
      await expect.poll(() => onWall.getAttribute('data-done')).toBe('no');

      // A member sees who is on shift, and is not offered shift editing.
      await showSection(phone, 'shifts');
      await phone.getByTestId('shifts-staff-only').waitFor();
      expect(await phone.getByTestId('add-shift').count()).toBe(0);
      expect(await phone.getByTestId('tab-admin').count()).toBe(0);
      await shot(phone, 'phone-member-shifts');
      await showSection(phone, 'phone');
      await shot(phone, 'phone-this-phone');

      // A phone that scans the code again stays itself.
      const { device } = await sessionOf(phone);
      await phone.goto(await joinUrl(kiosk));
      await waitLive(phone);
      expect((await sessionOf(phone)).device?.id).toBe(device?.id);
      await phone.context().close();
    });

    test('a phone that is not joined sees how to join, not an error', async () => {
      const stranger = await newPhone(browser, watch);
      await stranger.goto(`${server.url}/`);
      const page = stranger.getByTestId('not-joined');
      await page.waitFor();
      expect(await page.textContent()).toContain(
        "To join, scan the code on the kiosk in the common room with this phone's camera.",
      );
      expect(await stranger.locator('input, textarea, form').count()).toBe(0);
      expect(await stranger.getByTestId('tab-chores').count()).toBe(0);
      await shot(stranger, 'phone-not-joined');

      // A made-up code gets a kind sentence and the same way in.
      await stranger.goto(`${server.url}/join#not-a-real-code`);
      const reason = stranger.getByTestId('not-joined-reason');
      await reason.waitFor();
      expect(await reason.textContent()).toContain('scan the code on the kiosk again');
      expect(new URL(stranger.url()).hash).toBe('');
      expect((await sessionOf(stranger)).joined).toBe(false);
      await stranger.context().close();
    });

    test('a member enters the staff code and can go on shift', async () => {
      const member = await joinByKioskCode(browser, kiosk, watch, 'Jo');
      await showSection(member, 'phone');
      await member.getByTestId('staff-code-open').click();
      await member.getByTestId('field-staffCode').fill('WRONG-CODE');
      await member.getByTestId('staff-code-submit').click();
      expect(await member.getByTestId('problem-staffCode').textContent()).toContain(
        'staff code is not right',
      );
      await member.getByTestId('staff-code-cancel').click();

      await makeStaff(admin, member);
      expect(await admin.getByTestId('staff-code-shown').textContent()).toMatch(
        /[A-Z0-9]{4}-[A-Z0-9]{4}/,
      );
      await showSection(member, 'shifts');
      await member.getByTestId('add-shift').click();
      expect(await member.getByTestId('field-name').inputValue()).toBe('Jo');
      await member.getByTestId('save').click();
      await kiosk.getByTestId('shift-on-now').filter({ hasText: 'Jo' }).waitFor();
      // The staff code shows once: away from the Admin tab, it is gone.
      await showSection(admin, 'chores');
      expect(await admin.getByTestId('staff-code-shown').count()).toBe(0);
      await member.context().close();
    });

    test('an admin renames the house and every screen shows it', async () => {
      await showSection(admin, 'admin');
      await admin.getByTestId('field-houseName').fill('Linden House — upstairs');
      // Another zone where it is also day, so the wall stays on its day board.
      const zone = namedDayZone(await admin.getByTestId('field-timeZone').inputValue());
      await admin.getByTestId('field-timeZone').selectOption(zone);
      await admin.getByTestId('settings-save').click();
      await admin.getByTestId('settings-saved').waitFor();
      await expect
        .poll(() => kiosk.getByTestId('house-name').textContent())
        .toBe('Linden House — upstairs');
      await admin.getByTestId('field-houseName').fill('Linden House');
      await admin.getByTestId('settings-save').click();
      await expect.poll(() => kiosk.getByTestId('house-name').textContent()).toBe('Linden House');
    });

    test('an admin revokes a phone and its screen says it is no longer joined within a few seconds', async () => {
      const leaving = await joinByKioskCode(browser, kiosk, watch, 'Alex', 'full');
      const id = (await sessionOf(leaving)).device!.id;

      await showSection(admin, 'admin');
      const row = admin.locator(`[data-testid=device-row][data-device-id="${id}"]`);
      // The list is refreshed each time the Admin tab opens.
      await showSection(admin, 'chores');
      await showSection(admin, 'admin');
      await row.waitFor();
      expect(await row.textContent()).toContain('Alex');
      expect(await row.textContent()).toContain('member');
      // Alex's phone has the board open: connected now, not "last seen".
      expect(await row.getByTestId('device-seen').textContent()).toContain('connected now');
      const kioskRow = admin.locator('[data-testid=device-row][data-role=kiosk]');
      expect(await kioskRow.count()).toBe(1);
      await admin.evaluate(() => scrollTo({ top: 0 }));
      await shot(admin, 'phone-admin-devices');

      await row.getByTestId('device-revoke').click();
      expect(await row.getByTestId('device-revoke').textContent()).toContain(
        "Tap again to let Alex's phone go",
      );
      const started = performance.now();
      await row.getByTestId('device-revoke').click();
      const reason = leaving.getByTestId('not-joined-reason');
      await reason.waitFor({ timeout: 5_000 });
      const elapsed = performance.now() - started;
      console.info(
        `revoke: second tap → "no longer joined" on the phone in ${elapsed.toFixed(0)} ms`,
      );
      expect(await reason.textContent()).toContain('no longer joined');
      expect(await leaving.getByTestId('not-joined').textContent()).toContain('scan the code');
      expect((await sessionOf(leaving)).joined).toBe(false);
      await expect.poll(() => row.count()).toBe(0);

      // Reloading does not bring the board back: the device is out until it joins again.
      await leaving.reload();
      await leaving.getByTestId('not-joined').waitFor();
      expect(await leaving.getByTestId('tab-chores').count()).toBe(0);
    });

    test('an admin link works once', async () => {
      const link = await adminLink(server);
      const second = await newPhone(browser, watch);
      await second.goto(link);
      const reason = second.getByTestId('not-joined-reason');
      await reason.waitFor();
      expect(await reason.textContent()).toContain('used');
      await second.context().close();
    });

    test('a new name shows on the wall the way the person chose', async () => {
      const phone = await joinByKioskCode(browser, kiosk, watch, 'Morgan', 'hidden');
      const today = '[data-testid=chore-tick][data-still-open=no]';
      const chore = (page: Page) =>
        page.locator(today).filter({ hasText: 'Wipe the kitchen table' });
      await chore(phone).click();
      await expect.poll(() => chore(kiosk).getAttribute('data-done')).toBe('yes');
      expect(await chore(kiosk).textContent()).not.toContain('Done by');
      await showSection(phone, 'announcements');
      await phone.getByTestId('add-announcement').click();
      await phone.getByTestId('announcement-text').fill('Soup on the stove, help yourselves');
      await phone.getByTestId('save').click();
      const note = kiosk
        .getByTestId('announcement-item')
        .filter({ hasText: 'Soup on the stove, help yourselves' });
      await note.waitFor();
      expect(await note.textContent()).not.toContain('Morgan');

      await showSection(phone, 'phone');
      await phone.getByTestId('choice-nameDisplay').locator('[data-value=full]').click();
      await phone.getByTestId('profile-save').click();
      await phone.getByTestId('profile-saved').waitFor();
      await expect.poll(() => chore(kiosk).textContent()).toContain('Done by Morgan');
      await expect.poll(() => note.textContent()).toContain('Morgan ·');
      // Still live after the server changed what it knows of this phone.
      await waitLive(phone);
      await phone.context().close();
    });

    test('a kiosk that is let go asks to be paired again, and can be', async () => {
      await showSection(admin, 'chores');
      await showSection(admin, 'admin');
      const row = admin.locator('[data-testid=device-row][data-role=kiosk]');
      await row.waitFor();
      // The wall keeps a plain copy of the board for its first paint (ui/plain-copy.ts)…
      await expect.poll(() => plainCopyKeys(kiosk)).toHaveLength(1);
      // …and how it last looked, for the moment before its scripts load (kiosk/wall-copy.ts)…
      await expect.poll(() => wallCopyKept(kiosk), { timeout: 10_000 }).not.toBeNull();
      await row.getByTestId('device-revoke').click();
      await row.getByTestId('device-revoke').click();
      const code = kiosk.getByTestId('pairing-code');
      await code.waitFor({ timeout: 5_000 });
      expect(await kiosk.getByTestId('join-qr').count()).toBe(0);
      // …and, let go, keeps none.
      await expect.poll(() => plainCopyKeys(kiosk)).toEqual([]);
      expect(await wallCopyKept(kiosk)).toBeNull();
      await pairFromAdminPhone(admin, (await code.getAttribute('data-code')) ?? '');
      await waitLive(kiosk);
      await kiosk.getByTestId('join-qr').waitFor({ timeout: 10_000 });
    });

    test('no screen hit a script error or a dialog', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  30_000,
);
