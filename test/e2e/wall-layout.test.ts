// The wall laid out at every screen size houses hang (1080p either way up, 4K, a 1280×800
// tablet), at every text size (1–4), with an empty, a typical and an overfull day. From the boxes
// of what is on the screen: no text lies over other text, no card is a sliver, every card shows
// its first item whole, nothing is cut off without a "2 of 3" to say there is more, and text is
// big enough for across the room. Every screenshot is saved under test-output/screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  ANNOUNCEMENT_MAX,
  addShopping,
  choreRecords,
  dayInZone,
  markChoreDone,
  removeAnnouncement,
  removeChore,
  saveAnnouncement,
  saveChore,
  saveGroup,
  saveMeal,
  setMenuOn,
  shiftRecords,
  type TextSize,
} from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import type { SyncClient } from '../helpers/sync-client.ts';
import { PageWatch, shot } from './browser-devices.ts';
import {
  openHouseDoc,
  WALL_SIZES as SIZES,
  textContrasts,
  writeHouseSettings,
} from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const TEXT_SIZES: TextSize[] = [1, 2, 3, 4];

/** Secondary text is at least this share of the body text, at every text size. */
const SECONDARY_SHARE = 0.75;
/** At text size 3 and up, nothing is smaller than this share of the screen's shorter side. */
const SMALLEST_SHARE = 0.029;

const CHORES = [
  'Empty the dishwasher',
  'Take out the recycling',
  'Wipe the kitchen table',
  'Water the plants on the windowsill',
  'Sweep the back porch',
  'Feed the cat',
  'Hoover the lounge',
  'Clean the bathroom sink',
  'Sort the post',
  'Put the towels in the wash',
];
const AREAS = ['kitchen', 'garden', 'lounge', 'bathroom', 'hall'];
const GROUPS = [
  'Morning check-in',
  'Art group',
  'Walk to the park',
  'Cooking together',
  'Music circle',
  'Community meeting',
  'Garden time',
  'Reading hour',
  'Film club',
  'Evening wind-down',
];
const NOTES = [
  'The plumber comes on Thursday morning.',
  'Film night in the lounge at 8, bring a blanket.',
  'The garden bench has been painted — it needs a day to dry, so please sit elsewhere until Sunday.',
  'Fresh towels are in the hall cupboard.',
  'Lost: a blue scarf, probably in the lounge.',
  'The bike pump lives by the back door now.',
  'Thank you to whoever fixed the squeaky gate!',
  'Pancakes on Sunday — bring your favourite topping and a friend.',
];

const SHOPPING = [
  'Oat milk',
  'Lentils',
  'Washing-up liquid',
  'Bread',
  'Toilet roll',
  'Apples',
  'Rice',
];

interface Amount {
  name: 'empty' | 'typical' | 'overfull';
  chores: number;
  done: number;
  groups: number;
  notes: number;
  /** Meals today (a lunch, then a dinner): the meals card stands only on a day with one. */
  meals: number;
  /** Things on the shopping list. */
  shopping: number;
}
const AMOUNTS: Amount[] = [
  { name: 'empty', chores: 0, done: 0, groups: 0, notes: 0, meals: 0, shopping: 0 },
  { name: 'typical', chores: 10, done: 3, groups: 3, notes: 2, meals: 1, shopping: 4 },
  { name: 'overfull', chores: 30, done: 8, groups: 10, notes: 8, meals: 2, shopping: 14 },
];

interface TextBox {
  /** Which text node it is: one node may have a box per line. */
  node: number;
  text: string;
  card: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  fontSize: number;
  faded: boolean;
}

interface CardBox {
  card: string;
  width: number;
  height: number;
  /** The first item shown, and whether it is wholly inside the card's body. */
  first?: { width: number; height: number; whole: boolean };
  /** Items waiting for their turn on another page. */
  waiting: number;
  /** What the card asked of its column, to say what went wrong. */
  asked: string;
  /**
   * Whether its column could not give every card room for its first item whole, and shared
   * its height out evenly instead; and whether the first item then fades out at its end.
   */
  squeezed: boolean;
  faded: boolean;
  /** Waiting for its column's turn, and whether the column's foot names the card next. */
  waitingTurn: boolean;
  columnNext: boolean;
  pages: number;
  page: number;
}

interface Measure {
  bodyPx: number;
  texts: TextBox[];
  cards: CardBox[];
}

/** Runs in the page: every piece of text shown on the wall, and every card, with their boxes. */
function measureWall(): Measure {
  const wall = document.querySelector('hb-kiosk')!;
  const texts: TextBox[] = [];
  const cards: CardBox[] = [];
  const cardOf = (node: Node): string => {
    for (let at: Node | null = node; at; ) {
      if (at instanceof Element && /^HB-.*(-CARD|-PANEL|-SWITCH)$/.test(at.tagName))
        return at.tagName.toLowerCase();
      at = at.parentNode ?? (at as ShadowRoot).host ?? null;
    }
    return 'wall';
  };
  /** The item that fades out at its end, holding this text, if any. */
  const fadedOf = (node: Node): Element | undefined => {
    for (let at: Node | null = node; at; ) {
      if (at instanceof Element && at.hasAttribute('data-long')) return at;
      at = at.parentNode ?? (at as ShadowRoot).host ?? null;
    }
    return undefined;
  };
  let lines = 0;
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        lines += 1;
        const parent = node.parentElement;
        if (!parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const faded = fadedOf(node);
        // A card's body shows only its page: a part of a long item above or below is clipped.
        const clip = faded?.parentElement?.getBoundingClientRect();
        for (const box of range.getClientRects()) {
          if (box.width < 1 || box.height < 1) continue;
          if (clip && (box.top >= clip.bottom - 1 || box.bottom <= clip.top + 1)) continue;
          texts.push({
            node: lines,
            text: node.textContent.trim().slice(0, 30),
            card: cardOf(node),
            left: box.left,
            top: box.top,
            right: box.right,
            bottom: box.bottom,
            fontSize: Number.parseFloat(getComputedStyle(parent).fontSize),
            faded: !!faded,
          });
        }
      }
      if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        visit(node);
      }
    }
  };
  visit(document.body);
  for (const card of wall.shadowRoot!.querySelectorAll('[data-kind]')) {
    const box = card.getBoundingClientRect();
    const body = card.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    const items = [...card.shadowRoot!.querySelector('.body')!.children];
    const shown = items.filter((item) => !item.classList.contains('off'));
    const first = shown[0]?.getBoundingClientRect();
    const turns = card.shadowRoot!.querySelector('.turns');
    cards.push({
      card: card.tagName.toLowerCase(),
      width: box.width,
      height: box.height,
      first: first && {
        width: first.width,
        height: first.height,
        whole:
          first.top >= body.top - 0.5 &&
          first.bottom <= body.bottom + 0.5 &&
          first.left >= body.left - 0.5 &&
          first.right <= body.right + 0.5,
      },
      waiting: items.length - shown.length,
      squeezed: !!card.parentElement?.hasAttribute('data-squeezed'),
      faded: !!shown[0]?.hasAttribute('data-long'),
      waitingTurn: card.hasAttribute('data-waiting'),
      columnNext: !!card.parentElement?.querySelector('.column-next'),
      asked: `want ${(card as HTMLElement).style.getPropertyValue('--want')} least ${(card as HTMLElement).style.getPropertyValue('--least')} body ${body.top}-${body.bottom} first ${first?.top}-${first?.bottom}`,
      pages: Number(turns?.getAttribute('data-pages') ?? 1),
      page: Number(turns?.getAttribute('data-page') ?? 1),
    });
  }
  return { bodyPx: Number.parseFloat(getComputedStyle(wall).fontSize), texts, cards };
}

/** Pairs of text boxes from different lines of text that lie over each other. */
function overlaps(texts: TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.node === b.node) continue;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Lines of one paragraph touch by a pixel or two of leading; text over text is more.
      if (across > 2 && down > Math.min(a.bottom - a.top, b.bottom - b.top) * 0.25)
        found.push(
          `"${a.text}" (${a.card} ${a.top}-${a.bottom}) over "${b.text}" (${b.card} ${b.top}-${b.bottom})`,
        );
    }
  }
  return found;
}

describe.runIf(chromiumReady())(
  'the wall’s layout at every size, text size and amount of content',
  () => {
    const zone = morningZone();
    const watch = new PageWatch();
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    let board: SyncClient;
    let staff: SyncClient;
    const report: string[] = [];
    /** The cards whose column had to share its height out evenly, to say in the report. */
    const squeezed: string[] = [];
    /** The cards waiting for their crowded column's turn, to say in the report. */
    const waitingTurn: string[] = [];

    withHouse({ zone, watch, kiosk: true, timeoutMs: 180_000 }, async (house) => {
      ({ server, admin, kiosk } = house);
      board = await openHouseDoc(server, admin, 'board');
      staff = await openHouseDoc(server, admin, 'staff');
      // The new house's first chores and welcome note come down: the day starts empty.
      for (const { id } of choreRecords(board.doc).values()) removeChore(board.doc, id);
      for (const id of [...board.doc.getMap('announcements').keys()])
        removeAnnouncement(board.doc, id);
      await kiosk.getByText('No chores for today.').waitFor();
    });

    async function sent(client: SyncClient) {
      await eventually(() => {
        if (client.provider.ws?.bufferedAmount) throw new Error('still sending');
      });
    }

    const added = {
      chores: [] as string[],
      groups: 0,
      notes: 0,
      meals: 0,
      shopping: 0,
      shifts: false,
    };

    /** Adds to the board until it holds the amount asked for. */
    async function fill(amount: Amount) {
      const now = Date.now();
      const today = dayInZone(now, zone);
      board.doc.transact(() => {
        for (let i = added.chores.length; i < amount.chores; i++) {
          const title = i < CHORES.length ? CHORES[i]! : `${CHORES[i % CHORES.length]} (${i + 1})`;
          const area = AREAS[i % AREAS.length];
          added.chores.push(
            saveChore(board.doc, undefined, { title, area, schedule: { kind: 'daily' } }),
          );
        }
        for (const id of added.chores.slice(0, amount.done)) markChoreDone(board.doc, id, today);
        for (; added.groups < amount.groups; added.groups++) {
          const i = added.groups;
          const hour = String(8 + i).padStart(2, '0');
          saveGroup(board.doc, undefined, {
            title: GROUPS[i]!,
            schedule: { kind: 'daily' },
            start: `${hour}:00`,
            end: `${hour}:45`,
            place: AREAS[i % AREAS.length],
            ...(i % 3 === 0 ? { leader: 'everyone, Kai notes' } : {}),
          });
        }
        for (; added.meals < amount.meals; added.meals++) {
          // The house's morning: the dinner (and the lunch) are still to come.
          const [kind, time] =
            added.meals === 0 ? (['dinner', '19:00'] as const) : (['lunch', '12:30'] as const);
          const meal = saveMeal(board.doc, undefined, { kind, time, schedule: { kind: 'daily' } });
          setMenuOn(
            board.doc,
            meal,
            today,
            kind === 'dinner' ? 'Lentil soup and bread' : 'Leftovers',
          );
        }
        for (; added.shopping < amount.shopping; added.shopping++) {
          const name = `${SHOPPING[added.shopping % SHOPPING.length]}${added.shopping < SHOPPING.length ? '' : ` (${added.shopping + 1})`}`;
          addShopping(board.doc, name, { section: AREAS[added.shopping % AREAS.length] }, now);
        }
        for (; added.notes < amount.notes; added.notes++) {
          const text = NOTES[added.notes]!;
          // A second apart, so they always come in the same order (newest first).
          const at = now - (NOTES.length - added.notes) * 1000;
          saveAnnouncement(
            board.doc,
            undefined,
            { text, expiresAt: now + 3 * 86_400_000 },
            undefined,
            at,
          );
        }
      });
      if (amount.chores && !added.shifts) {
        added.shifts = true;
        const hour = 3_600_000;
        const shifts = shiftRecords(staff.doc);
        shifts.add({ name: 'Alex', pronouns: 'they/them', start: now - hour, end: now + 4 * hour });
        shifts.add({ name: 'Robin', start: now + 4 * hour, end: now + 12 * hour });
      }
      await Promise.all([sent(board), sent(staff)]);
    }

    /** Waits until the wall has stopped moving: two measures a moment apart agree. */
    async function settled(): Promise<Measure> {
      let last = '';
      for (let i = 0; i < 20; i++) {
        await kiosk.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const measure = await kiosk.evaluate(measureWall);
        const shape = JSON.stringify(measure.cards.map((c) => [c.card, c.height, c.pages]));
        if (shape === last) return measure;
        last = shape;
        await kiosk.waitForTimeout(150);
      }
      throw new Error('the wall never settled');
    }

    for (const amount of AMOUNTS) {
      test(`${amount.name}: at every size and text size, everything fits or takes turns`, async () => {
        await fill(amount);
        for (const step of TEXT_SIZES) {
          await writeHouseSettings(server, admin, { textSize: step });
          await kiosk.locator(`hb-kiosk[data-text-size="${step}"]`).waitFor();
          for (const size of SIZES) {
            await kiosk.setViewportSize({ width: size.width, height: size.height });
            const where = `${amount.name} ${size.name} text ${step}`;
            const wall = await settled();
            await shot(kiosk, `wall-${amount.name}-${size.name}-text${step}`);

            expect(overlaps(wall.texts), `${where}: text over text`).toEqual([]);
            const offScreen = wall.texts.filter(
              (t) =>
                t.left < -1 || t.top < -1 || t.right > size.width + 1 || t.bottom > size.height + 1,
            );
            expect(offScreen, `${where}: text off the screen`).toEqual([]);

            expect(wall.cards.map((c) => c.card).sort()).toEqual([
              'hb-announcements-card',
              'hb-chores-card',
              'hb-groups-card',
              ...(amount.meals ? ['hb-meals-card'] : []),
              'hb-shifts-card',
              'hb-shopping-card',
            ]);
            for (const card of wall.cards) {
              // A card waiting for its crowded column's turn: the column says what comes next.
              if (card.waitingTurn) {
                waitingTurn.push(`${where}: ${card.card}`);
                expect(card.columnNext, `${where}: ${card.card}'s column turns`).toBe(true);
              }
              expect(card.first, `${where}: ${card.card} shows something`).toBeDefined();
              expect(card.width).toBeGreaterThanOrEqual(card.first!.width);
              if (card.squeezed) {
                // Its column could not hold every first item whole: what shows is still inside
                // the card, and a first item cut short fades out rather than stopping mid-line.
                squeezed.push(
                  `${where}: ${card.card}${card.first!.whole ? '' : ', first item in parts'}`,
                );
                if (!card.first!.whole)
                  expect(card.faded, `${where}: ${card.card} fades`).toBe(true);
                continue;
              }
              expect(
                card.first!.whole,
                `${where}: ${card.card}'s first item shows whole (${card.asked})`,
              ).toBe(true);
              expect(card.height, `${where}: ${card.card} is no sliver`).toBeGreaterThanOrEqual(
                card.first!.height,
              );
              // What does not fit takes turns, and says so.
              if (card.waiting)
                expect(card.pages, `${where}: ${card.card} says "1 of …"`).toBeGreaterThan(1);
            }

            const smallest = Math.min(...wall.texts.map((t) => t.fontSize));
            expect(smallest, `${where}: secondary text`).toBeGreaterThanOrEqual(
              SECONDARY_SHARE * wall.bodyPx - 0.5,
            );
            if (step >= 3)
              expect(smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(
                SMALLEST_SHARE * Math.min(size.width, size.height) - 0.5,
              );
            if (amount.name !== 'empty') {
              const contrasts = await textContrasts(kiosk);
              const lowest = Math.min(...contrasts.map((c) => c.ratio));
              expect(lowest, `${where}: contrast`).toBeGreaterThanOrEqual(7);
              report.push(
                `${where}: body ${wall.bodyPx.toFixed(1)} px, smallest ${smallest.toFixed(1)} px, lowest contrast ${lowest.toFixed(2)}:1, pages ${wall.cards.map((c) => `${c.card.slice(3, -5)} ${c.pages}`).join(', ')}`,
              );
            }
          }
        }
      });
    }

    test('an overfull card turns its page by itself, and says which page it is on', async () => {
      // At text size 3 every card stands in its column at once; at 4 a crowded column takes
      // whole cards in turn, and turns their pages as they come round (wall-turns.test.ts).
      await kiosk.setViewportSize({ width: 1920, height: 1080 });
      await writeHouseSettings(server, admin, { textSize: 3 });
      await kiosk.locator('hb-kiosk[data-text-size="3"]').waitFor();
      const wall = await settled();
      expect(wall.cards.filter((card) => card.waitingTurn)).toEqual([]);
      const turning = wall.cards.filter((card) => card.pages > 1);
      expect(turning.map((card) => card.card)).toEqual(
        expect.arrayContaining(['hb-chores-card', 'hb-groups-card', 'hb-announcements-card']),
      );
      const pageOf = (card: string) =>
        kiosk.locator(card).locator('.turns').getAttribute('data-page');
      const before = await Promise.all(turning.map((card) => pageOf(card.card)));
      // Each turns within a page's time (10–15 s) and a half, whatever it started at.
      const turned = async () => {
        const now = await Promise.all(turning.map((card) => pageOf(card.card)));
        return turning.filter((_, i) => now[i] === before[i]).map((card) => card.card);
      };
      await expect.poll(turned, { timeout: 25_000, interval: 500 }).toEqual([]);
      // Done chores fold into one line at the end of the chores.
      expect(await kiosk.getByTestId('done-today').count()).toBe(1);
      console.info(report.join('\n'));
      console.info(`squeezed columns (${squeezed.length}):\n${squeezed.join('\n')}`);
      console.info(
        `cards waiting their column's turn (${waitingTurn.length}):\n${waitingTurn.join('\n')}`,
      );
    });

    test('an announcement as long as the board allows is read to its last word, a part at a time', async () => {
      await kiosk.setViewportSize({ width: 1280, height: 800 });
      await writeHouseSettings(server, admin, { textSize: 4 });
      const words = 'The garden group meets by the shed, and everyone is welcome to come along.';
      let text = '';
      while (`${text} ${words}`.length < ANNOUNCEMENT_MAX - 12) text = `${text} ${words}`.trim();
      text = `${text} Last words.`;
      expect(text.length).toBeLessThanOrEqual(ANNOUNCEMENT_MAX);
      board.doc.transact(() => {
        saveAnnouncement(board.doc, undefined, {
          text,
          expiresAt: Date.now() + 86_400_000,
        });
      });
      await sent(board);
      const item = kiosk.locator('hb-announcement-item').filter({ hasText: 'Last words.' });
      await item.waitFor({ state: 'attached' });
      // At the largest text a crowded column shows whole cards in turn (kiosk/column-turns.ts),
      // every 12 s: with no motion asked for only a tap turns it, so the announcements stay while
      // they are read, and the column's Next brings them round when another card is showing.
      await kiosk.emulateMedia({ reducedMotion: 'reduce' });
      const card = kiosk.locator('hb-announcements-card');
      for (let turn = 0; turn < 8 && (await card.getAttribute('data-waiting')) !== null; turn++) {
        for (const next of await kiosk.getByTestId('column-next').all()) await next.click();
      }
      await expect.poll(() => item.getAttribute('class')).toContain('on');
      /** Whether the last words lie inside the card's body, where they can be seen. */
      const endShows = () =>
        item.evaluate((element) => {
          const body = element.parentElement!.getBoundingClientRect();
          const box = element.getBoundingClientRect();
          return element.classList.contains('on') && box.bottom <= body.bottom + 1;
        });
      expect(await endShows()).toBe(false);
      await shot(kiosk, 'wall-long-announcement-part-1');
      // A tap turns to the next part, as it turns to the next page; the end comes round.
      const body = kiosk.locator('hb-announcements-card').locator('.body');
      for (let i = 0; i < 40 && !(await endShows()); i++) await body.click();
      expect(await endShows()).toBe(true);
      await shot(kiosk, 'wall-long-announcement-end');
      await kiosk.emulateMedia({ reducedMotion: 'no-preference' });
    });

    test('no script errors on the wall', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  900_000,
);
