// The week ahead: each day's groups, outings and the house meeting, with one day's meeting
// cancelled or moved as it will be; and tomorrow in short for the wall's strip — the first
// thing on, and what needs preparing (an outing's note, read as what to bring or get ready).
// Each day carries its meals too (who cooks, from board/meal.ts); tomorrow's cook is on the strip.
import type * as Y from 'yjs';
import { type GroupKindOf, type GroupToday, groupsOn, kindOfGroup } from './group.ts';
import { type MealOnDay, mealsOn } from './meal.ts';
import { addDays, type Day, dayInZone, instantInZone, weekdayOf } from './time.ts';

/** One of a day's groups, with what it is: a group, an outing or the house meeting. */
export interface WeekGroup extends GroupToday {
  kind: GroupKindOf;
}

/** One day of the week ahead. */
export interface WeekDay {
  day: Day;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** In time order; a meeting cancelled for this day stays, marked 'cancelled'. */
  groups: WeekGroup[];
  /** The day's meals in time order; one that is off that day stays, marked `cancelled`. */
  meals: MealOnDay[];
}

/** Something to get ready for tomorrow: an outing whose note says what (boots, money, a form). */
export interface ToPrepare {
  groupId: string;
  title: string;
  start: string;
  note: string;
}

export interface Tomorrow {
  day: Day;
  /** Tomorrow's groups that are on (cancelled ones left out), in time order. */
  groups: WeekGroup[];
  /** The first of them, if any. */
  first?: WeekGroup;
  /** Tomorrow's meals that are on, with who said they will cook. */
  meals: MealOnDay[];
  prepare: ToPrepare[];
}

/** The longest stretch a caller may ask for: a fortnight and a bit. */
export const WEEK_AHEAD_MAX_DAYS = 31;

function dayOf(doc: Y.Doc, day: Day, now: number, timeZone: string): WeekDay {
  const groups = groupsOn(doc, day, now, timeZone).map(
    (g): WeekGroup => ({
      ...g,
      kind: kindOfGroup(g.group),
      // A day ahead has no "next" of its own: only now and past are told, from the real clock.
      status: g.status === 'next' ? 'later' : g.status,
    }),
  );
  return { day, weekday: weekdayOf(day), groups, meals: mealsOn(doc, day, timeZone) };
}

/**
 * `days` days from `from` (the house's days, midnight to midnight in `timeZone`), each with its
 * groups. `now` marks what has ended or is on today; left out, every meeting on is 'later'.
 */
export function weekAhead(
  doc: Y.Doc,
  from: Day,
  days: number,
  timeZone: string,
  now = instantInZone(from, '00:00', timeZone) - 1,
): WeekDay[] {
  const count = Math.max(0, Math.min(Math.floor(days), WEEK_AHEAD_MAX_DAYS));
  return Array.from({ length: count }, (_, i) => dayOf(doc, addDays(from, i), now, timeZone));
}

/** What an outing's note asks to get ready, if it says anything. */
function toPrepare(group: WeekGroup): ToPrepare | undefined {
  const note = group.group.note?.trim();
  if (group.kind !== 'outing' || !note) return undefined;
  return { groupId: group.id, title: group.group.title, start: group.start, note };
}

/** Tomorrow in the house: what is on, the first of it, and what needs preparing. */
export function tomorrow(doc: Y.Doc, now: number, timeZone: string): Tomorrow {
  const day = addDays(dayInZone(now, timeZone), 1);
  const [ahead] = weekAhead(doc, day, 1, timeZone, now);
  const groups = (ahead?.groups ?? []).filter((g) => g.status !== 'cancelled');
  return {
    day,
    groups,
    first: groups[0],
    meals: (ahead?.meals ?? []).filter((meal) => !meal.cancelled),
    prepare: groups.flatMap((g) => toPrepare(g) ?? []),
  };
}
