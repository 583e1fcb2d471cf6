// A person leaving the house, in two steps the server takes for them (never a screen: it writes
// with the server's rights). When they leave, they come off the board's days from today on: every
// rota, their claims and turns, their "I'm coming", and their name entry is marked as left, so no
// picker or wall shows them. After the house's wait, everything that names them is forgotten:
// their name entry, their own per-day records, their turns and offers, and each `by` that was
// theirs becomes "someone" (and the author's name they typed on it goes). Yjs then
// garbage-collects what was deleted; the stores are compacted past it.
import type * as Y from 'yjs';
import { CHORE_TURNS, CHORES, choreRecords } from './chore.ts';
import { dayOfRecordId } from './ids.ts';
import { personRecords } from './person.ts';
import { RECORD_KINDS } from './record-kinds.ts';
import { type RecordKind, Records } from './records.ts';
import { shiftRecords } from './shift.ts';
import type { Day } from './time.ts';
import { CHORE_OFFERS } from './turn-offer.ts';

/** Who a `by` names once the person it named is forgotten: nobody in particular. */
export const SOMEONE = 'someone';

/** The free field where whoever wrote a record may type a name to show (announcements). */
const AUTHORED = 'author';

const onBoard = (kind: RecordKind) => kind.doc === 'board';
/** A person's own per-day records end with their id (a thanks, an "I'm coming"). */
const isTheirs = (kind: RecordKind, id: string, personId: string) =>
  kind.owner === 'person' && kind.perDay === 'person-day' && id.endsWith(`_${personId}`);
/** An offer they made or were made (a swap, an invitation to a rota). */
const offerNames = (kind: RecordKind, records: Records<object>, id: string, personId: string) =>
  kind === CHORE_OFFERS &&
  (field(records, id, 'from') === personId || field(records, id, 'to') === personId);
/** Kinds whose `by` names a person: who ticked, who said "I'll do it", who wrote it. */
const namesBy = (kind: RecordKind) => kind.signed || kind.owner === 'claimant';

function eachRecord(
  doc: Y.Doc,
  kind: RecordKind,
  visit: (records: Records<object>, id: string) => void,
) {
  const records = new Records(doc, kind as RecordKind<object>);
  for (const id of [...records.map.keys()]) visit(records, id);
}

function field(records: Records<object>, id: string, name: string): unknown {
  const record = records.map.get(id);
  return record && typeof record.get === 'function' ? record.get(name) : undefined;
}

/** From `today` on, whether a per-day record's day is still to come (or has no day). */
const fromToday = (id: string, today: Day) => (dayOfRecordId(id) ?? today) >= today;

/**
 * Takes a person off the board's days from `today` on, at once: every rota, their claims, the
 * turns given to them, their "I'm coming"; their name entry says they left, so no picker, turn
 * or wall shows them. What they did before today stays until they are forgotten.
 */
export function departFromBoard(board: Y.Doc, personId: string, today: Day, at: number): void {
  board.transact(() => {
    const chores = choreRecords(board);
    for (const chore of chores.values()) {
      if (chore.rotation?.includes(personId))
        chores.update(chore.id, { rotation: chore.rotation.filter((id) => id !== personId) });
    }
    for (const kind of RECORD_KINDS.filter(onBoard)) {
      eachRecord(board, kind, (records, id) => {
        if (!fromToday(id, today) || !kind.perDay) return;
        const claimed = kind.owner === 'claimant' && field(records, id, 'by') === personId;
        const turn = kind === CHORE_TURNS && field(records, id, 'to') === personId;
        const offer = offerNames(kind, records, id, personId);
        if (claimed || turn || offer || isTheirs(kind, id, personId)) records.remove(id);
      });
    }
    const people = personRecords(board);
    if (people.has(personId)) people.update(personId, { leftAt: at });
  });
}

/**
 * Forgets a person on the board: their name entry, their own per-day records and the turns given
 * to them go; every `by` that named them says "someone"; no rota holds them.
 */
export function forgetOnBoard(board: Y.Doc, personId: string): void {
  board.transact(() => {
    for (const kind of RECORD_KINDS.filter(onBoard)) {
      eachRecord(board, kind, (records, id) => {
        const record = records.map.get(id);
        if (!record || typeof record.get !== 'function') return;
        if (kind.owner === 'person' && id === personId) return records.remove(id);
        if (isTheirs(kind, id, personId)) return records.remove(id);
        if (kind === CHORE_TURNS && record.get('to') === personId) return records.remove(id);
        if (offerNames(kind, records, id, personId)) return records.remove(id);
        if (namesBy(kind) && record.get('by') === personId) {
          record.set('by', SOMEONE);
          // The name they typed as its author (an announcement's) is theirs too.
          if (record.has(AUTHORED)) record.delete(AUTHORED);
        }
        if (kind === CHORES) {
          const rotation = record.get('rotation');
          if (Array.isArray(rotation) && rotation.includes(personId))
            record.set(
              'rotation',
              rotation.filter((id: unknown) => id !== personId),
            );
        }
      });
    }
  });
}

/** Forgets a person's shift records in the staff document (those they put up as their own). */
export function forgetOnStaff(staff: Y.Doc, personId: string): void {
  const shifts = shiftRecords(staff);
  staff.transact(() => {
    for (const id of [...shifts.map.keys()]) {
      if (shifts.map.get(id)?.get('person') === personId) shifts.remove(id);
    }
  });
}
