// Every screen a person meets, checked by axe (WCAG 2.1 A and AA, and axe's best practices) in
// the states people see it in: the kiosk unpaired, with a full day on it and in visitor mode;
// the phone before joining, at its name prompt, on each tab and with each form open showing a
// problem. axe looks inside the open shadow roots Lit renders into.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  adminLink,
  answerNamePrompt,
  joinByKioskCode,
  newPhone,
  openUnpairedKiosk,
  PageWatch,
  type PhoneSectionName,
  pairFromAdminPhone,
  showSection,
  waitLive,
} from './browser-devices.ts';
import { addGroup, addShift, choreTick, MEETING_NOW, postAnnouncement } from './day-plan.ts';
import { withHouse } from './with-house.ts';

/** A sentence saying what is wrong, beside a field or above the buttons. */
const PROBLEM = '[data-testid^=problem-], [data-testid=profile-problem]';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** What axe found on a page, one line per element, so a failure says where to look. */
async function violations(page: Page): Promise<string[]> {
  // A card fading in is half-transparent for a moment, and the wall's announcements take turns
  // fading in: check what stays on the screen (the still colours are also measured at 7:1 in
  // sizes.test.ts).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${violation.help}. ${node.failureSummary ?? ''}`,
    ),
  );
}

describe.runIf(chromiumReady())(
  'every screen passes axe',
  () => {
    const zone = morningZone();
    let server: ServerProcess;
    let browser: Browser;
    let admin: Page;
    let kiosk: Page;
    const watch = new PageWatch();
    /** Violations per view, printed at the end for the record. */
    const found: Record<string, number> = {};

    async function expectClean(page: Page, view: string) {
      const list = await violations(page);
      found[view] = list.length;
      if (list.length) console.info(view, list);
      expect.soft(list.join('\n'), view).toBe('');
    }

    /** Opens a section's form, saves it empty (or as `spoil` leaves it) and checks the problem. */
    async function formWithProblem(
      view: string,
      open: () => Promise<void>,
      spoil = async () => {},
    ) {
      await open();
      await spoil();
      await admin.getByTestId('save').click();
      await admin.locator(PROBLEM).first().waitFor();
      await expectClean(admin, view);
      await admin.getByTestId('cancel').click();
    }

    withHouse({ zone, watch, admin: false }, (house) => {
      ({ server, browser } = house);
    });

    afterAll(() => {
      console.info('axe violations per view:', JSON.stringify(found, null, 1));
    });

    test('the phone before it joins', async () => {
      const stranger = await newPhone(browser, watch);
      await stranger.goto(`${server.url}/`);
      await stranger.getByTestId('not-joined').waitFor();
      await expectClean(stranger, 'phone: not joined');
    });

    test("the phone's name prompt", async () => {
      admin = await newPhone(browser, watch);
      await admin.goto(await adminLink(server));
      await admin.getByTestId('name-prompt').waitFor();
      await expectClean(admin, 'phone: name prompt');
      await admin.getByTestId('profile-save').click();
      await admin.locator(PROBLEM).first().waitFor();
      await expectClean(admin, 'phone: name prompt with a problem');
      await answerNamePrompt(admin, 'Robin');
    });

    test('the kiosk waiting to be paired', async () => {
      const unpaired = await openUnpairedKiosk(browser, server, watch);
      kiosk = unpaired.kiosk;
      await expectClean(kiosk, 'kiosk: pairing');
      await pairFromAdminPhone(admin, unpaired.code);
      await waitLive(kiosk);
      await kiosk.getByTestId('join-qr').waitFor({ timeout: 10_000 });
    });

    test('the kiosk with a full day on it', async () => {
      await choreTick(kiosk, 'Empty the dishwasher').click();
      await expect
        .poll(() => choreTick(kiosk, 'Empty the dishwasher').getAttribute('data-done'))
        .toBe('yes');
      await addGroup(admin, zone, MEETING_NOW);
      await addGroup(admin, zone, { title: 'Art group', from: 90, to: 150, leader: 'Sam' });
      await addShift(admin, zone, { from: -60, to: 240 });
      await postAnnouncement(admin, 'Film night in the lounge at 8');
      await postAnnouncement(admin, 'The plumber comes on Tuesday', { pinned: true });
      await kiosk.getByTestId('announcement-item').nth(1).waitFor();
      await kiosk.getByTestId('group-item').nth(1).waitFor();
      await expectClean(kiosk, 'kiosk: board');
    });

    test('the kiosk in visitor mode', async () => {
      await kiosk.getByTestId('visitor-mode-on').click();
      await kiosk.getByTestId('visitor-notice').waitFor();
      await expectClean(kiosk, 'kiosk: visitor mode');
      await admin.getByTestId('visitor-banner').waitFor();
      await expectClean(admin, 'phone: visitor banner');
      await admin.getByTestId('visitor-banner-off').click();
      await kiosk.getByTestId('visitor-mode-on').waitFor();
    });

    test('every tab of the phone', async () => {
      const sections = ['chores', 'groups', 'announcements', 'shifts', 'phone', 'admin'] as const;
      for (const section of sections) {
        await showSection(admin, section);
        await expectClean(admin, `phone: ${section} section`);
      }
      for (const tab of ['week', 'food', 'list']) {
        await admin.getByTestId(`tab-${tab}`).click();
        await expectClean(admin, `phone: ${tab} tab`);
      }
    });

    const tab = (name: PhoneSectionName) => showSection(admin, name);
    const click = (testid: string) => admin.getByTestId(testid).first().click();
    const emptied = (testid: string) => () => admin.getByTestId(testid).fill('');

    test('the chore forms, showing a problem', async () => {
      await tab('chores');
      await formWithProblem('phone: add a chore', () => click('add-chore'));
      await formWithProblem(
        'phone: change a chore',
        () => click('chore-edit'),
        emptied('field-title'),
      );
    });

    test('the group forms, showing a problem', async () => {
      await tab('groups');
      await formWithProblem('phone: add a group', () => click('add-group'));
      await formWithProblem(
        'phone: change a group',
        () => click('group-edit'),
        emptied('field-title'),
      );
    });

    test('the shift and announcement forms, showing a problem', async () => {
      await tab('shifts');
      await formWithProblem('phone: add a shift', () => click('add-shift'), emptied('field-name'));
      await tab('announcements');
      await formWithProblem('phone: add an announcement', () => click('add-announcement'));
      await formWithProblem(
        'phone: change an announcement',
        () => click('announcement-edit'),
        emptied('announcement-text'),
      );
    });

    test("the admin's pairing form, showing a problem", async () => {
      await tab('admin');
      await admin.getByTestId('field-pairCode').fill('000000');
      await admin.getByTestId('pair-submit').click();
      await admin.locator(PROBLEM).first().waitFor();
      await expectClean(admin, 'phone: pair a kiosk with a problem');
    });

    test("a resident's phone: shifts for staff only, and the staff code with a problem", async () => {
      const member = await joinByKioskCode(browser, kiosk, watch, 'Sam');
      await showSection(member, 'shifts');
      await expectClean(member, 'phone (resident): shifts tab');
      await showSection(member, 'phone');
      await member.getByTestId('staff-code-open').click();
      await member.getByTestId('field-staffCode').fill('nope');
      await member.getByTestId('staff-code-submit').click();
      await member.locator(PROBLEM).first().waitFor();
      await expectClean(member, 'phone (resident): staff code with a problem');
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  120_000,
);
