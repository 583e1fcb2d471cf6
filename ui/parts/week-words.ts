// Words the wall's week and the phone's Week tab share: what a group is, and what an outing asks
// to get ready (its note, read as what to bring).
import type { MealOnDay, WeekGroup } from '../../board/index.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { listWords } from '../wall-names.ts';

export const KIND_WORDS: Record<WeekGroup['kind'], MessageKey> = {
  group: 'week.kindGroup',
  outing: 'week.kindOuting',
  meeting: 'week.kindMeeting',
};

/** An outing's note, as what to get ready for it: "To prepare: Bring a coat". */
export function toPrepareWords(g: WeekGroup): string | undefined {
  const note = g.group.note?.trim();
  if (g.kind !== 'outing' || !note || g.status === 'cancelled') return undefined;
  return t('week.prepare', { what: note });
}

/**
 * What a group is, when that is worth saying: an outing or the house meeting (an ordinary group
 * goes without), unless its name says so already ("House meeting").
 */
export function kindWords(g: WeekGroup): string | undefined {
  if (g.kind === 'group') return undefined;
  const words = t(KIND_WORDS[g.kind]);
  return g.group.title.trim().toLocaleLowerCase() === words.toLocaleLowerCase() ? undefined : words;
}

/** A meal in a few words: "Dinner", and who cooks when someone said so ("Cooking: Jo"). */
export function mealWords(
  meal: MealOnDay,
  nameOf: (personId: string) => string | undefined,
): { what: string; cooks?: string } {
  const what = meal.kind === 'lunch' ? t('meals.lunch') : t('meals.dinner');
  if (meal.cancelled) return { what, cooks: t('meals.off') };
  if (meal.everyoneCooks) return { what, cooks: t('meals.everyoneCooks') };
  const names = meal.cooks.map((id) => nameOf(id) ?? t('meals.someone'));
  return { what, cooks: names.length ? t('meals.cooks', { names: listWords(names) }) : undefined };
}
