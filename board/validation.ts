// Checks a document against the board's schema after a change: only the maps its document lists
// (record-kinds.ts), each record a map of plain values its kind's schema accepts, none past its
// limit.
// The server runs it in the transaction that applies a client's update; when it fails, the server
// reads the document again from its store, so the refused change goes no further.
import * as Y from 'yjs';
import type { DocKind } from './documents.ts';
import { DAY_RECORD_ID_PATTERN, ID_PATTERN, PERSON_DAY_RECORD_ID_PATTERN } from './ids.ts';
import { DOC_MAPS, kindNamed } from './record-kinds.ts';
import {
  checkFieldWrite,
  checkPin,
  checkRecordWrite,
  NotYours,
  recordBefore,
  rememberNewClients,
  type Writer,
} from './record-rights.ts';
import type { RecordKind } from './records.ts';
import { isStaff, type Role } from './roles.ts';
import { problemWith } from './rules.ts';
import { metaKindOf } from './shape-version.ts';
import { holdsListContent, itemOf, keysEverSet } from './yjs-internals.ts';

/**
 * Per-day records carry their day in their id: housekeeping forgets them by it, so one without a
 * day would be stored, then vanish at the next load.
 */
const DAY_ID_PATTERNS = { day: DAY_RECORD_ID_PATTERN, 'person-day': PERSON_DAY_RECORD_ID_PATTERN };

export type { Writer };

export class SchemaViolation extends Error {
  override name = 'SchemaViolation';
  constructor(
    message: string,
    /** Why the sender's screen is told its change was refused. */
    readonly reason: 'InvalidUpdate' | 'NotYours' = 'InvalidUpdate',
  ) {
    super(message);
  }
}

function fail(problem: string | NotYours): never {
  if (problem instanceof NotYours) throw new SchemaViolation(problem.words, 'NotYours');
  throw new SchemaViolation(problem);
}

/** Plain values only: an item field holding a shared type could hide unbounded content. */
function checkPlainFields(map: Y.Map<unknown>, where: string): void {
  if (holdsListContent(map)) fail(`${where} holds list content`);
  for (const [key, value] of map.entries()) {
    if (value instanceof Y.AbstractType) fail(`${where}.${key} is not a plain value`);
  }
}

function checkSchema(kind: RecordKind, value: unknown, where: string): void {
  const problem = problemWith(kind, value);
  if (problem) fail(`${where}: ${problem.message}`);
}

function checkItem(kind: RecordKind, id: string, item: unknown): void {
  const { name, perDay } = kind;
  if (!ID_PATTERN.test(id)) fail(`${name} has an item with a bad id`);
  if (perDay && !DAY_ID_PATTERNS[perDay].test(id))
    fail(`${name} has an item whose id carries no day`);
  if (!(item instanceof Y.Map)) fail(`${name}.${id} is not a record`);
  checkPlainFields(item, `${name}.${id}`);
  checkSchema(kind, item.toJSON(), `${name}.${id}`);
}

/** A map that is one record of fields (settings, visitor): its fields, and who may change them. */
function checkFields(
  kind: RecordKind,
  map: Y.Map<unknown>,
  sender: { role?: Role; writer?: Writer; now: number },
) {
  checkPlainFields(map, kind.name);
  checkSchema(kind, map.toJSON(), kind.name);
  const { role, writer, now } = sender;
  if (role === undefined || isStaff(role) || !kind.nonStaffCheck) return;
  const problem = kind.nonStaffCheck(map, now, { role, house: writer?.house?.() });
  if (problem) fail(problem);
}

/** Fields only staff may change in place (pinning an announcement); the rest are everyone's. */
function checkFieldRights(kind: RecordKind, keys: Iterable<string | null>, role: Role | undefined) {
  if (role === undefined || isStaff(role) || !kind.staffFields) return;
  for (const key of keys) {
    if (role === 'kiosk' && key !== null && kind.wallFields?.includes(key)) continue;
    const what = key === null ? undefined : kind.staffFields[key];
    if (what) fail(`only staff can ${what}`);
  }
}

/**
 * Whether a map holds more than `limit` records. Y.Map.size walks every entry; the count of
 * keys ever set is a cheap upper bound, so the walk happens only near the limit.
 */
function sizeAbove(map: Y.Map<unknown>, limit: number): boolean {
  return keysEverSet(map).size > limit && map.size > limit;
}

/** The kind a top-level map of this document holds; a name the document does not list fails. */
function kindOf(docKind: DocKind, name: string): RecordKind {
  const kind = DOC_MAPS[docKind].includes(name) ? kindNamed(name) : metaKindOf(docKind, name);
  if (!kind) fail(`"${name.slice(0, 40)}" is not a map the ${docKind} document holds`);
  return kind;
}

function checkMapShape(doc: Y.Doc, kind: RecordKind): Y.Map<unknown> {
  const { name, limit } = kind;
  const type = doc.share.get(name)!;
  if (holdsListContent(type)) fail(`${name} holds list content`);
  const map = doc.getMap(name);
  if (limit !== undefined && sizeAbove(map, limit)) fail(`${name} has more than ${limit} items`);
  return map;
}

/**
 * Only what a transaction touched: new or changed maps and the records whose fields changed
 * (a document's whole state, applied to an empty one, touches everything). Given the
 * sender as a Writer (the server does), it also holds the board's records to what a screen may
 * do to them (see record-rights.ts): a wipe, a change to another person's name entry, an
 * announcement put to someone else's name or a removal dated too far back is refused like a
 * schema problem. Given only a role (a phone trying an undo), it checks what a role may.
 */
export function validateChanges(
  doc: Y.Doc,
  kind: DocKind,
  transaction: Y.Transaction,
  sender?: Role | Writer,
  now = Date.now(),
): void {
  const role = typeof sender === 'string' ? sender : sender?.role;
  // Hard deletion is the server's own tidying; the staff document is written by staff only.
  const writer = typeof sender === 'object' && kind === 'board' ? sender : undefined;
  for (const name of doc.share.keys()) kindOf(kind, name);
  for (const [type, keys] of transaction.changed) {
    const item = itemOf(type);
    if (item === null) {
      // A map itself: new keys are new records (or settings fields), gone keys are wipes.
      const name = [...doc.share.entries()].find(([, t]) => t === type)?.[0];
      if (name === undefined) fail('a change to an unnamed top-level type');
      const records = kindOf(kind, name);
      if (records.serverOnly && sender !== undefined) fail(`only the server changes ${name}`);
      const map = checkMapShape(doc, records);
      if (keys.has(null)) fail(`${name} holds list content`);
      if (records.shape === 'fields') {
        checkFields(records, map, { role, writer, now });
        continue;
      }
      for (const key of keys as Set<string>)
        checkRecord(records, key, map, transaction, { role, writer, now });
      continue;
    }
    // A field inside a record: the record's parent must be a map of records, and it must hold.
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent || itemOf(parent) !== null) fail('records nested deeper than the board allows');
    const name = [...doc.share.entries()].find(([, t]) => t === parent)?.[0];
    const records = name === undefined ? undefined : kindOf(kind, name);
    if (records === undefined || records.shape === 'fields') fail('a record in an unknown place');
    const map = checkMapShape(doc, records);
    const id = item.parentSub;
    if (id === null) fail(`${name} holds list content`);
    if (!item.deleted) checkItem(records, id, map.get(id));
    checkFieldRights(records, keys, role);
    const problem =
      writer &&
      !item.deleted &&
      checkFieldWrite(
        records,
        id,
        type as unknown as Y.Map<unknown>,
        keys,
        transaction,
        writer,
        now,
      );
    if (problem) fail(problem);
  }
  if (writer) rememberNewClients(writer, transaction);
}

/** A record added, replaced or wiped under `key` in a map of records. */
function checkRecord(
  kind: RecordKind,
  key: string,
  map: Y.Map<unknown>,
  transaction: Y.Transaction,
  sender: { role?: Role; writer?: Writer; now: number },
): void {
  const { role, writer, now } = sender;
  const record = map.get(key);
  if (record !== undefined) checkItem(kind, key, record);
  const after = (record as Y.Map<unknown> | undefined)?.toJSON();
  if (writer) {
    const problem = checkRecordWrite(kind, key, after, transaction, writer, now);
    if (problem) fail(problem);
  } else if (role !== undefined && after !== undefined) {
    const problem = checkPin(kind, recordBefore(map, key, transaction)?.fields, after, role);
    if (problem) fail(problem);
  }
}
