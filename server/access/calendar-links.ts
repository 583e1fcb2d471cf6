// Each house's calendar feed link: an unguessable token (256 bits) in the address a calendar app
// subscribes to. The store keeps a random seed and a keyed hash of the token, never the token:
// the token is made again from the seed with the server secret when the admin asks to see the
// link, and a feed request is looked up by the keyed hash. A new link (a new seed) makes the
// old one find nothing.
import { createHmac, randomBytes } from 'node:crypto';
import type { AccessStore } from '../store/access-store.ts';

/** A feed token as written in the address: 32 bytes, base64url. */
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class CalendarLinks {
  private constructor(
    private readonly store: AccessStore,
    private readonly secret: Buffer,
  ) {}

  static async open(store: AccessStore): Promise<CalendarLinks> {
    return new CalendarLinks(store, await store.serverSecret());
  }

  private tokenFor(houseId: string, seed: string): string {
    return createHmac('sha256', this.secret)
      .update(`calendar-feed ${houseId} ${seed}`)
      .digest('base64url');
  }

  private hashOf(token: string): string {
    return createHmac('sha256', this.secret).update(`calendar-feed-link ${token}`).digest('hex');
  }

  /** First links being made, so two asks at once on this node make one link, not two. */
  private readonly making = new Map<string, Promise<string>>();

  /** The house's feed token; made the first time anyone asks. */
  async tokenOf(houseId: string): Promise<string> {
    const stored = await this.store.calendarFeed(houseId);
    if (stored) return this.tokenFor(houseId, stored.seed);
    const making = this.making.get(houseId) ?? this.rotate(houseId);
    this.making.set(houseId, making);
    try {
      return await making;
    } finally {
      this.making.delete(houseId);
    }
  }

  /** A new token for the house: the old link finds nothing from now on. */
  async rotate(houseId: string): Promise<string> {
    const seed = randomBytes(16).toString('base64url');
    const token = this.tokenFor(houseId, seed);
    await this.store.setCalendarFeed(houseId, { seed, tokenHash: this.hashOf(token) });
    return token;
  }

  /** The house a feed token belongs to now, or undefined for anything else. */
  async houseOf(token: string): Promise<string | undefined> {
    if (!CALENDAR_TOKEN_PATTERN.test(token)) return undefined;
    const tokenHash = this.hashOf(token);
    const houseId = await this.store.calendarFeedHouse(tokenHash);
    if (!houseId) return undefined;
    // The house's current link only, even if an old one's hash was left behind somewhere.
    const current = await this.store.calendarFeed(houseId);
    return current?.tokenHash === tokenHash ? houseId : undefined;
  }
}
