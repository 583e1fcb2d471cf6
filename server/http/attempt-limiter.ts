// Counts wrong guesses per address, so trying pairing or staff codes by brute force is hopeless:
// with 8-character codes of 31 symbols and 10 wrong tries a minute, a year of guessing finds
// one code in about 160,000. Right answers never count, so a whole house joining from behind
// one router is never turned away.
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** False when this address has used up its wrong tries for now. */
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < this.windowMs);
    this.attempts.set(address, recent);
    return recent.length < this.max;
  }

  /** Counts a try and says whether it was allowed, for limits where every try counts. */
  take(address: string, now = Date.now()): boolean {
    if (!this.allow(address, now)) return false;
    this.recordFailure(address, now);
    return true;
  }

  /** Counts a wrong try. */
  recordFailure(address: string, now = Date.now()): void {
    const recent = this.attempts.get(address) ?? [];
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetOld(now);
  }

  private forgetOld(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(address);
    }
  }
}
