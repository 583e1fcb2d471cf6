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
