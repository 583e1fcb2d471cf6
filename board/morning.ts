// The first thing of the morning, for the wall at night: the first group that day with its time,
// else the first chore, so someone awake at 3 am can see what the day ahead starts with.
import type * as Y from 'yjs';
import { carriedOver, choresOn } from './chore.ts';
import { groupsOn } from './group.ts';
import { currentNight } from './night.ts';
import type { Settings } from './settings.ts';
import { addDays, type Day, dayInZone } from './time.ts';

export type FirstThing =
  | { kind: 'group'; title: string; start: string; place?: string }
  | { kind: 'chore'; title: string };

/**
 * The day the coming morning belongs to: the day the night going on ends, or tomorrow when it
 * is not night (23:30 looks to tomorrow; 03:00 to the morning a few hours away).
 */
export function morningAfter(
  settings: Pick<Settings, 'nightHours' | 'nightHoursByWeekday' | 'timeZone'>,
  now: number,
): Day {
  const night = currentNight(settings, now);
  return night
    ? dayInZone(night.until, settings.timeZone)
    : addDays(dayInZone(now, settings.timeZone), 1);
}

/** The first group on `day` that is not cancelled, else the first chore, else nothing. */
export function firstThingOn(doc: Y.Doc, day: Day, timeZone: string): FirstThing | undefined {
  // Asked at the day's very start, so no group of that day counts as past.
  const dayStart = Number.NEGATIVE_INFINITY;
  const group = groupsOn(doc, day, dayStart, timeZone).find((g) => g.status !== 'cancelled');
  if (group)
    return { kind: 'group', title: group.group.title, start: group.start, place: group.place };
  const chore = choresOn(doc, day, timeZone).find((c) => !carriedOver(c));
  return chore ? { kind: 'chore', title: chore.chore.title } : undefined;
}
