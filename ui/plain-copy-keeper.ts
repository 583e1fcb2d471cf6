// Keeps the wall's plain copy (ui/plain-copy.ts) in step with its documents: a while after each
// change, and when the page goes away, what every document holds is written as one JSON text to
// localStorage, from which the next reload draws its first board before Yjs loads. Only the
// top-level types the wall has read are in it (a type nobody asked for has no kind yet); the
// device's real copy stays in IndexedDB. A copy that does not fit is dropped, never half written.
import * as Y from 'yjs';
import { DOC_KINDS, type DocKind } from '../board/index.ts';
import { afterHouseChanges } from './after-house-changes.ts';
import type { HouseConnection } from './house-connection.ts';
import { forgetPlainCopy, PLAIN_COPY_KEY } from './kept-on-device.ts';
import { PLAIN_COPY_VERSION, type PlainCopyText, type PlainValue } from './plain-copy.ts';

/** A change is written this long after the last one: a burst of edits is written once. */
export const PLAIN_COPY_AFTER_MS = 2_000;

function plainOf(value: unknown): PlainValue | undefined {
  if (value instanceof Y.Map) {
    const entries: Record<string, PlainValue> = {};
    for (const [key, item] of value.entries()) {
      const plain = plainOf(item);
      if (plain) entries[key] = plain;
    }
    return { m: entries };
  }
  if (value instanceof Y.Array) {
    const items: PlainValue[] = [];
    for (const item of value.toArray()) items.push(plainOf(item) ?? { v: null });
    return { a: items };
  }
  if (value instanceof Y.Text) return { t: value.toString() };
  // Another shared type (XML, a sub-document): the board holds none, and the copy leaves it out.
  if (value instanceof Y.AbstractType || value instanceof Y.Doc) return undefined;
  return { v: value };
}

/** What a document holds, as the plain copy keeps it. */
export function plainDocOf(doc: Y.Doc): Record<string, PlainValue> {
  const types: Record<string, PlainValue> = {};
  for (const [name, type] of doc.share) {
    const plain = plainOf(type);
    if (plain) types[name] = plain;
  }
  return types;
}

export function plainCopyOf(docs: Record<DocKind, Y.Doc>): PlainCopyText {
  const plain = {} as PlainCopyText['docs'];
  for (const kind of DOC_KINDS) plain[kind] = plainDocOf(docs[kind]);
  return { version: PLAIN_COPY_VERSION, docs: plain };
}

/** Writes the copy now; a storage that refuses it (full, private) keeps none. */
export function writePlainCopy(house: Pick<HouseConnection, 'houseId' | 'docs' | 'closed'>): void {
  // A house forgotten (the device let go) keeps nothing, however late a write comes.
  if (house.closed) return;
  try {
    localStorage.setItem(PLAIN_COPY_KEY + house.houseId, JSON.stringify(plainCopyOf(house.docs)));
  } catch {
    forgetPlainCopy(house.houseId);
  }
}

/**
 * Writes the house's plain copy now, a while after each change, and when the page goes away;
 * returns a function that stops (the device let go wipes the copy: HouseConnection.forget).
 */
export function keepPlainCopy(house: HouseConnection): () => void {
  return afterHouseChanges(house, () => writePlainCopy(house), {
    afterMs: PLAIN_COPY_AFTER_MS,
    writeNow: true,
  });
}
