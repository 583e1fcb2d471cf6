// The schemas of meal.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { PERSON_ID_PATTERN } from './ids.ts';
import { DECLINES_MAX, MEAL_KINDS_OF, MENU_MAX } from './meal.ts';
import { scheduleSchema } from './schedule-schema.ts';
import { says } from './sentences.ts';
import { optionalText } from './text-schema.ts';
import { TIME_PATTERN } from './time.ts';

const personId = z.string().check(z.regex(PERSON_ID_PATTERN, says('personGone')));
const at = z.int().check(z.nonnegative());

export const mealSchema = z.strictObject({
  kind: z.enum(MEAL_KINDS_OF, { error: says('notRight') }),
  time: z.string().check(z.regex(TIME_PATTERN, says('giveTime', { what: 'mealTime' }))),
  schedule: scheduleSchema,
  /** What is usually cooked, unless a day says otherwise ("soup and bread"). */
  menu: optionalText('menu', MENU_MAX),
  /** A word about the meal ("house dinner, everyone cooks"). */
  note: optionalText('note', 280),
  /** Nobody in particular cooks: the whole house does. */
  everyoneCooks: z.optional(z.boolean()),
  removedAt: z.optional(at),
});

export type Meal = z.infer<typeof mealSchema>;

/** One day's meal: what's for dinner that day, or that it is off. */
export const mealDaySchema = z.strictObject({
  menu: optionalText('menu', MENU_MAX),
  cancelled: z.optional(z.boolean()),
});

export type MealDay = z.infer<typeof mealDaySchema>;

/** "I'll cook": one record per cook, who may ask one other person to cook with them. */
export const mealCookSchema = z.strictObject({
  at,
  /** Cooking after all not: taken off softly, like "I'm coming". */
  removedAt: z.optional(at),
  /** The person asked to cook with them; they answer with a record of their own. */
  asked: z.optional(personId),
  askedAt: z.optional(at),
});

export type MealCook = z.infer<typeof mealCookSchema>;

/** "I'll eat" or "Not tonight", and whether the cook may see the name that said it. */
export const mealEaterSchema = z.strictObject({
  answer: z.enum(['eat', 'not'], { error: says('notRight') }),
  /** The person lets the cook see their name; left out, the cook sees a count only. */
  showCook: z.optional(z.boolean()),
  at,
  removedAt: z.optional(at),
});

export type MealEater = z.infer<typeof mealEaterSchema>;

/**
 * The asked person's "not this time" to those who asked them to cook with them that day (a yes
 * is their own "I'll cook"). Written only by them: nobody answers for anyone else.
 */
export const mealCookReplySchema = z.strictObject({
  notThisTime: z.array(personId).check(z.maxLength(DECLINES_MAX)),
  at,
});
