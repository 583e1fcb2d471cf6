// What a screen may do to records already on the board, at the edges: an announcement's author
// while it is up and after it came down, a removal dated back to exactly the last day the house
// can still bring it back, a record added and taken back before the phone synced, and a device
// that edits someone else's record never gains the right to wipe it.
import { describe, expect, it } from 'vitest';
import { announcementRecords, choreRecords, RESTORE_DAYS } from '../../board/index.ts';
import { RESTORE_DAYS_KEPT } from '../../board/record-rights.ts';
import { at } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const NOW = at('2026-03-30T09:00:00Z');
const DAY = 86_400_000;
const chore = { title: 'Dishes', schedule: { kind: 'daily' as const }, createdAt: NOW };
const note = { text: 'House meeting at 7', createdAt: NOW, expiresAt: NOW + DAY };

describe("an announcement keeps its author's name while it is up", () => {
  function postedBy(personId: string, fields: Partial<typeof note> & { removedAt?: number } = {}) {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const id = announcementRecords(phone).add({ ...note, by: personId, ...fields });
    expect(server.send(phone, writer(personId))).toBeUndefined();
    return { server, id };
  }

  it('its author may put it up again with new words, under their own name', () => {
    const { server, id } = postedBy('sam01');
    const phone = server.device();
    announcementRecords(phone).add({ ...note, text: 'House meeting at 8', by: 'sam01' }, id);
    expect(server.send(phone, writer('sam01'))).toBeUndefined();
    expect(announcementRecords(server.doc).get(id)?.text).toBe('House meeting at 8');
  });

  it('nobody may put it up again under another name while it is up', () => {
    const { server, id } = postedBy('sam01');
    const phone = server.device();
    announcementRecords(phone).add({ ...note, by: 'alex02' }, id);
    expect(server.send(phone, writer('alex02'))).toBeDefined();
    expect(announcementRecords(server.doc).get(id)?.by).toBe('sam01');
  });

  it('once it was taken down, someone else may post under its id with their own name', () => {
    const { server, id } = postedBy('sam01', { removedAt: NOW - DAY });
    const phone = server.device();
    announcementRecords(phone).add({ ...note, text: 'Garden day', by: 'alex02' }, id);
    expect(server.send(phone, writer('alex02'))).toBeUndefined();
    expect(announcementRecords(server.doc).get(id)?.by).toBe('alex02');
  });

  it("the wall's own announcement, posted without a name, may be taken up under a person's name", () => {
    const server = serverCopy('board', NOW);
    const kiosk = server.device();
    const id = announcementRecords(kiosk).add(note);
    expect(server.send(kiosk, writer('kiosk1', 'kiosk'))).toBeUndefined();
    const phone = server.device();
    announcementRecords(phone).add({ ...note, by: 'sam01' }, id);
    expect(server.send(phone, writer('sam01'))).toBeUndefined();
  });
});

describe('a removal dated back', () => {
  const oldest = NOW - (RESTORE_DAYS - RESTORE_DAYS_KEPT) * DAY;

  it(`may be dated back to exactly ${RESTORE_DAYS - RESTORE_DAYS_KEPT} days, and not a moment more`, () => {
    const server = serverCopy('board', NOW);
    const owner = server.device();
    const first = choreRecords(owner).add(chore);
    const second = choreRecords(owner).add({ ...chore, title: 'Bins' });
    expect(server.send(owner, writer('sam01'))).toBeUndefined();

    const offline = server.device();
    choreRecords(offline).softRemove(first, oldest);
    expect(server.send(offline, writer('alex02'))).toBeUndefined();
    const later = server.device();
    choreRecords(later).softRemove(second, oldest - 1);
    expect(server.send(later, writer('alex02'))).toBeDefined();
  });

  it("replacing someone else's chore whole, already removed long ago, is refused", () => {
    const server = serverCopy('board', NOW);
    const owner = server.device();
    const id = choreRecords(owner).add(chore);
    expect(server.send(owner, writer('sam01'))).toBeUndefined();
    const other = server.device();
    choreRecords(other).add({ ...chore, removedAt: oldest - DAY }, id);
    expect(server.send(other, writer('alex02'))).toBeDefined();
  });

  it('a chore a phone adds already removed, dated as it likes, is its own to date', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    choreRecords(phone).add({ ...chore, removedAt: oldest - DAY });
    expect(server.send(phone, writer('sam01'))).toBeUndefined();
  });
});

describe('records a device added itself, and records it did not', () => {
  it('a chore added and taken back before the phone synced passes, and leaves nothing', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const id = choreRecords(phone).add(chore);
    choreRecords(phone).remove(id);
    expect(server.send(phone, writer('sam01'))).toBeUndefined();
    expect(server.doc.getMap('chores').size).toBe(0);
  });

  it("editing someone else's chore gives no right to wipe it afterwards", () => {
    const server = serverCopy('board', NOW);
    const owner = server.device();
    const id = choreRecords(owner).add(chore);
    expect(server.send(owner, writer('sam01'))).toBeUndefined();

    const other = server.device();
    const alex = writer('alex02');
    choreRecords(other).update(id, { title: 'Dishes after dinner' });
    expect(server.send(other, alex)).toBeUndefined();
    choreRecords(other).remove(id);
    expect(server.send(other, alex)).toBeDefined();
    expect(choreRecords(server.doc).get(id)?.title).toBe('Dishes after dinner');
  });

  it('what a device added itself it may wipe at once (an undo on the spot)', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const sam = writer('sam01');
    const id = choreRecords(phone).add(chore);
    expect(server.send(phone, sam)).toBeUndefined();
    choreRecords(phone).remove(id);
    expect(server.send(phone, sam)).toBeUndefined();
    expect(choreRecords(server.doc).has(id)).toBe(false);
  });
});

describe('how many of its screen loads a device is remembered by', () => {
  it('the last 64: a record from an older one can no longer be wiped by the device', () => {
    const server = serverCopy('board', NOW);
    const sam = writer('sam01');
    // Each screen load is a new Yjs client; each adds one chore.
    const loads = Array.from({ length: 66 }, (_, i) => {
      const screen = server.device();
      const id = choreRecords(screen).add({ ...chore, title: `Chore ${i}` });
      expect(server.send(screen, sam)).toBeUndefined();
      return id;
    });
    const wipe = (id: string) => {
      const screen = server.device();
      choreRecords(screen).remove(id);
      return server.send(screen, writer('sam01'));
    };
    // A fresh writer knows no screen loads: what the device may wipe is what `sam` remembers.
    const wipeAsSam = (id: string) => {
      const screen = server.device();
      choreRecords(screen).remove(id);
      return server.send(screen, sam);
    };
    expect(wipe(loads[65]!)).toBeDefined();
    expect(wipeAsSam(loads[0]!)).toBeDefined();
    expect(wipeAsSam(loads[1]!)).toBeDefined();
    expect(wipeAsSam(loads[2]!)).toBeUndefined();
    expect(wipeAsSam(loads[65]!)).toBeUndefined();
  });
});
