// Why the server closed a connection: one table the server and the screens share.
import { describe, expect, it } from 'vitest';
import {
  type CloseReason,
  CloseReasons,
  closeReasonOfCode,
  WS_MESSAGE_TOO_BIG,
} from '../../board/close-codes.ts';
import { expectPlainSentence } from './helpers.ts';

describe('close codes', () => {
  const reasons = Object.values(CloseReasons);

  it('every code and wire reason mean one reason only; only a refused change (4422) has two', () => {
    const pairs = reasons.map((r) => `${r.code} ${r.reason}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const codes = reasons.map((r) => r.code).filter((code) => code !== 4422);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("a refusal of someone else's change is told apart from a schema break by its wire reason", () => {
    expect(closeReasonOfCode(4422, CloseReasons.NotYours.reason)).toBe('NotYours');
    expect(closeReasonOfCode(4422, CloseReasons.InvalidUpdate.reason)).toBe('InvalidUpdate');
    expect(closeReasonOfCode(4422, 'anything else')).toBe('InvalidUpdate');
    expect(closeReasonOfCode(4422)).toBe('InvalidUpdate');
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

  it('each code turns into its reason, whose sentence a person understands', () => {
    for (const [name, r] of Object.entries(CloseReasons) as Array<
      [CloseReason, (typeof reasons)[number]]
    >) {
      expect(closeReasonOfCode(r.code, r.reason)).toBe(name);
      expect(r.sentence).toMatch(/^[A-Z].*[.…]$/);
    }
    expectPlainSentence(CloseReasons.Unauthorized.sentence);
    expect(CloseReasons[closeReasonOfCode(4403)!].sentence).toBe(
      'This device may look at this part of the board, not change it.',
    );
  });

  it('a message too big for the server (closed by ws itself with 1009) is a change too large', () => {
    expect(WS_MESSAGE_TOO_BIG).toBe(1009);
    expect(closeReasonOfCode(1009)).toBe('TooLarge');
  });

  it('an unknown code has no reason', () => {
    expect(closeReasonOfCode(1000)).toBeUndefined();
    expect(closeReasonOfCode(4999)).toBeUndefined();
    // Never sent: the server refuses an unknown document at the upgrade, with HTTP 404.
    expect(closeReasonOfCode(4404)).toBeUndefined();
  });
});
