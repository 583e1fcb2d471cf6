// The pause before a screen tries the server again: it doubles up to a ceiling, and a random part
// of it differs from screen to screen so they do not all knock at once.
import { describe, expect, it } from 'vitest';
import { RECONNECT_POLICY, reconnectDelay } from '../../ui/reconnect.ts';

const policy = { firstMs: 500, maxMs: 10_000, jitter: 0.5 };
const none = () => 0;
const most = () => 0.999_999;

describe('reconnectDelay', () => {
  it('doubles from the first pause up to the ceiling, without jitter at random 0', () => {
    const pauses = [1, 2, 3, 4, 5, 6, 7].map((attempt) => reconnectDelay(attempt, policy, none));
    expect(pauses).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('takes off at most the jitter share of the pause', () => {
    expect(reconnectDelay(1, policy, most)).toBe(250);
    expect(reconnectDelay(4, policy, () => 0.5)).toBe(3000);
    expect(reconnectDelay(50, policy, most)).toBe(5000);
  });

  it('spreads a crowd of screens over the window instead of one moment', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const pauses = Array.from({ length: 200 }, () => reconnectDelay(6, policy, random));
    for (const pause of pauses) {
      expect(pause).toBeGreaterThanOrEqual(5000);
      expect(pause).toBeLessThanOrEqual(10_000);
    }
    // Spread out: in every tenth of the window some screens, none holding more than a fifth.
    const tenths = new Array(10).fill(0);
    for (const pause of pauses) tenths[Math.min(9, Math.floor((pause - 5000) / 500))]++;
    expect(Math.min(...tenths)).toBeGreaterThan(0);
    expect(Math.max(...tenths)).toBeLessThan(40);
  });

  it('never waits past the ceiling or below zero, whatever it is handed', () => {
    for (const attempt of [0, -3, 1.7, 1e9, Number.MAX_SAFE_INTEGER]) {
      const pause = reconnectDelay(attempt, RECONNECT_POLICY);
      expect(pause).toBeGreaterThanOrEqual(0);
      expect(pause).toBeLessThanOrEqual(RECONNECT_POLICY.maxMs);
    }
    expect(reconnectDelay(3, { ...policy, jitter: 5 }, most)).toBe(0);
    expect(reconnectDelay(3, { ...policy, jitter: -1 }, most)).toBe(2000);
  });
});
