// The wall's board as plain data, for its first paint before Yjs loads. A wall that has been live
// keeps, beside its Yjs copy in IndexedDB, what its documents held as one JSON text in
// localStorage (ui/plain-copy-keeper.ts writes it). On a reload the wall reads it here, with no
// Yjs at all, and draws its board from it, not yet live and not to be touched (kiosk/main.ts);
// Yjs, the device's real copy and the sync load after that first paint and take over.
// The board's readers (board/) take Y.Docs: the classes here answer the part of Yjs's reading API
// they use (get, has, entries, toArray, toString…), over the plain data, and refuse every change.
// What the copy holds is the wall's own data, written by the wall: still, a copy that does not read
// as one (another build's, a damaged one) is dropped, and the wall opens as it did before.
import type * as Y from 'yjs';
import { DOC_KINDS, type DocKind } from '../board/index.ts';
import type { House } from './house.ts';
import { forgetPlainCopy, PLAIN_COPY_KEY, readLiveUntil } from './kept-on-device.ts';
/** The copy's format; a copy in another is dropped. */
export const PLAIN_COPY_VERSION = 1;

/**
 * A value in the copy, tagged with what it was: `m` a Y.Map, `a` a Y.Array, `t` a Y.Text, `v` a
 * plain value (which may itself be an object: only the tag says what a shared type was).
 */
export type PlainValue =
  | { m: Record<string, PlainValue> }
  | { a: PlainValue[] }
  | { t: string }
  | { v: unknown };

export interface PlainCopyText {
  version: typeof PLAIN_COPY_VERSION;
  /** Each document's top-level types, by name. */
  docs: Record<DocKind, Record<string, PlainValue>>;
}

/** Thrown by every change: the first paint only reads, and the wall is not touchable meanwhile. */
class ReadOnlyCopy extends Error {
  constructor() {
    super('the board is still drawn from its plain copy: nothing can change it yet');
  }
}

const refuse = (): never => {
  throw new ReadOnlyCopy();
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Observers are kept nowhere: a plain copy never changes. */
class PlainType {
  constructor(
    readonly doc: PlainDoc,
    readonly parent: PlainType | null,
  ) {}
  observe(): void {}
  unobserve(): void {}
  observeDeep(): void {}
  unobserveDeep(): void {}
}

function fromPlain(value: PlainValue, doc: PlainDoc, parent: PlainType | null): unknown {
  if (!isObject(value)) throw new TypeError('not a plain copy value');
  if ('m' in value && isObject(value.m)) return new PlainMap(value.m, doc, parent);
  if ('a' in value && Array.isArray(value.a)) return new PlainArray(value.a, doc, parent);
  if ('t' in value && typeof value.t === 'string') return new PlainText(value.t, doc, parent);
  if ('v' in value) return value.v;
  throw new TypeError('not a plain copy value');
}

const jsonOf = (value: unknown): unknown =>
  value instanceof PlainType ? (value as unknown as { toJSON(): unknown }).toJSON() : value;

export class PlainMap extends PlainType {
  private readonly content: Map<string, unknown>;
  constructor(entries: Record<string, PlainValue>, doc: PlainDoc, parent: PlainType | null) {
    super(doc, parent);
    // Made with nothing, as a new record is (board/records.ts): a change, refused.
    if (entries === undefined) refuse();
    this.content = new Map(
      Object.entries(entries).map(([key, value]) => [key, fromPlain(value, doc, this)]),
    );
  }
  get size(): number {
    return this.content.size;
  }
  get(key: string): unknown {
    return this.content.get(key);
  }
  has(key: string): boolean {
    return this.content.has(key);
  }
  keys(): IterableIterator<string> {
    return this.content.keys();
  }
  values(): IterableIterator<unknown> {
    return this.content.values();
  }
  entries(): IterableIterator<[string, unknown]> {
    return this.content.entries();
  }
  [Symbol.iterator](): IterableIterator<[string, unknown]> {
    return this.content.entries();
  }
  forEach(each: (value: unknown, key: string, map: this) => void): void {
    for (const [key, value] of this.content) each(value, key, this);
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.content].map(([key, value]) => [key, jsonOf(value)]));
  }
  set = refuse;
  delete = refuse;
  clear = refuse;
}

export class PlainArray extends PlainType {
  private readonly content: unknown[];
  constructor(items: PlainValue[], doc: PlainDoc, parent: PlainType | null) {
    super(doc, parent);
    this.content = items.map((item) => fromPlain(item, doc, this));
  }
  get length(): number {
    return this.content.length;
  }
  get(index: number): unknown {
    return this.content[index];
  }
  toArray(): unknown[] {
    return [...this.content];
  }
  slice(start?: number, end?: number): unknown[] {
    return this.content.slice(start, end);
  }
  map<T>(each: (value: unknown, index: number, array: this) => T): T[] {
    return this.content.map((value, index) => each(value, index, this));
  }
  forEach(each: (value: unknown, index: number, array: this) => void): void {
    for (const [index, value] of this.content.entries()) each(value, index, this);
  }
  [Symbol.iterator](): IterableIterator<unknown> {
    return this.content[Symbol.iterator]();
  }
  toJSON(): unknown[] {
    return this.content.map(jsonOf);
  }
  insert = refuse;
  push = refuse;
  unshift = refuse;
  delete = refuse;
}

export class PlainText extends PlainType {
  constructor(
    private readonly text: string,
    doc: PlainDoc,
    parent: PlainType | null,
  ) {
    super(doc, parent);
  }
  get length(): number {
    return this.text.length;
  }
  override toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
  insert = refuse;
  delete = refuse;
}

/** A document of the copy: its top-level types, read as `doc.getMap(name)` and the like. */
export class PlainDoc {
  readonly share = new Map<string, PlainType>();
  /** A document that holds anything reads as one with content (kiosk-app's settings, i18n). */
  readonly store: { clients: Map<number, unknown> };
  readonly clientID = 0;
  constructor(types: Record<string, PlainValue>) {
    for (const [name, value] of Object.entries(types)) {
      const type = fromPlain(value, this, null);
      if (type instanceof PlainType) this.share.set(name, type);
    }
    this.store = { clients: new Map(this.share.size > 0 ? [[0, []]] : []) };
  }
  private typed<T extends PlainType>(name: string, kind: new (...args: never[]) => T, empty: T): T {
    const type = this.share.get(name);
    return type instanceof kind ? type : empty;
  }
  getMap(name: string): PlainMap {
    return this.typed(name, PlainMap, new PlainMap({}, this, null));
  }
  getArray(name: string): PlainArray {
    return this.typed(name, PlainArray, new PlainArray([], this, null));
  }
  getText(name: string): PlainText {
    return this.typed(name, PlainText, new PlainText('', this, null));
  }
  /** Reading in a transaction reads as outside one; a change inside it is refused. */
  transact<T>(read: (transaction: undefined) => T): T {
    return read(undefined);
  }
  on(): void {}
  off(): void {}
  once(): void {}
  destroy(): void {}
}

/** Whether a document is a plain copy's (read-only, and nothing of Yjs is needed to read it). */
export function isPlainCopy(doc: unknown): boolean {
  return doc instanceof PlainDoc;
}

/**
 * A house as the first paint shows it: its documents from the plain copy, not live, and not yet
 * on its way to the server (as the real house is before its sockets open).
 */
export class PlainHouse extends EventTarget implements House {
  readonly live = false;
  readonly failed = false;
  readonly online = false;
  readonly problem = undefined;
  readonly lastSyncedAt = undefined;
  readonly fromPlainCopy = true;
  constructor(
    readonly houseId: string,
    readonly docs: Record<DocKind, Y.Doc>,
  ) {
    super();
  }
  get offlineSince(): number | undefined {
    return readLiveUntil(this.houseId);
  }
}

/** Reads the copy's text; throws when it is not one this build wrote. */
export function plainHouseOf(houseId: string, text: string): PlainHouse {
  const copy = JSON.parse(text) as Partial<PlainCopyText>;
  if (!isObject(copy) || copy.version !== PLAIN_COPY_VERSION || !isObject(copy.docs))
    throw new TypeError('not a plain copy of this version');
  const docs = {} as Record<DocKind, Y.Doc>;
  for (const kind of DOC_KINDS) {
    const types = copy.docs[kind];
    if (!isObject(types)) throw new TypeError(`the plain copy has no ${kind} document`);
    // The readers take Y.Docs; a PlainDoc answers the part of that API they use.
    docs[kind] = new PlainDoc(types as Record<string, PlainValue>) as unknown as Y.Doc;
  }
  return new PlainHouse(houseId, docs);
}

/** The house from the device's plain copy; undefined when there is none that reads. */
export function readPlainCopy(houseId: string): PlainHouse | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(PLAIN_COPY_KEY + houseId);
  } catch {
    return undefined; // storage refused (private browsing): the wall opens from IndexedDB
  }
  if (!text) return undefined;
  try {
    return plainHouseOf(houseId, text);
  } catch {
    forgetPlainCopy(houseId);
    return undefined;
  }
}
