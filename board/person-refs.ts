// How each kind of record names a person, in one table: "What the board holds about me" reads it
// to show a person everything of theirs, and forgetting a person who left reads the same table
// to take it all away. A new record kind gets its line here (the tests check every kind has one).
import * as Y from 'yjs';
import type { DocKind } from './documents.ts';
import { PERSON_ID_PATTERN } from './ids.ts';
import { PEOPLE } from './person.ts';
import { RECORD_KINDS } from './record-kinds.ts';
import type { RecordKind } from './records.ts';
import { SHIFTS } from './shift.ts';

/**
 * One way a record names a person:
 * - `key`: the record's id is their person id (their name entry);
 * - `id-suffix`: a person's per-day record, its id ending in `_<person id>` (a thanks, "I'm coming");
 * - `field`: a field holds their person id (`by`, a turn's `to`);
 * - `list`: a field holds a list of person ids, theirs among them (a chore's rotation);
 * - `name`: a field holds a name as written, the same as their name entry's (a shift from before
 *   shifts carried their `person`); shown to them, but nothing is ever forgotten by a name;
 * - `their-shift`: a field holds the id of one of their shifts (a handoff from or to them).
 */
export type PersonRefHow = 'key' | 'id-suffix' | 'field' | 'list' | 'name' | 'their-shift';

export interface PersonRef {
  readonly how: PersonRefHow;
  /** The field that names them (all but `key` and `id-suffix`). */
  readonly field?: string;
  /**
   * What forgetting the person takes: the whole `record` (it is theirs, or says nothing without
   * them), their `entry` in the list, or these fields (the record stays: the field that named
   * them says "someone", the others go).
   */
  readonly forget: 'record' | 'entry' | readonly string[];
}

/** Every kind of record by its map's name: how it names a person; `[]` when it never does. */
export const PERSON_REFS: Readonly<Record<string, readonly PersonRef[]>> = {
  chores: [{ how: 'list', field: 'rotation', forget: 'entry' }],
  choreDone: [{ how: 'field', field: 'by', forget: ['by'] }],
  choreClaims: [{ how: 'field', field: 'by', forget: 'record' }],
  choreTurns: [{ how: 'field', field: 'to', forget: 'record' }],
  choreThanks: [{ how: 'id-suffix', forget: 'record' }],
  choreOffers: [
    { how: 'field', field: 'from', forget: 'record' },
    { how: 'field', field: 'to', forget: 'record' },
  ],
  groups: [],
  groupDays: [],
  groupComing: [{ how: 'id-suffix', forget: 'record' }],
  meals: [],
  mealDays: [],
  mealCooks: [
    { how: 'id-suffix', forget: 'record' },
    { how: 'field', field: 'asked', forget: ['asked', 'askedAt'] },
  ],
  mealEaters: [{ how: 'id-suffix', forget: 'record' }],
  mealCookReplies: [
    { how: 'id-suffix', forget: 'record' },
    { how: 'list', field: 'notThisTime', forget: 'entry' },
  ],
  announcements: [{ how: 'field', field: 'by', forget: ['by', 'author'] }],
  people: [{ how: 'key', forget: 'record' }],
  visitor: [],
  shifts: [
    { how: 'field', field: 'person', forget: 'record' },
    // Shifts from before they carried their person: shown to them, never forgotten by a name.
    { how: 'name', field: 'name', forget: 'record' },
  ],
  handoffs: [
    { how: 'their-shift', field: 'fromShift', forget: 'record' },
    { how: 'their-shift', field: 'toShift', forget: ['toShift'] },
  ],
  settings: [],
  shopping: [{ how: 'field', field: 'by', forget: ['by'] }],
  agenda: [{ how: 'field', field: 'by', forget: ['by'] }],
};

/** A record that names the person: its id, its fields as stored, and the ways it names them. */
export interface NamingRecord {
  id: string;
  fields: Record<string, unknown>;
  refs: PersonRef[];
}

/** What one kind holds of a person. */
export interface KindNaming {
  kind: RecordKind;
  records: NamingRecord[];
}

/** A house's documents, or those of them a screen holds. */
export type HouseDocs = Partial<Record<DocKind, Y.Doc>>;

/** A name as the board compares two: the same letters, whatever the spaces or capitals. */
export function sameName(a: string, b: string): boolean {
  const plain = (name: string) =>
    name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return plain(a) !== '' && plain(a) === plain(b);
}

interface Who {
  personId: string;
  name?: string;
  shiftIds: Set<string>;
}

function names(ref: PersonRef, id: string, fields: Record<string, unknown>, who: Who): boolean {
  const value = ref.field === undefined ? undefined : fields[ref.field];
  switch (ref.how) {
    case 'key':
      return id === who.personId;
    case 'id-suffix':
      return id.includes('_') && id.slice(id.lastIndexOf('_') + 1) === who.personId;
    case 'field':
      return value === who.personId;
    case 'list':
      return Array.isArray(value) && value.includes(who.personId);
    case 'name':
      return typeof value === 'string' && who.name !== undefined && sameName(value, who.name);
    case 'their-shift':
      return typeof value === 'string' && who.shiftIds.has(value);
  }
}

/** Each record of a kind as stored (removed or broken ones too: they are still held). */
function storedRecords(doc: Y.Doc, kind: RecordKind): Array<[string, Record<string, unknown>]> {
  if (kind.shape !== 'records') return [];
  const found: Array<[string, Record<string, unknown>]> = [];
  for (const [id, record] of doc.getMap<unknown>(kind.name).entries()) {
    if (record instanceof Y.Map) found.push([id, record.toJSON() as Record<string, unknown>]);
  }
  return found;
}

function recordsNaming(doc: Y.Doc, kind: RecordKind, who: Who): NamingRecord[] {
  const refs = PERSON_REFS[kind.name] ?? [];
  if (!refs.length) return [];
  return storedRecords(doc, kind).flatMap(([id, fields]) => {
    const naming = refs.filter((ref) => names(ref, id, fields, who));
    return naming.length ? [{ id, fields, refs: naming }] : [];
  });
}

/**
 * Everything the documents hold that names or belongs to a person, by kind: each kind that can
 * name someone, of the documents given (with no records when nothing of theirs is there). Removed records count: they
 * are still held. Their name, for the kinds that name people by name, is their name entry's,
 * or `name` when it is gone already.
 */
export function thingsNaming(
  docs: HouseDocs,
  personId: string,
  options: { name?: string } = {},
): Record<string, KindNaming> {
  const found: Record<string, KindNaming> = {};
  if (typeof personId !== 'string' || !PERSON_ID_PATTERN.test(personId)) return found;
  const entry = docs.board?.getMap<unknown>(PEOPLE.name).get(personId);
  const entryName = entry instanceof Y.Map ? entry.get('name') : undefined;
  const who: Who = {
    personId,
    name: typeof entryName === 'string' ? entryName : options.name,
    shiftIds: new Set(),
  };
  // Shifts first: a handoff names a person through one of their shifts.
  const ordered = [...RECORD_KINDS].sort((a, b) => Number(b === SHIFTS) - Number(a === SHIFTS));
  for (const kind of ordered) {
    const doc = docs[kind.doc];
    if (!doc || !PERSON_REFS[kind.name]?.length) continue;
    const records = recordsNaming(doc, kind, who);
    if (kind === SHIFTS) for (const { id } of records) who.shiftIds.add(id);
    found[kind.name] = { kind, records };
  }
  return Object.fromEntries(
    RECORD_KINDS.filter((kind) => found[kind.name]).map((kind) => [kind.name, found[kind.name]!]),
  );
}
