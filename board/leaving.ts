// A person leaving the house, in two steps the server takes for them (never a screen: it writes
// with the server's rights). When they leave, they come off the board's days from today on: every
// rota, their claims and turns, their "I'm coming", and their name entry is marked as left, so no
// picker or wall shows them. After the house's wait, everything that names them is forgotten:
// their name entry, their own per-day records, their turns and offers, and each `by` that was
// theirs becomes "someone". Both steps read one table of how records name a person
// (person-refs.ts). Yjs then garbage-collects what was deleted; the stores are compacted past it.
import * as Y from 'yjs';
import type { DocKind } from './documents.ts';
import { dayOfRecordId } from './ids.ts';
import { personRecords } from './person.ts';
import { type PersonRef, thingsNaming } from './person-refs.ts';
import type { Day } from './time.ts';

/** Who a `by` names once the person it named is forgotten: nobody in particular. */
export const SOMEONE = 'someone';

/** From `today` on, whether a per-day record's day is still to come (or has no day). */
const fromToday = (id: string, today: Day) => (dayOfRecordId(id) ?? today) >= today;

/** Takes the person out of the list a record holds in `ref.field` (a chore's rotation). */
function leaveList(record: Y.Map<unknown>, ref: PersonRef, personId: string): void {
  const list = record.get(ref.field!);
  if (Array.isArray(list))
    record.set(
      ref.field!,
      list.filter((entry: unknown) => entry !== personId),
    );
}

/**
 * Takes a person off the board's days from `today` on, at once: every rota, their claims, the
 * turns given to them, their offers, their "I'm coming"; their name entry says they left, so no
 * picker, turn or wall shows them. What they did before today stays until they are forgotten.
 */
export function departFromBoard(board: Y.Doc, personId: string, today: Day, at: number): void {
  board.transact(() => {
    for (const { kind, records } of Object.values(thingsNaming({ board }, personId))) {
      const map = board.getMap<unknown>(kind.name);
      for (const { id, refs } of records) {
        const record = map.get(id);
        if (!(record instanceof Y.Map)) continue;
        for (const ref of refs) {
          if (ref.forget === 'entry') leaveList(record, ref, personId);
          else if (ref.forget === 'record' && kind.perDay && fromToday(id, today)) {
            map.delete(id);
            break;
          }
        }
      }
    }
    const people = personRecords(board);
    if (people.has(personId)) people.update(personId, { leftAt: at });
  });
}

/**
 * Forgets a person in one document, by the one table of how records name a person
 * (person-refs.ts): what is wholly theirs goes, they leave every list, and a field that named them
 * says "someone" (the record's other named fields go). Nothing is forgotten by a name as written:
 * a name alone never stands for a person.
 */
function forgetIn(doc: Y.Doc, kind: DocKind, personId: string): void {
  doc.transact(() => {
    for (const { kind: records, records: found } of Object.values(
      thingsNaming({ [kind]: doc }, personId),
    )) {
      const map = doc.getMap<unknown>(records.name);
      for (const { id, refs } of found) {
        const record = map.get(id);
        if (!(record instanceof Y.Map)) continue;
        for (const ref of refs.filter((r) => r.how !== 'name')) {
          if (ref.forget === 'record') {
            map.delete(id);
            break;
          }
          if (ref.forget === 'entry') {
            leaveList(record, ref, personId);
            continue;
          }
          for (const field of ref.forget) {
            if (field === ref.field) record.set(field, SOMEONE);
            else if (record.has(field)) record.delete(field);
          }
        }
      }
    }
  });
}

/** Forgets a person on the board: their name entry, their own records, turns and offers go. */
export function forgetOnBoard(board: Y.Doc, personId: string): void {
  forgetIn(board, 'board', personId);
}

/** Forgets a person in the staff document: the shifts they put up as theirs, and their handoffs. */
export function forgetOnStaff(staff: Y.Doc, personId: string): void {
  forgetIn(staff, 'staff', personId);
}
