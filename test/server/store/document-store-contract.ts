// What every document store promises the sync core, as tests that run against each backend:
// what is appended loads back in order, compaction keeps every entry, two writers at once lose
// nothing, a shared store tells each node what the others stored, and a store that cannot write
// says so instead of pretending.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Position } from '../../../server/store/document-store.ts';
import { eventually } from '../../helpers/eventually.ts';
import type { BackendKind, StoreBackend } from './store-backends.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const texts = (updates: Uint8Array[]) => updates.map((u) => new TextDecoder().decode(u));

/** One edit of a real board-like document, and the update it made. */
function edit(doc: Y.Doc, key: string): Uint8Array {
  let update: Uint8Array | undefined;
  const keep = (u: Uint8Array) => {
    update = u;
  };
  doc.once('update', keep);
  doc.getMap('chores').set(key, { title: key });
  return update!;
}

let documentCount = 0;
const newDocName = () => `house-${process.pid}-${++documentCount}/board`;

export function describeDocumentStore(kind: BackendKind): void {
  describe(`the ${kind.name} document store`, () => {
    let backend: StoreBackend;
    beforeEach(async () => {
      backend = await kind.setup();
      // Documents belong to a house, as on a real server: SQLite takes a file that holds documents
      // but no house for a damaged one, and will not open it again.
      const { houses } = await backend.open();
      await houses.create({ id: 'house1', name: 'Maple House', createdAt: Date.now() });
    });
    afterEach(() => backend.dispose());

    test(`says whether server nodes share it (${kind.shared})`, async () => {
      const { documents } = await backend.open();
      expect(documents.shared).toBe(kind.shared);
    });

    test('a document never written loads with nothing in it', async () => {
      const { documents } = await backend.open();
      expect((await documents.load(newDocName())).updates).toEqual([]);
    });

    test('updates load back as they were appended, in order, with the last one’s position', async () => {
      const { documents } = await backend.open();
      const doc = newDocName();
      const other = newDocName();
      await documents.append(doc, bytes('first'));
      await documents.append(other, bytes('not this document'));
      const second = await documents.append(doc, bytes('second'));
      const stored = await documents.load(doc);
      expect(texts(stored.updates)).toEqual(['first', 'second']);
      expect(stored.position).toBe(second);
    });

    test('several updates written at once (a group commit) are all stored, in order', async () => {
      const { documents } = await backend.open();
      const doc = newDocName();
      await documents.append(doc, bytes('before'));
      const last = await documents.appendAll(doc, [bytes('a'), bytes('b'), bytes('c')]);
      const stored = await documents.load(doc);
      expect(texts(stored.updates)).toEqual(['before', 'a', 'b', 'c']);
      expect(stored.position).toBe(last);
    });

    test('what one opening stored, the next one loads: it is durable, not held in memory', async () => {
      const first = await backend.open();
      const doc = newDocName();
      const position = await first.documents.append(doc, bytes('kept'));
      await first.close();
      const again = await backend.open();
      expect(await again.documents.load(doc)).toEqual({ updates: [bytes('kept')], position });
    });

    test('compaction folds the log into a snapshot and keeps every entry after it', async () => {
      const { documents } = await backend.open();
      const name = newDocName();
      const doc = new Y.Doc();
      const positions: Position[] = [];
      const updates = ['Bins', 'Dishes', 'Laundry'].map((key) => edit(doc, key));
      for (const update of updates) positions.push(await documents.append(name, update));

      const snapshot = Y.mergeUpdates(updates.slice(0, 2));
      await documents.compact(name, snapshot, positions[1]!);
      const later = edit(doc, 'Plants');
      const last = await documents.append(name, later);

      const stored = await documents.load(name);
      expect(stored.updates).toEqual([snapshot, updates[2], later]);
      expect(stored.position).toBe(last);
      const loaded = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(loaded, update);
      expect([...loaded.getMap('chores').keys()].sort()).toEqual([
        'Bins',
        'Dishes',
        'Laundry',
        'Plants',
      ]);
    });

    test('two writers on one document at once lose nothing, and split no group commit', async () => {
      const [a, b] = await Promise.all([backend.open(), backend.open()]);
      const doc = newDocName();
      const writes: Array<{ last: string; position: Promise<Position> }> = [];
      for (let i = 0; i < 20; i++) {
        writes.push({ last: `a${i}`, position: a.documents.append(doc, bytes(`a${i}`)) });
        writes.push({ last: `b${i}`, position: b.documents.append(doc, bytes(`b${i}`)) });
        if (i % 5 === 0) {
          const group = [bytes(`b${i}.1`), bytes(`b${i}.2`)];
          writes.push({ last: `b${i}.2`, position: b.documents.appendAll(doc, group) });
        }
      }
      const positions = await Promise.all(writes.map((w) => w.position));
      expect(new Set(positions).size).toBe(positions.length);

      const stored = await (await backend.open()).documents.load(doc);
      const all = texts(stored.updates);
      expect(all).toHaveLength(20 * 2 + 4 * 2);
      const alone = (writer: string) => all.filter((t) => t.startsWith(writer) && !t.includes('.'));
      expect(alone('a')).toEqual(Array.from({ length: 20 }, (_, i) => `a${i}`));
      expect(alone('b')).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`));
      for (const i of [0, 5, 10, 15]) {
        expect(all[all.indexOf(`b${i}.1`) + 1]).toBe(`b${i}.2`);
      }
      // The log reaches the position of whichever write was stored last.
      const lastWrite = writes.findIndex((w) => w.last === all[all.length - 1]);
      expect(stored.position).toBe(positions[lastWrite]);
    });

    test('appends to many documents asked for in the same moment each land whole, with their own position', async () => {
      const { documents } = await backend.open();
      const docs = Array.from({ length: 12 }, () => newDocName());
      // As a busy turn of the server asks: one append per document, of one to three updates.
      const asked = docs.map((doc, i) => {
        const updates = Array.from({ length: 1 + (i % 3) }, (_, n) => bytes(`${doc} ${n}`));
        return { doc, updates, position: documents.appendAll(doc, updates) };
      });
      const positions = await Promise.all(asked.map((a) => a.position));
      for (const [i, { doc, updates }] of asked.entries()) {
        expect(await documents.load(doc)).toEqual({ updates, position: positions[i] });
      }
      if (!kind.shared) {
        // One log for the file: stored in the order asked.
        const rows = positions.map(Number);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
      }
    });

    if (kind.shared) {
      test('a node watching a document gets every entry any node stores after its position, in log order, until it stops', async () => {
        const [a, b] = await Promise.all([backend.open(), backend.open()]);
        const doc = newDocName();
        await a.documents.append(doc, bytes('before'));
        const seen: Array<{ text: string; own: boolean; position: Position }> = [];
        const stop = a.documents.watch!(doc, (await a.documents.load(doc)).position, (entries) => {
          for (const e of entries)
            seen.push({ text: texts([e.update])[0]!, own: e.own, position: e.position });
        });
        const fromB = await b.documents.appendAll(doc, [bytes('b1'), bytes('b2')]);
        const fromA = await a.documents.append(doc, bytes('a1'));
        await eventually(() =>
          expect(seen.map(({ text, own }) => ({ text, own }))).toEqual([
            { text: 'b1', own: false },
            { text: 'b2', own: false },
            { text: 'a1', own: true },
          ]),
        );
        expect(seen.map((e) => e.position).slice(1)).toEqual([fromB, fromA]);

        stop();
        await b.documents.append(doc, bytes('after stopping'));
        await sleep(300);
        expect(seen).toHaveLength(3);
      });
    } else {
      test('one node owns it: nothing is pushed to other openings, which read what was stored when they load', async () => {
        const [a, b] = await Promise.all([backend.open(), backend.open()]);
        expect(a.documents.watch).toBeUndefined();
        const doc = newDocName();
        const position = await a.documents.append(doc, bytes('from a'));
        expect(await b.documents.load(doc)).toEqual({ updates: [bytes('from a')], position });
      });
    }

    test('a closed store refuses to store or answer, with an error saying why', async () => {
      const stores = await backend.open();
      const doc = newDocName();
      await stores.documents.append(doc, bytes('before'));
      await stores.close();
      await expect(stores.documents.append(doc, bytes('after'))).rejects.toThrow(
        /closed|not open/i,
      );
      await expect(stores.documents.ping()).rejects.toThrow(/closed|not open/i);
    });

    if (kind.outage) {
      test('while the store cannot be reached, writes are refused at once; after, it stores again and has lost nothing', async () => {
        const { documents } = await backend.open();
        const doc = newDocName();
        const position = await documents.append(doc, bytes('before'));
        await backend.outage!.begin();
        await eventually(() => expect(documents.ping()).rejects.toThrow());
        const started = Date.now();
        await expect(documents.append(doc, bytes('during'))).rejects.toThrow();
        expect(Date.now() - started).toBeLessThan(1000);
        await backend.outage!.end();
        await eventually(() => documents.ping(), { timeoutMs: 10_000 });
        const after = await documents.append(doc, bytes('after'));
        expect(await documents.load(doc)).toEqual({
          updates: [bytes('before'), bytes('after')],
          position: after,
        });
        expect(after).not.toBe(position);
      });
    }
  });
}
