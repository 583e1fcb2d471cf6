// Two records of the same person become one: a person who moved to a new phone before saying so
// (a lost phone, then a fresh join), or two entries the admin sees are one person. Everything
// that names `from` comes to name `into`, so what each held is kept, and the board never shows
// the same person twice. Walks every kind of record (record-kinds.ts), so a kind added later
// that names people by id is covered without being listed here.
import * as Y from 'yjs';
import { PERSON_ID_PATTERN } from './ids.ts';
import { RECORD_KINDS } from './record-kinds.ts';
import type { RecordKind } from './records.ts';

type Fields = Record<string, unknown>;

/**
 * Moves every reference to person `from` onto person `into` in one document (the board, or the
 * staff document): fields that hold the id (`by`, `to`, …), lists of ids (a chore's rotation,
 * without duplicates), person-day records (`<item>_<day>_<from>`: `into`'s own record for the
 * day wins) and entries keyed by the person (their name entry: `into` keeps its own, and takes
 * `from`'s when it has none). Person ids are random, so a value equal to one is that person.
 * Returns how many records changed.
 */
export function mergePeople(doc: Y.Doc, from: string, into: string): number {
  if (from === into || !PERSON_ID_PATTERN.test(from) || !PERSON_ID_PATTERN.test(into)) return 0;
  let changed = 0;
  doc.transact(() => {
    for (const kind of RECORD_KINDS) {
      // Only the maps this document holds: never make a map in the wrong document.
      if (!doc.share.has(kind.name)) continue;
      const map = doc.getMap<unknown>(kind.name);
      changed +=
        kind.shape === 'fields' ? renameIn(map, from, into) : mergeRecords(kind, map, from, into);
    }
  });
  return changed;
}

/** What a name entry keeps of the other when both have one: what only the person can give. */
const CARRIED_FIELDS = ['birthday', 'birthdayOnWall'] as const;

function mergeRecords(kind: RecordKind, map: Y.Map<unknown>, from: string, into: string): number {
  let changed = 0;
  for (const [id, item] of [...map.entries()]) {
    if (!(item instanceof Y.Map)) continue;
    const newId = movedId(kind, id, from, into);
    if (newId === undefined) {
      changed += renameIn(item, from, into);
      continue;
    }
    // Keyed by the person: `into`'s own record stays as it is, `from`'s goes; only a birthday
    // given on the old phone alone comes along, with whether the wall may say it.
    const kept = map.get(newId);
    if (kept instanceof Y.Map && id === from && item.has('birthday') && !kept.has('birthday')) {
      for (const field of CARRIED_FIELDS) if (item.has(field)) kept.set(field, item.get(field));
    }
    if (!map.has(newId)) {
      const moved = new Y.Map<unknown>();
      for (const [field, value] of Object.entries(renamed(item.toJSON() as Fields, from, into))) {
        moved.set(field, value);
      }
      map.set(newId, moved);
    }
    map.delete(id);
    changed += 1;
  }
  return changed;
}

/** The id a record of `from`'s takes as `into`'s, or undefined when its id names nobody. */
function movedId(kind: RecordKind, id: string, from: string, into: string): string | undefined {
  if (kind.owner === 'person' && id === from) return into;
  if (kind.perDay === 'person-day' && id.endsWith(`_${from}`)) {
    return `${id.slice(0, -from.length)}${into}`;
  }
  return undefined;
}

/** Changes the fields of one record (or a `fields` map) that name `from`; how many changed. */
function renameIn(item: Y.Map<unknown>, from: string, into: string): number {
  const before = item.toJSON() as Fields;
  const after = renamed(before, from, into);
  let changed = 0;
  for (const [field, value] of Object.entries(after)) {
    if (value !== before[field]) {
      item.set(field, value);
      changed = 1;
    }
  }
  return changed;
}

/** The fields with `from` made `into`: a lone id, or in a list of ids without doubling one. */
function renamed(fields: Fields, from: string, into: string): Fields {
  const out: Fields = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === from) out[field] = into;
    else if (Array.isArray(value) && value.includes(from)) {
      out[field] = [...new Set(value.map((v) => (v === from ? into : v)))];
    } else out[field] = value;
  }
  return out;
}
