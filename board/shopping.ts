// The house's shopping list: one shared list, with optional sections ("kitchen", "bathroom").
// An item's id is made from its name, folded (case, spaces, accents), so the same thing added on
// two phones offline is one item once they meet, and adding one already bought brings it back
// ("need it again"). A bought item stays struck through until the house's day ends, then shows
// under "Bought recently" for a week, and housekeeping forgets it. Who added it is optional;
// who bought it is never kept.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import { Records, recordKind } from './records.ts';
import type * as S from './shopping-schema.ts';
import type { ShoppingItem } from './shopping-schema.ts';
import { dayInZone } from './time.ts';

export type { ShoppingItem };

const DAY_MS = 86_400_000;
/** A bought item shows under "Bought recently", and offers itself as a chip, for this long. */
export const BOUGHT_DAYS = 7;
/** A section's name is a word or two: "kitchen", "bathroom". */
export const SECTION_MAX = 30;

export type ShoppingEntry = ShoppingItem & { id: string };

export const SHOPPING = recordKind<z.infer<typeof S.shoppingItemSchema>>({
  name: 'shopping',
  doc: 'board',
  required: ['name', 'addedAt'],
  limit: 2000,
  signed: true,
  // Taken off softly too, but housekeeping forgets it by its own rule (forgetBought), with
  // what was bought.
});

export const shoppingRecords = (doc: Y.Doc) => new Records(doc, SHOPPING);

/** A name as it is compared: letters and digits only, lower case, accents and spacing folded. */
export function foldName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // A name of signs only ("???") keeps its signs, so it is not every other such name.
  return folded || name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** FNV-1a over the UTF-16 code units, in base 36: the same on every device. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * An item's id, from its name: "Oat milk", "oat  milk" and "OAT MILK" are one item
 * (`oat-milk-<hash>`). Latin letters make a readable start; the hash tells apart what reads alike.
 */
export function shoppingId(name: string): string {
  const folded = foldName(name);
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'item'}-${shortHash(folded)}`;
}

export interface AddOptions {
  section?: string;
  /** The adding screen's own person, when they chose to put their name. */
  by?: string;
}

/**
 * Puts an item on the list; returns its id. One already there stays as it is (a section given
 * now is set); one bought or taken off comes back ("need it again"), keeping its section unless
 * another is given.
 */
export function addShopping(
  doc: Y.Doc,
  name: string,
  options: AddOptions = {},
  now = boardNow(),
): string {
  const records = shoppingRecords(doc);
  const id = shoppingId(name);
  const section = options.section?.trim() || undefined;
  const item = records.get(id);
  if (!item) {
    records.add({ name: name.trim(), section, by: options.by, addedAt: now }, id);
    return id;
  }
  const onList = item.boughtAt === undefined && item.removedAt === undefined;
  const patch: Partial<ShoppingItem> = onList
    ? {}
    : { addedAt: now, boughtAt: undefined, removedAt: undefined, by: options.by };
  if (section !== undefined && section !== item.section) patch.section = section;
  if (Object.keys(patch).length) records.update(id, patch);
  return id;
}

/** Ticks an item as bought, or unticks it (back on the list). */
export function setBought(doc: Y.Doc, id: string, bought: boolean, now = boardNow()): void {
  shoppingRecords(doc).update(id, { boughtAt: bought ? now : undefined });
}

/** "Need it again": a bought item back on the list. */
export function needAgain(doc: Y.Doc, id: string, by?: string, now = boardNow()): void {
  shoppingRecords(doc).update(id, { addedAt: now, boughtAt: undefined, removedAt: undefined, by });
}

/** Takes an item off the list without buying it; it can be brought back for a week. */
export function removeShopping(doc: Y.Doc, id: string, now = boardNow()): void {
  shoppingRecords(doc).softRemove(id, now);
}

export interface ShoppingList {
  /** Still to buy, oldest first. */
  toBuy: ShoppingEntry[];
  /** Bought on the house's today: struck through until the day ends. Latest first. */
  boughtToday: ShoppingEntry[];
  /** Bought before today, in the last week: "Need it again" brings them back. Latest first. */
  boughtRecently: ShoppingEntry[];
}

/** The list as the house's day sees it at `now`. */
export function shoppingList(doc: Y.Doc, now: number, timeZone: string): ShoppingList {
  const today = dayInZone(now, timeZone);
  const since = now - BOUGHT_DAYS * DAY_MS;
  const items = shoppingRecords(doc).values();
  const bought = items
    .filter((item) => item.boughtAt !== undefined)
    .sort((a, b) => (b.boughtAt ?? 0) - (a.boughtAt ?? 0));
  return {
    toBuy: items
      .filter((item) => item.boughtAt === undefined)
      .sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id)),
    boughtToday: bought.filter((item) => dayInZone(item.boughtAt!, timeZone) === today),
    boughtRecently: bought.filter(
      (item) => dayInZone(item.boughtAt!, timeZone) !== today && item.boughtAt! >= since,
    ),
  };
}

/** Items grouped by section: those without one first, then the sections A to Z. */
export function bySection(
  items: ShoppingEntry[],
): Array<{ section?: string; items: ShoppingEntry[] }> {
  const groups = new Map<string, { section?: string; items: ShoppingEntry[] }>();
  for (const item of items) {
    const key = item.section ? foldName(item.section) : '';
    const group = groups.get(key) ?? { section: item.section, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([, group]) => group);
}

/** The sections used before, most recently used first, each once. */
export function shoppingSections(doc: Y.Doc): string[] {
  const seen = new Map<string, { section: string; at: number }>();
  for (const item of shoppingRecords(doc).values()) {
    if (!item.section) continue;
    const key = foldName(item.section);
    const used = Math.max(item.addedAt, item.boughtAt ?? 0);
    const known = seen.get(key);
    if (!known || known.at < used) seen.set(key, { section: item.section, at: used });
  }
  return [...seen.values()].sort((a, b) => b.at - a.at).map((s) => s.section);
}

/**
 * Quick chips: the names bought before (in the last week, most recent first) that are not on
 * the list now. A tap on one is "need it again".
 */
export function shoppingChips(doc: Y.Doc, now: number): string[] {
  const since = now - BOUGHT_DAYS * DAY_MS;
  return shoppingRecords(doc)
    .values()
    .filter((item) => item.boughtAt !== undefined && item.boughtAt >= since)
    .sort((a, b) => (b.boughtAt ?? 0) - (a.boughtAt ?? 0))
    .map((item) => item.name);
}

/** Housekeeping: forgets what was bought, or taken off, before `before`. Returns how many. */
export function forgetBought(doc: Y.Doc, before: number): number {
  const records = shoppingRecords(doc);
  let forgotten = 0;
  // Only items bought or taken off before then are read against the schema.
  const isOld = (at: unknown) => Number(at) < before;
  const candidates = new Map(records.entriesWhere('boughtAt', isOld).map((e) => [e.id, e]));
  for (const entry of records.entriesWhere('removedAt', isOld)) candidates.set(entry.id, entry);
  doc.transact(() => {
    for (const entry of candidates.values()) {
      if (!entry.ok) continue;
      const { boughtAt, removedAt } = entry.value;
      if (
        (boughtAt !== undefined && boughtAt < before) ||
        (removedAt !== undefined && removedAt < before)
      ) {
        records.remove(entry.id);
        forgotten += 1;
      }
    }
  });
  return forgotten;
}
