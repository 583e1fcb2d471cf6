// Why the server closed a connection: one table the server and the screens share.
import { describe, expect, it } from 'vitest';
import { CloseReasons, sentenceForCloseCode } from '../../board/close-codes.ts';
import { expectPlainSentence } from './helpers.ts';

describe('close codes', () => {
  const reasons = Object.values(CloseReasons);

  it('every code means one reason only', () => {
    const codes = reasons.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("the board's own codes are in the application range 4000-4999; restarting uses 1001", () => {
    for (const [name, r] of Object.entries(CloseReasons)) {
      if (name === 'ShuttingDown') expect(r.code).toBe(1001);
      else {
        expect(r.code).toBeGreaterThanOrEqual(4000);
        expect(r.code).toBeLessThanOrEqual(4999);
      }
    }
  });

  it('the wire reason fits in a close frame (123 bytes)', () => {
    for (const r of reasons)
      expect(new TextEncoder().encode(r.reason).length).toBeLessThanOrEqual(123);
  });

  it('each code turns into a sentence a person understands', () => {
    for (const r of reasons) {
      expect(sentenceForCloseCode(r.code)).toBe(r.sentence);
      expect(r.sentence).toMatch(/^[A-Z].*[.…]$/);
    }
    expectPlainSentence(CloseReasons.Unauthorized.sentence);
    expect(sentenceForCloseCode(4403)).toBe(
      'This device may look at this part of the board, not change it.',
    );
  });

  it('an unknown code has no sentence', () => {
    expect(sentenceForCloseCode(1000)).toBeUndefined();
    expect(sentenceForCloseCode(4999)).toBeUndefined();
  });
});
