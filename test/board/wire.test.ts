// What crosses the wire over HTTP: a refusal carries the sentence's key and values for the
// screens and the English sentence for people reading the JSON; a screen reads the sentence back
// from whatever answer came, and nothing else; codes are written in fours, upper case.
import { describe, expect, it } from 'vitest';
import { english } from '../../board/sentences.ts';
import { formatCode, refusal, refusalSentence } from '../../board/wire.ts';

describe('a refusal over HTTP', () => {
  it('carries the key, its values and the same sentence in English', () => {
    const answer = refusal('tooLong', { what: 'theName', max: 40 });
    expect(answer).toEqual({
      key: 'tooLong',
      values: { what: 'theName', max: 40 },
      error: english({ key: 'tooLong', values: { what: 'theName', max: 40 } }),
    });
    expect(answer.error).toContain('40');
  });

  it('without values carries none', () => {
    const answer = refusal('writeName');
    expect(answer).toEqual({ key: 'writeName', error: english({ key: 'writeName' }) });
    expect(answer).not.toHaveProperty('values');
  });

  it('a screen reads the sentence back from the JSON it received', () => {
    const sent = JSON.parse(JSON.stringify(refusal('tooLong', { what: 'theName', max: 40 })));
    expect(refusalSentence(sent)).toEqual({ key: 'tooLong', values: { what: 'theName', max: 40 } });
    expect(refusalSentence(JSON.parse(JSON.stringify(refusal('writeName'))))).toEqual({
      key: 'writeName',
    });
  });

  it('an answer without a known key, or no answer at all, gives no sentence', () => {
    for (const answer of [undefined, null, {}, { error: 'Nope' }, { key: 'noSuchKey' }, 'text'])
      expect(refusalSentence(answer)).toBeUndefined();
  });

  it('values that are not an object are left out', () => {
    expect(refusalSentence({ key: 'writeName', values: 'forty' })).toEqual({ key: 'writeName' });
  });
});

describe('how a code is written', () => {
  it.each([
    ['abcd2345', 'ABCD-2345'],
    [' abcd-2345 ', 'ABCD-2345'],
    ['ab cd 23 45', 'ABCD-2345'],
    ['abcd', 'ABCD'],
    ['ab1', 'AB1'],
  ])('%j is written %j', (typed, written) => {
    expect(formatCode(typed)).toBe(written);
  });
});
