// Taking over after the outgoing person already went off: their shift keeps the time they
// really left, and the handover is still taken, so "On now" shows the incoming person.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  endShift,
  handOver,
  handoffRecords,
  shiftRecords,
  shiftsAt,
  takeOver,
} from '../../board/index.ts';
import { at } from './helpers.ts';

const HOUR = 3_600_000;
const T = at('2026-07-01T16:00:00Z');

describe('taking over from someone who already went off', () => {
  it("keeps the outgoing shift's real end, and puts the incoming person on", () => {
    const doc = new Y.Doc();
    const jo = shiftRecords(doc).add({ name: 'Jo', start: T - 8 * HOUR, end: T });
    const priya = shiftRecords(doc).add({ name: 'Priya', start: T, end: T + 8 * HOUR });
    const id = handOver(doc, jo, 'All calm.', T - HOUR);
    endShift(doc, jo, T - 30 * 60_000); // Jo went home early
    takeOver(doc, id, priya, T + 5 * 60_000);
    expect(shiftRecords(doc).get(jo)?.endedAt).toBe(T - 30 * 60_000);
    expect(handoffRecords(doc).get(id)).toMatchObject({ toShift: priya, takenAt: T + 5 * 60_000 });
    expect(shiftsAt(doc, T + 10 * 60_000).onNow.map((s) => s.name)).toEqual(['Priya']);
  });
});
