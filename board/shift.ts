// Shifts and handoffs: who of the staff is on now, who is next, and the short public note the
// outgoing person leaves for the house. Lives in the staff document (staff write, all read).
// There is no field for contact details, and text that looks like one is refused (text.ts).
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import { Records, recordKind } from './records.ts';
import { wallName } from './roles.ts';
import type * as S from './shift-schema.ts';
import type { Handoff, Shift } from './shift-schema.ts';

export type { Handoff, Shift };

export const SHIFTS = recordKind<z.infer<typeof S.shiftSchema>>({
  name: 'shifts',
  doc: 'staff',
  required: ['name', 'start', 'end'],
  limit: 5_000,
});

export const shiftRecords = (doc: Y.Doc) => new Records(doc, SHIFTS);

export function isOnShift(shift: Shift, now: number): boolean {
  return shift.start <= now && now < (shift.endedAt ?? shift.end);
}

/** Who is on now (earliest first) and who comes on next. */
export function shiftsAt(doc: Y.Doc, now: number) {
  const shifts = shiftRecords(doc)
    .values()
    .sort((a, b) => a.start - b.start);
  const onNow = shifts.filter((s) => isOnShift(s, now));
  const next = shifts.find((s) => s.start > now && !s.endedAt);
  return { onNow, next };
}

export function endShift(doc: Y.Doc, id: string, at = boardNow()) {
  shiftRecords(doc).update(id, { endedAt: at });
}

/** A staff name as the wall may show it. */
export function shiftName(shift: Shift, visitorMode = false): string | undefined {
  return wallName(shift.nameDisplay ?? 'full', shift.name, visitorMode);
}

export const HANDOFFS = recordKind<z.infer<typeof S.handoffSchema>>({
  name: 'handoffs',
  doc: 'staff',
  required: ['fromShift', 'at'],
  limit: 5_000,
});

export const handoffRecords = (doc: Y.Doc) => new Records(doc, HANDOFFS);

/** How long the kiosk shows a handoff note after the new person took over. */
export const HANDOFF_NOTE_HOURS = 4;

/** The outgoing person hands over: a short public note, waiting for someone to take over. */
export function handOver(
  doc: Y.Doc,
  fromShift: string,
  note: string | undefined,
  at = boardNow(),
): string {
  return handoffRecords(doc).add({ fromShift, note, at });
}

/** The incoming person takes over with one tap: "On now" changes at that moment. */
export function takeOver(doc: Y.Doc, handoffId: string, toShift: string, at = boardNow()) {
  const handoffs = handoffRecords(doc);
  const handoff = handoffs.get(handoffId);
  const shifts = shiftRecords(doc);
  const incoming = shifts.get(toShift);
  if (!handoff || handoff.takenAt || !incoming) return;
  doc.transact(() => {
    const outgoing = shifts.get(handoff.fromShift);
    if (outgoing && !outgoing.endedAt) shifts.update(handoff.fromShift, { endedAt: at });
    if (incoming.start > at) shifts.update(toShift, { start: at });
    if (incoming.endedAt) shifts.update(toShift, { endedAt: undefined });
    handoffs.update(handoffId, { toShift, takenAt: at });
  });
}

/** How long a shift lasts when nobody says otherwise. */
export const USUAL_SHIFT_HOURS = 8;

/**
 * Someone not yet on shift takes over with one tap: a shift from now for the usual hours, and
 * the takeover, in one change. Returns the new shift's id.
 */
export function comeOnAndTakeOver(
  doc: Y.Doc,
  handoffId: string,
  who: Pick<Shift, 'name' | 'nameDisplay' | 'person'>,
  at = boardNow(),
): string {
  let id = '';
  doc.transact(() => {
    id = shiftRecords(doc).add({ ...who, start: at, end: at + USUAL_SHIFT_HOURS * 3_600_000 });
    takeOver(doc, handoffId, id, at);
  });
  return id;
}

/** A handoff still waiting for the next person. */
export function pendingHandoff(doc: Y.Doc) {
  return handoffRecords(doc)
    .values()
    .filter((h) => !h.takenAt)
    .sort((a, b) => b.at - a.at)[0];
}

/** The note of the latest handoff taken in the last few hours, for the kiosk. */
export function recentHandoffNote(doc: Y.Doc, now: number) {
  return handoffRecords(doc)
    .values()
    .filter((h) => h.takenAt && h.note && now - h.takenAt < HANDOFF_NOTE_HOURS * 3_600_000)
    .sort((a, b) => b.takenAt! - a.takenAt!)[0];
}

/** The handoffs of the last week, newest first: visible to staff. */
export function handoffHistory(doc: Y.Doc, now: number) {
  return handoffRecords(doc)
    .values()
    .filter((h) => now - h.at < 7 * 86_400_000)
    .sort((a, b) => b.at - a.at);
}
