// Announcements: short notes to the house that fade on their own, pinned ones first.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Announcement,
  addWallAnnouncement,
  announcementRecords,
  currentAnnouncements,
} from '../../board/announcement.ts';
import { ANNOUNCEMENT_MAX } from '../../board/text.ts';
import { copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

const DAY = 86_400_000;
const note = (
  text: string,
  createdAt: number,
  extra: Partial<Announcement> = {},
): Announcement => ({
  text,
  createdAt,
  expiresAt: createdAt + 3 * DAY,
  ...extra,
});

describe('what an announcement may say', () => {
  it('an announcement of exactly 500 characters is accepted', () => {
    expect(ANNOUNCEMENT_MAX).toBe(500);
    const section = announcementRecords(new Y.Doc());
    const id = section.add(note('a'.repeat(500), 0));
    expect(section.get(id)?.text).toHaveLength(500);
  });

  it('an announcement longer than 500 characters is refused with a plain sentence', () => {
    const error = refusal(() => announcementRecords(new Y.Doc()).add(note('a'.repeat(501), 0)));
    expect(error.message).toBe('Please keep the announcement to 500 characters or fewer.');
    expect(error.field).toBe('text');
    expectPlainSentence(error.message);
  });

  it.each([[''], ['    ']])('an empty announcement (%j) is refused', (text) => {
    const error = refusal(() => announcementRecords(new Y.Doc()).add(note(text, 0)));
    expect(error.message).toBe('Please write the announcement.');
    expect(error.field).toBe('text');
  });

  it("an empty author ('' or spaces) is simply not given; a long one is refused", () => {
    const section = announcementRecords(new Y.Doc());
    const id = section.add(note('Fire drill at 11', 0, { author: '  ' }));
    expect(section.get(id)).not.toHaveProperty('author');
    const error = refusal(() =>
      section.add(note('Fire drill at 11', 0, { author: 'n'.repeat(61) })),
    );
    expect(error.field).toBe('author');
    expect(error.message).toBe('Please keep the name to 60 characters or fewer.');
  });

  it('an announcement must stay up for a while: expiring at or before it was written is refused', () => {
    const section = announcementRecords(new Y.Doc());
    for (const expiresAt of [1_000, 999]) {
      const error = refusal(() => section.add(note('Hi', 1_000, { expiresAt })));
      expect(error.message).toBe('Please let the announcement stay up for a while.');
      expect(error.field).toBe('expiresAt');
    }
  });
});

describe('currentAnnouncements', () => {
  it('hides announcements that have expired, from the moment they expire', () => {
    const doc = new Y.Doc();
    const section = announcementRecords(doc);
    const now = 10 * DAY;
    section.add(note('Old news', 0, { expiresAt: now - 1 }));
    section.add(note('Expires right now', 1, { expiresAt: now }));
    const live = section.add(note('Still up', 2, { expiresAt: now + 1 }));
    expect(currentAnnouncements(doc, now).map((a) => a.id)).toEqual([live]);
    expect(currentAnnouncements(doc, now + 1)).toEqual([]);
  });

  it('puts pinned announcements first, then the newest first', () => {
    const doc = new Y.Doc();
    const section = announcementRecords(doc);
    const expiresAt = 30 * DAY; // all still up when we look on day 5
    section.add(note('oldest', 1 * DAY, { expiresAt }));
    section.add(note('pinned old', 2 * DAY, { pinned: true, expiresAt }));
    section.add(note('newest', 5 * DAY, { expiresAt }));
    section.add(note('pinned new', 4 * DAY, { pinned: true, expiresAt }));
    section.add(note('middle', 3 * DAY, { pinned: false, expiresAt }));
    expect(currentAnnouncements(doc, 5 * DAY).map((a) => a.text)).toEqual([
      'pinned new',
      'pinned old',
      'newest',
      'middle',
      'oldest',
    ]);
  });

  it('gives each announcement its id so a screen can act on it', () => {
    const doc = new Y.Doc();
    const id = announcementRecords(doc).add(note('Hello', 0));
    expect(currentAnnouncements(doc, 1)).toEqual([{ ...note('Hello', 0), id }]);
  });

  it('a broken announcement is left out of the current list without stopping it', () => {
    const doc = new Y.Doc();
    announcementRecords(doc).add(note('Hello', 0));
    doc.getMap('announcements').set('broken01', new Y.Map([['text', 'no dates']]));
    expect(currentAnnouncements(doc, 1).map((a) => a.text)).toEqual(['Hello']);
    expect(
      announcementRecords(doc)
        .entries()
        .filter((e) => !e.ok),
    ).toHaveLength(1);
  });

  it('a removed announcement leaves the wall at once and is back, as it was, when restored', () => {
    const doc = new Y.Doc();
    const section = announcementRecords(doc);
    const id = section.add(note('Hello', 0, { pinned: true }));
    section.softRemove(id, DAY);
    expect(currentAnnouncements(doc, DAY)).toEqual([]);
    expect(section.recentlyRemoved(0).map((a) => a.id)).toEqual([id]);
    section.restore(id);
    expect(currentAnnouncements(doc, DAY)).toEqual([{ ...note('Hello', 0, { pinned: true }), id }]);
  });

  it('announcements written on two devices at once show in the same order on both', () => {
    const a = new Y.Doc();
    const b = copyOf(a);
    announcementRecords(a).add(note('From the kitchen', 2 * DAY));
    announcementRecords(b).add(note('From the office', 1 * DAY, { pinned: true }));
    exchange(a, b);
    const texts = (doc: Y.Doc) => currentAnnouncements(doc, 2 * DAY).map((x) => x.text);
    expect(texts(a)).toEqual(['From the office', 'From the kitchen']);
    expect(texts(b)).toEqual(texts(a));
  });
});

describe('an announcement put up on the wall by touch', () => {
  it("carries no person and no name, and comes down at the end of the house's today", () => {
    const doc = new Y.Doc();
    // 21:30 in Madrid on 27 November (UTC+1): the house's day ends at 23:00 UTC.
    const now = Date.parse('2026-11-27T20:30:00Z');
    const id = addWallAnnouncement(doc, 'Dinner is ready', 'Europe/Madrid', now);
    const note = announcementRecords(doc).get(id);
    expect(note).toEqual({
      text: 'Dinner is ready',
      createdAt: now,
      expiresAt: Date.parse('2026-11-27T23:00:00Z'),
    });
    expect(currentAnnouncements(doc, Date.parse('2026-11-27T22:59:00Z'))).toHaveLength(1);
    expect(currentAnnouncements(doc, Date.parse('2026-11-27T23:00:00Z'))).toHaveLength(0);
  });

  it('refuses empty words with the same sentence as anywhere else', () => {
    const error = refusal(() => addWallAnnouncement(new Y.Doc(), '   ', 'UTC'));
    expectPlainSentence(error.message);
  });
});
