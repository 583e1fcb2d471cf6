// Meals at their edges: a menu a quarter of a megabyte long, a time of 25:00, an answer that is
// neither eat nor not, a cook record without its day, a tally slipped into a record — the server
// refuses each whole and the board loses nothing it held.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { forgetOnBoard } from '../../board/leaving.ts';
import {
  answerCookAsk,
  answerMeal,
  askToCookWith,
  mealRecords,
  mealsOn,
  removeMeal,
  saveMeal,
  setCooking,
  setMenuOn,
} from '../../board/meal.ts';
import { at, refusal } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const JO = 'jo-phone-1';
const DAY = '2026-12-02';
const T = at('2026-12-02T10:00:00Z');

function setUp() {
  const server = serverCopy('board', T);
  const dinner = saveMeal(server.doc, undefined, {
    kind: 'dinner',
    time: '19:00',
    schedule: { kind: 'daily' },
  });
  setCooking(server.doc, dinner, DAY, JO, true, T);
  answerMeal(server.doc, dinner, DAY, JO, 'eat', false, T);
  return { server, dinner };
}

/** Writes a raw record the way a hostile screen could, past the board's own helpers. */
function rawWrite(doc: Y.Doc, map: string, id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) record.set(key, value);
    doc.getMap(map).set(id, record);
  });
}

describe('meals refuse what does not fit', () => {
  it("the board's own rules say why in a sentence", () => {
    const doc = new Y.Doc();
    const plan = { kind: 'dinner' as const, time: '19:00', schedule: { kind: 'daily' as const } };
    expect(refusal(() => saveMeal(doc, undefined, { ...plan, time: '25:00' })).sentence).toEqual({
      key: 'giveTime',
      values: { what: 'mealTime' },
    });
    expect(
      refusal(() => saveMeal(doc, undefined, { ...plan, menu: 'x'.repeat(201) })).sentence.key,
    ).toBe('tooLong');
    expect(
      refusal(() => saveMeal(doc, undefined, { ...plan, menu: 'call me on 07700 900123' })).sentence
        .key,
    ).toBe('noContact');
    const id = saveMeal(doc, undefined, plan);
    expect(refusal(() => setMenuOn(doc, id, DAY, 'write to jo@example.com')).sentence.key).toBe(
      'noContact',
    );
    expect(refusal(() => setCooking(doc, id, DAY, 'not_a_person', true)).sentence.key).toBe(
      'personGone',
    );
  });

  it('the server refuses huge and malformed records, and keeps what it had', () => {
    const { server, dinner } = setUp();
    const dayId = `${dinner}_${DAY}`;
    const hostile: Array<[string, string, Record<string, unknown>]> = [
      [
        'meals',
        'huge',
        { kind: 'dinner', time: '19:00', schedule: { kind: 'daily' }, menu: 'x'.repeat(250_000) },
      ],
      ['meals', 'late', { kind: 'dinner', time: '25:00', schedule: { kind: 'daily' } }],
      ['meals', 'breakfast', { kind: 'breakfast', time: '08:00', schedule: { kind: 'daily' } }],
      [
        'meals',
        'tally',
        { kind: 'dinner', time: '19:00', schedule: { kind: 'daily' }, cookedBy: { [JO]: 12 } },
      ],
      ['mealDays', dayId, { menu: 'y'.repeat(10_000) }],
      ['mealDays', dinner, { menu: 'no day in the id' }],
      ['mealEaters', `${dayId}_${JO}`, { answer: 'maybe', at: T }],
      ['mealEaters', `${dayId}_${JO}`, { answer: 'eat', at: T, showCook: 'yes' }],
      ['mealCooks', `${dinner}_${JO}`, { at: T }],
      ['mealCooks', `${dayId}_${JO}`, { at: -1 }],
      ['mealCooks', `${dayId}_${JO}`, { at: T, asked: 'not a person!' }],
      ['mealCooks', `${dayId}_${JO}`, { at: T, times: 40 }],
      [
        'mealCookReplies',
        `${dayId}_${JO}`,
        { at: T, notThisTime: Array.from({ length: 41 }, (_, i) => `p${i}`) },
      ],
    ];
    for (const [map, id, fields] of hostile) {
      const phone = server.device();
      rawWrite(phone, map, id, fields);
      expect(server.send(phone, writer(JO)), `${map} ${id}`).toBeDefined();
    }
    const meal = mealsOn(server.doc, DAY, 'UTC');
    expect(meal).toHaveLength(1);
    expect(meal[0]).toMatchObject({ time: '19:00', cooks: [JO], eating: 1 });
  });

  it('a meal plan is taken off softly and brought back; wiping one is refused', () => {
    const { server, dinner } = setUp();
    const phone = server.device();
    phone.getMap('meals').delete(dinner);
    expect(server.send(phone, writer('sam-phone-2'))).toBeDefined();
    const other = server.device();
    removeMeal(other, dinner, T);
    expect(server.send(other, writer('sam-phone-2'))).toBeUndefined();
    expect(mealsOn(server.doc, DAY, 'UTC')).toEqual([]);
    expect(
      mealRecords(server.doc)
        .recentlyRemoved(T - 1)
        .map((m) => m.id),
    ).toEqual([dinner]);
    mealRecords(server.doc).restore(dinner);
    expect(mealsOn(server.doc, DAY, 'UTC')).toHaveLength(1);
  });
});

describe('a person who left', () => {
  it('is forgotten from meals: their answers and cook records go, an ask to them names nobody', () => {
    const doc = new Y.Doc();
    const dinner = saveMeal(doc, undefined, {
      kind: 'dinner',
      time: '19:00',
      schedule: { kind: 'daily' },
    });
    const SAM = 'sam-phone-2';
    setCooking(doc, dinner, DAY, JO, true, T);
    answerMeal(doc, dinner, DAY, JO, 'eat', true, T);
    askToCookWith(doc, dinner, DAY, SAM, JO, T);
    askToCookWith(doc, dinner, '2026-12-03', JO, SAM, T);
    answerCookAsk(doc, dinner, '2026-12-03', JO, SAM, false, T);
    forgetOnBoard(doc, JO);
    const text = JSON.stringify(doc.toJSON());
    expect(text).not.toContain(JO);
    expect(mealsOn(doc, DAY, 'UTC')[0]).toMatchObject({ cooks: [SAM], eating: 0 });
  });
});
