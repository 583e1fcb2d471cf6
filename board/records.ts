// Typed access to one kind of record in a document: a top-level Y.Map of records, each record a
// Y.Map of fields keyed by a generated id, so concurrent edits to different records never
// conflict. Which maps exist, and their rules, are declared once per kind (record-kinds.ts).
// Reading needs no validator: the server checked every record when it was written
// (validation.ts), so until a screen has loaded the rules a reader takes the stored fields as
// they are and passes over a record that lacks a field it must have; once they are loaded, it
// reads as before, each record checked against its schema. Writing checks the value against its kind's schema, which each
// kind's file spells beside its declaration and rules.ts gathers: the server loads it at once,
// a screen once its first view is up (it is most of the code a screen would otherwise load first).
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import type { DocKind } from './documents.ts';
import { ID_PATTERN, newId } from './ids.ts';
import type { Role } from './roles.ts';
import { english, fromZodMessage, type Sentence } from './sentences.ts';

/**
 * Whether an entry of a section is a record: a Y.Map, or on a wall's first paint its plain
 * copy's stand-in for one (ui/plain-copy.ts). Asked of its shape, not its class, so that reading
 * needs no Yjs of its own: only a map has both `get` and `has`, and a stored plain value, being
 * JSON, has no functions at all. What may be stored is checked with Yjs's classes (validation.ts).
 */
export function isRecordMap(item: unknown): item is Y.Map<unknown> {
  const map = item as Partial<Y.Map<unknown>> | null;
  return (
    typeof map === 'object' &&
    map !== null &&
    typeof map.get === 'function' &&
    typeof map.has === 'function' &&
    typeof map.toJSON === 'function'
  );
}

/** A value the board's rules refuse: its message is English; a screen says `sentence` itself. */
export class ValidationError extends Error {
  constructor(
    /** The sentence's stable key and values, so a screen can say it in its own language. */
    readonly sentence: Sentence,
    readonly field?: string,
  ) {
    super(english(sentence));
    this.name = 'ValidationError';
  }
}

/** The first problem zod found, as one plain sentence with the field it belongs to. */
export function firstProblem(error: z.core.$ZodError): ValidationError {
  const issue = error.issues[0];
  return new ValidationError(fromZodMessage(issue?.message), issue?.path.join('.'));
}

/**
 * One kind of record, declared once in its own file (chore.ts, person.ts…). Every table the board
 * keeps — which maps a document holds, their limits, the validators, the undo scope, who may
 * change what, what housekeeping forgets — is derived from these declarations (record-kinds.ts).
 */
export interface RecordKind<T extends object = object> {
  /** The top-level map's name in its document. Stored documents use it: never rename one. */
  readonly name: string;
  /** The document that holds it, and so who may write it (roles.ts). */
  readonly doc: DocKind;
  /** `records`: records under ids. `fields`: the map itself is one record (settings, visitor). */
  readonly shape: 'records' | 'fields';
  /**
   * The fields a stored record must have to be read (its schema's required fields; a test holds
   * the two together). What a record must look like is its schema, gathered in rules.ts.
   */
  readonly required?: readonly string[];
  /** Never set: it carries the type of a record (the schema's), so readers are typed by kind. */
  readonly recordType?: T;
  /** The most records the map may hold: far above a house's needs, far below a flood. */
  readonly limit?: number;
  /**
   * Per-day records carry their day in their id (`<item>_<day>`, or `<item>_<day>_<person>`):
   * housekeeping forgets them by it, so one without a day would be stored, then vanish.
   */
  readonly perDay?: 'day' | 'person-day';
  /**
   * `person`: keyed by a person's id (a per-day record: its id ends with it) and changed only by
   * that person's own devices. `author`: `by` says whose
   * words a record is, and it stays theirs while it is up. `claimant`: `by` says whose it is, and
   * while it is up only they change it or take it back ("I'll do it").
   */
  readonly owner?: 'person' | 'author' | 'claimant';
  /**
   * `by` names the person who wrote it: a screen may only put its own person there, and the wall
   * (which writes for no one) leaves it empty.
   */
  readonly signed?: boolean;
  /** Fields only staff may set or change, with what changing them is, for the log. */
  readonly staffFields?: Readonly<Record<string, string>>;
  /** Staff fields the wall may change too (it stands in the room where that is decided). */
  readonly wallFields?: readonly string[];
  /** A rule on the whole map for those who are not staff (`fields` kinds): what is wrong, if any. */
  readonly nonStaffCheck?: (
    map: Y.Map<unknown>,
    now: number,
    sender: FieldsSender,
  ) => string | undefined;
  /** Whether "undo my last change" on a phone takes back changes here. */
  readonly undoable: boolean;
  /** Taken off softly (`removedAt`), listed to be brought back, forgotten after RESTORE_DAYS. */
  readonly restorable?: boolean;
  /** Written by the server alone (a document's shape version): every screen's change is refused. */
  readonly serverOnly?: boolean;
}

/** The house's own choices a rule may follow (settings.ts holds them; `Settings` fits). */
export interface HouseRules {
  /** Whether the wall may end visitor mode, or only staff phones. */
  visitorEndsOnWall: boolean;
  /** The house's time zone: when its day ends, an offer nobody answered lapses. */
  timeZone?: string;
}

/** Who changes a `fields` map, as its rule for those who are not staff sees them. */
export interface FieldsSender {
  role: Role;
  /** The house's choices as the server holds them now; undefined when it has none to hand. */
  house?: HouseRules;
}

type Declared<T extends object> = Omit<RecordKind<T>, 'shape' | 'undoable'> &
  Partial<Pick<RecordKind<T>, 'shape' | 'undoable'>>;

/**
 * A kind of record as its file declares it: records under ids, and undoable when it is in the
 * board document (the phone's undo watches only the board), unless it says otherwise.
 */
export function recordKind<T extends object>(kind: Declared<T>): RecordKind<T> {
  return { shape: 'records', undoable: kind.doc === 'board', ...kind };
}

/** A kind and its schema, as its file pairs them for rules.ts. */
export interface KindRule {
  readonly name: string;
  readonly schema: z.ZodMiniType;
}

/** Pairs a kind with the schema its records must fit; the types must agree. */
export function ruleOf<T extends object>(kind: RecordKind<T>, schema: z.ZodMiniType<T>): KindRule {
  return { name: kind.name, schema };
}

/** The schemas loaded so far, by kind name: all of them once rules.ts has been imported. */
const loadedRules = new Map<string, z.ZodMiniType>();

/** Called by rules.ts when it loads. */
export function useRules(rules: readonly KindRule[]): void {
  for (const rule of rules) loadedRules.set(rule.name, rule.schema);
}

/** The schema of a kind, by name; undefined until rules.ts is loaded. */
export function loadedSchema(name: string): z.ZodMiniType | undefined {
  return loadedRules.get(name);
}

export type Entry<T> =
  | { id: string; ok: true; value: T }
  | { id: string; ok: false; error: string };

export type ItemMap = Y.Map<unknown>;

export class Records<T extends object> {
  readonly name: string;
  private readonly required: readonly string[];

  constructor(
    readonly doc: Y.Doc,
    kind: RecordKind<T>,
  ) {
    this.name = kind.name;
    this.required = kind.required ?? [];
  }

  get map(): Y.Map<ItemMap> {
    return this.doc.getMap(this.name);
  }

  /** Checks a value against the record's rules; throws a ValidationError with a kind message. */
  validate(value: unknown): T {
    const schema = loadedSchema(this.name) as z.ZodMiniType<T> | undefined;
    // A screen loads the rules just after its first view; a change in the moment before waits.
    if (!schema) throw new ValidationError({ key: 'rulesLoading' });
    const result = schema.safeParse(value);
    if (!result.success) throw firstProblem(result.error);
    return result.data;
  }

  /** Every item; one that breaks the rules comes back as an error entry, never hidden. */
  entries(): Entry<T>[] {
    const entries: Entry<T>[] = [];
    for (const [id, item] of this.map.entries()) entries.push(this.read(id, item));
    return entries;
  }

  /**
   * The entries whose raw fields pass `field` first: only those are read against the schema, so
   * housekeeping over thousands of day records reads only the few it may forget.
   */
  entriesWhere(name: string, field: (value: unknown) => boolean): Entry<T>[] {
    const entries: Entry<T>[] = [];
    for (const [id, item] of this.map.entries())
      if (isRecordMap(item) && field(item.get(name))) entries.push(this.read(id, item));
    return entries;
  }

  /** The items that keep the rules and have not been removed, in no particular order. */
  values(): Array<T & { id: string }> {
    return this.entries().flatMap((e) =>
      e.ok && !removedAt(e.value) ? [{ ...e.value, id: e.id }] : [],
    );
  }

  /** Items removed since `since`, newest first: they can still be brought back. */
  recentlyRemoved(since: number): Array<T & { id: string; removedAt: number }> {
    return this.entries()
      .flatMap((e) => {
        const at = e.ok ? removedAt(e.value) : undefined;
        return e.ok && at !== undefined && at >= since
          ? [{ ...e.value, id: e.id, removedAt: at }]
          : [];
      })
      .sort((a, b) => b.removedAt - a.removedAt);
  }

  /** Takes an item off the board but keeps it, so it can be brought back for a while. */
  softRemove(id: string, at = boardNow()): void {
    this.update(id, { removedAt: at } as unknown as Partial<T>);
  }

  restore(id: string): void {
    this.update(id, { removedAt: undefined } as unknown as Partial<T>);
  }

  /** Forgets for good what was removed before `before`. */
  purgeRemoved(before: number): number {
    let purged = 0;
    this.doc.transact(() => {
      // Most records were never taken off: only those that were are read against the schema.
      for (const entry of this.entriesWhere('removedAt', (at) => Number(at) < before)) {
        const at = entry.ok ? removedAt(entry.value) : undefined;
        if (at !== undefined && at < before) {
          this.map.delete(entry.id);
          purged += 1;
        }
      }
    });
    return purged;
  }

  get(id: string): T | undefined {
    const item = this.map.get(id);
    if (!item) return undefined;
    const entry = this.read(id, item);
    return entry.ok ? entry.value : undefined;
  }

  has(id: string): boolean {
    return this.map.has(id);
  }

  add(value: T, id: string = newId()): string {
    const valid = this.validate(value);
    this.doc.transact(() => {
      // A record is a Y.Map as its section is, made from the section's own class: this module
      // needs no Yjs of its own, so a wall draws its first board before Yjs loads.
      const RecordMap = this.map.constructor as new () => Y.Map<unknown>;
      const item = new RecordMap();
      writeFields(item, valid);
      this.map.set(id, item);
    });
    return id;
  }

  /** Changes some fields of an item; `undefined` clears an optional field. */
  update(id: string, patch: Partial<T>): void {
    const item = this.map.get(id);
    if (!item) throw new ValidationError({ key: 'itemGone' });
    const merged = { ...item.toJSON(), ...patch };
    for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
    const valid = this.validate(merged);
    this.doc.transact(() => {
      for (const key of Object.keys(patch)) {
        const value = (valid as Record<string, unknown>)[key];
        if (value === undefined) item.delete(key);
        else if (JSON.stringify(item.get(key)) !== JSON.stringify(value)) item.set(key, value);
      }
    });
  }

  remove(id: string): void {
    this.map.delete(id);
  }

  /** Calls back on any change to these records; returns the way to stop. */
  observe(callback: () => void): () => void {
    const handler = () => callback();
    this.map.observeDeep(handler);
    return () => this.map.unobserveDeep(handler);
  }

  private read(id: string, item: unknown): Entry<T> {
    if (!ID_PATTERN.test(id) || !isRecordMap(item)) {
      return { id, ok: false, error: 'This item could not be read.' };
    }
    const fields = item.toJSON();
    // Once the rules are in, a record is read as the server would check it: a merge of two
    // changes, each fine alone, can still break a rule (an end before its start), and shows as
    // an error entry. Before, it is taken as stored, as long as it has what it must have.
    const schema = loadedSchema(this.name);
    if (!schema) {
      return this.required.every((field) => fields[field] !== undefined && fields[field] !== null)
        ? { id, ok: true, value: fields as T }
        : { id, ok: false, error: 'This item could not be read.' };
    }
    const result = schema.safeParse(fields);
    return result.success
      ? { id, ok: true, value: result.data as T }
      : { id, ok: false, error: firstProblem(result.error).message };
  }
}

function removedAt(value: object): number | undefined {
  const at = (value as { removedAt?: unknown }).removedAt;
  return typeof at === 'number' ? at : undefined;
}

function writeFields(item: ItemMap, value: object): void {
  for (const [key, field] of Object.entries(value)) if (field !== undefined) item.set(key, field);
}
