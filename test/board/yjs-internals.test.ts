// The questions the board and the sync server ask of what Yjs keeps private: which top-level maps
// a document may let go of (never used, nobody watching), whether it holds content waiting for
// changes it never received, letting that content go, and which top-level maps an update starts.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  dropPendingContent,
  forgetUnusedTypes,
  hasPendingContent,
  holdsListContent,
  topLevelNamesIn,
} from '../../board/yjs-internals.ts';

const names = (doc: Y.Doc) => [...doc.share.keys()].sort();

describe('letting go of maps a document never used', () => {
  it('forgets maps that never held anything, and keeps every map with content', () => {
    const doc = new Y.Doc();
    doc.getMap('unused');
    doc.getMap('holding').set('chore1', 'x');
    const emptied = doc.getMap('emptied');
    emptied.set('chore2', 'x');
    emptied.delete('chore2');
    Y.Array.prototype.insert.call(doc.getMap('listy') as unknown as Y.Array<unknown>, 0, [1]);

    forgetUnusedTypes(doc);
    // A map whose records were deleted still holds their tombstones: it stays.
    expect(names(doc)).toEqual(['emptied', 'holding', 'listy']);
    expect(doc.getMap('holding').get('chore1')).toBe('x');
  });

  it('keeps an empty map that someone observes, shallow or deep', () => {
    const doc = new Y.Doc();
    doc.getMap('watched').observe(() => {});
    doc.getMap('deeplyWatched').observeDeep(() => {});
    doc.getMap('unwatched');
    forgetUnusedTypes(doc);
    expect(names(doc)).toEqual(['deeplyWatched', 'watched']);
  });

  it('a forgotten map is made again, empty, when asked for', () => {
    const doc = new Y.Doc();
    doc.getMap('chores');
    forgetUnusedTypes(doc);
    expect(names(doc)).toEqual([]);
    doc.getMap('chores').set('chore1', 'x');
    expect(doc.getMap('chores').get('chore1')).toBe('x');
  });
});

describe('content waiting for changes the document never received', () => {
  /** A device's first change, and a second one that builds on it. */
  function twoChanges() {
    const device = new Y.Doc();
    device.getMap('chores').set('chore1', 'first');
    const first = Y.encodeStateAsUpdate(device);
    const vector = Y.encodeStateVector(device);
    device.getMap('chores').set('chore2', 'second');
    const second = Y.encodeStateAsUpdate(device, vector);
    return { device, first, second };
  }

  it('a document in step holds none', () => {
    const { first, second } = twoChanges();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    Y.applyUpdate(doc, second);
    expect(hasPendingContent(doc)).toBe(false);
  });

  it('a change that builds on one never received waits, and the document knows it', () => {
    const { second } = twoChanges();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    expect(doc.getMap('chores').size).toBe(0);
    expect(hasPendingContent(doc)).toBe(true);
  });

  it('a deletion of content never received waits too', () => {
    const device = new Y.Doc();
    device.getMap('chores').set('chore1', 'x');
    const vector = Y.encodeStateVector(device);
    device.getMap('chores').delete('chore1');
    const deletion = Y.encodeStateAsUpdate(device, vector);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, deletion);
    expect(hasPendingContent(doc)).toBe(true);
  });

  it('dropped waiting content is gone for good: the missing change alone arrives later', () => {
    const { first, second } = twoChanges();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    dropPendingContent(doc);
    expect(hasPendingContent(doc)).toBe(false);
    Y.applyUpdate(doc, first);
    expect(doc.getMap('chores').toJSON()).toEqual({ chore1: 'first' });
  });
});

describe('list content in a map', () => {
  it("a map's own API cannot add it, and a plain map holds none", () => {
    const doc = new Y.Doc();
    const chores = doc.getMap('chores');
    chores.set('chore1', 'x');
    expect(holdsListContent(chores)).toBe(false);
    Y.Array.prototype.insert.call(chores as unknown as Y.Array<unknown>, 0, ['hidden']);
    expect(holdsListContent(chores)).toBe(true);
    expect(chores.toJSON()).toEqual({ chore1: 'x' });
  });
});

describe('the top-level maps an update starts content in', () => {
  /** The update one change to `doc` makes. */
  const updateOf = (doc: Y.Doc, change: () => void) => {
    let update: Uint8Array = new Uint8Array();
    const keep = (u: Uint8Array) => {
      update = u;
    };
    doc.on('update', keep);
    doc.transact(change);
    doc.off('update', keep);
    return Y.decodeUpdate(update).structs;
  };

  it('names each map given a new key, nested content or not, and only those', () => {
    const doc = new Y.Doc();
    doc.getMap('untouched');
    const structs = updateOf(doc, () => {
      doc.getMap('chores').set('c1', new Y.Map([['title', 'Bins']]));
      doc.getMap('shopping').set('s1', 'x');
      doc.getArray('agenda').insert(0, ['listed']);
    });
    expect([...topLevelNamesIn(structs)].sort()).toEqual(['agenda', 'chores', 'shopping']);
  });

  it('names no map for content that goes on from content already there, nor for a deletion', () => {
    const doc = new Y.Doc();
    doc.getMap('chores').set('c1', 'first');
    doc.getArray('agenda').insert(0, ['a']);
    const again = updateOf(doc, () => {
      doc.getMap('chores').set('c1', 'second'); // written over: its origin is the first
      doc.getArray('agenda').insert(1, ['b']); // after "a": its origin
    });
    expect(topLevelNamesIn(again).size).toBe(0);
    const deleted = updateOf(doc, () => doc.getMap('chores').delete('c1'));
    expect(topLevelNamesIn(deleted).size).toBe(0);
  });
});
