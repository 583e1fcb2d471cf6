// House settings: its name, time zone, language, text size on the wall, night hours, what the
// wall says at night when nobody is on shift, and whether the wall may end visitor mode. Lives in
// the settings document, which only admins write.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { firstProblem, loadedSchema, recordKind, ValidationError } from './records.ts';
import type { NightHours, Settings } from './settings-schema.ts';
import { isTimeZone, TIME_PATTERN } from './time.ts';

export type { NightHours, Settings };

export const DEFAULT_TIME_ZONE = 'UTC';

/** How long, by default, the board keeps what names someone after they leave. */
export const DEFAULT_FORGET_AFTER_DAYS = 14;
/** A house may wait up to three months before forgetting someone who left. */
export const FORGET_AFTER_DAYS_MAX = 90;

/** The languages every screen ships in; the house picks one and a phone may pick another. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Four steps of text size on the wall; 4 is readable at five metres on a 40-inch screen. */
export const TEXT_SIZES = [1, 2, 3, 4] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = 2;

/** Weekdays as keys for night hours that differ by day, Monday first. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/**
 * The cards the wall can show, by name; a house may leave some off (a house without shared meals
 * has no use for the meals card). All on by default; at least one stays.
 */
export const WALL_CARDS = [
  'chores',
  'groups',
  'shifts',
  'announcements',
  'meals',
  'shopping',
  'agenda',
] as const;
export type WallCardName = (typeof WALL_CARDS)[number];

export const DEFAULT_NIGHT_HOURS: NightHours = { start: '22:00', end: '07:00' };

/** How long the house's words for a night with nobody on shift may be: a sentence or two. */
export const NIGHT_NOBODY_MAX = 160;

/**
 * One map of fields in the settings document; a change may set some fields, not all. Still
 * strict: `z.partial` keeps settingsSchema's refusal of a field it does not know.
 */
export const SETTINGS = recordKind<Partial<Settings>>({
  name: 'settings',
  doc: 'settings',
  shape: 'fields',
});

function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SETTINGS.name);
}

/** A stored night's hours: two clock times (the server checked them when they were written). */
function isNightHours(value: unknown): value is NightHours {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  return (
    typeof start === 'string' &&
    TIME_PATTERN.test(start) &&
    typeof end === 'string' &&
    TIME_PATTERN.test(end)
  );
}

const oneOf =
  <T>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T);

/**
 * Reads a stored setting when it fits: checked with the settings' schema once the rules are
 * loaded (rules.ts), as before; by its type alone until then. The default otherwise.
 */
function stored<K extends keyof Settings>(
  map: Y.Map<unknown>,
  key: K,
  fits: (value: unknown) => boolean,
  fallback: Settings[K],
): Settings[K] {
  const value = map.get(key);
  if (value === undefined) return fallback;
  const schema = loadedSchema(SETTINGS.name);
  if (!schema) return fits(value) ? (value as Settings[K]) : fallback;
  const result = schema.safeParse({ [key]: value });
  const read = result.success ? (result.data as Partial<Settings>)[key] : undefined;
  return read === undefined ? fallback : (read as Settings[K]);
}

const isWeekdayHours = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(([day, hours]) => oneOf(WEEKDAY_KEYS)(day) && isNightHours(hours));

const isForgetDays = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= FORGET_AFTER_DAYS_MAX;

const isWallCards = (value: unknown) =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(oneOf(WALL_CARDS)) &&
  new Set(value).size === value.length;

/**
 * The house's settings; missing or broken values fall back to safe defaults. The server checked
 * each with settingsSchema when an admin wrote it, so a screen reads its settings before it has
 * loaded the schemas (records.ts).
 */
export function readSettings(doc: Y.Doc): Settings {
  const map = settingsMap(doc);
  const name = map.get('houseName');
  const zone = map.get('timeZone');
  return {
    houseName: typeof name === 'string' && name.trim() ? name : 'Our house',
    timeZone: typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE,
    language: stored(map, 'language', oneOf(LANGUAGES), DEFAULT_LANGUAGE),
    textSize: stored(map, 'textSize', oneOf(TEXT_SIZES), DEFAULT_TEXT_SIZE),
    nightHours: stored(map, 'nightHours', isNightHours, DEFAULT_NIGHT_HOURS),
    nightHoursByWeekday: stored(map, 'nightHoursByWeekday', isWeekdayHours, {}),
    visitorEndsOnWall: stored(map, 'visitorEndsOnWall', (v) => typeof v === 'boolean', true),
    nightNobodyWords: stored(map, 'nightNobodyWords', (v) => typeof v === 'string', undefined),
    forgetAfterDays: stored(map, 'forgetAfterDays', isForgetDays, DEFAULT_FORGET_AFTER_DAYS),
    wallCards: stored(map, 'wallCards', isWallCards, [...WALL_CARDS]),
  };
}

/**
 * Changes some settings, checked whole with the settings' schema (rules.ts: the merged settings
 * have every field, so its every-field-optional form checks them all).
 */
export function writeSettings(doc: Y.Doc, patch: Partial<Settings>) {
  const schema = loadedSchema(SETTINGS.name) as z.ZodMiniType<Partial<Settings>> | undefined;
  if (!schema) throw new ValidationError({ key: 'rulesLoading' });
  const result = schema.safeParse({ ...readSettings(doc), ...patch });
  if (!result.success) throw firstProblem(result.error);
  const next = result.data;
  doc.transact(() => {
    const map = settingsMap(doc);
    for (const [key, value] of Object.entries(next)) {
      // A setting left out (words cleared back to the default) is taken out of the map.
      if (value === undefined) {
        if (map.has(key)) map.delete(key);
      } else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  });
}

export function observeSettings(doc: Y.Doc, callback: () => void): () => void {
  const map = settingsMap(doc);
  map.observe(callback);
  return () => map.unobserve(callback);
}
