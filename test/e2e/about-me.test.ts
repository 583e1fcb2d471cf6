// "What the board holds about me", in Chromium: Jo and Sam each say they'll do a chore, post an
// announcement, say "I'm coming" and go on shift; Jo's page (opened from This phone) shows Jo's
// things and not a word of Sam's, and the file it downloads holds the same. In Spanish too, axe-
// clean, and readable at twice the text size and in the board's night colours.
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type AboutPerson, dayInZone } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { clockIn, morningZone } from '../helpers/house-clock.ts';
import { makeStaff, PageWatch, sessionOf, shot, showSection } from './browser-devices.ts';
import { addGroup, choreRow, groupRow, postAnnouncement } from './day-plan.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Everything of Sam's that could slip onto Jo's page. */
const SAMS = ['Sam', 'Rivers', 'Baking bread on Sunday', 'Art group', 'Take out the recycling'];

describe.runIf(chromiumReady())(
  'what the board holds about me',
  () => {
    const zone = morningZone();
    let robin: Page;
    let jo: Page;
    let sam: Page;
    let samDeviceId: string;
    const watch = new PageWatch();

    withHouse(
      { zone, watch, kiosk: true, phones: [['Jo Park', 'initial'], 'Sam Rivers'] },
      async (house) => {
        robin = house.admin;
        [jo, sam] = house.phones as [Page, Page];
        samDeviceId = (await sessionOf(sam)).device!.id;
        await addGroup(robin, zone, { title: 'Morning walk', from: 60, to: 120 });
        await addGroup(robin, zone, { title: 'Art group', from: 180, to: 240 });
        // One staff code, typed on both phones (a second code would race the first on screen).
        await makeStaff(robin, jo);
        const code = (await robin.getByTestId('staff-code-shown').textContent())?.trim() ?? '';
        await showSection(sam, 'phone');
        await sam.getByTestId('staff-code-open').click();
        await sam.getByTestId('field-staffCode').fill(code);
        await sam.getByTestId('staff-code-submit').click();
        await sam.locator('[data-testid=this-phone-role][data-role=staff]').waitFor();
        const day = async (
          phone: Page,
          plan: { chore: string; note: string; groups: string[]; shift: number; pronouns: string },
        ) => {
          await showSection(phone, 'chores');
          await choreRow(phone, plan.chore).getByTestId('chore-claim').click();
          await choreRow(phone, plan.chore).getByTestId('chore-unclaim').waitFor();
          await postAnnouncement(phone, plan.note);
          await showSection(phone, 'groups');
          for (const group of plan.groups) {
            await groupRow(phone, group).getByTestId('group-coming').click();
            await groupRow(phone, group)
              .locator('[data-testid=group-coming][aria-pressed=true]')
              .waitFor();
          }
          await showSection(phone, 'shifts');
          await phone.getByTestId('add-shift').click();
          await phone.getByTestId('field-pronouns').fill(plan.pronouns);
          await phone.getByTestId('field-start').fill(clockIn(zone, plan.shift));
          await phone.getByTestId('field-end').fill(clockIn(zone, plan.shift + 120));
          await phone.getByTestId('save').click();
          await phone.getByTestId('add-shift').waitFor();
        };
        await day(jo, {
          chore: 'Empty the dishwasher',
          note: 'Film night on Friday, popcorn for all',
          groups: ['Morning walk'],
          shift: 30,
          pronouns: 'they/them',
        });
        await day(sam, {
          chore: 'Take out the recycling',
          note: 'Baking bread on Sunday',
          groups: ['Morning walk', 'Art group'],
          shift: 200,
          pronouns: 'he/him',
        });
        // Sam ticks a chore done; Jo thanks Sam for it.
        await showSection(sam, 'chores');
        await choreRow(sam, 'Wipe the kitchen table').getByTestId('chore-tick').click();
        await showSection(jo, 'chores');
        await choreRow(jo, 'Wipe the kitchen table').getByTestId('chore-thank').click();
        await choreRow(jo, 'Wipe the kitchen table')
          .locator('[data-testid=chore-thank]:disabled')
          .waitFor();
      },
    );

    const page = (phone: Page) => phone.getByTestId('about-me');
    /** The titles listed under one heading of the page, in order. */
    const titles = (list: Locator) => list.locator('li strong').allTextContents();

    async function openAboutMe(phone: Page): Promise<Locator> {
      await showSection(phone, 'phone');
      await phone.getByTestId('about-me-open').click();
      await page(phone).getByTestId('about-device').first().waitFor();
      return page(phone);
    }

    async function closeAboutMe(phone: Page) {
      await phone.getByTestId('about-me-back').click();
      await page(phone).waitFor({ state: 'hidden' });
    }

    test("Jo's page shows Jo's name, device, chores, thanks, group, post and shift — and nothing of Sam's", async () => {
      await showSection(jo, 'phone');
      await jo.getByTestId('about-me-open').scrollIntoViewIfNeeded();
      await shot(jo, 'phone-about-me-opener');
      const about = await openAboutMe(jo);
      const today = dayInZone(Date.now(), zone);
      expect(await about.getByTestId('about-name-written').textContent()).toBe('Jo Park');
      const name = ((await about.getByTestId('about-name').textContent()) ?? '').replace(
        /\s+/g,
        ' ',
      );
      expect(name).toContain('On the wall J.');
      expect(name).toContain('Pronouns they/them');
      expect(await titles(about.getByTestId('about-claims'))).toEqual(['Empty the dishwasher']);
      expect(await titles(about.getByTestId('about-thanks'))).toEqual(['Wipe the kitchen table']);
      expect(await titles(about.getByTestId('about-groups'))).toEqual(['Morning walk']);
      expect(await titles(about.getByTestId('about-posted'))).toEqual([
        'Film night on Friday, popcorn for all',
      ]);
      expect(await about.getByTestId('about-shifts').locator('li').count()).toBe(1);
      expect(await titles(about.getByTestId('about-devices'))).toEqual(['This phone']);
      // What Jo never did says so, kindly, in one line each.
      expect(await about.getByTestId('about-ticked-empty').textContent()).toBe(
        'No chores ticked by you lately.',
      );
      expect(await about.getByTestId('about-rotas-empty').isVisible()).toBe(true);
      expect(await about.getByTestId('about-turns-empty').isVisible()).toBe(true);

      const shown = (await about.textContent()) ?? '';
      for (const theirs of SAMS) expect(shown, theirs).not.toContain(theirs);

      // The file: the same sections, dates as ISO strings, named for the house's today.
      const [download] = await Promise.all([
        jo.waitForEvent('download'),
        about.getByTestId('about-me-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`houseboard-about-me-${today}.json`);
      const raw = fs.readFileSync(await download.path(), 'utf8');
      const file = JSON.parse(raw) as AboutPerson;
      expect(file.name).toEqual({
        asWritten: 'Jo Park',
        nameDisplay: 'initial',
        onTheWall: 'J.',
        pronouns: 'they/them',
      });
      expect(file.devices).toEqual([
        {
          id: (await sessionOf(jo)).device!.id,
          role: 'staff',
          thisDevice: true,
          joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          lastSeenAt: expect.stringMatching(/Z$/),
        },
      ]);
      expect(file.chores.saidYoudDo).toEqual([{ chore: 'Empty the dishwasher', day: today }]);
      expect(file.chores.ticked).toEqual([]);
      expect(file.chores.rotas).toEqual([]);
      expect(file.chores.turnsGivenToYou).toEqual([]);
      expect(file.thanksYouGave).toEqual([
        { chore: 'Wipe the kitchen table', day: today, at: expect.stringMatching(/Z$/) },
      ]);
      expect(file.groupsYouAreComingTo).toEqual([
        { group: 'Morning walk', day: today, at: expect.stringMatching(/Z$/) },
      ]);
      expect(file.posted.map((note) => note.text)).toEqual([
        'Film night on Friday, popcorn for all',
      ]);
      expect(file.shifts).toEqual([
        {
          start: expect.stringMatching(/Z$/),
          end: expect.stringMatching(/Z$/),
          pronouns: 'they/them',
        },
      ]);
      expect(new Date(file.madeAt).toISOString()).toBe(file.madeAt);
      for (const theirs of [...SAMS, samDeviceId]) expect(raw, theirs).not.toContain(theirs);
      await closeAboutMe(jo);
      expect(watch.errors).toEqual([]);
    });

    test("Sam's page is Sam's own, with nothing of Jo's", async () => {
      const about = await openAboutMe(sam);
      expect(await titles(about.getByTestId('about-claims'))).toEqual(['Take out the recycling']);
      expect(await titles(about.getByTestId('about-ticked'))).toEqual(['Wipe the kitchen table']);
      expect((await titles(about.getByTestId('about-groups'))).sort()).toEqual([
        'Art group',
        'Morning walk',
      ]);
      expect(await titles(about.getByTestId('about-posted'))).toEqual(['Baking bread on Sunday']);
      expect(await about.getByTestId('about-thanks-empty').isVisible()).toBe(true);
      const shown = (await about.textContent()) ?? '';
      for (const jos of ['Park', 'they/them', 'popcorn', 'Empty the dishwasher'])
        expect(shown, jos).not.toContain(jos);
      expect(shown).not.toMatch(/\bJo\b|\bJ\./);
      await closeAboutMe(sam);
    });

    test('someone who has done nothing yet gets a kind line under each heading', async () => {
      const about = await openAboutMe(robin);
      for (const list of [
        'claims',
        'ticked',
        'rotas',
        'turns',
        'thanks',
        'groups',
        'posted',
        'shifts',
      ])
        expect(await about.getByTestId(`about-${list}-empty`).count(), list).toBe(1);
      expect(await about.getByTestId('about-name-written').textContent()).toBe('Robin');
      await closeAboutMe(robin);
    });

    test('the page speaks Spanish on a phone set to Spanish, and Back returns to This phone', async () => {
      await showSection(jo, 'phone');
      await jo.locator('[data-testid=phone-language] button[data-value=es]').click();
      const about = await openAboutMe(jo);
      expect(await about.locator('#about-me-heading').textContent()).toBe(
        'Lo que el tablón guarda sobre ti',
      );
      expect(await about.getByTestId('about-me-download').textContent()).toContain(
        'Descargar en un archivo',
      );
      expect(await about.getByTestId('about-ticked-empty').textContent()).toBe(
        'Últimamente no has marcado ninguna tarea.',
      );
      await shot(jo, 'phone-about-me-es');
      await closeAboutMe(jo);
      // Focus is back on the button that opened it.
      expect(
        await jo.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.getAttribute('data-testid');
        }),
      ).toBe('about-me-open');
      await jo.locator('[data-testid=phone-language] button[data-value=house]').click();
    });

    for (const look of ['day', 'night'] as const) {
      test(`axe-clean and nothing spills off the side, by ${look}, at the usual and the largest text`, async () => {
        const night =
          look === 'night'
            ? await jo.addStyleTag({ content: 'hb-phone-app { color-scheme: dark; }' })
            : undefined;
        try {
          for (const size of ['normal', 'largest'] as const) {
            // The largest text a phone offers: everything twice its size, as a 200% page zoom.
            await jo.evaluate(
              (zoom) => {
                document.documentElement.style.zoom = zoom;
              },
              size === 'largest' ? '2' : '',
            );
            const about = await openAboutMe(jo);
            await jo.emulateMedia({ reducedMotion: 'reduce' });
            const results = await new AxeBuilder({ page: jo }).withTags(TAGS).analyze();
            const found = results.violations.flatMap((v) =>
              v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
            );
            expect(found, `${look} ${size}`).toEqual([]);
            const sides = await about.evaluate((dialog) => ({
              scroll: dialog.scrollWidth,
              width: dialog.clientWidth,
              background: getComputedStyle(dialog).backgroundColor,
            }));
            expect(sides.scroll, `${look} ${size}`).toBeLessThanOrEqual(sides.width);
            if (look === 'night') expect(sides.background).not.toBe('rgb(243, 239, 230)');
            await shot(jo, `phone-about-me-${look}-${size}`);
            await about
              .locator('#about-chores')
              .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
            await shot(jo, `phone-about-me-${look}-${size}-chores`);
            await about.evaluate((dialog) => {
              dialog.scrollTop = dialog.scrollHeight;
            });
            await shot(jo, `phone-about-me-${look}-${size}-end`);
            await closeAboutMe(jo);
          }
        } finally {
          await jo.evaluate(() => {
            document.documentElement.style.zoom = '';
          });
          await night?.evaluate((style) => (style as Element).remove());
        }
      });
    }
  },
  240_000,
);
