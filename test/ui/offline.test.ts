// What a board that has lost the server says: since when, in the house's own time, and louder
// the longer it lasts.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, setHouseLanguage } from '../../ui/i18n/index.ts';
import { BAND_AFTER_MS, NOTICE_AFTER_MS, offlineLevel, offlineWords } from '../../ui/offline.ts';

// Spanish words load on demand on a screen; here they are fetched once, before the tests.
beforeAll(() => loadLanguage('es'));

afterEach(() => setHouseLanguage('en'));

// 14:05 in London on a winter's day (UTC+0) is 09:05 in New York.
const since = Date.UTC(2026, 10, 27, 14, 5);
const minutes = (n: number) => n * 60_000;

describe('offlineWords', () => {
  it('says since when in the house time zone, and that the board shows what it had', () => {
    expect(offlineWords(since, since + minutes(10), 'Europe/London')).toBe(
      'Offline since 2:05 pm — showing what we had',
    );
    expect(offlineWords(since, since + minutes(10), 'America/New_York')).toBe(
      'Offline since 9:05 am — showing what we had',
    );
  });

  it('names the day once the outage began on another day in the house', () => {
    expect(offlineWords(since, since + minutes(60 * 11), 'Europe/London')).toBe(
      'Offline since Fri 27 Nov, 2:05 pm — showing what we had',
    );
  });

  it('says it is offline even when nobody knows since when', () => {
    expect(offlineWords(undefined, since, 'Europe/London')).toBe('Offline — showing what we had');
  });

  it('speaks Spanish in a Spanish house, with a 24-hour clock', () => {
    setHouseLanguage('es');
    expect(offlineWords(since, since + minutes(1), 'Europe/London')).toBe(
      'Sin conexión desde las 14:05 — mostrando lo que teníamos',
    );
  });
});

describe('offlineLevel', () => {
  it('is quiet at first, stronger after a few minutes, a band after half an hour', () => {
    expect(offlineLevel(since, since)).toBe('quiet');
    expect(offlineLevel(since, since + NOTICE_AFTER_MS - 1)).toBe('quiet');
    expect(offlineLevel(since, since + NOTICE_AFTER_MS)).toBe('notice');
    expect(offlineLevel(since, since + BAND_AFTER_MS - 1)).toBe('notice');
    expect(offlineLevel(since, since + BAND_AFTER_MS)).toBe('band');
    expect(offlineLevel(since, since + minutes(60 * 24 * 3))).toBe('band');
  });

  it('stays quiet when it does not know since when', () => {
    expect(offlineLevel(undefined, since)).toBe('quiet');
  });
});
