// Meals: who's cooking and who's eating. A meal plan says when the house eats (dinner every day at
// 19:00, a house dinner on Sundays where everyone cooks); each day, anyone may say "I'll cook"
// (alone, or asking someone to cook with them) and "I'll eat" or "Not tonight". Every answer is a
// record of its own person, so answers given at once all stand. Nothing counts who cooked when.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import { PERSON_ID_PATTERN } from './ids.ts';
import type * as S from './meal-schema.ts';
import type { Meal, MealCook, MealDay, MealEater } from './meal-schema.ts';
import { type RecordKind, Records, recordKind, ValidationError } from './records.ts';
import { occursOn } from './schedule.ts';
import { addDays, type Day, instantInZone } from './time.ts';

export type { Meal, MealCook, MealDay, MealEater };

export const MEAL_KINDS_OF = ['dinner', 'lunch'] as const;
export type MealKindOf = (typeof MEAL_KINDS_OF)[number];

/** What's for dinner: a line or two, not a recipe. */
export const MENU_MAX = 200;
/** The most people one person says "not this time" to in a day: far above a house. */
export const DECLINES_MAX = 40;

export const MEALS = recordKind<z.infer<typeof S.mealSchema>>({
  name: 'meals',
  doc: 'board',
  required: ['kind', 'time', 'schedule'],
  limit: 200,
  restorable: true,
});
export const MEAL_DAYS = recordKind<z.infer<typeof S.mealDaySchema>>({
  name: 'mealDays',
  doc: 'board',
  limit: 10_000,
  perDay: 'day',
});
export const MEAL_COOKS = recordKind<z.infer<typeof S.mealCookSchema>>({
  name: 'mealCooks',
  doc: 'board',
  required: ['at'],
  limit: 20_000,
  perDay: 'person-day',
  owner: 'person',
});
export const MEAL_EATERS = recordKind<z.infer<typeof S.mealEaterSchema>>({
  name: 'mealEaters',
  doc: 'board',
  required: ['answer', 'at'],
  limit: 50_000,
  perDay: 'person-day',
  owner: 'person',
});
export const MEAL_COOK_REPLIES = recordKind<z.infer<typeof S.mealCookReplySchema>>({
  name: 'mealCookReplies',
  doc: 'board',
  required: ['notThisTime', 'at'],
  limit: 20_000,
  perDay: 'person-day',
  owner: 'person',
});
/** The meals' kinds of record, in the order the board document lists them. */
export const MEAL_KINDS: RecordKind[] = [
  MEALS,
  MEAL_DAYS,
  MEAL_COOKS,
  MEAL_EATERS,
  MEAL_COOK_REPLIES,
];

export const mealRecords = (doc: Y.Doc) => new Records(doc, MEALS);
export const mealDayRecords = (doc: Y.Doc) => new Records(doc, MEAL_DAYS);
export const mealCookRecords = (doc: Y.Doc) => new Records(doc, MEAL_COOKS);
export const mealEaterRecords = (doc: Y.Doc) => new Records(doc, MEAL_EATERS);
export const mealCookReplyRecords = (doc: Y.Doc) => new Records(doc, MEAL_COOK_REPLIES);

export function mealDayId(mealId: string, day: Day): string {
  return `${mealId}_${day}`;
}

function personRecordId(dayId: string, person: string): string {
  if (!PERSON_ID_PATTERN.test(person)) throw new ValidationError({ key: 'personGone' });
  return `${dayId}_${person}`;
}

const live = (record: { removedAt?: number } | undefined) =>
  !!record && record.removedAt === undefined;

/** Each live record of a day (`<dayId>_<person>`) with the person it belongs to. */
function ofDay<T extends { removedAt?: number }>(records: Records<T>, dayId: string) {
  const found: Array<{ person: string; record: T }> = [];
  for (const key of records.map.keys()) {
    if (!key.startsWith(`${dayId}_`)) continue;
    const person = key.slice(dayId.length + 1);
    const record = records.get(key);
    if (PERSON_ID_PATTERN.test(person) && record && live(record)) found.push({ person, record });
  }
  return found.sort((a, b) => a.person.localeCompare(b.person));
}

export interface MealOnDay {
  id: string;
  dayId: string;
  day: Day;
  kind: MealKindOf;
  time: string;
  /** The instant the meal starts, in the house's time zone. */
  startsAt: number;
  /** That day's menu, or the plan's usual one. */
  menu?: string;
  note?: string;
  everyoneCooks: boolean;
  cancelled: boolean;
  /** Person ids of those who said "I'll cook", in the order they said it. */
  cooks: string[];
  eating: number;
  notEating: number;
  meal: Meal;
}

/** The day's meals in time order, with who cooks and how many eat. */
export function mealsOn(doc: Y.Doc, day: Day, timeZone: string): MealOnDay[] {
  const days = mealDayRecords(doc);
  const cooks = mealCookRecords(doc);
  const eaters = mealEaterRecords(doc);
  return mealRecords(doc)
    .values()
    .filter((meal) => occursOn(meal.schedule, day))
    .map(({ id, ...meal }): MealOnDay => {
      const dayId = mealDayId(id, day);
      const change = days.get(dayId);
      const answers = ofDay(eaters, dayId);
      return {
        id,
        dayId,
        day,
        kind: meal.kind,
        time: meal.time,
        startsAt: instantInZone(day, meal.time, timeZone),
        menu: change?.menu ?? meal.menu,
        note: meal.note,
        everyoneCooks: meal.everyoneCooks === true,
        cancelled: change?.cancelled === true,
        // The first to say so first: a cook who asked someone stands before them.
        cooks: ofDay(cooks, dayId)
          .sort((a, b) => a.record.at - b.record.at)
          .map(({ person }) => person),
        eating: answers.filter(({ record }) => record.answer === 'eat').length,
        notEating: answers.filter(({ record }) => record.answer === 'not').length,
        meal,
      };
    })
    .sort((a, b) => a.startsAt - b.startsAt || a.kind.localeCompare(b.kind));
}

/** The meals of the days after `day`, `days` of them, in order: "the next days" on a phone. */
export function mealsAfter(doc: Y.Doc, day: Day, days: number, timeZone: string): MealOnDay[] {
  return Array.from({ length: days }, (_, i) => mealsOn(doc, addDays(day, i + 1), timeZone)).flat();
}

/** Saves a meal plan from an editor: changes the one with `id`, or adds it; returns its id. */
export function saveMeal(doc: Y.Doc, id: string | undefined, fields: Omit<Meal, 'removedAt'>) {
  const meals = mealRecords(doc);
  if (!id) return meals.add(fields);
  meals.update(id, {
    ...fields,
    menu: fields.menu,
    note: fields.note,
    everyoneCooks: fields.everyoneCooks || undefined,
  });
  return id;
}

/** Takes a meal plan off the board but keeps it for a week, so it can be brought back. */
export function removeMeal(doc: Y.Doc, id: string, when = boardNow()) {
  mealRecords(doc).softRemove(id, when);
}

function changeDay(doc: Y.Doc, mealId: string, day: Day, patch: Partial<MealDay>) {
  const days = mealDayRecords(doc);
  const id = mealDayId(mealId, day);
  if (days.has(id)) days.update(id, patch);
  else days.add(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), id);
}

/** What's for that day's meal, in anyone's words; empty goes back to the usual menu. */
export function setMenuOn(doc: Y.Doc, mealId: string, day: Day, menu: string) {
  changeDay(doc, mealId, day, { menu: menu.trim() === '' ? undefined : menu });
}

export function cancelMealOn(doc: Y.Doc, mealId: string, day: Day, cancelled = true) {
  changeDay(doc, mealId, day, { cancelled: cancelled || undefined });
}

/** "I'll cook" (or not any more, which also takes back an ask to cook with someone). */
export function setCooking(
  doc: Y.Doc,
  mealId: string,
  day: Day,
  me: string,
  cooking: boolean,
  when = boardNow(),
) {
  const id = personRecordId(mealDayId(mealId, day), me);
  const records = mealCookRecords(doc);
  const already = live(records.get(id));
  if (cooking && !already) {
    if (records.has(id))
      records.update(id, { at: when, removedAt: undefined, asked: undefined, askedAt: undefined });
    else records.add({ at: when }, id);
  }
  if (!cooking && already) records.softRemove(id, when);
}

/** Asks someone to cook with me: I cook (if I did not say so yet) and they are asked. */
export function askToCookWith(
  doc: Y.Doc,
  mealId: string,
  day: Day,
  me: string,
  them: string,
  when = boardNow(),
) {
  if (me === them) throw new ValidationError({ key: 'offerToSelf' });
  if (!PERSON_ID_PATTERN.test(them)) throw new ValidationError({ key: 'personGone' });
  const id = personRecordId(mealDayId(mealId, day), me);
  doc.transact(() => {
    setCooking(doc, mealId, day, me, true, when);
    mealCookRecords(doc).update(id, { asked: them, askedAt: when });
  });
}

export interface CookAsk {
  mealId: string;
  dayId: string;
  /** Who asked: a cook of that meal. */
  from: string;
  to: string;
  /** Still waiting, or "not this time" (a yes makes the asked person a cook). */
  state: 'open' | 'notThisTime' | 'accepted';
}

function askOf(doc: Y.Doc, dayId: string, from: string): CookAsk | undefined {
  const cook = mealCookRecords(doc).get(`${dayId}_${from}`);
  if (!live(cook) || !cook?.asked) return undefined;
  const to = cook.asked;
  const mealId = dayId.slice(0, dayId.lastIndexOf('_'));
  if (live(mealCookRecords(doc).get(`${dayId}_${to}`)))
    return { mealId, dayId, from, to, state: 'accepted' };
  const reply = mealCookReplyRecords(doc).get(`${dayId}_${to}`);
  const declined = reply?.notThisTime.includes(from);
  return { mealId, dayId, from, to, state: declined ? 'notThisTime' : 'open' };
}

/** The asks to cook with someone waiting for my answer on a day's meal. */
export function cookAsksTo(doc: Y.Doc, meal: MealOnDay, me: string): CookAsk[] {
  return meal.cooks
    .map((cook) => askOf(doc, meal.dayId, cook))
    .filter((ask): ask is CookAsk => ask?.to === me && ask.state === 'open');
}

/** What became of my own ask on a day's meal, if I made one. */
export function myCookAsk(doc: Y.Doc, meal: MealOnDay, me: string): CookAsk | undefined {
  return askOf(doc, meal.dayId, me);
}

/**
 * The asked person's answer: yes makes them a cook (their own record); "not this time" goes in
 * their own reply record, without a reason. Only they can answer: both records are theirs.
 */
export function answerCookAsk(
  doc: Y.Doc,
  mealId: string,
  day: Day,
  from: string,
  me: string,
  yes: boolean,
  when = boardNow(),
) {
  const dayId = mealDayId(mealId, day);
  const ask = askOf(doc, dayId, from);
  if (!ask || ask.to !== me || ask.state !== 'open')
    throw new ValidationError({ key: 'offerGone' });
  if (yes) {
    setCooking(doc, mealId, day, me, true, when);
    return;
  }
  const id = personRecordId(dayId, me);
  const replies = mealCookReplyRecords(doc);
  const before = replies.get(id)?.notThisTime ?? [];
  if (replies.has(id)) replies.update(id, { notThisTime: [...before, from], at: when });
  else replies.add({ notThisTime: [from], at: when }, id);
}

/** "I'll eat" (`eat`), "Not tonight" (`not`), or taking my answer back (undefined). */
export function answerMeal(
  doc: Y.Doc,
  mealId: string,
  day: Day,
  me: string,
  answer: 'eat' | 'not' | undefined,
  showCook?: boolean,
  when = boardNow(),
) {
  const id = personRecordId(mealDayId(mealId, day), me);
  const records = mealEaterRecords(doc);
  const was = records.get(id);
  if (answer === undefined) {
    if (live(was)) records.softRemove(id, when);
    return;
  }
  const show = showCook ?? was?.showCook;
  const record: MealEater = { answer, at: when, ...(show ? { showCook: true } : {}) };
  if (records.has(id))
    records.update(id, { ...record, showCook: record.showCook, removedAt: undefined });
  else records.add(record, id);
}

/** Whether the cook may see my name on a day's meal: my own choice, changed on its own. */
export function letCookSeeMe(doc: Y.Doc, mealId: string, day: Day, me: string, show: boolean) {
  const id = personRecordId(mealDayId(mealId, day), me);
  const records = mealEaterRecords(doc);
  if (!live(records.get(id))) return;
  records.update(id, { showCook: show || undefined });
}

/** My own answer on a day's meal: for my own phone only. */
export function myMealAnswer(doc: Y.Doc, dayId: string, me: string): MealEater | undefined {
  const record = mealEaterRecords(doc).get(`${dayId}_${me}`);
  return live(record) ? record : undefined;
}

/**
 * Who chose to let the cook see their name, for a cook's own phone: eating or not, in a steady
 * order. Anyone who is not a cook of that meal gets nobody.
 */
export function shownToCook(
  doc: Y.Doc,
  meal: MealOnDay,
  cook: string,
): Array<{ person: string; answer: 'eat' | 'not' }> {
  if (!meal.cooks.includes(cook)) return [];
  return ofDay(mealEaterRecords(doc), meal.dayId)
    .filter(({ record }) => record.showCook === true)
    .map(({ person, record }) => ({ person, answer: record.answer }));
}
