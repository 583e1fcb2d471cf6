// The schema of every kind of record, gathered: what a record must look like to be written. Each
// kind's file spells its schema beside its declaration and pairs the two (`*_RULES`); this list
// only collects them, and a test holds it to the kinds record-kinds.ts and shape-version.ts list.
// The server imports it through validation.ts and checks every change with it. A screen reads
// without it (records.ts) and loads it once its first view is up: zod and the schemas are most of
// what the screens would otherwise load before they draw.
import * as z from 'zod/mini';
import { AGENDA } from './agenda.ts';
import { agendaSchema } from './agenda-schema.ts';
import { ANNOUNCEMENTS } from './announcement.ts';
import { announcementSchema } from './announcement-schema.ts';
import { CHORE_CLAIMS, CHORE_DONE, CHORE_THANKS, CHORE_TURNS, CHORES } from './chore.ts';
import {
  choreClaimSchema,
  choreDoneSchema,
  choreSchema,
  choreThanksSchema,
  choreTurnSchema,
} from './chore-schema.ts';
import { DOC_KINDS } from './documents.ts';
import { GROUP_COMING, GROUP_DAYS, GROUPS } from './group.ts';
import { groupComingSchema, groupDaySchema, groupSchema } from './group-schema.ts';
import { MEAL_COOK_REPLIES, MEAL_COOKS, MEAL_DAYS, MEAL_EATERS, MEALS } from './meal.ts';
import {
  mealCookReplySchema,
  mealCookSchema,
  mealDaySchema,
  mealEaterSchema,
  mealSchema,
} from './meal-schema.ts';
import { PEOPLE } from './person.ts';
import { personSchema } from './person-schema.ts';
import {
  firstProblem,
  type KindRule,
  loadedSchema,
  ruleOf,
  useRules,
  type ValidationError,
} from './records.ts';
import { SETTINGS } from './settings.ts';
import { settingsSchema } from './settings-schema.ts';
import { META_KINDS } from './shape-version.ts';
import { HANDOFFS, SHIFTS } from './shift.ts';
import { handoffSchema, shiftSchema } from './shift-schema.ts';
import { SHOPPING } from './shopping.ts';
import { shoppingItemSchema } from './shopping-schema.ts';
import { CHORE_OFFERS } from './turn-offer.ts';
import { choreOfferSchema } from './turn-offer-schema.ts';
import { VISITOR } from './visitor.ts';
import { visitorSchema } from './visitor-schema.ts';

/** A document's meta map: the shape version the server stamps (shape-version.ts). */
const metaSchema = z.strictObject({ shapeVersion: z.int().check(z.minimum(1)) });

/** Every kind with its schema, in record-kinds.ts's order, then each document's meta map. */
export const KIND_RULES: readonly KindRule[] = [
  ruleOf(CHORES, choreSchema),
  ruleOf(CHORE_DONE, choreDoneSchema),
  ruleOf(CHORE_CLAIMS, choreClaimSchema),
  ruleOf(CHORE_TURNS, choreTurnSchema),
  ruleOf(CHORE_THANKS, choreThanksSchema),
  ruleOf(CHORE_OFFERS, choreOfferSchema),
  ruleOf(GROUPS, groupSchema),
  ruleOf(GROUP_DAYS, groupDaySchema),
  ruleOf(GROUP_COMING, groupComingSchema),
  ruleOf(MEALS, mealSchema),
  ruleOf(MEAL_DAYS, mealDaySchema),
  ruleOf(MEAL_COOKS, mealCookSchema),
  ruleOf(MEAL_EATERS, mealEaterSchema),
  ruleOf(MEAL_COOK_REPLIES, mealCookReplySchema),
  ruleOf(ANNOUNCEMENTS, announcementSchema),
  ruleOf(PEOPLE, personSchema),
  ruleOf(VISITOR, visitorSchema),
  ruleOf(SHIFTS, shiftSchema),
  ruleOf(HANDOFFS, handoffSchema),
  // A change may set some settings, not all; still strict: `z.partial` keeps the refusal of a
  // field the settings do not know.
  ruleOf(SETTINGS, z.partial(settingsSchema)),
  ruleOf(SHOPPING, shoppingItemSchema),
  ruleOf(AGENDA, agendaSchema),
  ...DOC_KINDS.map((doc) => ruleOf(META_KINDS[doc], metaSchema)),
];

useRules(KIND_RULES);

/** The schema a kind's records must fit. */
export function schemaOf(kind: { name: string }): z.ZodMiniType {
  const schema = loadedSchema(kind.name);
  if (!schema) throw new Error(`the board has no schema for ${kind.name}`);
  return schema;
}

/** Checks a value against its kind's schema: the first problem, or undefined when it fits. */
export function problemWith(kind: { name: string }, value: unknown): ValidationError | undefined {
  const result = schemaOf(kind).safeParse(value);
  return result.success ? undefined : firstProblem(result.error);
}

/** Whether a value fits its kind's schema. */
export function fitsSchema(kind: { name: string }, value: unknown): boolean {
  return schemaOf(kind).safeParse(value).success;
}
