// What the board forgets on its own: day records after two weeks — every kind of chore day
// record, group days and each "I'm coming" — counted by the house's own calendar.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  choreRecords,
  choresOn,
  claimChore,
  markChoreDone,
  swapTurn,
  thankFor,
} from '../../board/chore.ts';
import {
  cancelGroupOn,
  groupComingRecords,
  groupDayRecords,
  groupRecords,
  groupsOn,
  setComing,
} from '../../board/group.ts';
import { tidy } from '../../board/housekeeping.ts';
import { DOC_MAPS } from '../../board/record-kinds.ts';
import { addDays } from '../../board/time.ts';
import { offerSwap } from '../../board/turn-offer.ts';
import { at, copyOf } from './helpers.ts';

const TODAY = '2026-03-30';
const NOW = at('2026-03-30T12:00:00Z');

/** A board with one chore and one group, and a full day of records on each of `days`. */
function boardWithDays(days: string[]) {
  const doc = new Y.Doc();
  const chore = choreRecords(doc).add({
    title: 'Dishes',
    schedule: { kind: 'daily' },
    createdAt: at('2026-01-01T09:00:00Z'),
  });
  const group = groupRecords(doc).add({
    title: 'Art',
    schedule: { kind: 'daily' },
    start: '10:00',
    end: '11:00',
  });
  for (const day of days) {
    claimChore(doc, chore, day, 'sam01');
    markChoreDone(doc, chore, day, 'sam01', 1);
    thankFor(doc, chore, day, 'alex02', 1);
    swapTurn(doc, chore, day, 'kai03'); // no rotation: one turn record
    offerSwap(doc, chore, day, 'kai03', 'sam01', 1);
    cancelGroupOn(doc, group, day);
    setComing(doc, group, day, 'sam01', true, 1);
    setComing(doc, group, day, 'alex02', true, 1);
  }
  return { doc, chore, group };
}

/** How many records each per-day section holds. */
function dayRecordCounts(doc: Y.Doc): Record<string, number> {
  const sections = DOC_MAPS.board.filter((name) => name.startsWith('chore') && name !== 'chores');
  return Object.fromEntries(
    [...sections, 'groupDays', 'groupComing'].map((name) => [name, doc.getMap(name).size]),
  );
}

describe('tidy forgets old day records', () => {
  it('forgets every kind of day record older than 14 days, keeps the rest, and counts each one', () => {
    const { doc } = boardWithDays([addDays(TODAY, -15), addDays(TODAY, -14), TODAY]);
    expect(dayRecordCounts(doc)).toEqual({
      choreDone: 3,
      choreClaims: 3,
      choreTurns: 3,
      choreThanks: 3,
      choreOffers: 3,
      groupDays: 3,
      groupComing: 6,
    });
    // One old day: a tick, a claim, a turn, a thanks, an offer, a group day and two "I'm coming".
    expect(tidy(doc, 'board', NOW)).toBe(8);
    expect(dayRecordCounts(doc)).toEqual({
      choreDone: 2,
      choreClaims: 2,
      choreTurns: 2,
      choreThanks: 2,
      choreOffers: 2,
      groupDays: 2,
      groupComing: 4,
    });
    expect(tidy(doc, 'board', NOW)).toBe(0);
  });

  it("what today shows is untouched: today's tick, thanks, claim and who is coming", () => {
    const { doc, chore, group } = boardWithDays([addDays(TODAY, -20), TODAY]);
    tidy(doc, 'board', NOW);
    const today = choresOn(doc, TODAY).find((c) => c.id === chore && c.day === TODAY);
    expect(today).toMatchObject({
      claimedBy: 'sam01',
      done: { at: 1, by: 'sam01' },
      thanks: ['alex02'],
      turn: 'kai03',
    });
    const art = groupsOn(doc, TODAY, NOW, 'UTC').find((g) => g.id === group);
    expect(art).toMatchObject({ status: 'cancelled', coming: ['alex02', 'sam01'] });
  });

  it('the old "I\'m coming" records of a group go with its old group days, and only those', () => {
    const { doc, group } = boardWithDays([addDays(TODAY, -15)]);
    setComing(doc, group, TODAY, 'kai03', true, 1);
    tidy(doc, 'board', NOW);
    expect([...groupComingRecords(doc).map.keys()]).toEqual([`${group}_${TODAY}_kai03`]);
    expect(groupDayRecords(doc).map.size).toBe(0);
  });

  it("counts the days by the house's time zone", () => {
    // 13:00Z on 13 April is 01:00 on 14 April in Auckland (NZST, UTC+12): 30 March is 15 days back.
    const { doc } = boardWithDays([TODAY]);
    const now = at('2026-04-13T13:00:00Z');
    expect(tidy(copyOf(doc), 'board', now, 'UTC')).toBe(0);
    expect(tidy(doc, 'board', now, 'Pacific/Auckland')).toBe(8);
  });

  it('reaches another device as one change', () => {
    const { doc } = boardWithDays([addDays(TODAY, -30), TODAY]);
    const other = copyOf(doc);
    let updates = 0;
    doc.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(other, update);
    });
    expect(tidy(doc, 'board', NOW)).toBe(8);
    expect(updates).toBe(1);
    expect(dayRecordCounts(other)).toEqual(dayRecordCounts(doc));
  });

  it('leaves the day records alone when tidying the staff or settings document', () => {
    const { doc } = boardWithDays([addDays(TODAY, -30)]);
    const before = dayRecordCounts(doc);
    expect(tidy(doc, 'staff', NOW)).toBe(0);
    expect(tidy(doc, 'settings', NOW)).toBe(0);
    expect(dayRecordCounts(doc)).toEqual(before);
  });

  it('opens no map the board does not hold, so a server of many houses keeps only what they use', () => {
    const doc = new Y.Doc();
    choreRecords(doc).add({ title: 'Dishes', schedule: { kind: 'daily' }, createdAt: NOW });
    const before = [...doc.share.keys()];
    expect(tidy(doc, 'board', NOW)).toBe(0);
    expect([...doc.share.keys()]).toEqual(before);
  });

  it('keeps an announcement that breaks the rules, however old its end looks', () => {
    const doc = new Y.Doc();
    const broken = new Y.Map<unknown>();
    broken.set('expiresAt', 1); // no text, no start: it breaks the rules, and stays for a person
    doc.getMap('announcements').set('broken', broken);
    const bought = new Y.Map<unknown>();
    bought.set('boughtAt', 'long ago');
    doc.getMap('shopping').set('odd', bought);
    expect(tidy(doc, 'board', NOW)).toBe(0);
    expect(doc.getMap('announcements').has('broken')).toBe(true);
    expect(doc.getMap('shopping').has('odd')).toBe(true);
  });
});
