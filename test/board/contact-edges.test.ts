// Where a run of digits becomes a phone number in a staff entry: nine digits or more, however
// they are spaced, is refused; eight or fewer (a room, a bus, a door code) is ordinary text.
import { describe, expect, it } from 'vitest';
import { looksLikeContact } from '../../board/text.ts';

describe('how many digits make a phone number', () => {
  it.each([
    ['123 456 789', true],
    ['+44 123 456 78', true],
    ['(01) 2345-6789', true],
    ['12 345 678', false],
    ['bus 12345678', false],
    ['door code 4711', false],
  ])('%j looks like a phone number: %s', (text, phone) => {
    expect(looksLikeContact(text)).toBe(phone);
  });
});

describe('a long text is judged in one pass, not once per letter', () => {
  // Before, an e-mail pattern tried from every letter took about a second for 20,000 letters
  // (and grew with the square): a hostile admin or staff entry could stall the server's check.
  it.each([
    ['letters with no @', 'x'.repeat(100_000)],
    ['an @ then letters with no dot', `a@${'b'.repeat(100_000)}`],
    ['many @ signs', 'a@'.repeat(50_000)],
    ['a digit then spaces', `1${' '.repeat(100_000)}x`],
    ['dots with no @', 'a.'.repeat(50_000)],
  ])('%s, 100,000 characters, in well under a second', (_what, text) => {
    const started = performance.now();
    looksLikeContact(text);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('still finds an e-mail address inside other text, and after another @', () => {
    expect(looksLikeContact('(mail:sam@example.org)')).toBe(true);
    expect(looksLikeContact('x@sam@example.org')).toBe(true);
    expect(looksLikeContact('Lunch @ 1pm in the garden.')).toBe(false);
  });
});
