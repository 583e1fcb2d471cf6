import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import { faketimeReady, movableClock } from '../helpers/movable-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  joinByKioskCode,
  makeStaff,
  PageWatch,
  shot,
  showSection,
  waitLive,
} from './browser-devices.ts';
import {
  addGroup,
  addShift,
  choreRow,
  choreTick,
  groupOnWall,
  postAnnouncement,
  wallText,
} from './day-plan.ts';
import { withHouse } from './with-house.ts';

const NOTE = 'The van is at the garage until Thursday';

describe.runIf(chromiumReady())(
  'a staff day',
  () => {
    const zone = morningZone();
    let server: ServerProcess;
    let kiosk: Page;
    /** Robin, the admin, works shifts; Alex became staff with the staff code; Sam lives here. */
    let robin: Page;
    let alex: Page;
    let sam: Page;
    const watch = new PageWatch();
    const clock = movableClock();
    const onNow = () => kiosk.getByTestId('shift-on-now');

    withHouse(
      { zone, watch, kiosk: true, phones: [['Alex', 'full']], env: clock.env },
      async (house) => {
        ({ server, kiosk, admin: robin } = house);
        alex = house.phones[0]!;
        await makeStaff(robin, alex);
        await waitLive(alex);
        sam = await joinByKioskCode(house.browser, kiosk, watch, 'Sam Rivers', 'full');
      },
    );

    test('staff hand over with a note and the incoming person takes over with one tap: the wall changes On now at that moment and shows the note', async () => {
      await addShift(robin, zone, { from: -120, to: 300 });
      await addShift(alex, zone, { from: 180, to: 600 });
      await onNow().filter({ hasText: 'Robin' }).waitFor();
      await expect
        .poll(() => kiosk.getByTestId('shift-next').textContent())
        .toMatch(/Next:\s+Alex\s+from\s+\d{1,2}(:\d\d)? pm/);

      // Robin hands over: a short note to the house, then waiting for the next person.
      const robinsRow = robin.getByTestId('shift-row').filter({ hasText: 'Robin' });
      await robinsRow.getByTestId('hand-over').click();
      await robin.getByTestId('field-handoffNote').fill(NOTE);
      await shot(robin, 'phone-hand-over');
      await robin.getByTestId('hand-over-send').click();
      await kiosk.getByTestId('shift-handing-over').waitFor();
      expect(await kiosk.getByTestId('handoff-pending').textContent()).toContain(NOTE);
      expect(await onNow().textContent()).toContain('Robin');
      // The one handing over is not offered to take over from themselves.
      expect(await robin.getByTestId('take-over-mine').count()).toBe(0);
      await shot(kiosk, 'kiosk-handoff');

      // Alex takes over with one tap on their own shift planned for later.
      await showSection(alex, 'shifts');
      await alex.getByTestId('take-over-panel').waitFor();
      await shot(alex, 'phone-take-over');
      const started = performance.now();
      await alex.getByTestId('take-over-mine').click();
      await expect.poll(() => onNow().textContent()).toContain('Alex');
      console.info(
        `take over: tap → On now on the wall in ${(performance.now() - started).toFixed(0)} ms`,
      );
      expect(await onNow().count()).toBe(1);
      // Robin handed over: nowhere on the wall's shift card (on now, next or the note).
      const shiftCard = await kiosk.getByTestId('shift-summary').allTextContents();
      expect(shiftCard.join(' ')).not.toContain('Robin');
      const handoffNote = (await kiosk.getByTestId('handoff-note').textContent())?.replace(
        /\s+/g,
        ' ',
      );
      expect(handoffNote?.trim()).toBe(`From the handover: ${NOTE}`);
      expect(await kiosk.getByTestId('shift-handing-over').count()).toBe(0);
      await shot(kiosk, 'kiosk-handoff-taken');

      // Staff see the last week's handovers; residents see the note but not the history.
      const history = alex.getByTestId('handoff-history-item');
      await expect.poll(() => history.first().textContent()).toContain('Robin to Alex');
      expect(await history.first().textContent()).toContain(NOTE);
      await shot(alex, 'phone-handoff-history');
      await showSection(sam, 'shifts');
      await sam.getByTestId('handoff-note').waitFor();
      expect(await sam.getByTestId('handoff-history').count()).toBe(0);
      expect(await sam.getByTestId('hand-over').count()).toBe(0);
    });

    test('taking over can start a shift on the spot, and the wall says plainly when nobody is on', async () => {
      const alexsRow = alex.getByTestId('shift-row').filter({ hasText: 'Alex' });
      await alexsRow.getByTestId('hand-over').click();
      await alex.getByTestId('hand-over-send').click();
      await kiosk.getByTestId('shift-handing-over').waitFor();
      await showSection(robin, 'shifts');
      await robin.getByTestId('take-over-now').click();
      await expect.poll(() => onNow().textContent()).toContain('Robin');
      expect(await onNow().count()).toBe(1);

      await robin
        .getByTestId('shift-row')
        .filter({ hasText: 'Robin' })
        .getByTestId('shift-end')
        .click();
      await kiosk.getByTestId('shift-nobody').waitFor();
      expect(await kiosk.getByTestId('shift-nobody').textContent()).toBe(
        'Nobody is marked on shift right now',
      );
      await addShift(alex, zone, { from: -1, to: 300 });
      await onNow().filter({ hasText: 'Alex' }).waitFor();
    });

    test('visitor mode on the kiosk hides every name until switched off by staff', async () => {
      await showSection(sam, 'chores');
      await choreRow(sam, 'Empty the dishwasher').getByTestId('chore-claim').click();
      await postAnnouncement(sam, 'Knitting circle in the lounge tonight, all welcome.');
      await addGroup(robin, zone, {
        title: 'Cooking together',
        from: 30,
        to: 90,
        place: 'Kitchen',
        leader: 'Robin',
      });
      const claim = choreTick(kiosk, 'Empty the dishwasher').getByTestId('chore-status');
      await expect.poll(() => claim.textContent()).toBe('Sam Rivers will do it');
      await groupOnWall(kiosk, 'Cooking together').waitFor();

      await kiosk.getByTestId('visitor-mode-on').click();
      const notice = kiosk.getByTestId('visitor-notice');
      await notice.waitFor();
      expect((await notice.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
        /^Visitor mode — names hidden until \d{1,2}(:\d\d)? (am|pm)$/,
      );
      await expect.poll(() => claim.textContent()).toBe('S. will do it');
      expect(await onNow().textContent()).toContain('A.');
      expect(await groupOnWall(kiosk, 'Cooking together').textContent()).toContain('with R.');
      const everything = await wallText(kiosk);
      for (const name of ['Sam Rivers', 'Alex', 'Robin']) expect(everything).not.toContain(name);
      // On the wall the switch became its banner (two taps end it there: visitor.test.ts); a
      // resident's phone cannot end it.
      expect(await kiosk.getByTestId('visitor-mode-on').count()).toBe(0);
      await sam.getByTestId('visitor-banner').waitFor();
      expect(await sam.getByTestId('visitor-banner-off').count()).toBe(0);
      // Phones show what the wall shows; Sam's own phone says "you".
      await expect
        .poll(() => choreTick(alex, 'Empty the dishwasher').textContent())
        .toContain('S. will do it');
      expect(await choreTick(sam, 'Empty the dishwasher').textContent()).toContain("You'll do it");
      await shot(kiosk, 'kiosk-visitor-mode');
      await shot(sam, 'phone-visitor-mode');

      await robin.getByTestId('visitor-banner-off').click();
      await expect.poll(() => claim.textContent()).toBe('Sam Rivers will do it');
      await kiosk.getByTestId('visitor-mode-on').waitFor();
      expect(await onNow().textContent()).toContain('Alex');
      await expect.poll(() => sam.getByTestId('visitor-banner').count()).toBe(0);

      // From This phone, a resident may switch it on (not off); staff may end it.
      await showSection(sam, 'phone');
      await sam.getByTestId('visitor-mode').getByTestId('visitor-mode-on').click();
      await kiosk.getByTestId('visitor-notice').waitFor();
      await sam.getByTestId('visitor-mode-until').waitFor();
      expect(await sam.getByTestId('visitor-mode-off').count()).toBe(0);
      await showSection(robin, 'phone');
      await robin.getByTestId('visitor-mode-off').click();
      await kiosk.getByTestId('visitor-mode-on').waitFor();
      await waitLive(sam);
    });

    test('a pinned announcement stays on top, and more announcements than fit take turns on the wall', async () => {
      await showSection(robin, 'announcements');
      await robin.getByTestId('add-announcement').click();
      await robin.getByTestId('choice-pinned').scrollIntoViewIfNeeded();
      await shot(robin, 'phone-announcement-pin');
      await robin.getByTestId('cancel').click();
      await postAnnouncement(
        robin,
        'House meeting moves to Thursday at 6 — please come if you can.',
        {
          pinned: true,
        },
      );
      // Pinning is for staff: a resident's form does not offer it.
      await showSection(sam, 'announcements');
      await sam.getByTestId('add-announcement').click();
      expect(await sam.getByTestId('choice-pinned').count()).toBe(0);
      await sam.getByTestId('cancel').click();
      for (const text of [
        'Film night on Friday: we are voting on the film in the kitchen.',
        'Fresh towels are in the hall cupboard.',
        'The garden bench has been painted — it needs a day to dry, so please sit elsewhere until Sunday.',
        'Lost: a blue scarf, probably in the lounge.',
        'The bike pump lives by the back door now.',
        'Thank you to whoever fixed the squeaky gate!',
      ]) {
        await postAnnouncement(sam, text);
      }
      const pages = kiosk.getByTestId('announcement-page');
      await pages.waitFor();
      expect(Number(await pages.getAttribute('data-pages'))).toBeGreaterThanOrEqual(3);
      const visibleTexts = () =>
        kiosk.locator('hb-announcement-item.on').getByTestId('announcement-item').allTextContents();
      const before = await visibleTexts();
      const page = await pages.getAttribute('data-page');
      expect(before.length).toBeGreaterThanOrEqual(1);
      // Every announcement on the page shown is wholly in the card.
      const card = (await kiosk.locator('hb-announcements-card').boundingBox())!;
      for (const box of await kiosk
        .locator('hb-announcement-item.on')
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom))) {
        expect(box).toBeLessThanOrEqual(card.y + card.height);
      }
      // Left alone, the wall turns to the next page after long enough to read this one.
      await expect
        .poll(() => pages.getAttribute('data-page'), { timeout: 32_000, interval: 500 })
        .not.toBe(page);
      expect(await visibleTexts()).not.toEqual(before);

      // Pinned first: a tap turns the page, round to the first one.
      for (let i = 0; i < 10 && (await pages.getAttribute('data-page')) !== '1'; i++) {
        await kiosk.locator('hb-announcement-item.on').first().click();
      }
      expect((await visibleTexts())[0]).toContain('House meeting moves to Thursday');
      expect((await visibleTexts())[0]).toContain('Pinned');
      await shot(kiosk, 'kiosk-busy-day');

      // No motion for anyone who asked for none.
      const animation = () =>
        kiosk
          .locator('hb-announcement-item.on')
          .first()
          .evaluate((item) => getComputedStyle(item).animationName);
      expect(await animation()).toBe('arrive');
      await kiosk.emulateMedia({ reducedMotion: 'reduce' });
      expect(await animation()).toBe('none');
      await kiosk.emulateMedia({ reducedMotion: 'no-preference' });
    }, 60_000);

    test('an announcement taken down comes back from recently removed', async () => {
      const text = 'Lost: a blue scarf, probably in the lounge.';
      await showSection(sam, 'announcements');
      await sam
        .locator('li')
        .filter({ has: sam.getByTestId('announcement-item').filter({ hasText: text }) })
        .getByTestId('announcement-edit')
        .click();
      await sam.getByTestId('remove').click();
      await sam.getByTestId('remove').click();
      const onWall = kiosk.getByTestId('announcement-item').filter({ hasText: text });
      await expect.poll(() => onWall.count()).toBe(0);
      await sam.getByTestId('recently-removed-open').click();
      await sam
        .getByTestId('removed-item')
        .filter({ hasText: 'Lost: a blue scarf' })
        .getByTestId('bring-back')
        .click();
      await expect.poll(() => onWall.count()).toBe(1);
    });

    test.runIf(faketimeReady())(
      'an announcement for today comes down on its own when the day is over',
      async () => {
        // A second page on the wall's own device; the house's clock (the server's) moves on.
        const wall = watch.watch(await kiosk.context().newPage());
        await wall.goto(`${server.url}/kiosk`);
        await waitLive(wall);
        await postAnnouncement(sam, 'The plumber comes at noon today.', { expiry: 'today' });
        const note = wall.getByTestId('announcement-item').filter({ hasText: 'plumber' });
        await expect.poll(() => note.count()).toBe(1);
        // Nobody deletes it: past midnight in the house, the wall simply no longer shows it.
        clock.move(16 * 3_600_000);
        // That is night hours: someone up late taps the dimmed wall to see the whole board.
        await wall.getByTestId('night-view').click();
        await expect.poll(() => wall.getByTestId('announcement-item').count()).toBeGreaterThan(0);
        await expect.poll(() => note.count()).toBe(0);
        expect(
          await wall.getByTestId('announcement-item').filter({ hasText: 'Fresh towels' }).count(),
        ).toBe(1);
        await wall.close();
      },
    );

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  // A busy two-core machine running three clocks' worth of suites: a handover takes several
  // round trips through the server and the wall.
  60_000,
);
