// Yes before a turn is yours (issue 15, item 3), in real Chromium against the real server, on two
// phones and the wall: Jo counts herself in and invites Rosa, who says yes on her own phone; a
// swap is asked, Rosa says "not this time" (Jo learns only that), it is asked again and taken —
// and the wall shows the turn as the holder's until the yes. The chores tab with an offer on it
// passes axe; screenshots at the phone's normal and largest text, light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { PageWatch, personIdOf, shot } from './browser-devices.ts';
import { choreRow, choreTick } from './day-plan.ts';
import { withHouse } from './with-house.ts';

const CHORE = 'Sweep the stairs';

describe.runIf(chromiumReady())(
  'offers: a turn is asked for, never given',
  () => {
    let kiosk: Page;
    let jo: Page;
    let rosa: Page;
    const watch = new PageWatch();
    const turnOnWall = () => choreTick(kiosk, CHORE).getByTestId('chore-status');
    const offerOn = (page: Page) => page.getByTestId('offer').filter({ hasText: CHORE });
    const named = (page: Page) => (page === jo ? 'Jo Lane' : 'Rosa Diaz');

    withHouse({ watch, kiosk: true, phones: ['Jo Lane', 'Rosa Diaz'] }, (house) => {
      kiosk = house.kiosk;
      [jo, rosa] = house.phones as [Page, Page];
    });

    /** Screenshots of an offer on a phone: normal and largest text, light and dark. */
    async function offerShots(page: Page, name: string) {
      await page.getByTestId('offers-to-me').scrollIntoViewIfNeeded();
      await shot(page, `${name}-day`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, `${name}-night`);
      await page.emulateMedia({ colorScheme: 'light' });
      // The phone sets its own text at 18px; the largest a phone's text setting goes is twice that.
      const largest = await page.addStyleTag({
        content: 'hb-phone-app { font-size: 36px !important; }',
      });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      await page
        .getByTestId('offer-no')
        .first()
        .evaluate((button) => button.scrollIntoView({ block: 'center' }));
      await shot(page, `${name}-largest-day`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, `${name}-largest-night`);
      await page.emulateMedia({ colorScheme: 'light' });
      await largest.evaluate((tag) => (tag as HTMLElement).remove());
    }

    test('Jo counts herself in and invites Rosa; Rosa says yes on her own phone', async () => {
      const rosaId = await personIdOf(rosa);
      await jo.getByTestId('add-chore').click();
      await jo.getByTestId('field-title').fill(CHORE);
      // Nobody else can be picked in the form: only "Count me in" for herself.
      expect(await jo.getByTestId('rota').locator(`[data-person-id="${rosaId}"]`).count()).toBe(0);
      await jo.getByTestId('count-me-in').click();
      await jo.getByTestId('save').click();
      await expect.poll(() => turnOnWall().textContent()).toBe("Jo Lane's turn");

      await choreRow(jo, CHORE).getByTestId('chore-edit').click();
      await jo.getByTestId('invite-open').click();
      await jo.locator(`[data-testid=invite-to][data-person-id="${rosaId}"]`).click();
      await expect
        .poll(() => jo.getByTestId('my-offer').textContent())
        .toContain('Waiting for Rosa Diaz');
      await jo.getByTestId('cancel').click();

      // Rosa's phone: a dot on the chores tab, and the invitation at the top of the chores.
      await offerOn(rosa).waitFor();
      expect(await rosa.getByTestId('offers-dot').count()).toBe(1);
      expect(await offerOn(rosa).locator('p').textContent()).toContain(
        `Jo Lane asks if you would like to take turns at ${CHORE}.`,
      );
      await offerShots(rosa, 'phone-offer-invite');
      // Not on the rota until she says yes.
      expect(await choreRow(rosa, CHORE).getByTestId('chore-join').count()).toBe(1);
      await offerOn(rosa).getByTestId('offer-yes').click();
      await choreRow(rosa, CHORE).getByTestId('chore-leave').waitFor();
      expect(await offerOn(rosa).count()).toBe(0);
      expect(await rosa.getByTestId('offers-dot').count()).toBe(0);
    });

    test('a swap declined leaves the turn on the wall; asked again and accepted, it moves', async () => {
      const turn = turnOnWall();
      await expect.poll(() => turn.textContent()).toMatch(/^(Jo Lane|Rosa Diaz)'s turn$/);
      const holder = (await turn.textContent()) === "Jo Lane's turn" ? jo : rosa;
      const other = holder === jo ? rosa : jo;
      const otherId = await personIdOf(other);
      const holderTurn = `${named(holder)}'s turn`;
      const ask = async () => {
        await choreRow(holder, CHORE).getByTestId('chore-swap').click();
        await holder.locator(`[data-testid=swap-to][data-person-id="${otherId}"]`).click();
        await expect
          .poll(() => choreRow(holder, CHORE).getByTestId('my-offer').textContent())
          .toContain(`Waiting for ${named(other)}`);
      };
      // Both phones hear of the rota Rosa just joined over their own sockets, a moment after the
      // wall may: each is asked until it agrees with the wall.
      await expect.poll(() => choreTick(holder, CHORE).textContent()).toContain('Your turn');
      // Only the one whose turn it is can ask someone to take it.
      await expect.poll(() => choreRow(other, CHORE).getByTestId('chore-swap').count()).toBe(0);

      await ask();
      await offerOn(other).waitFor();
      expect(await offerOn(other).locator('p').textContent()).toContain(
        `${named(holder)} asks if you could take their turn: ${CHORE}.`,
      );
      await offerShots(other, 'phone-offer-swap');
      expect(await turn.textContent()).toBe(holderTurn);
      expect(await choreTick(holder, CHORE).textContent()).toContain('Your turn');

      const axe = await new AxeBuilder({ page: other })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);

      // "Not this time": the asker learns that and nothing more; the turn stays.
      await offerOn(other).getByTestId('offer-no').click();
      await expect
        .poll(() => choreRow(holder, CHORE).getByTestId('my-offer').textContent())
        .toContain(`${named(other)}: not this time`);
      expect(await offerOn(other).count()).toBe(0);
      expect(await turn.textContent()).toBe(holderTurn);
      await shot(holder, 'phone-offer-declined');

      // Asked again, and taken: the turn moves on the wall only now.
      await ask();
      await offerOn(other).waitFor();
      expect(await turn.textContent()).toBe(holderTurn);
      await offerOn(other).getByTestId('offer-yes').click();
      await expect.poll(() => turn.textContent()).toBe(`${named(other)}'s turn`);
      await expect.poll(() => choreTick(other, CHORE).textContent()).toContain('Your turn');
      // The asker's phone hears of it over its own socket, a moment after the wall and the taker.
      await expect.poll(() => choreTick(holder, CHORE).textContent()).not.toContain('Your turn');
      await expect.poll(() => choreRow(holder, CHORE).getByTestId('my-offer').count()).toBe(0);
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  180_000,
);
