// What a screen may change in place on a record already on the board, judged by what the record
// held just before: an announcement's name while it is up and after it came down, a chore ticked
// again by someone else, and a new announcement that arrives already pinned.
import { describe, expect, it } from 'vitest';
import {
  announcementRecords,
  choreDoneRecords,
  choreRecords,
  markChoreDone,
  RESTORE_DAYS,
} from '../../board/index.ts';
import { at } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const NOW = at('2026-03-30T09:00:00Z');
const DAY = 86_400_000;
const note = { text: 'House meeting at 7', createdAt: NOW, expiresAt: NOW + DAY };

describe("an announcement's name, changed in place", () => {
  it('nobody may put their own name to an announcement that is up', () => {
    const server = serverCopy('board', NOW);
    const sam = server.device();
    const id = announcementRecords(sam).add({ ...note, by: 'sam01' });
    expect(server.send(sam, writer('sam01'))).toBeUndefined();

    const alex = server.device();
    announcementRecords(alex).update(id, { by: 'alex02' });
    expect(String(server.send(alex, writer('alex02')))).toMatch(/cannot be handed to someone else/);
    expect(announcementRecords(server.doc).get(id)?.by).toBe('sam01');
  });

  it('once it came down, however long ago, someone may take it up under their name', () => {
    const server = serverCopy('board', NOW);
    const sam = server.device();
    // Taken down long ago: older than a removal anyone could date back to now.
    const removedAt = NOW - (RESTORE_DAYS - 1) * DAY;
    const id = announcementRecords(sam).add({ ...note, by: 'sam01', removedAt });
    expect(server.send(sam, writer('sam01'))).toBeUndefined();

    const alex = server.device();
    announcementRecords(alex).update(id, { by: 'alex02', text: 'Garden day' });
    expect(server.send(alex, writer('alex02'))).toBeUndefined();
    expect(announcementRecords(server.doc).get(id)).toMatchObject({
      by: 'alex02',
      text: 'Garden day',
      removedAt,
    });
  });
});

describe('a chore ticked again', () => {
  it('someone else may tick a chore already ticked, and the tick becomes theirs', () => {
    const server = serverCopy('board', NOW);
    const ana = server.device();
    const chore = choreRecords(ana).add({
      title: 'Dishes',
      schedule: { kind: 'daily' },
      createdAt: NOW,
    });
    markChoreDone(ana, chore, '2026-03-30', 'ana01', NOW);
    expect(server.send(ana, writer('ana01'))).toBeUndefined();

    const ben = server.device();
    markChoreDone(ben, chore, '2026-03-30', 'ben02', NOW + 60_000);
    expect(server.send(ben, writer('ben02'))).toBeUndefined();
    expect(choreDoneRecords(server.doc).values()).toEqual([
      expect.objectContaining({ by: 'ben02', at: NOW + 60_000 }),
    ]);
  });
});

describe('a new announcement that arrives pinned', () => {
  it('is refused from a member and accepted from staff', () => {
    const server = serverCopy('board', NOW);
    const member = server.device();
    announcementRecords(member).add({ ...note, by: 'sam01', pinned: true });
    expect(String(server.send(member, writer('sam01')))).toMatch(/only staff can pin/);
    expect(announcementRecords(server.doc).values()).toEqual([]);

    const staff = server.device();
    announcementRecords(staff).add({ ...note, by: 'kim03', pinned: true });
    expect(server.send(staff, writer('kim03', 'staff'))).toBeUndefined();
    expect(announcementRecords(server.doc).values()).toHaveLength(1);
  });
});
