// What the board forgets on its own, so it does not grow for ever and removed things really go:
// removed items after a week, day records after two, expired announcements after a week,
// handoffs after a month.
import type * as Y from 'yjs';
import { announcementSection } from './announcement.ts';
import { choreSection, dayOfRecordId, forgetOldChoreDays } from './chore.ts';
import type { DocKind } from './documents.ts';
import { groupComingSection, groupDaySection, groupSection } from './group.ts';
import { handoffSection } from './shift.ts';
import { addDays, dayInZone } from './time.ts';

const DAY_MS = 86_400_000;
/** Removed items can be brought back for this long. */
export const RESTORE_DAYS = 7;

/** Tidies a document; returns how many records it forgot. Safe to run on every device at once. */
export function tidy(doc: Y.Doc, kind: DocKind, now: number, timeZone = 'UTC'): number {
  let forgotten = 0;
  doc.transact(() => {
    if (kind === 'board') {
      const before = now - RESTORE_DAYS * DAY_MS;
      forgotten += choreSection(doc).purgeRemoved(before);
      forgotten += groupSection(doc).purgeRemoved(before);
      forgotten += announcementSection(doc).purgeRemoved(before);
      const announcements = announcementSection(doc);
      for (const a of announcements.values()) {
        if (a.expiresAt < before) {
          announcements.remove(a.id);
          forgotten += 1;
        }
      }
      const today = dayInZone(now, timeZone);
      forgotten += forgetOldChoreDays(doc, today);
      const oldest = addDays(today, -14);
      for (const records of [groupDaySection(doc), groupComingSection(doc)]) {
        for (const id of [...records.map.keys()]) {
          const day = dayOfRecordId(id);
          if (!day || day < oldest) {
            records.remove(id);
            forgotten += 1;
          }
        }
      }
    }
    if (kind === 'staff') {
      const handoffs = handoffSection(doc);
      for (const h of handoffs.values()) {
        if (h.at < now - 30 * DAY_MS) {
          handoffs.remove(h.id);
          forgotten += 1;
        }
      }
    }
  });
  return forgotten;
}
