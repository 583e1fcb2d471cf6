// New record ids: short random hex, so two devices adding at once never pick the same one and an
// id fits wherever a record or person id may go.
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId, PERSON_ID_PATTERN } from '../../board/ids.ts';

describe('new ids', () => {
  it('are 16 lowercase hex characters, fit both id patterns, and are never the same twice', () => {
    const ids = Array.from({ length: 200 }, () => newId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(id).toMatch(ID_PATTERN);
      expect(id).toMatch(PERSON_ID_PATTERN);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
