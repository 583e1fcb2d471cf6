// One day's meeting changed more than once: each change keeps the earlier ones, and a moved
// meeting's end is worked out in clock time the wall can show.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cancelGroupOn,
  type Group,
  groupRecords,
  groupsOn,
  moveGroupOn,
} from '../../board/group.ts';

const LONDON = 'Europe/London';
const DAY = '2026-11-28';
const walk: Group = { title: 'Walk', schedule: { kind: 'daily' }, start: '10:00', end: '11:00' };

function today(doc: Y.Doc) {
  const [first] = groupsOn(doc, DAY, Number.NEGATIVE_INFINITY, LONDON);
  return first!;
}

describe("changing one day's meeting", () => {
  it('moving a meeting to another place keeps the time it was already moved to', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(walk);
    moveGroupOn(doc, id, DAY, { start: '12:00' });
    moveGroupOn(doc, id, DAY, { place: 'Garden' });
    expect(today(doc)).toMatchObject({
      start: '12:00',
      end: '13:00',
      place: 'Garden',
      moved: true,
    });
  });

  it('moving a cancelled meeting keeps it cancelled', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(walk);
    cancelGroupOn(doc, id, DAY);
    moveGroupOn(doc, id, DAY, { start: '12:00' });
    expect(today(doc).status).toBe('cancelled');
  });

  it('a meeting moved early in the morning ends at a two-digit clock time', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(walk);
    moveGroupOn(doc, id, DAY, { start: '08:05' });
    expect(today(doc)).toMatchObject({ start: '08:05', end: '09:05' });
  });

  it('a new end that is not after the new start is ignored: the meeting keeps its length', () => {
    const doc = new Y.Doc();
    const id = groupRecords(doc).add(walk);
    moveGroupOn(doc, id, DAY, { start: '14:00', end: '14:00' });
    expect(today(doc)).toMatchObject({ start: '14:00', end: '15:00' });
  });
});
