// Every kind of record the board knows, in one list: the one place a new kind is added. Each
// kind is declared once in its own file (name, document, schema, limit, who may change what,
// undo and restore); the tables below are derived from this list and nothing else spells them.
import { AGENDA } from './agenda.ts';
import { ANNOUNCEMENTS } from './announcement.ts';
import { CHORE_KINDS } from './chore.ts';
import { DOC_KINDS, type DocKind } from './documents.ts';
import { GROUP_KINDS } from './group.ts';
import { MEAL_KINDS } from './meal.ts';
import { PEOPLE } from './person.ts';
import type { RecordKind } from './records.ts';
import { SETTINGS } from './settings.ts';
import { HANDOFFS, SHIFTS } from './shift.ts';
import { SHOPPING } from './shopping.ts';
import { CHORE_OFFERS } from './turn-offer.ts';
import { VISITOR } from './visitor.ts';

/** In the order each document lists its maps. Add a new kind's declaration here. */
export const RECORD_KINDS: readonly RecordKind[] = [
  ...CHORE_KINDS,
  CHORE_OFFERS,
  ...GROUP_KINDS,
  ...MEAL_KINDS,
  ANNOUNCEMENTS,
  PEOPLE,
  VISITOR,
  SHIFTS,
  HANDOFFS,
  SETTINGS,
  SHOPPING,
  AGENDA,
];

const byName = new Map(RECORD_KINDS.map((kind) => [kind.name, kind]));

/** The kind a top-level map holds, by its name; undefined for a name the board does not know. */
export function kindNamed(name: string): RecordKind | undefined {
  return byName.get(name);
}

/** Which top-level maps each document may hold. */
export const DOC_MAPS = Object.fromEntries(
  DOC_KINDS.map((doc) => [doc, RECORD_KINDS.filter((k) => k.doc === doc).map((k) => k.name)]),
) as unknown as Readonly<Record<DocKind, readonly string[]>>;

/** The most records each map of records may hold. */
export const RECORD_LIMITS: Readonly<Record<string, number>> = Object.fromEntries(
  RECORD_KINDS.flatMap((kind) => (kind.limit === undefined ? [] : [[kind.name, kind.limit]])),
);

/** The kinds whose records can be taken off softly and brought back for a while. */
export const RESTORABLE_KINDS = RECORD_KINDS.filter((kind) => kind.restorable);

/** The kinds whose records carry their day in their id, forgotten by it. */
export const PER_DAY_KINDS = RECORD_KINDS.filter((kind) => kind.perDay);

/** The board's maps a phone's "undo my last change" watches. */
export const UNDOABLE_MAPS = RECORD_KINDS.filter((kind) => kind.undoable).map((k) => k.name);
