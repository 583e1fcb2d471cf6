// The one place that reads or changes what Yjs keeps private. Yjs 13 offers no public way to ask
// the questions below; each is asked where the board's safety or the server's memory depends on
// it, and each says why. A Yjs upgrade is checked here, and only here. The board's checks use
// the first three; the sync server the rest.
import type * as Y from 'yjs';

/** The private fields of a shared type that the questions below read. */
interface TypeInternals {
  /** The first item of the type's list content; null when it has none. */
  _start: Y.Item | null;
  /** Every key ever set in the type as a map, with the last entry written for it (deleted too). */
  _map: Map<string, Y.Item>;
  /** Handlers of `observe` and of `observeDeep` on the type. */
  _eH: { l: unknown[] };
  _dEH: { l: unknown[] };
}

/** A top-level type as `doc.share` holds it, or a Y.Map of any content. */
type SharedType = (Y.Doc['share'] extends Map<string, infer T> ? T : never) | Y.Map<unknown>;

const internals = (type: SharedType) => type as unknown as TypeInternals;

/**
 * Whether a type holds list content. A Y.Map's API cannot see it, yet every copy of the board
 * stores and sends it: a map that holds some could hide unbounded content.
 */
export function holdsListContent(type: SharedType): boolean {
  return internals(type)._start !== null;
}

/**
 * The keys ever set in a map, deleted ones included. Their count bounds the map's size cheaply
 * (Y.Map.size walks every entry), and the entries behind them still hold what a field was
 * before a transaction, which Y.Map's API no longer shows.
 */
export function keysEverSet(map: Y.Map<unknown>): Map<string, Y.Item> {
  return internals(map)._map;
}

/**
 * The entry that holds a type in its parent; null for a top-level type. Yjs declares `_item` but
 * keeps it private: it is how a change to a field is traced back to its record and the record's
 * map, and how a record's creator is known.
 */
export function itemOf(type: Pick<Y.AbstractType<unknown>, '_item'>): Y.Item | null {
  return type._item;
}

/**
 * Whether a top-level type never held anything and nobody observes it. `doc.getMap` creates such a
 * type for good; a server holding many houses lets unused ones go again (`forgetUnusedTypes`).
 */
function isUnused(type: SharedType): boolean {
  const t = internals(type);
  return t._start === null && t._map.size === 0 && t._eH.l.length === 0 && t._dEH.l.length === 0;
}

/** Forgets the document's top-level types that never held anything, so they take no memory. */
export function forgetUnusedTypes(doc: Y.Doc): void {
  for (const [name, type] of doc.share) if (isUnused(type)) doc.share.delete(name);
}

/**
 * Whether the document holds content waiting for changes it never received. Yjs keeps such
 * content aside without a word (`pendingStructs`, `pendingDs`); the server must know, as it
 * cannot check content it cannot place.
 */
export function hasPendingContent(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * Lets go of content waiting for what it builds on. It was never checked against the schema, yet
 * Yjs would put it in every snapshot and every first sync.
 */
export function dropPendingContent(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/**
 * The top-level types that the structs of a decoded update (`Y.decodeUpdate`) start content in,
 * by name. Yjs types `parent` as a type or an id; decoded, a struct whose parent is a top-level
 * type holds its name instead. A struct that goes on from another (it names an origin) carries no
 * parent at all: it lies in that struct's type, which holds content already.
 */
export function topLevelNamesIn(structs: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const struct of structs) {
    const parent = (struct as { parent?: unknown }).parent;
    if (typeof parent === 'string') names.add(parent);
  }
  return names;
}
