// A sentence given fewer values than it names: the missing one stays a visible placeholder,
// never the word "undefined" in front of a resident.
import { describe, expect, it } from 'vitest';
import { sentence } from '../../board/sentences.ts';

describe('a sentence missing a value', () => {
  it('keeps the placeholder for the value it was not given', () => {
    const said = sentence('tooLong', { what: 'area' });
    expect(said).toContain('{max}');
    expect(said).not.toContain('undefined');
    expect(said).toBe(sentence('tooLong', { what: 'area', max: 80 }).replace('80', '{max}'));
  });
});
