// The first thing of the morning is about the coming day: yesterday's chore left open is not it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { firstThingOn } from '../../board/morning.ts';
import { instantInZone } from '../../board/time.ts';

const LONDON = 'Europe/London';

describe('the first thing of the morning', () => {
  it("yesterday's chore still open is not the first thing of today", () => {
    const doc = new Y.Doc();
    // 30 November 2026 is a Monday: the chore falls on Mondays only.
    choreRecords(doc).add({
      title: 'Bins out',
      schedule: { kind: 'weekdays', weekdays: [1] },
      createdAt: instantInZone('2026-11-20', '12:00', LONDON),
    });
    expect(firstThingOn(doc, '2026-11-30', LONDON)).toEqual({ kind: 'chore', title: 'Bins out' });
    expect(firstThingOn(doc, '2026-12-01', LONDON)).toBeUndefined();
  });

  it('a one-off still waiting from an earlier day is not the first thing of the day either', () => {
    const doc = new Y.Doc();
    choreRecords(doc).add({
      title: 'Defrost the freezer',
      schedule: { kind: 'once', day: '2026-11-28' },
      createdAt: instantInZone('2026-11-20', '12:00', LONDON),
    });
    expect(firstThingOn(doc, '2026-11-28', LONDON)).toEqual({
      kind: 'chore',
      title: 'Defrost the freezer',
    });
    expect(firstThingOn(doc, '2026-11-30', LONDON)).toBeUndefined();
  });
});
