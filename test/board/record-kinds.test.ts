// The one list of record kinds: every table the board keeps is derived from it, so a kind added
// to it is known to the documents, the schema check, the limits, the undo and housekeeping at once.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_KINDS } from '../../board/documents.ts';
import {
  DOC_MAPS,
  kindNamed,
  PER_DAY_KINDS,
  RECORD_KINDS,
  RECORD_LIMITS,
  RESTORABLE_KINDS,
  UNDOABLE_MAPS,
} from '../../board/record-kinds.ts';
import { undoScope } from '../../board/undo.ts';

describe('record kinds', () => {
  it('each kind has its own name, and each document lists exactly its own kinds', () => {
    const names = RECORD_KINDS.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    expect(DOC_KINDS.flatMap((doc) => DOC_MAPS[doc]).sort()).toEqual([...names].sort());
    for (const kind of RECORD_KINDS) {
      expect(DOC_MAPS[kind.doc]).toContain(kind.name);
      expect(kindNamed(kind.name)).toBe(kind);
    }
    expect(kindNamed('toString')).toBeUndefined();
    expect(kindNamed('choreDays')).toBeUndefined();
  });

  it('every map of records has a limit; a map of fields needs none', () => {
    for (const kind of RECORD_KINDS) {
      if (kind.shape === 'records') expect(RECORD_LIMITS[kind.name], kind.name).toBe(kind.limit);
      else expect(RECORD_LIMITS[kind.name], kind.name).toBeUndefined();
    }
  });

  it('undo watches the board only, and never visitor mode or an answer to an offer', () => {
    expect(UNDOABLE_MAPS).toEqual(
      DOC_MAPS.board.filter((name) => name !== 'visitor' && name !== 'choreOffers'),
    );
    const board = new Y.Doc();
    expect(undoScope(board).map((map) => map)).toEqual(UNDOABLE_MAPS.map((n) => board.getMap(n)));
  });

  it('chores, groups, meals and announcements can be brought back; day records are forgotten by day', () => {
    expect(RESTORABLE_KINDS.map((kind) => kind.name)).toEqual([
      'chores',
      'groups',
      'meals',
      'announcements',
      'agenda',
    ]);
    expect(PER_DAY_KINDS.map((kind) => kind.name)).toEqual([
      'choreDone',
      'choreClaims',
      'choreTurns',
      'choreThanks',
      'choreOffers',
      'groupDays',
      'groupComing',
      'mealDays',
      'mealCooks',
      'mealEaters',
      'mealCookReplies',
      'agenda',
    ]);
  });
});
