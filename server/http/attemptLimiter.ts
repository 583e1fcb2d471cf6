// Counts guesses per address, so trying pairing or staff codes by brute force is hopeless:
// with 8-character codes of 31 symbols and 10 tries a minute, a year of guessing finds one
// code in about 160,000.
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; false when this address has used up its tries for now. */
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetOld(now);
    return true;
  }

  private forgetOld(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(address);
    }
  }
}
