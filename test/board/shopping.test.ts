// The shopping list (board/shopping.ts): the same thing added on two phones offline is one item;
// ticks and unticks from two devices merge; a bought item is struck through until the house's
// day ends, then "bought recently" for a week, then forgotten; "need it again" brings it back.
// The server refuses huge or malformed names, someone else's name and a list past its limit.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tidy } from '../../board/housekeeping.ts';
import { ID_PATTERN } from '../../board/ids.ts';
import { DOC_MAPS, RECORD_LIMITS } from '../../board/record-kinds.ts';
import type { Role } from '../../board/roles.ts';
import {
  addShopping,
  bySection,
  foldName,
  needAgain,
  removeShopping,
  setBought,
  shoppingChips,
  shoppingId,
  shoppingList,
  shoppingRecords,
  shoppingSections,
} from '../../board/shopping.ts';
import { SchemaViolation, validateChanges, type Writer } from '../../board/validation.ts';
import { at, copyOf, exchange, refusal, validateDocument } from './helpers.ts';

/** A house two hours ahead of UTC all year (no summer time), so its day ends at 22:00 UTC. */
const ZONE = 'Etc/GMT-2';
const NOW = at('2026-12-02T10:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const names = (items: Array<{ name: string }>) => items.map((item) => item.name);

describe('one item per thing, whatever device adds it', () => {
  it('folds case, spaces and accents into one id that fits the board', () => {
    const id = shoppingId('Oat milk');
    for (const same of ['oat milk', '  OAT   MILK ', 'Oat-milk', 'Oät milk'])
      expect(shoppingId(same), same).toBe(id);
    expect(shoppingId('Oat milks')).not.toBe(id);
    expect(foldName('Café  CRÈME')).toBe('cafe creme');
    for (const name of ['Oat milk', 'Pão de queijo', '牛奶', '???', 'x'.repeat(60), 'Ñandú'])
      expect(shoppingId(name), name).toMatch(ID_PATTERN);
    expect(shoppingId('牛奶')).not.toBe(shoppingId('面包'));
    // No "_": an id never reads as a per-day record's.
    expect(shoppingId('2026-12-02 eggs')).not.toContain('_');
  });

  it('the same item added offline on two documents merges to one', () => {
    const phone = new Y.Doc();
    const wall = copyOf(phone);
    addShopping(phone, 'Oat milk', { section: 'kitchen' }, NOW);
    addShopping(wall, 'oat  MILK', {}, NOW + 1000);
    addShopping(wall, 'Bread', {}, NOW + 2000);
    exchange(phone, wall);
    for (const doc of [phone, wall]) {
      const { toBuy } = shoppingList(doc, NOW + 3000, ZONE);
      expect(toBuy.map((item) => foldName(item.name))).toEqual(['oat milk', 'bread']);
      expect(shoppingRecords(doc).map.size).toBe(2);
    }
    expect(shoppingRecords(phone).map.toJSON()).toEqual(shoppingRecords(wall).map.toJSON());
    validateDocument(phone, 'board');
  });

  it('adding what is already on the list changes nothing but a section given', () => {
    const doc = new Y.Doc();
    const id = addShopping(doc, 'Eggs', {}, NOW);
    expect(addShopping(doc, 'eggs', {}, NOW + HOUR)).toBe(id);
    expect(shoppingRecords(doc).get(id)).toEqual({ name: 'Eggs', addedAt: NOW });
    addShopping(doc, 'EGGS', { section: 'kitchen' }, NOW + HOUR);
    expect(shoppingRecords(doc).get(id)?.section).toBe('kitchen');
  });

  it('adding one bought brings it back ("need it again"), with its section', () => {
    const doc = new Y.Doc();
    const id = addShopping(doc, 'Soap', { section: 'bathroom', by: 'jo01' }, NOW);
    setBought(doc, id, true, NOW + HOUR);
    addShopping(doc, 'soap', {}, NOW + 2 * HOUR);
    expect(shoppingRecords(doc).get(id)).toEqual({
      name: 'Soap',
      section: 'bathroom',
      addedAt: NOW + 2 * HOUR,
    });
    expect(names(shoppingList(doc, NOW + 2 * HOUR, ZONE).toBuy)).toEqual(['Soap']);
  });

  it('adding one taken off the list brings it back too', () => {
    const doc = new Y.Doc();
    const id = addShopping(doc, 'Rice', {}, NOW);
    removeShopping(doc, id, NOW + 1);
    expect(shoppingList(doc, NOW + 2, ZONE).toBuy).toEqual([]);
    addShopping(doc, 'rice', {}, NOW + 3);
    expect(names(shoppingList(doc, NOW + 4, ZONE).toBuy)).toEqual(['Rice']);
  });
});

describe('ticks from two devices', () => {
  it('two devices tick two items at once: both bought', () => {
    const a = new Y.Doc();
    const milk = addShopping(a, 'Milk', {}, NOW);
    const tea = addShopping(a, 'Tea', {}, NOW);
    const b = copyOf(a);
    setBought(a, milk, true, NOW + 1000);
    setBought(b, tea, true, NOW + 2000);
    exchange(a, b);
    for (const doc of [a, b]) {
      const list = shoppingList(doc, NOW + 3000, ZONE);
      expect(list.toBuy).toEqual([]);
      expect(names(list.boughtToday)).toEqual(['Tea', 'Milk']);
    }
  });

  it('both tick the same item: one item, bought; both untick: back on the list once', () => {
    const a = new Y.Doc();
    const milk = addShopping(a, 'Milk', {}, NOW);
    const b = copyOf(a);
    setBought(a, milk, true, NOW + 1000);
    setBought(b, milk, true, NOW + 2000);
    exchange(a, b);
    expect(shoppingList(a, NOW + 3000, ZONE).boughtToday).toHaveLength(1);
    expect(shoppingRecords(a).get(milk)).toEqual(shoppingRecords(b).get(milk));
    setBought(a, milk, false);
    setBought(b, milk, false);
    exchange(a, b);
    for (const doc of [a, b])
      expect(names(shoppingList(doc, NOW + 4000, ZONE).toBuy)).toEqual(['Milk']);
  });

  it('one unticks while the other says "need it again": on the list once', () => {
    const a = new Y.Doc();
    const milk = addShopping(a, 'Milk', {}, NOW);
    setBought(a, milk, true, NOW + 1000);
    const b = copyOf(a);
    setBought(a, milk, false);
    needAgain(b, milk, undefined, NOW + 2000);
    exchange(a, b);
    for (const doc of [a, b]) {
      const list = shoppingList(doc, NOW + 3000, ZONE);
      expect(names(list.toBuy)).toEqual(['Milk']);
      expect(list.boughtToday).toEqual([]);
    }
  });

  it('a tick on one device and the same item added again on another: one item', () => {
    const a = new Y.Doc();
    const milk = addShopping(a, 'Milk', {}, NOW);
    const b = copyOf(a);
    setBought(a, milk, true, NOW + 1000);
    addShopping(b, 'milk', {}, NOW + 2000); // already on b's list: nothing to change
    exchange(a, b);
    expect(shoppingRecords(a).map.size).toBe(1);
    expect(names(shoppingList(b, NOW + 3000, ZONE).boughtToday)).toEqual(['Milk']);
  });
});

describe("bought items fade by the house's day", () => {
  // The house's day of 2 December ends at 22:00 UTC (midnight in the house).
  const lateInTheHouse = at('2026-12-02T21:30:00Z'); // 23:30 in the house
  const afterMidnight = at('2026-12-02T22:10:00Z'); // 00:10 on the 3rd in the house

  it('struck through until the day ends, then "bought recently" for a week', () => {
    const doc = new Y.Doc();
    const id = addShopping(doc, 'Lemons', {}, NOW);
    setBought(doc, id, true, lateInTheHouse);
    expect(names(shoppingList(doc, lateInTheHouse + 60_000, ZONE).boughtToday)).toEqual(['Lemons']);
    const tomorrow = shoppingList(doc, afterMidnight, ZONE);
    expect(tomorrow.boughtToday).toEqual([]);
    expect(names(tomorrow.boughtRecently)).toEqual(['Lemons']);
    // In UTC the same instants are one day: the house's zone decides, not the machine's.
    expect(names(shoppingList(doc, afterMidnight, 'UTC').boughtToday)).toEqual(['Lemons']);
    expect(names(shoppingList(doc, lateInTheHouse + 6 * DAY, ZONE).boughtRecently)).toEqual([
      'Lemons',
    ]);
    expect(shoppingList(doc, lateInTheHouse + 7 * DAY + 1, ZONE).boughtRecently).toEqual([]);
  });

  it('"need it again" from bought recently puts it back on the list', () => {
    const doc = new Y.Doc();
    const id = addShopping(doc, 'Lemons', { section: 'kitchen' }, NOW);
    setBought(doc, id, true, NOW);
    needAgain(doc, id, 'sam02', NOW + 2 * DAY);
    const list = shoppingList(doc, NOW + 2 * DAY, ZONE);
    expect(list.toBuy).toEqual([
      { id, name: 'Lemons', section: 'kitchen', by: 'sam02', addedAt: NOW + 2 * DAY },
    ]);
    expect(list.boughtRecently).toEqual([]);
  });

  it('housekeeping forgets bought items after 7 days, and keeps the rest', () => {
    const doc = new Y.Doc();
    const old = addShopping(doc, 'Old bread', {}, NOW - 10 * DAY);
    setBought(doc, old, true, NOW - 8 * DAY);
    const recent = addShopping(doc, 'Jam', {}, NOW - 3 * DAY);
    setBought(doc, recent, true, NOW - 6 * DAY);
    addShopping(doc, 'Flour', {}, NOW - 30 * DAY); // long on the list, never bought
    const gone = addShopping(doc, 'Glue', {}, NOW - 20 * DAY);
    removeShopping(doc, gone, NOW - 8 * DAY);
    expect(tidy(doc, 'board', NOW, ZONE)).toBe(2);
    expect([...shoppingRecords(doc).map.keys()].sort()).toEqual(
      [shoppingId('Jam'), shoppingId('Flour')].sort(),
    );
  });
});

describe('sections and quick chips', () => {
  it('groups by section (none first) and offers the sections used before, once each', () => {
    const doc = new Y.Doc();
    addShopping(doc, 'Soap', { section: 'bathroom' }, NOW);
    addShopping(doc, 'Milk', { section: 'kitchen' }, NOW + 1);
    addShopping(doc, 'Stamps', {}, NOW + 2);
    addShopping(doc, 'Bread', { section: 'Kitchen' }, NOW + 3);
    const groups = bySection(shoppingList(doc, NOW + 4, ZONE).toBuy);
    expect(groups.map((g) => [g.section, names(g.items)])).toEqual([
      [undefined, ['Stamps']],
      ['bathroom', ['Soap']],
      ['kitchen', ['Milk', 'Bread']],
    ]);
    expect(shoppingSections(doc)).toEqual(['Kitchen', 'bathroom']);
  });

  it('chips: names bought before, most recent first, not those on the list now', () => {
    const doc = new Y.Doc();
    for (const [name, bought] of [
      ['Tea', NOW - 3 * DAY],
      ['Coffee', NOW - DAY],
      ['Rice', NOW - 2 * HOUR],
      ['Old jam', NOW - 9 * DAY],
    ] as const)
      setBought(doc, addShopping(doc, name, {}, bought - HOUR), true, bought);
    addShopping(doc, 'Milk', {}, NOW);
    addShopping(doc, 'coffee', {}, NOW); // needed again: on the list, so not a chip
    expect(shoppingChips(doc, NOW)).toEqual(['Rice', 'Tea']);
  });
});

// The server's copy of a board, checking each screen's update as its sender (see
// record-rights.test.ts), so the hostile writes below meet exactly the server's rules.
function serverBoard() {
  const doc = new Y.Doc();
  for (const section of DOC_MAPS.board) doc.getMap(section);
  const writers = new Map<string, Writer>();
  return {
    doc,
    receive(update: Uint8Array, personId: string, role: Role): unknown {
      const writer = writers.get(personId) ?? { role, personId, ownClients: new Set<number>() };
      writers.set(personId, writer);
      const trial = new Y.Doc();
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      let problem: unknown;
      trial.on('afterTransaction', (transaction: Y.Transaction) => {
        try {
          validateChanges(trial, 'board', transaction, writer, NOW);
        } catch (error) {
          problem ??= error;
        }
      });
      Y.applyUpdate(trial, update, 'screen');
      if (!problem) Y.applyUpdate(doc, update, 'screen');
      return problem;
    },
  };
}

function screenOf(server: ReturnType<typeof serverBoard>, personId: string, role: Role = 'member') {
  return {
    /** Each edit from a fresh copy of the server's board: a refused one is not built on. */
    edit(change: (doc: Y.Doc) => void): unknown {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server.doc));
      const vector = Y.encodeStateVector(doc);
      change(doc);
      return server.receive(Y.encodeStateAsUpdate(doc, vector), personId, role);
    },
  };
}

/** Writes a record as a hostile screen would, past the board's own checks. */
function writeRaw(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  shoppingRecords(doc).map.set(id, item);
}

describe('the server keeps the list sound', () => {
  it('a member adds, ticks, unticks and takes off; the wall adds and ticks, unsigned', () => {
    const server = serverBoard();
    const jo = screenOf(server, 'jo01');
    const wall = screenOf(server, 'wall1', 'kiosk');
    expect(jo.edit((doc) => addShopping(doc, 'Oat milk', { by: 'jo01' }, NOW))).toBeUndefined();
    const id = shoppingId('Oat milk');
    expect(wall.edit((doc) => setBought(doc, id, true, NOW))).toBeUndefined();
    expect(jo.edit((doc) => setBought(doc, id, false, NOW))).toBeUndefined();
    expect(wall.edit((doc) => addShopping(doc, 'Bread', {}, NOW))).toBeUndefined();
    expect(jo.edit((doc) => removeShopping(doc, shoppingId('Bread'), NOW))).toBeUndefined();
    expect(names(shoppingList(server.doc, NOW, ZONE).toBuy)).toEqual(['Oat milk']);
  });

  it("refuses someone else's name, and the wall's signing for anyone", () => {
    const server = serverBoard();
    const jo = screenOf(server, 'jo01');
    const wall = screenOf(server, 'wall1', 'kiosk');
    expect(jo.edit((doc) => addShopping(doc, 'Tea', { by: 'sam02' }, NOW))).toBeInstanceOf(Error);
    expect(wall.edit((doc) => addShopping(doc, 'Tea', { by: 'jo01' }, NOW))).toBeInstanceOf(Error);
    jo.edit((doc) => addShopping(doc, 'Tea', {}, NOW));
    const tea = shoppingId('Tea');
    // Putting someone else's name on an item already there, in place.
    expect(jo.edit((doc) => shoppingRecords(doc).map.get(tea)?.set('by', 'sam02'))).toBeInstanceOf(
      Error,
    );
    expect(shoppingRecords(server.doc).get(tea)).toEqual({ name: 'Tea', addedAt: NOW });
  });

  it('refuses huge and malformed names, and loses nothing', () => {
    const server = serverBoard();
    const jo = screenOf(server, 'jo01');
    jo.edit((doc) => addShopping(doc, 'Tea', {}, NOW));
    const hostile: Array<Record<string, unknown>> = [
      { name: 'x'.repeat(250_000), addedAt: NOW },
      { name: '', addedAt: NOW },
      { name: '\u200B\u200B', addedAt: NOW },
      { name: 'milk\nrm -rf', addedAt: NOW },
      { name: 'milk\u202Eklim', addedAt: NOW },
      { name: 'call 07700 900123', addedAt: NOW },
      { name: 42, addedAt: NOW },
      { name: 'Milk', addedAt: -1 },
      { name: 'Milk', addedAt: NOW, section: 's'.repeat(31) },
      { name: 'Milk', addedAt: NOW, boughtBy: 'jo01' },
      { name: 'Milk', addedAt: NOW, by: 'not a person id!' },
    ];
    for (const fields of hostile) {
      const problem = jo.edit((doc) => writeRaw(doc, 'milk-1', fields));
      expect(problem, JSON.stringify(fields).slice(0, 60)).toBeInstanceOf(SchemaViolation);
    }
    expect(
      jo.edit((doc) => writeRaw(doc, 'bad id!', { name: 'Milk', addedAt: NOW })),
    ).toBeInstanceOf(SchemaViolation);
    expect(names(shoppingList(server.doc, NOW, ZONE).toBuy)).toEqual(['Tea']);
    expect(() => addShopping(new Y.Doc(), 'x'.repeat(61))).toThrow(/too long|60/i);
    expect(refusal(() => addShopping(new Y.Doc(), '   ')).sentence.key).toBe('write');
  });

  it('another device cannot wipe an item; it only takes it off softly', () => {
    const server = serverBoard();
    const jo = screenOf(server, 'jo01');
    const sam = screenOf(server, 'sam02');
    jo.edit((doc) => addShopping(doc, 'Tea', {}, NOW));
    expect(sam.edit((doc) => shoppingRecords(doc).remove(shoppingId('Tea')))).toBeInstanceOf(Error);
    expect(shoppingRecords(server.doc).has(shoppingId('Tea'))).toBe(true);
  });

  it(`holds at most ${RECORD_LIMITS.shopping} items`, () => {
    const limit = RECORD_LIMITS.shopping!;
    expect(limit).toBe(2000);
    const full = new Y.Doc();
    full.transact(() => {
      for (let i = 0; i < limit; i++)
        writeRaw(full, `item-${i}`, { name: `Item ${i}`, addedAt: NOW });
    });
    validateDocument(full, 'board');
    const server = serverBoard();
    Y.applyUpdate(server.doc, Y.encodeStateAsUpdate(full));
    const jo = screenOf(server, 'jo01');
    expect(jo.edit((doc) => addShopping(doc, 'One more', {}, NOW))).toBeInstanceOf(SchemaViolation);
    expect(shoppingRecords(server.doc).map.size).toBe(limit);
  });
});
