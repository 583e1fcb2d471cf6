// How a board that has lost the server says so: since when (in the house's time) and how
// loudly, by how long it has lasted. Plain functions, for the status line and the wall's band.
import { dayInZone } from '../board/index.ts';
import { instantWords, shortDayWords } from './house-time.ts';
import { t } from './i18n/index.ts';

/** How loudly an outage shows: quiet, then stronger after a few minutes, a band after half an hour. */
export type OfflineLevel = 'quiet' | 'notice' | 'band';

export const NOTICE_AFTER_MS = 3 * 60_000;
export const BAND_AFTER_MS = 30 * 60_000;

/** How loud an outage that began at `since` is at `now`; quiet when nobody knows since when. */
export function offlineLevel(since: number | undefined, now: number): OfflineLevel {
  if (since === undefined) return 'quiet';
  const lasted = now - since;
  if (lasted >= BAND_AFTER_MS) return 'band';
  return lasted >= NOTICE_AFTER_MS ? 'notice' : 'quiet';
}

/** "Offline since 2:05 pm — showing what we had", with the day when it was not today. */
export function offlineWords(since: number | undefined, now: number, timeZone: string): string {
  if (since === undefined) return t('offline.unknown');
  const time = instantWords(since, timeZone);
  const day = dayInZone(since, timeZone);
  if (day === dayInZone(now, timeZone)) return t('offline.since', { time });
  return t('offline.sinceDay', { day: shortDayWords(day), time });
}
