// What the phone's editors write, through the board: a new record or a change to one, with the
// board's own parts (when it was added) and rules (only staff touch an announcement's pin).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  announcementRecords,
  removeAnnouncement,
  saveAnnouncement,
} from '../../board/announcement.ts';
import { choreRecords, saveChore } from '../../board/chore.ts';
import { groupRecords, removeGroup, saveGroup } from '../../board/group.ts';
import { refusal } from './helpers.ts';

const DAY = '2026-07-01';

describe('saving a chore', () => {
  it('adds it with the moment it was added, then changes only what the editor gives', () => {
    const doc = new Y.Doc();
    const fields = { title: 'Dishes', area: 'kitchen', schedule: { kind: 'daily' as const } };
    const id = saveChore(doc, undefined, fields, 1_000);
    expect(choreRecords(doc).get(id)).toEqual({ ...fields, createdAt: 1_000 });
    const rotation = ['sam01', 'alex02'];
    expect(saveChore(doc, id, { ...fields, title: 'Bins', rotation }, 2_000)).toBe(id);
    expect(choreRecords(doc).get(id)).toEqual({
      ...fields,
      title: 'Bins',
      rotation,
      createdAt: 1_000,
    });
    saveChore(doc, id, { ...fields, area: undefined, rotation: undefined });
    expect(choreRecords(doc).get(id)).toEqual({
      title: 'Dishes',
      schedule: { kind: 'daily' },
      createdAt: 1_000,
    });
    expect(refusal(() => saveChore(doc, id, { ...fields, title: ' ' })).sentence).toEqual({
      key: 'write',
      values: { what: 'chore' },
    });
  });
});

describe('saving a group', () => {
  const art = {
    title: 'Art',
    schedule: { kind: 'once' as const, day: DAY },
    start: '14:00',
    end: '15:00',
  };

  it('adds it, changes it, and takes it off softly so it can be brought back', () => {
    const doc = new Y.Doc();
    const id = saveGroup(doc, undefined, art);
    expect(groupRecords(doc).get(id)).toEqual(art);
    expect(saveGroup(doc, id, { ...art, place: 'garden' })).toBe(id);
    expect(groupRecords(doc).get(id)).toEqual({ ...art, place: 'garden' });
    removeGroup(doc, id, 5_000);
    expect(groupRecords(doc).values()).toEqual([]);
    expect(
      groupRecords(doc)
        .recentlyRemoved(0)
        .map((g) => g.id),
    ).toEqual([id]);
  });

  it('refuses a group that ends before it starts, with the sentence for it', () => {
    const doc = new Y.Doc();
    const error = refusal(() => saveGroup(doc, undefined, { ...art, end: '13:00' }));
    expect(error.sentence.key).toBe('groupEndAfterStart');
    expect(error.field).toBe('end');
  });
});

describe('saving an announcement', () => {
  const note = { text: 'Fire drill at 11', author: 'Sam', by: 'sam01', expiresAt: 10_000 };

  it('puts it up under its author, then changes the words but never the author', () => {
    const doc = new Y.Doc();
    const id = saveAnnouncement(doc, undefined, note, undefined, 1_000);
    expect(announcementRecords(doc).get(id)).toEqual({ ...note, createdAt: 1_000 });
    saveAnnouncement(doc, id, { ...note, text: 'Fire drill at 12', by: 'alex02' });
    expect(announcementRecords(doc).get(id)).toEqual({
      ...note,
      text: 'Fire drill at 12',
      createdAt: 1_000,
    });
  });

  it('the pin changes only when staff give it; anyone else leaves it as it is', () => {
    const doc = new Y.Doc();
    const id = saveAnnouncement(doc, undefined, note, true, 1_000);
    expect(announcementRecords(doc).get(id)?.pinned).toBe(true);
    saveAnnouncement(doc, id, { ...note, text: 'Edited' });
    expect(announcementRecords(doc).get(id)?.pinned).toBe(true);
    saveAnnouncement(doc, id, note, false);
    expect(announcementRecords(doc).get(id)).not.toHaveProperty('pinned');
    const other = saveAnnouncement(doc, undefined, note, false, 1_000);
    expect(announcementRecords(doc).get(other)).not.toHaveProperty('pinned');
  });

  it('taking it down keeps it for a week, so it can be brought back', () => {
    const doc = new Y.Doc();
    const id = saveAnnouncement(doc, undefined, note, undefined, 1_000);
    removeAnnouncement(doc, id, 2_000);
    expect(announcementRecords(doc).values()).toEqual([]);
    expect(announcementRecords(doc).recentlyRemoved(0)).toMatchObject([{ id, removedAt: 2_000 }]);
  });
});
