// House settings: its name, time zone, language, text size on the wall, night hours, what the
// wall says at night when nobody is on shift, and whether the wall may end visitor mode. Lives in
// the settings document, which only admins write.
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { firstProblem, recordKind } from './records.ts';
import { says } from './sentences.ts';
import { optionalName, requiredName } from './text.ts';
import { isTimeZone, TIME_PATTERN } from './time.ts';

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

const wallCardsSchema = z
  .array(z.enum(WALL_CARDS, says('pickWallCards')), says('pickWallCards'))
  .check(
    z.minLength(1, says('keepOneWallCard')),
    z.maxLength(WALL_CARDS.length, says('pickWallCards')),
    z.refine((cards) => new Set(cards).size === cards.length, says('pickWallCards')),
  );

const clockTime = z.string().check(z.regex(TIME_PATTERN, says('giveTimeLike')));

/**
 * When the wall dims: from `start` on a day until `end`, the next morning when `end` is earlier
 * than `start`. The same `start` and `end` means no night at all.
 */
export const nightHoursSchema = z.strictObject({ start: clockTime, end: clockTime });
export type NightHours = z.infer<typeof nightHoursSchema>;
export const DEFAULT_NIGHT_HOURS: NightHours = { start: '22:00', end: '07:00' };

/** How long the house's words for a night with nobody on shift may be: a sentence or two. */
export const NIGHT_NOBODY_MAX = 160;

/**
 * The house's own words on the wall at night when nobody is marked on shift ("Staff are in the
 * house — knock on the office door"). Plain text, no line breaks or hidden characters, and never
 * contact details: the wall is public, and staff keep their numbers private.
 */
const nightNobodyWords = optionalName('nightNobodyWords', NIGHT_NOBODY_MAX);

export const settingsSchema = z.strictObject({
  houseName: requiredName('houseName', 80),
  timeZone: z.string().check(z.refine(isTimeZone, says('pickTimeZone'))),
  language: z.enum(LANGUAGES, says('pickLanguage')),
  textSize: z.union(
    TEXT_SIZES.map((size) => z.literal(size)),
    says('pickTextSize'),
  ),
  nightHours: nightHoursSchema,
  /** Nights that start on these weekdays use these hours instead of `nightHours`. */
  nightHoursByWeekday: z.partialRecord(z.enum(WEEKDAY_KEYS), nightHoursSchema),
  /**
   * Whether the wall itself may end visitor mode (two taps); when not, only staff phones may.
   * The server holds the wall to it (visitor.ts).
   */
  visitorEndsOnWall: z.boolean(says('chooseVisitorEnd')),
  /** Left out: the wall's own kind default. */
  nightNobodyWords: z.optional(nightNobodyWords),
  /**
   * Days after someone leaves the house before everything that names them is forgotten (0:
   * at once). The wait lets a mistaken "has left" be put right.
   */
  forgetAfterDays: z
    .int(says('pickForgetDays'))
    .check(
      z.minimum(0, says('pickForgetDays')),
      z.maximum(FORGET_AFTER_DAYS_MAX, says('pickForgetDays')),
    ),
  /** Which cards the wall shows, by name (WALL_CARDS); a column left empty goes away. */
  wallCards: wallCardsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * One map of fields in the settings document; a change may set some fields, not all. Still
 * strict: `z.partial` keeps settingsSchema's refusal of a field it does not know.
 */
export const SETTINGS = recordKind({
  name: 'settings',
  doc: 'settings',
  shape: 'fields',
  schema: z.partial(settingsSchema),
});

function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SETTINGS.name);
}

function valid<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

/** The house's settings; missing or broken values fall back to safe defaults. */
export function readSettings(doc: Y.Doc): Settings {
  const map = settingsMap(doc);
  const name = map.get('houseName');
  const zone = map.get('timeZone');
  const fields = settingsSchema.shape;
  return {
    houseName: typeof name === 'string' && name.trim() ? name : 'Our house',
    timeZone: typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE,
    language: valid(fields.language, map.get('language'), DEFAULT_LANGUAGE),
    textSize: valid(fields.textSize, map.get('textSize'), DEFAULT_TEXT_SIZE),
    nightHours: valid(fields.nightHours, map.get('nightHours'), DEFAULT_NIGHT_HOURS),
    nightHoursByWeekday: valid(fields.nightHoursByWeekday, map.get('nightHoursByWeekday'), {}),
    visitorEndsOnWall: valid(fields.visitorEndsOnWall, map.get('visitorEndsOnWall'), true),
    nightNobodyWords: valid(fields.nightNobodyWords, map.get('nightNobodyWords'), undefined),
    forgetAfterDays: valid(
      fields.forgetAfterDays,
      map.get('forgetAfterDays'),
      DEFAULT_FORGET_AFTER_DAYS,
    ),
    wallCards: valid(fields.wallCards, map.get('wallCards'), [...WALL_CARDS]),
  };
}

export function writeSettings(doc: Y.Doc, patch: Partial<Settings>) {
  const result = settingsSchema.safeParse({ ...readSettings(doc), ...patch });
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
