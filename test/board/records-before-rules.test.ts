// A screen reads the board before it has loaded the board's rules (zod and every schema): the
// server checked each record when it was written, so a reader takes the stored fields as they
// are and passes over a record without a field it must have. A change made before the rules are
// in is refused with a kind sentence, never written unchecked. And each kind's list of the
// fields it must have is its schema's, so the two readings agree.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_KINDS } from '../../board/documents.ts';
import { RECORD_KINDS } from '../../board/record-kinds.ts';
import { type RecordKind, Records, recordKind, ValidationError } from '../../board/records.ts';
import { KIND_RULES, schemaOf } from '../../board/rules.ts';
import { english } from '../../board/sentences.ts';
import { META_KINDS } from '../../board/shape-version.ts';
import { sentences as spanish } from '../../ui/i18n/messages/es/sentences.ts';

/** A kind no rules were loaded for: what every kind is on a screen before rules.ts arrives. */
const NOTES = recordKind<{ title: string; note?: string; at: number }>({
  name: 'notesBeforeRules',
  doc: 'board',
  required: ['title', 'at'],
});

function writeRaw(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  doc.getMap(NOTES.name).set(id, new Y.Map(Object.entries(fields)));
}

describe('reading before the rules are loaded', () => {
  it('takes a stored record as it is', () => {
    const doc = new Y.Doc();
    writeRaw(doc, 'a1', { title: 'Bins out', note: 'blue lid', at: 5 });
    expect(new Records(doc, NOTES).values()).toEqual([
      { id: 'a1', title: 'Bins out', note: 'blue lid', at: 5 },
    ]);
  });

  it('passes over, as an error entry, a record without a field it must have', () => {
    const doc = new Y.Doc();
    writeRaw(doc, 'a1', { title: 'Bins out', at: 5 });
    writeRaw(doc, 'b2', { title: 'No time' });
    writeRaw(doc, 'c3', { title: null, at: 6 });
    const records = new Records(doc, NOTES);
    expect(records.values().map((r) => r.id)).toEqual(['a1']);
    const broken = records.entries().filter((e) => !e.ok);
    expect(broken.map((e) => e.id).sort()).toEqual(['b2', 'c3']);
    for (const entry of broken)
      if (!entry.ok) expect(entry.error).toBe('This item could not be read.');
    expect(records.get('b2')).toBeUndefined();
  });

  it('passes over hostile entries: a bad id, a value that is no record, markup kept as text', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>(NOTES.name);
    map.set('../../etc', new Y.Map(Object.entries({ title: 'x', at: 1 })));
    map.set('d4', 'not a record');
    writeRaw(doc, 'e5', { title: '<img src=x onerror=alert(1)>', at: 2 });
    const records = new Records(doc, NOTES);
    expect(records.values()).toEqual([{ id: 'e5', title: '<img src=x onerror=alert(1)>', at: 2 }]);
    expect(records.entries().filter((e) => !e.ok)).toHaveLength(2);
  });

  it('refuses a change with a kind sentence, in English and Spanish, and writes nothing', () => {
    const doc = new Y.Doc();
    const records = new Records(doc, NOTES);
    let refused: unknown;
    try {
      records.add({ title: 'Bins out', at: 5 });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).sentence).toEqual({ key: 'rulesLoading' });
    expect(english({ key: 'rulesLoading' })).toMatch(/getting ready/);
    expect(spanish['sentence.rulesLoading']).toMatch(/preparando/);
    expect(doc.getMap(NOTES.name).size).toBe(0);
  });
});

/** The fields a kind's schema requires (not optional), from zod's own description of it. */
function requiredBySchema(kind: RecordKind): string[] {
  const def = (schemaOf(kind) as unknown as { _zod: { def: { shape?: object } } })._zod.def;
  const shape = (def.shape ?? {}) as Record<string, { _zod: { optin?: string } }>;
  return Object.keys(shape).filter((field) => shape[field]!._zod.optin !== 'optional');
}

describe('the rules every kind is checked with', () => {
  it('has one schema for each kind of record and each document meta map, and no other', () => {
    const kinds = [...RECORD_KINDS, ...DOC_KINDS.map((doc) => META_KINDS[doc])].map((k) => k.name);
    expect(KIND_RULES.map((rule) => rule.name).sort()).toEqual([...kinds].sort());
  });

  it('lists, for each kind of records, exactly the fields its schema requires', () => {
    for (const kind of RECORD_KINDS.filter((k) => k.shape === 'records')) {
      expect([...(kind.required ?? [])].sort(), kind.name).toEqual(requiredBySchema(kind).sort());
    }
  });
});
