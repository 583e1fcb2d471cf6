// Roles on the phone the way they are: no "I'll do it" beside a chore that is already your turn,
// no "Go on shift" as the main button while you are on shift, and on someone else's shift
// "Take over from …", never "End shift" or "Take off". (The staff document lets any staff phone
// write any shift; which buttons a shift offers is the screen's rule, by the shift's name.)
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import { makeStaff, PageWatch, sessionOf, shot, showSection, waitLive } from './browser-devices.ts';
import { addShift, choreRow } from './day-plan.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.runIf(chromiumReady())(
  'roles shown as they are',
  () => {
    const zone = morningZone();
    /** Robin is the admin and works shifts; Jo became staff with the staff code; Rosa lives here. */
    let robin: Page;
    let kiosk: Page;
    let jo: Page;
    let rosa: Page;
    let joId = '';
    let writer: HouseWriter | undefined;
    const watch = new PageWatch();

    withHouse(
      {
        zone,
        watch,
        kiosk: true,
        phones: [
          ['Jo', 'full'],
          ['Rosa', 'full'],
        ],
      },
      async (house) => {
        ({ admin: robin, kiosk } = house);
        [jo, rosa] = house.phones as [Page, Page];
        joId = (await sessionOf(jo)).device!.id;
        await makeStaff(robin, jo);
        await waitLive(jo);
        writer = await houseWriter(jo, house.server);
      },
    );

    afterAll(() => writer?.destroy());

    const shiftRow = (page: Page, name: string) =>
      page.getByTestId('shift-row').filter({ hasText: name });

    test(`a chore that is your turn says "Your turn" with no "I'll do it" beside it; others may still say they'll do it`, async () => {
      // Jo volunteered for the towels, every day: today is Jo's turn.
      choreRecords(writer!.board.doc).add({
        title: 'Fold the towels',
        schedule: { kind: 'daily' },
        rotation: [joId],
        createdAt: Date.now() - 86_400_000,
      });
      await showSection(jo, 'chores');
      const josTowels = choreRow(jo, 'Fold the towels');
      await expect
        .poll(() => josTowels.getByTestId('chore-status').textContent())
        .toContain('Your turn');
      expect(await josTowels.getByTestId('chore-claim').count()).toBe(0);
      await showSection(rosa, 'chores');
      const rosasTowels = choreRow(rosa, 'Fold the towels');
      await expect
        .poll(() => rosasTowels.getByTestId('chore-status').textContent())
        .toContain("Jo's turn");
      expect(await rosasTowels.getByTestId('chore-claim').count()).toBe(1);
      // A chore with no turns offers "I'll do it" to everyone, Jo too.
      expect(await choreRow(jo, 'Empty the dishwasher').getByTestId('chore-claim').count()).toBe(1);
    });

    test(`someone else's shift offers "Take over from …", never End shift; on shift, "Go on shift" is not the main button`, async () => {
      // Robin is on shift; Jo is not.
      await addShift(robin, zone, { from: -60, to: 240 });
      await showSection(jo, 'shifts');
      await shiftRow(jo, 'Robin').waitFor();
      expect(await shiftRow(jo, 'Robin').getByTestId('shift-end').count()).toBe(0);
      expect(await shiftRow(jo, 'Robin').getByTestId('hand-over').count()).toBe(0);
      const takeOverFromRobin = jo.getByRole('button', {
        name: 'Take over from Robin',
        exact: true,
      });
      expect(await takeOverFromRobin.count()).toBe(1);
      expect(squeeze(await jo.getByTestId('add-shift').textContent())).toBe('Go on shift');
      expect(await jo.getByTestId('add-shift').getAttribute('class')).toContain('primary');
      // Robin's own phone: hand over and end it; the add button is no longer the main one.
      expect(await shiftRow(robin, 'Robin').getByTestId('hand-over').count()).toBe(1);
      expect(await shiftRow(robin, 'Robin').getByTestId('shift-end').count()).toBe(1);
      expect(await shiftRow(robin, 'Robin').getByTestId('take-over-from').count()).toBe(0);
      expect(squeeze(await robin.getByTestId('add-shift').textContent())).toBe('Add a shift');
      expect(await robin.getByTestId('add-shift').getAttribute('class')).not.toContain('primary');
      await shot(jo, 'phone-shifts-someone-elses');
      await shot(robin, 'phone-shifts-my-own');

      // Someone planned for later: Jo may neither take it off nor take over from it.
      await addShift(robin, zone, { from: 120, to: 300, name: 'Alex' });
      await shiftRow(jo, 'Alex').waitFor();
      expect(await shiftRow(jo, 'Alex').locator('button').count()).toBe(0);

      // Jo takes over: the wall says Jo is on and Robin is not; now the roles turn round.
      await takeOverFromRobin.click();
      const onNow = kiosk.getByTestId('shift-on-now');
      await expect.poll(() => onNow.allTextContents()).toEqual([expect.stringContaining('Jo')]);
      await shiftRow(jo, 'Jo').getByTestId('hand-over').waitFor();
      expect(await shiftRow(jo, 'Jo').getByTestId('shift-end').count()).toBe(1);
      expect(squeeze(await jo.getByTestId('add-shift').textContent())).toBe('Add a shift');
      await expect
        .poll(() => robin.getByRole('button', { name: 'Take over from Jo', exact: true }).count())
        .toBe(1);
      expect(await shiftRow(robin, 'Jo').getByTestId('shift-end').count()).toBe(0);
      expect(squeeze(await robin.getByTestId('add-shift').textContent())).toBe('Go on shift');
      // The add form says what it does: on shift it adds a shift, it does not put you on.
      await jo.getByTestId('add-shift').click();
      expect(squeeze(await jo.locator('hb-shift-form h2').textContent())).toBe('Add a shift');
      await jo.getByTestId('cancel').click();
    });

    test('no screen hit a script error or a dialog', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  60_000,
);
