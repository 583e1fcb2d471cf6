// A person's own entry written again: changing how a name shows keeps what else they said.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { introduce, isAway, personName, personRecords, setAway } from '../../board/person.ts';

describe('introducing yourself again', () => {
  it('changing how your name shows keeps the days you said you are away', () => {
    const doc = new Y.Doc();
    introduce(doc, 'ana01', { name: 'Ana', nameDisplay: 'full' });
    setAway(doc, 'ana01', '2026-04-05');
    introduce(doc, 'ana01', { name: 'Ana', nameDisplay: 'initial' });
    const ana = personRecords(doc).get('ana01');
    expect(ana).toEqual({ name: 'Ana', nameDisplay: 'initial', awayUntil: '2026-04-05' });
    expect(isAway(ana, '2026-04-03')).toBe(true);
    expect(personName(doc, 'ana01')).toBe('A.');
  });

  it('nobody named shows no name', () => {
    const doc = new Y.Doc();
    introduce(doc, 'ana01', { name: 'Ana', nameDisplay: 'full' });
    expect(personName(doc, undefined)).toBeUndefined();
    expect(personName(doc, '')).toBeUndefined();
  });
});
