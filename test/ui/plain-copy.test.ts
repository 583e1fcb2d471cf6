// The wall's plain copy (ui/plain-copy.ts, written by ui/plain-copy-keeper.ts): what a house's
// documents hold, written as JSON and read back with no Yjs, reads the same through the board's
// own readers as the documents do; every change to it is refused; and a text that is not a copy
// of this version is refused whole, so the wall opens from its IndexedDB copy instead.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords, currentAnnouncements } from '../../board/announcement.ts';
import { choreRecords, choresOn, setChoreDone } from '../../board/chore.ts';
import type { DocKind } from '../../board/documents.ts';
import { seedHouse } from '../../board/seed.ts';
import { readSettings } from '../../board/settings.ts';
import { dayInZone } from '../../board/time.ts';
// The board's rules, as a screen has them once its first view is up: a write is checked first.
import '../../board/rules.ts';
import { plainHouseOf } from '../../ui/plain-copy.ts';
import { plainCopyOf } from '../../ui/plain-copy-keeper.ts';

const NOW = Date.parse('2026-03-29T10:00:00Z');
const ZONE = 'Europe/London';

function house(): Record<DocKind, Y.Doc> {
  const docs = { board: new Y.Doc(), staff: new Y.Doc(), settings: new Y.Doc() };
  seedHouse(docs, { houseName: 'Maple House', timeZone: ZONE }, NOW);
  return docs;
}

/** The documents written as the wall writes its copy, and read back as its first paint does. */
const throughCopy = (docs: Record<DocKind, Y.Doc>) =>
  plainHouseOf('house1', JSON.stringify(plainCopyOf(docs))).docs;

describe("the wall's plain copy", () => {
  it("reads through the board's readers as the documents themselves do", () => {
    const docs = house();
    const today = dayInZone(NOW, ZONE);
    const [first] = choresOn(docs.board, today, ZONE);
    setChoreDone(docs.board, first!.id, today, true, undefined, NOW);
    // A broken entry (not a record) reads as one in the copy too.
    choreRecords(docs.board).map.set('brokenchore1', 'not a record' as never);
    const copy = throughCopy(docs);

    expect(readSettings(copy.settings)).toEqual(readSettings(docs.settings));
    expect(choresOn(copy.board, today, ZONE)).toEqual(choresOn(docs.board, today, ZONE));
    expect(choresOn(copy.board, today, ZONE).filter((c) => c.done)).toHaveLength(1);
    expect(choreRecords(copy.board).entries()).toEqual(choreRecords(docs.board).entries());
    expect(
      choreRecords(copy.board)
        .entries()
        .filter((e) => !e.ok),
    ).toHaveLength(1);
    expect(currentAnnouncements(copy.board, NOW)).toEqual(currentAnnouncements(docs.board, NOW));
    expect(currentAnnouncements(copy.board, NOW)).toHaveLength(1);
    // A document with something in it reads as one (the wall's settings and its language).
    expect(copy.settings.store.clients.size).toBeGreaterThan(0);
    expect(throughCopy({ ...docs, staff: new Y.Doc() }).staff.store.clients.size).toBe(0);
  });

  it('keeps maps, lists, texts and plain values apart, nested, whatever they hold', () => {
    const doc = new Y.Doc();
    const top = doc.getMap<unknown>('things');
    const inner = new Y.Map<unknown>();
    const list = new Y.Array<unknown>();
    const text = new Y.Text('Soup on Friday');
    top.set('inner', inner);
    top.set('list', list);
    top.set('text', text);
    // Plain values that look like the copy's own tags stay plain values.
    top.set('looks-tagged', { m: { a: { v: 1 } }, a: [], t: 'x', v: null });
    top.set('number', 3);
    inner.set('deeper', new Y.Map([['n', 'Ana']]));
    list.push([1, 'two', { three: 3 }, new Y.Map([['k', 'v']])]);
    const copy = throughCopy({ board: doc, staff: new Y.Doc(), settings: new Y.Doc() }).board;
    const things = copy.getMap<unknown>('things');

    expect(things.toJSON()).toEqual(top.toJSON());
    expect([...things.keys()].sort()).toEqual([...top.keys()].sort());
    expect(things.get('looks-tagged')).toEqual({ m: { a: { v: 1 } }, a: [], t: 'x', v: null });
    expect(things.has('number')).toBe(true);
    expect(things.has('nothing')).toBe(false);
    const copiedList = things.get('list') as Y.Array<unknown>;
    expect(copiedList.length).toBe(4);
    expect(copiedList.get(1)).toBe('two');
    expect((copiedList.get(3) as Y.Map<string>).get('k')).toBe('v');
    expect(copiedList.map((value) => typeof value)).toEqual(list.map((value) => typeof value));
    expect(String(things.get('text'))).toBe('Soup on Friday');
    expect(((things.get('inner') as Y.Map<unknown>).get('deeper') as Y.Map<string>).get('n')).toBe(
      'Ana',
    );
    // A section the copy does not hold reads as an empty one.
    expect(copy.getMap('nothing here').size).toBe(0);
    expect(copy.getArray('nothing here').length).toBe(0);
  });

  it('refuses every change: the first paint only reads', () => {
    const copy = throughCopy(house());
    expect(() => copy.board.getMap('chores').set('x', 1)).toThrow(/plain copy/);
    expect(() => copy.board.getMap('chores').delete('x')).toThrow(/plain copy/);
    expect(() => copy.board.getArray('x').push([1])).toThrow(/plain copy/);
    expect(() =>
      announcementRecords(copy.board).add({ text: 'Hello', createdAt: NOW, expiresAt: NOW + 1 }),
    ).toThrow(/plain copy/);
  });

  it('refuses a text that is not a copy of this version, whole', () => {
    for (const text of [
      '',
      '{',
      'null',
      '[]',
      '{"version":2,"docs":{"board":{},"staff":{},"settings":{}}}',
      '{"version":1}',
      '{"version":1,"docs":{"board":{},"settings":{}}}',
      '{"version":1,"docs":{"board":{"chores":{"m":5}},"staff":{},"settings":{}}}',
      '{"version":1,"docs":{"board":{"chores":{"q":1}},"staff":{},"settings":{}}}',
      '{"version":1,"docs":{"board":{"chores":{"m":{"c1":"bare"}}},"staff":{},"settings":{}}}',
    ]) {
      expect(() => plainHouseOf('house1', text), text).toThrow();
    }
  });
});
