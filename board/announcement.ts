// Announcements: short notes to the house that fade on their own.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import type * as S from './announcement-schema.ts';
import type { Announcement } from './announcement-schema.ts';
import { boardNow } from './clock.ts';
import { Records, recordKind } from './records.ts';
import { endOfDayIn } from './time.ts';

export type { Announcement };

export const ANNOUNCEMENTS = recordKind<z.infer<typeof S.announcementSchema>>({
  name: 'announcements',
  doc: 'board',
  required: ['text', 'createdAt', 'expiresAt'],
  limit: 500,
  owner: 'author',
  signed: true,
  staffFields: { pinned: 'pin or unpin an announcement' },
  restorable: true,
});

export const announcementRecords = (doc: Y.Doc) => new Records(doc, ANNOUNCEMENTS);

/** Announcements still up at `now`: pinned first, then newest first. */
export function currentAnnouncements(doc: Y.Doc, now: number) {
  return announcementRecords(doc)
    .values()
    .filter((a) => a.expiresAt > now)
    .sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || b.createdAt - a.createdAt);
}

/** What an editor writes of an announcement; `by` counts only when it is new. */
export type AnnouncementNote = Pick<Announcement, 'text' | 'author' | 'by' | 'expiresAt'>;

/**
 * Saves an announcement from an editor: changes the one with `id`, or puts it up; returns its
 * id. `pinned` is given only by staff: undefined leaves the pin as it is.
 */
export function saveAnnouncement(
  doc: Y.Doc,
  id: string | undefined,
  note: AnnouncementNote,
  pinned?: boolean,
  at = boardNow(),
): string {
  const announcements = announcementRecords(doc);
  const pin = pinned === undefined ? {} : { pinned: pinned || undefined };
  const { text, author, by, expiresAt } = note;
  if (!id) return announcements.add({ text, author, by, createdAt: at, expiresAt, ...pin });
  announcements.update(id, { text, author, expiresAt, ...pin });
  return id;
}

/** Takes an announcement down but keeps it for a week, so it can be brought back. */
export function removeAnnouncement(doc: Y.Doc, id: string, at = boardNow()) {
  announcementRecords(doc).softRemove(id, at);
}

/**
 * An announcement put up on the wall by touch: the kiosk is nobody's, so it carries no `by` and
 * no name, and it comes down at the end of the house's today. Returns its id.
 */
export function addWallAnnouncement(doc: Y.Doc, text: string, timeZone: string, now = boardNow()) {
  return announcementRecords(doc).add({
    text,
    createdAt: now,
    expiresAt: endOfDayIn(now, timeZone),
  });
}
