// Each house's calendar feed link as both stores keep it: the seed and the keyed hash, one per
// house; a new one replaces the old, whose hash then finds no house; and never the link itself.
import { afterEach, describe, expect, test } from 'vitest';
import { CalendarLinks } from '../../../server/access/calendar-links.ts';
import { redisServerReady } from '../../helpers/redis-server.ts';
import { type BackendKind, redis, type StoreBackend, sqlite } from './store-backends.ts';

function describeCalendarFeeds(kind: BackendKind) {
  describe(`calendar feed links on ${kind.name}`, () => {
    let backend: StoreBackend | undefined;
    afterEach(async () => {
      await backend?.dispose();
      backend = undefined;
    });

    test('one link per house; a new one replaces it and the old hash finds nothing', async () => {
      backend = await kind.setup();
      const { access } = await backend.open();
      expect(await access.calendarFeed('h1')).toBeUndefined();
      await access.setCalendarFeed('h1', { seed: 's1', tokenHash: 'hash1' });
      await access.setCalendarFeed('h2', { seed: 's2', tokenHash: 'hash2' });
      expect(await access.calendarFeed('h1')).toEqual({ seed: 's1', tokenHash: 'hash1' });
      expect(await access.calendarFeedHouse('hash1')).toBe('h1');
      expect(await access.calendarFeedHouse('hash2')).toBe('h2');
      await access.setCalendarFeed('h1', { seed: 's3', tokenHash: 'hash3' });
      expect(await access.calendarFeed('h1')).toEqual({ seed: 's3', tokenHash: 'hash3' });
      expect(await access.calendarFeedHouse('hash1')).toBeUndefined();
      expect(await access.calendarFeedHouse('hash3')).toBe('h1');
      expect(await access.calendarFeedHouse('hash2')).toBe('h2');
    });

    test('a token made on one opening is the same on the next (another node, a restart)', async () => {
      backend = await kind.setup();
      const first = await CalendarLinks.open((await backend.open()).access);
      const token = await first.tokenOf('h1');
      const second = await CalendarLinks.open((await backend.open()).access);
      expect(await second.tokenOf('h1')).toBe(token);
      expect(await second.houseOf(token)).toBe('h1');
      const renewed = await second.rotate('h1');
      expect(await first.houseOf(token)).toBeUndefined();
      expect(await first.houseOf(renewed)).toBe('h1');
    });

    test('the store never holds the token itself, and the token is no key to it', async () => {
      backend = await kind.setup();
      const { access } = await backend.open();
      const links = await CalendarLinks.open(access);
      const token = await links.tokenOf('h1');
      const stored = JSON.stringify(await access.calendarFeed('h1'));
      expect(stored).not.toContain(token);
      expect(await access.calendarFeedHouse(token)).toBeUndefined();
    });
  });
}

describeCalendarFeeds(sqlite);
describe.skipIf(!redisServerReady())('with Redis', () => describeCalendarFeeds(redis));
