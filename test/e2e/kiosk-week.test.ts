// A kiosk left running for a week: the house's clock (the server's, which the screens follow) and
// the kiosk page's own clock (Playwright's, so each timer due fires) moved through seven days an
// hour at a time (days and nights, the wall dimming and brightening), while a Node client edits the house
// as a busy week would — chores ticked and claimed, announcements coming and expiring, groups
// added, moved, cancelled and removed, "I'm coming", shifts and handoffs, the nightly tidy. The
// kiosk's memory must stay flat: a listener or timer left behind per edit would show here.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import {
  addDays,
  announcementRecords,
  cancelGroupOn,
  choreRecords,
  claimChore,
  dayInZone,
  groupRecords,
  handOver,
  instantInZone,
  introduce,
  markChoreDone,
  markChoreNotDone,
  moveGroupOn,
  setComing,
  shiftRecords,
  takeOver,
  thankFor,
  tidy,
} from '../../board/index.ts';
import { chromiumReady, pinClock } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { faketimeReady, movableClock } from '../helpers/movable-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, personIdOf, waitLive } from './browser-devices.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { withHouse } from './with-house.ts';

const ZONE = 'Europe/London';
const STEP_MS = 30 * 60_000;
const STEPS_PER_DAY = 48;
const DAYS = 7;
const MB = 1024 * 1024;

interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
  /** Structs in the kiosk's copy of the board: Yjs keeps one for every edit, deleted or not. */
  structs: number;
}

/** The kiosk page's memory after a full garbage collection, as Chromium counts it. */
async function measure(cdp: CDPSession, kiosk: Page): Promise<Memory> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const structs = await kiosk.evaluate(() => {
    const board = document.querySelector('hb-kiosk')?.house?.docs.board;
    return [...(board?.store.clients.values() ?? [])].reduce((n, list) => n + list.length, 0);
  });
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners, structs };
}

/** Half an hour of a busy house, written at `now` on the house's clock; returns the edits made. */
class BusyWeek {
  edits = 0;
  private choreIds: string[] = [];
  private groupIds: string[] = [];
  private oneOff?: string;
  private shift?: string;

  /**
   * `me`: the writer's own person. A screen writes only its own person's claims, ticks, thanks
   * and "I'm coming", so the busy week is one busy person's (the kiosk's memory is the same).
   */
  constructor(
    private readonly house: HouseWriter,
    private readonly me: string,
  ) {}

  setUp(now: number): void {
    const board = this.house.board.doc;
    introduce(board, this.me, { name: 'Sam', nameDisplay: 'full' });
    const chores = choreRecords(board);
    for (const title of ['Hoover the lounge', 'Water the plants', 'Bins out'])
      chores.add({ title, schedule: { kind: 'daily' }, createdAt: now - 86_400_000 });
    this.choreIds = chores.values().map((c) => c.id);
    const groups = groupRecords(board);
    for (const [title, start, end] of [
      ['Community meeting', '10:00', '11:00'],
      ['Art group', '14:00', '15:30'],
      ['Evening walk', '18:00', '19:00'],
    ] as const)
      this.groupIds.push(groups.add({ title, schedule: { kind: 'daily' }, start, end }));
  }

  halfHour(step: number, now: number): string {
    const board = this.house.board.doc;
    const staff = this.house.staff.doc;
    const day = dayInZone(now, ZONE);
    const edit = (action: () => unknown) => {
      action();
      this.edits += 1;
    };
    const person = this.me;
    const other = this.me;
    for (const [offset, who] of [
      [0, person],
      [1, other],
    ] as const) {
      const chore = this.choreIds[(step + offset) % this.choreIds.length]!;
      edit(() => claimChore(board, chore, day, who));
      edit(() => markChoreDone(board, chore, day, who, now));
    }
    const chore = this.choreIds[step % this.choreIds.length]!;
    edit(() => thankFor(board, chore, day, other, now));
    if (step % 3 === 0) edit(() => markChoreNotDone(board, chore, day));
    const group = this.groupIds[step % this.groupIds.length]!;
    edit(() => setComing(board, group, day, person, step % 2 === 0, now));
    edit(() => setComing(board, group, day, other, step % 2 === 1, now));
    if (step % 4 === 0) {
      edit(() => cancelGroupOn(board, group, day, step % 8 === 0));
      edit(() => moveGroupOn(board, group, day, { place: `Room ${step % 5}` }));
      if (this.oneOff) edit(() => groupRecords(board).softRemove(this.oneOff!, now));
      const start = step % STEPS_PER_DAY < 40 ? '20:00' : '21:00';
      edit(() => {
        this.oneOff = groupRecords(board).add({
          title: `Film night ${step}`,
          schedule: { kind: 'once', day },
          start,
          end: '22:00',
        });
      });
    }
    if (step % 16 === 0) {
      const next = shiftRecords(staff).add({
        name: ['Robin', 'Lee'][step % 2]!,
        start: now,
        end: now + 8 * 3_600_000,
      });
      if (this.shift) {
        const from = this.shift;
        edit(() => takeOver(staff, handOver(staff, from, `Quiet shift ${step}`, now), next, now));
      }
      this.shift = next;
      this.edits += 1;
    }
    if (step % STEPS_PER_DAY === 0) {
      // The server tidies on its own clock; on a fake week the writer does it on the house's.
      edit(() => tidy(board, 'board', now, ZONE));
      edit(() => tidy(staff, 'staff', now, ZONE));
    }
    // Last, so the kiosk holding it holds everything before it too.
    let marker = '';
    edit(() => {
      marker = announcementRecords(board).add({
        text: `Half-hour note ${step}: tea is in the kitchen.`,
        by: person,
        createdAt: now,
        expiresAt: now + 3 * 3_600_000,
      });
    });
    return marker;
  }
}

describe.runIf(chromiumReady() && faketimeReady())(
  'a kiosk left running for a week',
  () => {
    let server: ServerProcess;
    let kiosk: Page;
    let writer: HouseWriter;
    let me: string;
    const watch = new PageWatch();
    const clock = movableClock();

    /** Whether the kiosk's own copy of the board holds announcement `id`. */
    const kioskHas = (id: string) =>
      kiosk.evaluate(
        (key) =>
          document.querySelector('hb-kiosk')?.house?.docs.board.getMap('announcements').has(key),
        id,
      );

    withHouse({ zone: ZONE, watch, kiosk: { byDay: false }, env: clock.env }, async (house) => {
      ({ server, kiosk } = house);
      writer = await houseWriter(house.admin, server);
      me = await personIdOf(house.admin);
    });

    afterAll(() => writer?.destroy());

    test('through a week of thousands of edits its heap and DOM stay flat', async () => {
      // Noon tomorrow, so every measurement is taken by day, on the same board layout.
      const start = instantInZone(addDays(dayInZone(Date.now(), ZONE), 1), '12:00', ZONE);
      const week = new BusyWeek(writer, me);
      week.setUp(start);
      clock.set(start);
      await pinClock(kiosk, { time: start });
      await kiosk.reload();
      await waitLive(kiosk);
      const cdp = await kiosk.context().newCDPSession(kiosk);
      const loaded = await measure(cdp, kiosk);
      let afterFirstDay = { ...loaded, edits: 0 };

      // The kiosk's clock jumps an hour at a time, each timer due in that hour firing once (a
      // runFor of every callback for a week takes too long on these machines); the edits come in
      // at the half hours between.
      for (let step = 0; step < DAYS * STEPS_PER_DAY; step += 2) {
        const now = start + step * STEP_MS;
        week.halfHour(step, now);
        const marker = week.halfHour(step + 1, now + STEP_MS);
        await eventually(
          async () => {
            if (!(await kioskHas(marker))) throw new Error(`the kiosk has not got step ${step}`);
          },
          { timeoutMs: 15_000 },
        );
        clock.move(2 * STEP_MS);
        await kiosk.clock.fastForward(2 * STEP_MS);
        if ((step + 2) % STEPS_PER_DAY === 0) {
          const day = (step + 2) / STEPS_PER_DAY;
          if (day === 1) afterFirstDay = { ...(await measure(cdp, kiosk)), edits: week.edits };
          console.log(`kiosk week: day ${day} done, ${week.edits} edits so far`);
        }
      }
      await waitLive(kiosk);
      await kiosk.getByTestId('announcement-item').first().waitFor();
      const end = await measure(cdp, kiosk);

      const mb = (bytes: number) => (bytes / MB).toFixed(1);
      console.log(
        `kiosk week: heap start ${mb(loaded.heap)} MB, end ${mb(end.heap)} MB, ${week.edits} edits, DOM nodes ${loaded.nodes}→${end.nodes}` +
          ` (after day 1: heap ${mb(afterFirstDay.heap)} MB, ${afterFirstDay.nodes} nodes;` +
          ` event listeners ${loaded.listeners}→${afterFirstDay.listeners}→${end.listeners};` +
          ` board document structs ${loaded.structs}→${afterFirstDay.structs}→${end.structs})`,
      );
      expect(week.edits).toBeGreaterThan(3000);
      // Six more days of the same life after the first one: nothing may pile up per edit. The
      // heap may grow by the document's own history (Yjs keeps a small struct per edit), well
      // under a kilobyte an edit; a rendered element or a listener kept per edit is more.
      const later = week.edits - afterFirstDay.edits;
      expect(end.heap - afterFirstDay.heap).toBeLessThan(later * 900);
      expect(end.heap).toBeLessThan(loaded.heap * 2 + 4 * MB);
      // The DOM follows what the board holds, which moves through the week (1,479 to 2,509 nodes
      // after day one in six runs), so the wall after a week is held to the same wall opened
      // afresh on the same board and clock: what it keeps beyond that piled up. Until 3 December
      // 2026 a week's wall held 1.17 to 2.03 times a fresh one's nodes: cards and status lines
      // taken off the page listened again on the update Lit gave them after their removal, and
      // stayed, redrawn on every edit (test/ui/controllers-off-page.test.ts). Beyond the fresh
      // wall's, a week's wall holds the templates of what it showed only some of the week (the
      // night view, a handoff): about 15 templates, 130 nodes.
      await kiosk.reload();
      await waitLive(kiosk);
      await kiosk.getByTestId('announcement-item').first().waitFor();
      const fresh = await measure(cdp, kiosk);
      console.log(`kiosk week: DOM nodes after a week ${end.nodes}, opened afresh ${fresh.nodes}`);
      expect(end.nodes).toBeLessThan(fresh.nodes * 1.2);
      expect(end.listeners).toBeLessThan(afterFirstDay.listeners + 200);
      expect(watch.errors).toEqual([]);
    }, 900_000);
  },
  960_000,
);
