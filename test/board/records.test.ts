// Records: typed items in a shared Y.Map. A broken item is shown as broken, never thrown and
// never hiding the others; concurrent edits from two devices merge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Chore, choreRecords } from '../../board/chore.ts';
import { ID_PATTERN } from '../../board/ids.ts';
import { ValidationError } from '../../board/records.ts';
import { copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

const dishes: Chore = {
  title: 'Empty the dishwasher',
  area: 'kitchen',
  schedule: { kind: 'daily' },
  createdAt: 1_000,
};
const bins: Chore = {
  title: 'Put the bins out',
  schedule: { kind: 'weekdays', weekdays: [2] },
  createdAt: 2_000,
};

function writeRaw(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  doc.getMap('chores').set(id, new Y.Map(Object.entries(fields)));
}

describe('adding, reading, changing and removing items', () => {
  it('add stores a valid item under a fresh id and returns it', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add(dishes);
    expect(id).toMatch(ID_PATTERN);
    expect(chores.has(id)).toBe(true);
    expect(chores.get(id)).toEqual(dishes);
    expect(chores.values()).toEqual([{ ...dishes, id }]);
    expect(chores.entries()).toEqual([{ id, ok: true, value: dishes }]);
  });

  it('two adds get two different ids', () => {
    const chores = choreRecords(new Y.Doc());
    const a = chores.add(dishes);
    const b = chores.add(dishes);
    expect(a).not.toBe(b);
    expect(chores.values()).toHaveLength(2);
  });

  it('add stores the cleaned-up value: trimmed text, empty optional text left out', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add({ ...dishes, title: '  Mop the hall  ', area: '   ' });
    const raw = doc.getMap<Y.Map<unknown>>('chores').get(id)!;
    expect(raw.get('title')).toBe('Mop the hall');
    expect(raw.has('area')).toBe(false);
  });

  it('add refuses an invalid item and writes nothing', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const error = refusal(() => chores.add({ ...dishes, title: '' }));
    expect(error.field).toBe('title');
    expect(doc.getMap('chores').size).toBe(0);
  });

  it('update changes the given fields and keeps the rest', () => {
    const chores = choreRecords(new Y.Doc());
    const id = chores.add(dishes);
    chores.update(id, { title: 'Load the dishwasher' });
    expect(chores.get(id)).toEqual({ ...dishes, title: 'Load the dishwasher' });
  });

  it('update with undefined clears an optional field', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add(dishes);
    chores.update(id, { area: undefined });
    expect(chores.get(id)).toEqual({
      title: dishes.title,
      schedule: dishes.schedule,
      createdAt: 1_000,
    });
    expect(doc.getMap<Y.Map<unknown>>('chores').get(id)!.has('area')).toBe(false);
  });

  it("update with '' clears an optional field too", () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add(dishes);
    chores.update(id, { area: '' });
    expect(doc.getMap<Y.Map<unknown>>('chores').get(id)!.has('area')).toBe(false);
    expect(chores.get(id)?.area).toBeUndefined();
  });

  it('update refuses a change that breaks the rules and leaves the item as it was', () => {
    const chores = choreRecords(new Y.Doc());
    const id = chores.add(dishes);
    const error = refusal(() => chores.update(id, { title: '   ' }));
    expect(error.field).toBe('title');
    expect(chores.get(id)).toEqual(dishes);
  });

  it('update cannot clear a required field', () => {
    const chores = choreRecords(new Y.Doc());
    const id = chores.add(dishes);
    const error = refusal(() => chores.update(id, { title: undefined }));
    expect(error.field).toBe('title');
    expectPlainSentence(error.message);
    expect(chores.get(id)).toEqual(dishes);
  });

  it('update of an item someone else removed says so plainly', () => {
    const chores = choreRecords(new Y.Doc());
    const error = refusal(() => chores.update('gone1234', { title: 'x' }));
    expect(error.message).toBe('That item is no longer on the board.');
  });

  it('saving without changes sends nothing to the other devices', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add(dishes);
    let updates = 0;
    doc.on('update', () => updates++);
    chores.update(id, { title: dishes.title, schedule: { kind: 'daily' }, area: 'kitchen' });
    expect(updates).toBe(0);
    chores.update(id, { title: 'Unload the dishwasher' });
    expect(updates).toBe(1);
  });

  it('remove takes the item off the board', () => {
    const chores = choreRecords(new Y.Doc());
    const keep = chores.add(bins);
    const id = chores.add(dishes);
    chores.remove(id);
    expect(chores.has(id)).toBe(false);
    expect(chores.get(id)).toBeUndefined();
    expect(chores.values().map((c) => c.id)).toEqual([keep]);
  });

  it('observe calls back on changes, including inside an item, until stopped', () => {
    const chores = choreRecords(new Y.Doc());
    let calls = 0;
    const stop = chores.observe(() => calls++);
    const id = chores.add(dishes);
    expect(calls).toBe(1);
    chores.update(id, { title: 'Unload the dishwasher' });
    expect(calls).toBe(2);
    stop();
    chores.remove(id);
    expect(calls).toBe(2);
  });
});

describe('an item that breaks the rules', () => {
  it('comes back as an error entry with a plain sentence, and does not hide the others', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const good = chores.add(dishes);
    writeRaw(doc, 'broken01', { title: '', schedule: { kind: 'daily' }, createdAt: 5 });
    const entries = chores.entries();
    expect(entries).toHaveLength(2);
    expect(entries).toContainEqual({ id: good, ok: true, value: dishes });
    expect(entries).toContainEqual({ id: 'broken01', ok: false, error: 'Please write the chore.' });
    expect(chores.values()).toEqual([{ ...dishes, id: good }]);
    expect(chores.get('broken01')).toBeUndefined();
    expect(chores.has('broken01')).toBe(true);
  });

  it('written by another device is also shown as an error entry after sync', () => {
    const other = new Y.Doc();
    writeRaw(other, 'fromOld', {
      title: 'Old app chore',
      schedule: { kind: 'fortnightly' },
      createdAt: 1,
    });
    const doc = copyOf(other);
    const chores = choreRecords(doc);
    const good = chores.add(bins);
    expect(() => chores.entries()).not.toThrow();
    const bad = chores.entries().find((e) => e.id === 'fromOld');
    expect(bad).toMatchObject({ ok: false, error: 'Please choose when it happens.' });
    expect(chores.values().map((c) => c.id)).toEqual([good]);
  });

  it.each([
    [
      'a plain value instead of a map',
      (doc: Y.Doc) => doc.getMap('chores').set('plain1', 'just text'),
    ],
    [
      'a key that is not an item id',
      (doc: Y.Doc) =>
        writeRaw(doc, 'not an id!', { title: 'Ok', schedule: { kind: 'daily' }, createdAt: 1 }),
    ],
    [
      'a Y.Array instead of a map',
      (doc: Y.Doc) => doc.getMap('chores').set('array1', new Y.Array()),
    ],
  ])('%s reads as "This item could not be read."', (_what, write) => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const good = chores.add(dishes);
    write(doc);
    const entries = chores.entries();
    expect(entries).toHaveLength(2);
    expect(entries.filter((e) => !e.ok)).toEqual([
      { id: expect.any(String), ok: false, error: 'This item could not be read.' },
    ]);
    expect(chores.values().map((c) => c.id)).toEqual([good]);
  });

  it('an item with an unknown extra field is shown as broken rather than trusted', () => {
    const doc = new Y.Doc();
    writeRaw(doc, 'extra001', { ...dishes, schedule: { kind: 'daily' }, phone: '07700 900123' });
    const [entry] = choreRecords(doc).entries();
    expect(entry?.ok).toBe(false);
  });

  it('can be mended with update, after which it is back in values()', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    writeRaw(doc, 'broken02', { title: '', schedule: { kind: 'daily' }, createdAt: 5 });
    chores.update('broken02', { title: 'Water the plants' });
    expect(chores.values()).toEqual([
      { title: 'Water the plants', schedule: { kind: 'daily' }, createdAt: 5, id: 'broken02' },
    ]);
  });
});

describe('two devices editing at once', () => {
  it('two devices adding different chores both keep both after exchanging updates', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const idA = choreRecords(a).add(dishes);
    const idB = choreRecords(b).add(bins);
    exchange(a, b);
    for (const doc of [a, b]) {
      const byId = Object.fromEntries(
        choreRecords(doc)
          .values()
          .map(({ id, ...c }) => [id, c]),
      );
      expect(byId).toEqual({ [idA]: dishes, [idB]: bins });
    }
  });

  it('concurrent edits to different fields of the same item both survive', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).update(id, { title: 'Unload the dishwasher' });
    choreRecords(b).update(id, { area: 'utility room' });
    exchange(a, b);
    const expected = { ...dishes, title: 'Unload the dishwasher', area: 'utility room' };
    expect(choreRecords(a).get(id)).toEqual(expected);
    expect(choreRecords(b).get(id)).toEqual(expected);
  });

  it('concurrent edits to the same field settle on one value on both devices', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).update(id, { title: 'From A' });
    choreRecords(b).update(id, { title: 'From B' });
    exchange(a, b);
    const titleA = choreRecords(a).get(id)?.title;
    expect(['From A', 'From B']).toContain(titleA);
    expect(choreRecords(b).get(id)?.title).toBe(titleA);
  });

  it('an edit on one device and a removal on the other end with the item removed on both', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).update(id, { title: 'Unload the dishwasher' });
    choreRecords(b).remove(id);
    exchange(a, b);
    expect(choreRecords(a).has(id)).toBe(false);
    expect(choreRecords(b).has(id)).toBe(false);
  });

  it('clearing an optional field on one device reaches the other', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).update(id, { area: undefined });
    exchange(a, b);
    expect(choreRecords(b).get(id)).not.toHaveProperty('area');
  });
});

describe('soft removal: off the board, but can be brought back for a while', () => {
  it('softRemove hides an item from values() but keeps it, with when it was removed', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const keep = chores.add(bins);
    const id = chores.add(dishes);
    chores.softRemove(id, 5_000);
    expect(chores.values().map((c) => c.id)).toEqual([keep]);
    expect(chores.has(id)).toBe(true);
    expect(chores.get(id)).toEqual({ ...dishes, removedAt: 5_000 });
  });

  it('restore brings it back just as it was', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const id = chores.add(dishes);
    chores.softRemove(id, 5_000);
    chores.restore(id);
    expect(chores.values()).toEqual([{ ...dishes, id }]);
    expect(doc.getMap<Y.Map<unknown>>('chores').get(id)!.has('removedAt')).toBe(false);
  });

  it('recentlyRemoved lists what was removed since a moment, newest first', () => {
    const chores = choreRecords(new Y.Doc());
    const first = chores.add(dishes);
    const second = chores.add(bins);
    const third = chores.add({ ...dishes, title: 'Mop' });
    chores.add({ ...dishes, title: 'Still here' });
    chores.softRemove(first, 1_000);
    chores.softRemove(second, 3_000);
    chores.softRemove(third, 2_000);
    expect(chores.recentlyRemoved(0).map((c) => [c.id, c.removedAt])).toEqual([
      [second, 3_000],
      [third, 2_000],
      [first, 1_000],
    ]);
    // From the moment given, inclusive.
    expect(chores.recentlyRemoved(2_000).map((c) => c.id)).toEqual([second, third]);
    expect(chores.recentlyRemoved(3_001)).toEqual([]);
  });

  it('purgeRemoved forgets for good what was removed before a moment, and only that', () => {
    const doc = new Y.Doc();
    const chores = choreRecords(doc);
    const live = chores.add(dishes);
    const old = chores.add(bins);
    const edge = chores.add({ ...dishes, title: 'Mop' });
    const recent = chores.add({ ...dishes, title: 'Sweep' });
    chores.softRemove(old, 1_000);
    chores.softRemove(edge, 2_000);
    chores.softRemove(recent, 3_000);
    expect(chores.purgeRemoved(2_000)).toBe(1);
    expect([...doc.getMap('chores').keys()].sort()).toEqual([live, edge, recent].sort());
    expect(chores.purgeRemoved(2_000)).toBe(0);
  });

  it('purging reaches another device as one change', () => {
    const a = new Y.Doc();
    const chores = choreRecords(a);
    for (let i = 0; i < 3; i++) chores.softRemove(chores.add(dishes), 1_000 + i);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    expect(chores.purgeRemoved(10_000)).toBe(3);
    expect(updates).toBe(1);
    expect(b.getMap('chores').size).toBe(0);
  });

  it('removing an item that is not there says so plainly', () => {
    const error = refusal(() => choreRecords(new Y.Doc()).softRemove('gone1234', 1));
    expect(error.message).toBe('That item is no longer on the board.');
  });

  it('a removal on one device hides the item on the other; a restore there brings it back on both', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).softRemove(id, 1_000);
    exchange(a, b);
    expect(choreRecords(b).values()).toEqual([]);
    choreRecords(b).restore(id);
    exchange(a, b);
    expect(choreRecords(a).values()).toEqual([{ ...dishes, id }]);
  });

  it('an edit on one device while the item is removed on another is kept, and shows once restored', () => {
    const a = new Y.Doc();
    const id = choreRecords(a).add(dishes);
    const b = copyOf(a);
    choreRecords(a).softRemove(id, 1_000);
    choreRecords(b).update(id, { title: 'Unload the dishwasher' });
    exchange(a, b);
    expect(choreRecords(b).values()).toEqual([]);
    choreRecords(a).restore(id);
    exchange(a, b);
    expect(choreRecords(b).get(id)).toEqual({ ...dishes, title: 'Unload the dishwasher' });
  });

  it('a removedAt that is not a time is refused', () => {
    const chores = choreRecords(new Y.Doc());
    const id = chores.add(dishes);
    expect(refusal(() => chores.softRemove(id, -1)).field).toBe('removedAt');
    expect(chores.values()).toHaveLength(1);
  });
});

describe('ValidationError', () => {
  it('is an Error with a name, a plain message and the field', () => {
    const error = new ValidationError({ key: 'write', values: { what: 'chore' } }, 'title');
    expect(error.message).toBe('Please write the chore.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.field).toBe('title');
  });
});
