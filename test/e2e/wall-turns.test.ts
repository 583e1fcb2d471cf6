// The wall at the largest text on a 1080p screen with every card chosen and a full day: a column
// that cannot give each of its cards room for its first item whole shows whole cards in turn,
// not slivers of all. Each card that shows has its title and its first item whole (not faded),
// the others wait their turn and come round on a tap, and nothing moves by itself for those who
// asked for no motion. Also the empty house and the night, at the same size, for the eye.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addShopping,
  choreRecords,
  dayInZone,
  removeAnnouncement,
  removeChore,
  saveAnnouncement,
  saveChore,
  saveGroup,
  saveMeal,
  setMenuOn,
  shiftRecords,
} from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { clockIn, morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import type { SyncClient } from '../helpers/sync-client.ts';
import { PageWatch, shot } from './browser-devices.ts';
import { openHouseDoc, textContrasts, writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

/** How long a page of the wall stays up (PAGE_MS in kiosk/cards/kiosk-card.ts). */
const PAGE_MS = 12_000;

/** What each card in the wall shows, read in the page. */
interface Shown {
  card: string;
  column: number;
  /** Standing in the column now, not waiting for its turn. */
  showing: boolean;
  titleWhole: boolean;
  /** Its first item shown lies wholly inside its body, and does not fade out. */
  firstWhole: boolean;
  faded: boolean;
}

function readCards(): Shown[] {
  const wall = document.querySelector('hb-kiosk')!.shadowRoot!;
  const inside = (a: DOMRect, b: DOMRect) =>
    a.top >= b.top - 0.5 &&
    a.bottom <= b.bottom + 0.5 &&
    a.left >= b.left - 0.5 &&
    a.right <= b.right + 0.5;
  return [...wall.querySelectorAll<HTMLElement>('.column')].flatMap((column, index) =>
    [...column.querySelectorAll<HTMLElement>('[data-kind]')].map((card) => {
      const root = card.shadowRoot!;
      const box = card.getBoundingClientRect();
      const body = root.querySelector('.body')!;
      const first = [...body.children].find((item) => !item.classList.contains('off'));
      const title = root.querySelector('h2')!.getBoundingClientRect();
      return {
        card: card.tagName.toLowerCase(),
        column: index,
        showing: card.checkVisibility({ visibilityProperty: true }),
        titleWhole: inside(title, box),
        firstWhole: !!first && inside(first.getBoundingClientRect(), body.getBoundingClientRect()),
        faded: !!first?.hasAttribute('data-long') || body.hasAttribute('data-more'),
      };
    }),
  );
}

describe.runIf(chromiumReady())(
  'the wall at the largest text takes whole cards in turn',
  () => {
    const zone = morningZone();
    const watch = new PageWatch();
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    let board: SyncClient;

    withHouse({ zone, watch, kiosk: true, timeoutMs: 180_000 }, async (house) => {
      ({ server, admin, kiosk } = house);
      board = await openHouseDoc(server, admin, 'board');
      for (const { id } of choreRecords(board.doc).values()) removeChore(board.doc, id);
      for (const id of [...board.doc.getMap('announcements').keys()])
        removeAnnouncement(board.doc, id);
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await writeHouseSettings(server, admin, { textSize: 4 });
      await kiosk.locator('hb-kiosk[data-text-size="4"]').waitFor();
      await kiosk.getByText('No chores for today.').waitFor();
    });

    async function sent(client: SyncClient) {
      await eventually(() => {
        if (client.provider.ws?.bufferedAmount) throw new Error('still sending');
      });
    }

    async function settle() {
      await kiosk.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await kiosk.waitForTimeout(300);
    }

    test('an empty house at the largest text: every card whole, kind words unbroken', async () => {
      await settle();
      await shot(kiosk, 'bigtext-empty-1920x1080-text4');
      // "Nobody is marked on shift right now" breaks into lines of about the same length, not
      // a phrase with one or two words left over on the next line.
      const lines = await kiosk.getByTestId('shift-nobody').evaluate((line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        return [...range.getClientRects()].map((box) => box.width);
      });
      if (lines.length > 1) expect(Math.min(...lines) / Math.max(...lines)).toBeGreaterThan(0.6);
      const cards = await kiosk.evaluate(readCards);
      for (const card of cards) {
        expect(card, `${card.card} shows whole`).toMatchObject({
          showing: true,
          titleWhole: true,
          firstWhole: true,
          faded: false,
        });
      }
    });

    test('a full day at the largest text: whole cards in turn', async () => {
      const now = Date.now();
      const today = dayInZone(now, zone);
      board.doc.transact(() => {
        for (let i = 0; i < 24; i++)
          saveChore(board.doc, undefined, {
            title: `Water the plants on the windowsill (${i + 1})`,
            area: 'kitchen',
            schedule: { kind: 'daily' },
          });
        // Earlier today: one quiet line, shorter than the groups after it, so a page of the
        // groups led by a later one needs more room than the first (the CI night pass).
        saveGroup(board.doc, undefined, {
          title: 'Early walk',
          schedule: { kind: 'daily' },
          start: clockIn(zone, -150, now),
          end: clockIn(zone, -120, now),
          place: 'garden',
        });
        saveGroup(board.doc, undefined, {
          title: 'House meeting',
          kind: 'meeting',
          schedule: { kind: 'daily' },
          start: clockIn(zone, -30, now),
          end: clockIn(zone, 45, now),
          place: 'lounge',
        });
        for (let i = 0; i < 6; i++)
          saveGroup(board.doc, undefined, {
            title: `Walk to the park (${i + 1})`,
            schedule: { kind: 'daily' },
            start: clockIn(zone, 60 + i * 60, now),
            end: clockIn(zone, 100 + i * 60, now),
            place: 'garden',
          });
        const meal = saveMeal(board.doc, undefined, {
          kind: 'dinner',
          time: clockIn(zone, 300, now),
          schedule: { kind: 'daily' },
        });
        setMenuOn(board.doc, meal, today, 'Lentil soup and bread');
        for (let i = 0; i < 12; i++)
          addShopping(board.doc, `Washing-up liquid (${i + 1})`, { section: 'kitchen' }, now);
        for (let i = 0; i < 5; i++)
          saveAnnouncement(board.doc, undefined, {
            text: `The garden bench has been painted, so please sit elsewhere until Sunday (${i + 1}).`,
            expiresAt: now + 86_400_000,
          });
      });
      const staff = await openHouseDoc(server, admin, 'staff');
      shiftRecords(staff.doc).add({
        name: 'Alex',
        start: now - 3_600_000,
        end: now + 4 * 3_600_000,
      });
      await Promise.all([sent(board), sent(staff)]);
      await kiosk.locator('hb-agenda-card').waitFor({ state: 'attached' });
      await kiosk.locator('hb-meals-card').waitFor({ state: 'attached' });
      await settle();
      await shot(kiosk, 'bigtext-full-1920x1080-text4');
      const seen = new Set<string>();
      /** The pages of the chores seen each time they came round. */
      const chorePages = new Set<string | null>();
      // A tap on a column's foot brings its next cards; every card comes round.
      for (let tap = 0; tap < 8; tap++) {
        const cards = await kiosk.evaluate(readCards);
        expect(cards).toHaveLength(7);
        const showing = cards.filter((card) => card.showing);
        expect(showing.length, 'some cards wait their turn').toBeLessThan(cards.length);
        if (showing.some((card) => card.card === 'hb-chores-card'))
          chorePages.add(await kiosk.locator('hb-chores-card .turns').getAttribute('data-page'));
        for (const card of showing) {
          seen.add(card.card);
          expect(card, `${card.card} shows whole (tap ${tap})`).toMatchObject({
            titleWhole: true,
            firstWhole: true,
            faded: false,
          });
        }
        const next = kiosk.getByTestId('column-next');
        expect(await next.count()).toBeGreaterThan(0);
        for (const button of await next.all()) await button.tap();
        await settle();
        if (tap === 0) await shot(kiosk, 'bigtext-full-1920x1080-text4-turned');
      }
      // Each time the chores come round, they show their next page.
      expect(chorePages.size).toBeGreaterThan(1);
      expect([...seen].sort()).toEqual([
        'hb-agenda-card',
        'hb-announcements-card',
        'hb-chores-card',
        'hb-groups-card',
        'hb-meals-card',
        'hb-shifts-card',
        'hb-shopping-card',
      ]);
    });

    test('a crowded column turns by itself, but never for those who asked for no motion', async () => {
      await kiosk.clock.install();
      await kiosk.reload();
      await kiosk.locator('hb-kiosk[data-text-size="4"]').waitFor();
      await kiosk.getByTestId('column-next').first().waitFor();
      await settle();
      const showing = async () =>
        (await kiosk.evaluate(readCards)).filter((card) => card.showing).map((card) => card.card);
      await kiosk.emulateMedia({ reducedMotion: 'reduce' });
      const still = await showing();
      await kiosk.clock.runFor(3 * PAGE_MS);
      await settle();
      expect(await showing()).toEqual(still);
      await kiosk.emulateMedia({ reducedMotion: 'no-preference' });
      await kiosk.clock.runFor(PAGE_MS);
      await settle();
      expect(await showing()).not.toEqual(still);
      await kiosk.emulateMedia({ reducedMotion: null });
    });

    test('at night the night view, and a tap shows the board, its crowded columns in turn', async () => {
      await writeHouseSettings(server, admin, {
        nightHours: { start: clockIn(zone, -60), end: clockIn(zone, 120) },
      });
      const view = kiosk.getByTestId('night-view');
      await view.waitFor();
      await shot(kiosk, 'bigtext-night-1920x1080-text4');
      await view.click();
      await kiosk.locator('hb-kiosk[data-view="night-board"]').waitFor();
      await kiosk.getByTestId('column-next').first().waitFor();
      await settle();
      await shot(kiosk, 'bigtext-night-board-1920x1080-text4');
      const showing = (await kiosk.evaluate(readCards)).filter((card) => card.showing);
      expect(showing.length).toBeGreaterThan(0);
      for (const card of showing)
        expect(card, `${card.card} shows whole at night`).toMatchObject({
          titleWhole: true,
          firstWhole: true,
          faded: false,
        });
      const texts = await textContrasts(kiosk);
      expect(texts.filter((text) => text.ratio < 7)).toEqual([]);
    });

    test('no script errors on the wall', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);
