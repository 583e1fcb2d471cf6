// Typed access to one section of a document: a Y.Map of items, each item a Y.Map of fields
// keyed by a generated id, so concurrent edits to different items never conflict.
import * as Y from 'yjs';
import type { z } from 'zod';
import { ID_PATTERN, newId } from './ids.ts';
import { readSentence, type SentenceKey, type SentenceValues } from './sentences.ts';

export class ValidationError extends Error {
  /** The sentence's stable key and values, so a screen can say it in its own language. */
  readonly sentence?: { key: SentenceKey; values: SentenceValues };

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ValidationError';
    this.sentence = readSentence(message);
  }
}

/** The first problem zod found, as one plain sentence with the field it belongs to. */
export function firstProblem(error: z.ZodError): ValidationError {
  const issue = error.issues[0];
  return new ValidationError(
    issue?.message ?? 'Something here is not right.',
    issue?.path.join('.'),
  );
}

export type Entry<T> =
  | { id: string; ok: true; value: T }
  | { id: string; ok: false; error: string };

export type ItemMap = Y.Map<unknown>;

export class Section<T extends object> {
  constructor(
    readonly doc: Y.Doc,
    readonly name: string,
    readonly schema: z.ZodType<T>,
  ) {}

  get map(): Y.Map<ItemMap> {
    return this.doc.getMap(this.name);
  }

  /** Checks a value against the record's rules; throws a ValidationError with a kind message. */
  validate(value: unknown): T {
    const result = this.schema.safeParse(value);
    if (!result.success) throw firstProblem(result.error);
    return result.data;
  }

  /** Every item; one that breaks the rules comes back as an error entry, never hidden. */
  entries(): Entry<T>[] {
    const entries: Entry<T>[] = [];
    for (const [id, item] of this.map.entries()) entries.push(this.read(id, item));
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
  softRemove(id: string, at = Date.now()): void {
    this.update(id, { removedAt: at } as unknown as Partial<T>);
  }

  restore(id: string): void {
    this.update(id, { removedAt: undefined } as unknown as Partial<T>);
  }

  /** Forgets for good what was removed before `before`. */
  purgeRemoved(before: number): number {
    let purged = 0;
    this.doc.transact(() => {
      for (const entry of this.entries()) {
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
      const item = new Y.Map<unknown>();
      writeFields(item, valid);
      this.map.set(id, item);
    });
    return id;
  }

  /** Changes some fields of an item; `undefined` clears an optional field. */
  update(id: string, patch: Partial<T>): void {
    const item = this.map.get(id);
    if (!item) throw new ValidationError('That item is no longer on the board.');
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

  /** Calls back on any change in this section; returns the way to stop. */
  observe(callback: () => void): () => void {
    const handler = () => callback();
    this.map.observeDeep(handler);
    return () => this.map.unobserveDeep(handler);
  }

  private read(id: string, item: unknown): Entry<T> {
    if (!ID_PATTERN.test(id) || !(item instanceof Y.Map)) {
      return { id, ok: false, error: 'This item could not be read.' };
    }
    const result = this.schema.safeParse(item.toJSON());
    return result.success
      ? { id, ok: true, value: result.data }
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
