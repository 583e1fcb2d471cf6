// What the board forgets on a schedule, beyond day records: a removed chore, group or
// announcement a week after it was taken off, an announcement a week after its end, and a
// handoff note a month after it was written. Until then each stays, so it can be brought back.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  announcementRecords,
  choreRecords,
  groupRecords,
  handOver,
  handoffRecords,
  RESTORE_DAYS,
  removeChore,
  tidy,
} from '../../board/index.ts';
import { at } from './helpers.ts';

const NOW = at('2026-03-30T12:00:00Z');
const DAY = 86_400_000;
const WEEK = RESTORE_DAYS * DAY;

function addChore(doc: Y.Doc, title: string): string {
  return choreRecords(doc).add({ title, schedule: { kind: 'daily' }, createdAt: NOW - 60 * DAY });
}

function addGroup(doc: Y.Doc, title: string): string {
  return groupRecords(doc).add({
    title,
    schedule: { kind: 'daily' },
    start: '10:00',
    end: '11:00',
  });
}

/** An announcement put up a month before it ends. */
function addAnnouncement(doc: Y.Doc, text: string, expiresAt: number): string {
  return announcementRecords(doc).add({ text, createdAt: expiresAt - 30 * DAY, expiresAt });
}

describe('removed things are forgotten a week after they were taken off', () => {
  it('a chore, a group and an announcement removed over a week ago go; removed this week stay', () => {
    const doc = new Y.Doc();
    const oldChore = addChore(doc, 'Defrost the freezer');
    const newChore = addChore(doc, 'Water the plants');
    const oldGroup = addGroup(doc, 'Pottery');
    const newGroup = addGroup(doc, 'Walk');
    const oldNote = addAnnouncement(doc, 'Old note', NOW + 10 * DAY);
    const newNote = addAnnouncement(doc, 'New note', NOW + 10 * DAY);
    removeChore(doc, oldChore, NOW - WEEK - 1);
    removeChore(doc, newChore, NOW - WEEK);
    groupRecords(doc).softRemove(oldGroup, NOW - WEEK - 1);
    groupRecords(doc).softRemove(newGroup, NOW - DAY);
    announcementRecords(doc).softRemove(oldNote, NOW - 8 * DAY);
    announcementRecords(doc).softRemove(newNote, NOW - WEEK);

    expect(tidy(doc, 'board', NOW)).toBe(3);
    expect(choreRecords(doc).has(oldChore)).toBe(false);
    expect(groupRecords(doc).has(oldGroup)).toBe(false);
    expect(announcementRecords(doc).has(oldNote)).toBe(false);
    // What was removed within the week can still be brought back.
    const since = NOW - WEEK;
    expect(
      choreRecords(doc)
        .recentlyRemoved(since)
        .map((c) => c.id),
    ).toEqual([newChore]);
    expect(
      groupRecords(doc)
        .recentlyRemoved(since)
        .map((g) => g.id),
    ).toEqual([newGroup]);
    expect(
      announcementRecords(doc)
        .recentlyRemoved(since)
        .map((a) => a.id),
    ).toEqual([newNote]);
  });

  it('things still on the board are never forgotten, however old', () => {
    const doc = new Y.Doc();
    const chore = addChore(doc, 'Bins out');
    const group = addGroup(doc, 'Community meeting');
    expect(tidy(doc, 'board', NOW + 365 * DAY)).toBe(0);
    expect(choreRecords(doc).get(chore)?.title).toBe('Bins out');
    expect(groupRecords(doc).get(group)?.title).toBe('Community meeting');
  });
});

describe('an announcement is forgotten a week after its end', () => {
  it('one that ended over a week ago is tidied away; one that ended this week stays', () => {
    const doc = new Y.Doc();
    const longGone = addAnnouncement(doc, 'Fire alarm test on Monday', NOW - WEEK - 1);
    const justEnded = addAnnouncement(doc, 'Film night on Friday', NOW - WEEK);
    const stillUp = addAnnouncement(doc, 'Garden day on Sunday', NOW + DAY);

    expect(tidy(doc, 'board', NOW)).toBe(1);
    const left = announcementRecords(doc)
      .values()
      .map((a) => a.text)
      .sort();
    expect(left).toEqual(['Film night on Friday', 'Garden day on Sunday']);
    expect(announcementRecords(doc).has(longGone)).toBe(false);
    expect(announcementRecords(doc).has(justEnded)).toBe(true);
    expect(announcementRecords(doc).has(stillUp)).toBe(true);
  });

  it('a removed announcement that also ended long ago is forgotten once, and counted once', () => {
    const doc = new Y.Doc();
    const note = addAnnouncement(doc, 'Old news', NOW - 20 * DAY);
    announcementRecords(doc).softRemove(note, NOW - 20 * DAY);
    expect(tidy(doc, 'board', NOW)).toBe(1);
    expect(announcementRecords(doc).map.size).toBe(0);
  });
});

describe('handoff notes are forgotten after a month', () => {
  it('tidying the staff document forgets handoffs written over 30 days ago, keeps the rest', () => {
    const staff = new Y.Doc();
    const old = handOver(staff, 'shift01', 'Quiet night, bins are out', NOW - 30 * DAY - 1);
    const month = handOver(staff, 'shift02', 'Fire drill went well', NOW - 30 * DAY);
    const recent = handOver(staff, 'shift03', 'Sam is settling in', NOW - DAY);

    expect(tidy(staff, 'staff', NOW)).toBe(1);
    const handoffs = handoffRecords(staff);
    expect(handoffs.has(old)).toBe(false);
    expect(handoffs.has(month)).toBe(true);
    expect(handoffs.has(recent)).toBe(true);
    expect(tidy(staff, 'staff', NOW)).toBe(0);
  });

  it('tidying the board or the settings leaves the staff handoffs alone', () => {
    const staff = new Y.Doc();
    handOver(staff, 'shift01', 'Quiet night', NOW - 90 * DAY);
    expect(tidy(staff, 'board', NOW)).toBe(0);
    expect(tidy(staff, 'settings', NOW)).toBe(0);
    expect(handoffRecords(staff).map.size).toBe(1);
  });

  it('tidying the staff document leaves announcements and removed chores alone', () => {
    const doc = new Y.Doc();
    const chore = addChore(doc, 'Defrost the freezer');
    removeChore(doc, chore, NOW - 90 * DAY);
    addAnnouncement(doc, 'Long gone', NOW - 90 * DAY);
    expect(tidy(doc, 'staff', NOW)).toBe(0);
    expect(choreRecords(doc).map.size).toBe(1);
    expect(announcementRecords(doc).map.size).toBe(1);
  });

  it('the forgetting reaches another device as one change', () => {
    const staff = new Y.Doc();
    handOver(staff, 'shift01', 'One', NOW - 40 * DAY);
    handOver(staff, 'shift02', 'Two', NOW - 35 * DAY);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(staff));
    const updates: Uint8Array[] = [];
    staff.on('update', (update: Uint8Array) => updates.push(update));
    expect(tidy(staff, 'staff', NOW)).toBe(2);
    expect(updates).toHaveLength(1);
    for (const update of updates) Y.applyUpdate(other, update);
    expect(handoffRecords(other).map.size).toBe(0);
  });
});
