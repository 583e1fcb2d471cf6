import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays, dayInZone } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import { PageWatch, personIdOf, shot, showSection, waitLive } from './browser-devices.ts';
import {
  addGroup,
  addShift,
  choreRow,
  choreTick,
  groupOnWall,
  groupRow,
  postAnnouncement,
} from './day-plan.ts';
import { withHouse } from './with-house.ts';

describe.runIf(chromiumReady())(
  "a resident's day",
  () => {
    const zone = morningZone();
    let kiosk: Page;
    /** Robin, the house's admin (staff too). */
    let robin: Page;
    /** Sam shows their name as written, Jo as an initial, Kit not at all. */
    let sam: Page;
    let jo: Page;
    let kit: Page;
    const watch = new PageWatch();
    const statusOnWall = (title: string) => choreTick(kiosk, title).getByTestId('chore-status');

    withHouse(
      {
        zone,
        watch,
        kiosk: true,
        phones: [
          ['Sam Rivers', 'full'],
          ['Jo Park', 'initial'],
          ['Kit Moreno', 'hidden'],
        ],
      },
      (house) => {
        ({ kiosk, admin: robin } = house);
        [sam, jo, kit] = house.phones as [Page, Page, Page];
      },
    );

    test('a resident says "I\'ll do it" on the phone and the wall shows their name as they chose', async () => {
      await choreRow(jo, 'Take out the recycling').getByTestId('chore-claim').click();
      await expect
        .poll(() => statusOnWall('Take out the recycling').textContent())
        .toBe('J. will do it');
      expect(await choreTick(kiosk, 'Take out the recycling').textContent()).not.toContain('Jo');
      // Every phone sees what the wall sees, and Jo can take it back.
      await expect
        .poll(() => choreTick(sam, 'Take out the recycling').textContent())
        .toContain('J. will do it');
      expect(await choreRow(sam, 'Take out the recycling').getByTestId('chore-claim').count()).toBe(
        0,
      );
      await choreRow(jo, 'Take out the recycling').getByTestId('chore-unclaim').click();
      await expect.poll(() => statusOnWall('Take out the recycling').count()).toBe(0);

      await choreRow(sam, 'Empty the dishwasher').getByTestId('chore-claim').click();
      await expect
        .poll(() => statusOnWall('Empty the dishwasher').textContent())
        .toBe('Sam Rivers will do it');
    });

    test('a chore ticked done gets a thanks and the wall shows it', async () => {
      await choreTick(jo, 'Wipe the kitchen table').click();
      await expect
        .poll(() => statusOnWall('Wipe the kitchen table').textContent())
        .toMatch(/^Done by J\. at \d{1,2}(:\d\d)? am$/);
      // No thanking yourself; everyone else may, once.
      expect(await choreRow(jo, 'Wipe the kitchen table').getByTestId('chore-thank').count()).toBe(
        0,
      );
      const thank = choreRow(sam, 'Wipe the kitchen table').getByTestId('chore-thank');
      await thank.click();
      const thanks = choreTick(kiosk, 'Wipe the kitchen table').getByTestId('chore-thanks');
      await expect.poll(() => thanks.textContent()).toBe('♥ Thanks from 1');
      await expect.poll(() => thank.textContent()).toContain('Thanked');
      expect(await thank.isDisabled()).toBe(true);
      await choreRow(kit, 'Wipe the kitchen table').getByTestId('chore-thank').click();
      await expect.poll(() => thanks.textContent()).toBe('♥ Thanks from 2');
      // The wall says how many, never who.
      expect(await choreTick(kiosk, 'Wipe the kitchen table').textContent()).not.toContain('Sam');
    });

    test("a rotation gives today's turn to the next volunteer, skipping one who is away", async () => {
      const joId = await personIdOf(jo);
      await sam.getByTestId('add-chore').click();
      await sam.getByTestId('field-title').fill('Water the plants');
      await sam.getByTestId('field-area').fill('lounge');
      // Sam counts themselves in; nobody else can be picked for a rota.
      await sam.getByTestId('count-me-in').click();
      expect(await sam.getByTestId('rota').locator(`[data-person-id="${joId}"]`).count()).toBe(0);
      await shot(sam, 'phone-chore-rotation');
      await sam.getByTestId('save').click();
      const turn = statusOnWall('Water the plants');
      await expect.poll(() => turn.textContent()).toBe("Sam Rivers's turn");

      // Sam invites Jo; Jo says yes on her own phone, and takes turns from then on.
      await choreRow(sam, 'Water the plants').getByTestId('chore-edit').click();
      await sam.getByTestId('invite-open').click();
      await sam.locator(`[data-testid=invite-to][data-person-id="${joId}"]`).click();
      await expect
        .poll(() => sam.getByTestId('my-offer').textContent())
        .toContain('Waiting for J.');
      await sam.getByTestId('save').click();
      const invitation = jo.getByTestId('offer').filter({ hasText: 'Water the plants' });
      await invitation.getByTestId('offer-yes').click();
      await expect
        .poll(() => choreRow(jo, 'Water the plants').getByTestId('chore-leave').count())
        .toBe(1);

      await expect.poll(() => turn.textContent()).toMatch(/^(Sam Rivers|J\.)'s turn$/);
      const first = (await turn.textContent()) === "Sam Rivers's turn" ? sam : jo;
      const other = first === sam ? "J.'s turn" : "Sam Rivers's turn";

      // Whoever's turn it is goes away until tomorrow: the turn passes to the other volunteer.
      await showSection(first, 'phone');
      await first.getByTestId('away-save').click();
      await first.getByTestId('away-until').waitFor();
      await expect.poll(() => turn.textContent()).toBe(other);
      await shot(first, 'phone-away');
      await first.getByTestId('away-back').click();
      await expect.poll(() => turn.textContent()).not.toBe(other);
      await showSection(first, 'chores');

      // A swap is asked, not given: the wall keeps the turn where it is until Kit says yes, and
      // then Kit's name stays off the wall.
      const kitId = await personIdOf(kit);
      const holder = await turn.textContent();
      await choreRow(first, 'Water the plants').getByTestId('chore-swap').click();
      await first.getByTestId('swap-panel').waitFor();
      await shot(first, 'phone-swap-turn');
      await first.locator(`[data-testid=swap-to][data-person-id="${kitId}"]`).click();
      const asked = kit.getByTestId('offer').filter({ hasText: 'Water the plants' });
      await asked.waitFor();
      expect(await turn.textContent()).toBe(holder);
      await asked.getByTestId('offer-yes').click();
      await expect.poll(() => turn.textContent()).toBe("Someone's turn");
      // Kit's phone says it is Kit's turn, with no "I'll do it" beside it.
      await expect
        .poll(() => choreRow(kit, 'Water the plants').getByTestId('chore-status').textContent())
        .toContain('Your turn');
      expect(await choreRow(kit, 'Water the plants').getByTestId('chore-claim').count()).toBe(0);
    });

    test("the day after, each chore shows once: a daily one as today's, one due only yesterday gently as still open, a one-off with since when it waits", async () => {
      // Chores that were on the board before today, written into the wall's copy as fixtures.
      const today = dayInZone(Date.now(), zone);
      const days = { yesterday: addDays(today, -1), before: addDays(today, -3) };
      await kiosk.evaluate(({ yesterday, before }) => {
        const board = document.querySelector('hb-kiosk')!.house!.docs.board;
        const chores = board.getMap('chores');
        const RecordMap = chores.constructor as new (entries: Array<[string, unknown]>) => unknown;
        const createdAt = Date.now() - 4 * 86_400_000;
        const add = (id: string, title: string, schedule: object) =>
          chores.set(
            id,
            new RecordMap([
              ['title', title],
              ['area', 'front door'],
              ['schedule', schedule],
              ['createdAt', createdAt],
            ]),
          );
        board.transact(() => {
          add('sweepporch1', 'Sweep the porch', { kind: 'daily' });
          add('washmats1', 'Wash the doormats', { kind: 'every', days: 2, from: yesterday });
          add('paintgate1', 'Paint the gate', { kind: 'once', day: before });
        });
      }, days);
      const ticks = (title: string) => kiosk.getByTestId('chore-tick').filter({ hasText: title });
      await ticks('Paint the gate').waitFor();
      // The daily chore: today's only, never yesterday's beside it.
      expect(await ticks('Sweep the porch').count()).toBe(1);
      expect(await ticks('Sweep the porch').getAttribute('data-day')).toBe(today);

      // Due yesterday and not today: shown once, gently, under yesterday's day.
      const yesterdays = ticks('Wash the doormats');
      expect(await yesterdays.count()).toBe(1);
      expect(await yesterdays.getAttribute('data-still-open')).toBe('yes');
      expect(await yesterdays.getAttribute('data-day')).toBe(days.yesterday);
      expect(await yesterdays.getByTestId('chore-status').textContent()).toBe(
        'Still open from yesterday',
      );
      // Calm, not alarming: the same ink as everything else, a dashed edge.
      const look = await yesterdays.evaluate((button) => {
        const style = getComputedStyle(button);
        return { border: style.borderStyle, color: style.color };
      });
      expect(look.border).toBe('dashed');
      expect(look.color).toBe('rgb(31, 35, 40)');

      // The one-off waits, once, since its own day.
      const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(`${days.before}T12:00:00Z`),
      );
      const gate = ticks('Paint the gate');
      expect(await gate.count()).toBe(1);
      expect(await gate.getAttribute('data-day')).toBe(days.before);
      expect(await gate.getByTestId('chore-status').textContent()).toBe(`Waiting since ${weekday}`);
      await shot(kiosk, 'kiosk-chores-next-day');

      // Said on a phone and ticked on the wall, both under the one-off's own day.
      await choreRow(sam, 'Paint the gate').getByTestId('chore-claim').click();
      await expect
        .poll(() => gate.getByTestId('chore-status').textContent())
        .toBe(`Waiting since ${weekday} · Sam Rivers will do it`);
      await expect
        .poll(() => choreTick(sam, 'Paint the gate').getByTestId('chore-status').textContent())
        .toBe(`Waiting since ${weekday} · You'll do it`);
      await shot(sam, 'phone-chore-waiting-since');
      await gate.click();
      await expect.poll(() => gate.getAttribute('data-done')).toBe('yes');
      expect(await gate.getAttribute('data-day')).toBe(days.before);
      await expect
        .poll(() => choreRow(sam, 'Paint the gate').getAttribute('data-day'))
        .toBe(days.before);
      await expect
        .poll(() => choreTick(sam, 'Paint the gate').getAttribute('data-done'))
        .toBe('yes');
    });

    test('"I\'m coming" on a phone raises the count on the wall, names only for those who show them', async () => {
      const groups = [
        { title: 'Breakfast club', from: -150, to: -90, place: 'Kitchen' },
        { title: 'Community meeting', from: -20, to: 40, place: 'Lounge', leader: 'Robin' },
        { title: 'Art group', from: 8, to: 68, place: 'Kitchen table' },
        { title: 'Garden time', from: 14, to: 74, place: 'Garden' },
        { title: 'Walk to the park', from: 150, to: 210, place: 'Front door' },
      ];
      for (const group of groups) await addGroup(robin, zone, group);
      await expect.poll(() => kiosk.getByTestId('group-item').count()).toBe(5);
      expect(await groupOnWall(kiosk, 'Community meeting').getAttribute('data-status')).toBe('now');
      expect(await groupOnWall(kiosk, 'Art group').getAttribute('data-status')).toBe('next');
      expect(
        await groupOnWall(kiosk, 'Art group').getByTestId('group-countdown').textContent(),
      ).toMatch(/^Starts in [78] min$/);

      for (const phone of [sam, kit]) {
        await showSection(phone, 'groups');
        await groupRow(phone, 'Garden time').getByTestId('group-coming').click();
      }
      const coming = groupOnWall(kiosk, 'Garden time').getByTestId('group-coming-count');
      await expect.poll(() => coming.textContent()).toBe('2 coming: Sam Rivers');
      await showSection(jo, 'groups');
      await groupRow(jo, 'Garden time').getByTestId('group-coming').click();
      await expect.poll(() => coming.textContent()).toBe('3 coming: J. and Sam Rivers');
      // Saying so again takes it back.
      await groupRow(jo, 'Garden time').getByTestId('group-coming').click();
      await expect.poll(() => coming.textContent()).toBe('2 coming: Sam Rivers');
      expect(
        await groupRow(sam, 'Garden time').getByTestId('group-coming').getAttribute('aria-pressed'),
      ).toBe('true');
    });

    test('a group cancelled for today shows as cancelled on the wall and the next one becomes Next', async () => {
      await showSection(robin, 'groups');
      await groupRow(robin, 'Art group').getByTestId('group-today').click();
      await shot(robin, 'phone-group-just-today');
      await robin.getByTestId('group-cancel-today').click();
      const art = groupOnWall(kiosk, 'Art group');
      await expect.poll(() => art.getAttribute('data-status')).toBe('cancelled');
      expect(await art.textContent()).toContain('Not on today');
      await expect
        .poll(() => groupOnWall(kiosk, 'Garden time').getAttribute('data-status'))
        .toBe('next');

      // Moved, just for today: the wall shows the new time and place, and what it usually is.
      await groupRow(robin, 'Walk to the park').getByTestId('group-today').click();
      // Later than the walk's usual time whatever the minute (it starts 11:30 to 12:30 here).
      await robin.getByTestId('field-move-start').fill('14:30');
      await robin.getByTestId('field-move-place').fill('Back garden');
      await robin.getByTestId('group-move-save').click();
      const walk = groupOnWall(kiosk, 'Walk to the park');
      await expect
        .poll(() => walk.getByTestId('group-moved').textContent())
        .toMatch(/^Moved today \(was \d{1,2}(:\d\d)? (am|pm), Front door\)$/);
      expect(await walk.textContent()).toContain('2:30 pm');
      expect(await walk.textContent()).toContain('Back garden');
    });

    test('a removed chore comes back from recently removed', async () => {
      await showSection(sam, 'chores');
      await sam.getByTestId('add-chore').click();
      await sam.getByTestId('field-title').fill('Sort the post');
      await sam.getByTestId('save').click();
      await choreTick(kiosk, 'Sort the post').waitFor();

      await choreRow(sam, 'Sort the post').getByTestId('chore-edit').click();
      await sam.getByTestId('remove').click();
      await sam.getByTestId('remove').click();
      await expect.poll(() => choreTick(kiosk, 'Sort the post').count()).toBe(0);

      // Any phone can bring it back for a week.
      await showSection(jo, 'chores');
      await jo.getByTestId('recently-removed-open').click();
      const removed = jo.getByTestId('removed-item').filter({ hasText: 'Sort the post' });
      expect(await removed.textContent()).toContain('Removed just now');
      await shot(jo, 'phone-recently-removed');
      await removed.getByTestId('bring-back').click();
      await choreTick(kiosk, 'Sort the post').waitFor();
      await expect.poll(() => jo.getByTestId('recently-removed').count()).toBe(0);
    });

    test('undo on the phone takes back my last change, and only mine', async () => {
      await showSection(kit, 'chores');
      await choreRow(kit, 'Sort the post').getByTestId('chore-claim').click();
      await expect
        .poll(() => statusOnWall('Sort the post').textContent())
        .toBe('Someone will do it');
      // Someone else's change in between is not Kit's to undo.
      await choreTick(sam, 'Take out the recycling').click();
      await expect
        .poll(() => choreTick(kit, 'Take out the recycling').getAttribute('data-done'))
        .toBe('yes');
      await shot(kit, 'phone-undo');
      await kit.getByTestId('undo').click();
      await expect.poll(() => statusOnWall('Sort the post').count()).toBe(0);
      expect(await choreTick(kiosk, 'Take out the recycling').getAttribute('data-done')).toBe(
        'yes',
      );
      // Kit's earlier thanks and "I'm coming" are still there until undone one by one.
      expect(
        await choreTick(kiosk, 'Wipe the kitchen table').getByTestId('chore-thanks').textContent(),
      ).toBe('♥ Thanks from 2');
      await kit.getByTestId('undo').click();
      await expect
        .poll(() =>
          groupOnWall(kiosk, 'Garden time').getByTestId('group-coming-count').textContent(),
        )
        .toBe('1 coming: Sam Rivers');
    });

    test('undo never takes back a change someone has built on: the phone says so and stays live', async () => {
      await showSection(sam, 'groups');
      await sam.getByTestId('add-group').click();
      await sam.getByTestId('field-title').fill('Film night');
      await sam.getByTestId('field-start').fill('19:00');
      await sam.getByTestId('field-end').fill('21:00');
      await sam.getByTestId('save').click();
      await sam.getByTestId('add-group').waitFor();
      const edit = async (phone: Page, field: 'start' | 'end', time: string) => {
        await showSection(phone, 'groups');
        await groupRow(phone, 'Film night').getByTestId('group-edit').click();
        await phone.getByTestId(`field-${field}`).fill(time);
        await phone.getByTestId('save').click();
        await phone.getByTestId('add-group').waitFor();
      };
      await edit(sam, 'end', '22:00');
      // Robin starts it after Sam's old end: taking Sam's change back would end it before it starts.
      await edit(robin, 'start', '21:30');
      const film = groupOnWall(kiosk, 'Film night');
      await expect.poll(() => film.textContent()).toContain('9:30 pm');
      await expect.poll(() => groupOnWall(sam, 'Film night').textContent()).toContain('9:30 pm');
      await sam.getByTestId('undo').click();
      expect(await sam.getByTestId('undo-problem').textContent()).toContain(
        "Someone has changed that since, so it can't be taken back.",
      );
      await shot(sam, 'phone-undo-refused');
      expect(await film.textContent()).toContain('to 10 pm');
      // Still live: the phone's next change reaches the wall as ever.
      await waitLive(sam);
      await showSection(sam, 'chores');
      await choreRow(sam, 'Sort the post').getByTestId('chore-claim').click();
      await expect
        .poll(() => statusOnWall('Sort the post').textContent())
        .toBe('Sam Rivers will do it');
    });

    test('the wall on a normal morning', async () => {
      await addShift(robin, zone, { from: -60, to: 300 });
      await addShift(robin, zone, { name: 'Alex', from: 300, to: 780 });
      await postAnnouncement(robin, 'Pancakes on Sunday — bring your favourite topping!');
      await postAnnouncement(sam, 'The bus to town leaves at 11 from the corner.');
      await kiosk.getByTestId('shift-next').filter({ hasText: 'Alex' }).waitFor();
      await kiosk.getByTestId('announcement-item').filter({ hasText: 'bus to town' }).waitFor();
      expect(await kiosk.getByTestId('shift-on-now').textContent()).toContain('Robin');
      await shot(kiosk, 'kiosk-normal-morning');
      // Done chores fold into one line at the end, and the wall does not scroll.
      const chores = kiosk.locator('hb-chores-card');
      const doneLine = chores.getByTestId('done-today');
      await expect.poll(() => doneLine.count()).toBe(1);
      expect(await doneLine.textContent()).toContain('Done today');
      // If more is open than fits, the card takes turns and says so.
      const pages = chores.getByTestId('card-page');
      if (await pages.count()) {
        await shot(kiosk, 'kiosk-normal-morning-page-1');
        await expect
          .poll(() => pages.getAttribute('data-page'), { timeout: 20_000, interval: 500 })
          .toBe('2');
        await shot(kiosk, 'kiosk-normal-morning-page-2');
      }
      await showSection(sam, 'chores');
      await sam.evaluate(() => scrollTo({ top: 0 }));
      await shot(sam, 'phone-chores-day');
      await showSection(sam, 'groups');
      await shot(sam, 'phone-groups-day');
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  30_000,
);
