// What the board forgets on its own, so it does not grow for ever and removed things really go:
// removed records after a week, day records after two (but a one-off chore's while it waits),
// expired announcements after a week, handoffs after a month. Which kinds are restorable or per
// day, each kind declares.
import type * as Y from 'yjs';
import { ANNOUNCEMENTS, announcementRecords } from './announcement.ts';
import { CHORE_KINDS, choreDayId, choreDoneRecords, choreRecords } from './chore.ts';
import type { DocKind } from './documents.ts';
import { dayIdOfRecordId, dayOfRecordId } from './ids.ts';
import { PER_DAY_KINDS, RESTORABLE_KINDS } from './record-kinds.ts';
import { type RecordKind, Records } from './records.ts';
import { handoffRecords } from './shift.ts';
import { BOUGHT_DAYS, forgetBought, SHOPPING } from './shopping.ts';
import { addDays, type Day, dayInZone } from './time.ts';

const DAY_MS = 86_400_000;
/** Removed items can be brought back for this long. */
export const RESTORE_DAYS = 7;

const onBoard = (kind: RecordKind) => kind.doc === 'board';
/**
 * Whether the document holds the kind's map at all: one it never held has nothing to forget, and
 * opening it only to find that out costs a server with a thousand boards loading at once.
 */
const held = (doc: Y.Doc) => (kind: RecordKind) => doc.share.has(kind.name);
const old = (before: number) => (at: unknown) => Number(at) < before;

/**
 * A one-off chore stays until it is done, however old its day: the day records of each one still
 * on the board are kept (a claim, a tick taken back). One done is forgotten, with its records,
 * once its day and the day it was done are both before `oldest`, so it never comes back as open.
 */
function keepOneOffChores(doc: Y.Doc, oldest: Day, timeZone: string) {
  const chores = choreRecords(doc);
  const done = choreDoneRecords(doc);
  const kept = new Set<string>();
  let forgotten = 0;
  const once = (schedule: unknown) => (schedule as { kind?: unknown } | undefined)?.kind === 'once';
  for (const entry of chores.entriesWhere('schedule', once)) {
    if (!entry.ok || entry.value.schedule.kind !== 'once') continue;
    const { day } = entry.value.schedule;
    const dayId = choreDayId(entry.id, day);
    const tick = done.get(dayId);
    const finished =
      !!tick &&
      tick.removedAt === undefined &&
      day < oldest &&
      dayInZone(tick.at, timeZone) < oldest;
    if (finished) {
      chores.remove(entry.id);
      forgotten += 1;
    } else kept.add(dayId);
  }
  return { kept, forgotten };
}

/**
 * Forgets the board's per-day records older than `keepDays` (or without a day), and one-off
 * chores done before then; keeps the records of one-off chores still waiting to be done.
 */
export function forgetOldDays(doc: Y.Doc, today: Day, keepDays = 14, timeZone = 'UTC'): number {
  const oldest = addDays(today, -keepDays);
  let forgotten = 0;
  doc.transact(() => {
    const oneOffs = keepOneOffChores(doc, oldest, timeZone);
    forgotten += oneOffs.forgotten;
    for (const kind of PER_DAY_KINDS.filter(onBoard).filter(held(doc))) {
      const records = new Records(doc, kind);
      const isChore = CHORE_KINDS.includes(kind);
      for (const id of [...records.map.keys()]) {
        const day = dayOfRecordId(id);
        if (day && day >= oldest) continue;
        if (day && isChore && oneOffs.kept.has(dayIdOfRecordId(id) ?? '')) continue;
        records.remove(id);
        forgotten += 1;
      }
    }
  });
  return forgotten;
}

/** Forgets announcements that expired before `before` (only those are read against the schema). */
function forgetExpired(doc: Y.Doc, before: number): number {
  if (!held(doc)(ANNOUNCEMENTS)) return 0;
  const announcements = announcementRecords(doc);
  let forgotten = 0;
  for (const entry of announcements.entriesWhere('expiresAt', old(before))) {
    if (!entry.ok || entry.value.removedAt !== undefined || !(entry.value.expiresAt < before))
      continue;
    announcements.remove(entry.id);
    forgotten += 1;
  }
  return forgotten;
}

/** Tidies a document; returns how many records it forgot. Safe to run on every device at once. */
export function tidy(doc: Y.Doc, kind: DocKind, now: number, timeZone = 'UTC'): number {
  let forgotten = 0;
  doc.transact(() => {
    if (kind === 'board') {
      const before = now - RESTORE_DAYS * DAY_MS;
      for (const restorable of RESTORABLE_KINDS.filter(onBoard).filter(held(doc)))
        forgotten += new Records(doc, restorable).purgeRemoved(before);
      forgotten += forgetExpired(doc, before);
      forgotten += forgetOldDays(doc, dayInZone(now, timeZone), undefined, timeZone);
      if (held(doc)(SHOPPING)) forgotten += forgetBought(doc, now - BOUGHT_DAYS * DAY_MS);
    }
    if (kind === 'staff') {
      const handoffs = handoffRecords(doc);
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
