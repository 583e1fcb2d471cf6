// When to try the server again after a connection drops: a growing pause with jitter, so a
// house's kiosk and phones (or a whole street of houses after a server restart) do not all
// knock at the same moment. y-websocket's own retry doubles without jitter; HouseConnection
// takes its retries over and uses this instead.

export interface BackoffPolicy {
  /** The pause before the first retry, before jitter. */
  firstMs: number;
  /** The longest pause, before jitter. */
  maxMs: number;
  /** How much of the pause is random: 0.5 means anywhere from half the pause to all of it. */
  jitter: number;
}

export const RECONNECT_POLICY: BackoffPolicy = { firstMs: 500, maxMs: 10_000, jitter: 0.5 };

/**
 * The pause before retry number `attempt` (1 for the first): `firstMs` doubled each time up to
 * `maxMs`, less a random part of it. `random` gives a number in [0, 1), as Math.random does.
 */
export function reconnectDelay(
  attempt: number,
  policy: BackoffPolicy = RECONNECT_POLICY,
  random: () => number = Math.random,
): number {
  const step = Math.max(0, Math.floor(attempt) - 1);
  // 2 ** step grows past any sane ceiling quickly; cap the exponent so it never overflows.
  const base = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.min(step, 30));
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  return Math.round(base * (1 - jitter * random()));
}
