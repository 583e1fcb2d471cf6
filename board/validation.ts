// Checks a document against the board's schema after a change: only known sections, each item
// a map of plain values that its record's validator accepts, and no section past its size.
// The server runs it in the transaction that applies a client's update; when it fails, the server
// reads the document again from its store, so the refused change goes no further.
import * as Y from 'yjs';
import type { z } from 'zod';
import { isStaff, type Role } from './access.ts';
import { announcementSchema } from './announcement.ts';
import {
  choreClaimSchema,
  choreDoneSchema,
  choreSchema,
  choreThanksSchema,
  choreTurnSchema,
} from './chore.ts';
import { DOC_SECTIONS, type DocKind } from './documents.ts';
import { groupComingSchema, groupDaySchema, groupSchema } from './group.ts';
import { DAY_RECORD_ID_PATTERN, ID_PATTERN, PERSON_DAY_RECORD_ID_PATTERN } from './ids.ts';
import { personSchema } from './person.ts';
import {
  checkFieldWrite,
  checkPin,
  checkRecordWrite,
  recordBefore,
  rememberNewClients,
  type Writer,
} from './record-rights.ts';
import { firstProblem } from './section.ts';
import { holdsListContent, keysEverSet } from './yjs-internals.ts';
import { settingsSchema } from './settings.ts';
import { handoffSchema, shiftSchema } from './shift.ts';
import { visitorSchema } from './visitor.ts';

/** The most items a section may hold: far above a house's needs, far below a flood. */
export const SECTION_LIMITS: Record<string, number> = {
  chores: 500,
  choreDone: 20_000,
  choreClaims: 20_000,
  choreTurns: 20_000,
  choreThanks: 50_000,
  groupComing: 50_000,
  groups: 500,
  groupDays: 20_000,
  announcements: 500,
  people: 1_000,
  shifts: 5_000,
  handoffs: 5_000,
};

const ITEM_SCHEMAS = {
  chores: choreSchema,
  choreDone: choreDoneSchema,
  choreClaims: choreClaimSchema,
  choreTurns: choreTurnSchema,
  choreThanks: choreThanksSchema,
  groupComing: groupComingSchema,
  groups: groupSchema,
  groupDays: groupDaySchema,
  announcements: announcementSchema,
  people: personSchema,
  shifts: shiftSchema,
  handoffs: handoffSchema,
} as const;

/**
 * Per-day records carry their day in their id: housekeeping forgets them by it, so one without a
 * day would be stored, then vanish at the next load.
 */
const ID_PATTERNS: Record<string, RegExp> = {
  choreDone: DAY_RECORD_ID_PATTERN,
  choreClaims: DAY_RECORD_ID_PATTERN,
  choreTurns: DAY_RECORD_ID_PATTERN,
  choreThanks: PERSON_DAY_RECORD_ID_PATTERN,
  groupDays: DAY_RECORD_ID_PATTERN,
  groupComing: PERSON_DAY_RECORD_ID_PATTERN,
};

export type { Writer };

/** Sections that are one map of fields rather than a map of records. */
const SINGLETONS: Record<
  string,
  { safeParse: (value: unknown) => { success: boolean; error?: unknown } }
> = {
  settings: settingsSchema.partial().strict(),
  visitor: visitorSchema,
};

export class SchemaViolation extends Error {
  override name = 'SchemaViolation';
}

function fail(message: string): never {
  throw new SchemaViolation(message);
}

/** Plain values only: an item field holding a shared type could hide unbounded content. */
function checkPlainFields(map: Y.Map<unknown>, where: string): void {
  if (holdsListContent(map)) fail(`${where} holds list content`);
  for (const [key, value] of map.entries()) {
    if (value instanceof Y.AbstractType) fail(`${where}.${key} is not a plain value`);
  }
}

function checkItem(section: string, id: string, item: unknown): void {
  if (!ID_PATTERN.test(id)) fail(`${section} has an item with a bad id`);
  if (ID_PATTERNS[section] && !ID_PATTERNS[section].test(id))
    fail(`${section} has an item whose id carries no day`);
  if (!(item instanceof Y.Map)) fail(`${section}.${id} is not a record`);
  checkPlainFields(item, `${section}.${id}`);
  const schema = ITEM_SCHEMAS[section as keyof typeof ITEM_SCHEMAS];
  if (!schema) fail(`${section} is not a section of records`);
  const result = schema.safeParse(item.toJSON());
  if (!result.success) fail(`${section}.${id}: ${firstProblem(result.error).message}`);
}

function checkSingleton(name: string, map: Y.Map<unknown>): void {
  checkPlainFields(map, name);
  const result = SINGLETONS[name]!.safeParse(map.toJSON());
  if (!result.success) fail(`${name}: ${firstProblem(result.error as z.ZodError).message}`);
}

/** Pinning an announcement is for staff; other fields are for everyone who writes the board. */
function checkFieldRights(section: string, keys: Iterable<string | null>, role: Role | undefined) {
  if (role === undefined || isStaff(role) || section !== 'announcements') return;
  if ([...keys].includes('pinned')) fail('only staff can pin an announcement');
}

/** Anyone may switch visitor mode on (the kiosk too); ending it early is for staff. */
function checkVisitorRights(map: Y.Map<unknown>, role: Role | undefined, now: number) {
  if (role === undefined || isStaff(role)) return;
  const until = map.get('until');
  // Switching on sets the end about two hours ahead; anything sooner is ending it early.
  if (typeof until !== 'number' || until < now + 30 * 60_000)
    fail('only staff can end visitor mode early');
}

/**
 * Whether a section holds more than `limit` items. Y.Map.size walks every entry; the count of
 * keys ever set is a cheap upper bound, so the walk happens only near the limit.
 */
function sizeAbove(map: Y.Map<unknown>, limit: number): boolean {
  return keysEverSet(map).size > limit && map.size > limit;
}

function checkSectionShape(doc: Y.Doc, kind: DocKind, name: string): Y.Map<unknown> {
  if (!DOC_SECTIONS[kind].includes(name))
    fail(`"${name.slice(0, 40)}" is not a section of the ${kind} document`);
  const type = doc.share.get(name)!;
  if (holdsListContent(type)) fail(`${name} holds list content`);
  const map = doc.getMap(name);
  const limit = SECTION_LIMITS[name];
  if (limit !== undefined && sizeAbove(map, limit)) fail(`${name} has more than ${limit} items`);
  return map;
}

/** Every section and every item of a document; throws SchemaViolation at the first problem. */
export function validateDocument(doc: Y.Doc, kind: DocKind): void {
  for (const name of [...doc.share.keys()]) {
    const map = checkSectionShape(doc, kind, name);
    if (name in SINGLETONS) checkSingleton(name, map);
    else for (const [id, item] of map.entries()) checkItem(name, id, item);
  }
}

/**
 * Only what a transaction touched: new or changed sections and the items whose fields changed.
 * Cheaper than validateDocument on every keystroke, and as strict about what it sees. Given the
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
  for (const name of doc.share.keys()) {
    if (!DOC_SECTIONS[kind].includes(name))
      fail(`"${name.slice(0, 40)}" is not a section of the ${kind} document`);
  }
  for (const [type, keys] of transaction.changed) {
    const item = type._item;
    if (item === null) {
      // A section itself: new keys are new items (or settings fields), gone keys are wipes.
      const name = [...doc.share.entries()].find(([, t]) => t === type)?.[0];
      if (name === undefined) fail('a change to an unnamed top-level type');
      const map = checkSectionShape(doc, kind, name);
      if (keys.has(null)) fail(`${name} holds list content`);
      if (name in SINGLETONS) {
        checkSingleton(name, map);
        if (name === 'visitor') checkVisitorRights(map, role, now);
        continue;
      }
      for (const key of keys as Set<string>)
        checkRecord(name, key, map, transaction, { role, writer, now });
      continue;
    }
    // A field inside an item: the item's parent must be a section, and the item must still hold.
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent || parent._item !== null) fail('records nested deeper than the board allows');
    const name = [...doc.share.entries()].find(([, t]) => t === parent)?.[0];
    if (name === undefined || name in SINGLETONS) fail('a record in an unknown place');
    const map = checkSectionShape(doc, kind, name);
    const id = item.parentSub;
    if (id === null) fail(`${name} holds list content`);
    if (!item.deleted) checkItem(name, id, map.get(id));
    checkFieldRights(name, keys, role);
    const problem =
      writer &&
      !item.deleted &&
      checkFieldWrite(name, id, type as unknown as Y.Map<unknown>, keys, transaction, writer, now);
    if (problem) fail(problem);
  }
  if (writer) rememberNewClients(writer, transaction);
}

/** An item added, replaced or wiped under `key` in a section of records. */
function checkRecord(
  name: string,
  key: string,
  map: Y.Map<unknown>,
  transaction: Y.Transaction,
  sender: { role?: Role; writer?: Writer; now: number },
): void {
  const { role, writer, now } = sender;
  const record = map.get(key);
  if (record !== undefined) checkItem(name, key, record);
  const after = (record as Y.Map<unknown> | undefined)?.toJSON();
  if (writer) {
    const problem = checkRecordWrite(name, key, after, transaction, writer, now);
    if (problem) fail(problem);
  } else if (role !== undefined && after !== undefined) {
    const problem = checkPin(name, recordBefore(map, key, transaction)?.fields, after, role);
    if (problem) fail(problem);
  }
}
