// Swapping turns at the edges: a chore that has gone, and a chore nobody is on the rotation of,
// where a swap hands out a day without taking anyone's later day away.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  choreRecords,
  choresOn,
  choreTurnRecords,
  swapTurn,
} from '../../board/chore.ts';
import { introduce, setAway } from '../../board/person.ts';
import { addDays } from '../../board/time.ts';
import { at } from './helpers.ts';

const ANA = 'ana01';
const BEN = 'ben02';
// 30 March 2026 is a Monday.
const MONDAY = '2026-03-30';
const TUESDAY = addDays(MONDAY, 1);

function board(rotation: string[]) {
  const doc = new Y.Doc();
  for (const id of [ANA, BEN]) introduce(doc, id, { name: id.slice(0, 3), nameDisplay: 'full' });
  const chore: Chore = {
    title: 'Bins',
    schedule: { kind: 'daily' },
    rotation,
    createdAt: at('2026-03-01T09:00:00Z'),
  };
  return { doc, id: choreRecords(doc).add(chore) };
}

const turnOn = (doc: Y.Doc, id: string, day: string) =>
  choresOn(doc, day).find((c) => c.id === id && c.day === day)?.turn;

describe('swapping turns at the edges', () => {
  it('swapping a turn on a chore that has been deleted changes nothing', () => {
    const { doc, id } = board([ANA, BEN]);
    choreRecords(doc).remove(id);
    expect(() => swapTurn(doc, id, MONDAY, BEN)).not.toThrow();
    expect(choreTurnRecords(doc).values()).toEqual([]);
    expect(choresOn(doc, MONDAY)).toEqual([]);
  });

  it('on a chore without a rotation, giving someone a day keeps the other day they were given', () => {
    const { doc, id } = board([]);
    expect(turnOn(doc, id, MONDAY)).toBeUndefined();
    swapTurn(doc, id, TUESDAY, BEN);
    swapTurn(doc, id, MONDAY, BEN);
    // Nobody had Monday, so there is nothing to hand back: Tuesday stays Ben's.
    expect(turnOn(doc, id, MONDAY)).toBe(BEN);
    expect(turnOn(doc, id, TUESDAY)).toBe(BEN);
    expect(turnOn(doc, id, addDays(MONDAY, 2))).toBeUndefined();
  });

  it('giving a day to the person whose turn it already is leaves the coming days alone', () => {
    const { doc, id } = board([ANA, BEN]);
    const before = [0, 1, 2, 3].map((d) => turnOn(doc, id, addDays(MONDAY, d)));
    const monday = turnOn(doc, id, MONDAY)!;
    swapTurn(doc, id, MONDAY, monday);
    expect([0, 1, 2, 3].map((d) => turnOn(doc, id, addDays(MONDAY, d)))).toEqual(before);
  });

  it('giving a day to the person whose turn it already is does not tie them to their next turn', () => {
    const { doc, id } = board([ANA, BEN]);
    const monday = turnOn(doc, id, MONDAY)!;
    const other = monday === ANA ? BEN : ANA;
    const next = [1, 2, 3, 4]
      .map((d) => addDays(MONDAY, d))
      .find((d) => turnOn(doc, id, d) === monday)!;
    swapTurn(doc, id, MONDAY, monday);
    // Away on their next day: the rotation skips them then, as it would have without the tap.
    setAway(doc, monday, next);
    expect(turnOn(doc, id, MONDAY)).toBe(monday);
    expect(turnOn(doc, id, next)).toBe(other);
  });
});
