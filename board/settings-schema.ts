// The schemas of settings.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { says } from './sentences.ts';
import {
  FORGET_AFTER_DAYS_MAX,
  LANGUAGES,
  NIGHT_NOBODY_MAX,
  TEXT_SIZES,
  WALL_CARDS,
  WEEKDAY_KEYS,
} from './settings.ts';
import { optionalName, requiredName } from './text-schema.ts';
import { isTimeZone, TIME_PATTERN } from './time.ts';

/**
 * The house's own words on the wall at night when nobody is marked on shift ("Staff are in the
 * house — knock on the office door"). Plain text, no line breaks or hidden characters, and never
 * contact details: the wall is public, and staff keep their numbers private.
 */
const nightNobodyWords = optionalName('nightNobodyWords', NIGHT_NOBODY_MAX);

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
