// What the wall at night says of the day around it: a group going on now, and the first thing of
// the morning (the first group still to start that day with its time, else the first chore), so
// someone awake at 3 am sees what the day ahead starts with and never a group already under way.
import type * as Y from 'yjs';
import { carriedOver, choresOn } from './chore.ts';
import { groupsOn } from './group.ts';
import { currentNight } from './night.ts';
import type { Settings } from './settings.ts';
import { addDays, type Day, dayInZone } from './time.ts';

export type FirstThing =
  | { kind: 'group'; title: string; start: string; place?: string }
  | { kind: 'chore'; title: string };

/** A group going on at the moment asked about, with when it ends (an instant). */
export interface GroupUnderWay {
  title: string;
  start: string;
  end: string;
  endsAt: number;
  place?: string;
}

type NightSettings = Pick<Settings, 'nightHours' | 'nightHoursByWeekday' | 'timeZone'>;

/**
 * The day the coming morning belongs to: the day the night going on ends, or tomorrow when it
 * is not night (23:30 looks to tomorrow; 03:00 to the morning a few hours away).
 */
export function morningAfter(settings: NightSettings, now: number): Day {
  const night = currentNight(settings, now);
  return night
    ? dayInZone(night.until, settings.timeZone)
    : addDays(dayInZone(now, settings.timeZone), 1);
}

/**
 * The first group on `day` that is not cancelled and starts after `after` (one that has started
 * by then is under way or over, not the first thing), else the day's first chore, else nothing.
 * Without `after`, asked from the day's very start.
 */
export function firstThingOn(
  doc: Y.Doc,
  day: Day,
  timeZone: string,
  after = Number.NEGATIVE_INFINITY,
): FirstThing | undefined {
  const group = groupsOn(doc, day, after, timeZone).find(
    (g) => g.status !== 'cancelled' && g.startsAt > after,
  );
  if (group)
    return { kind: 'group', title: group.group.title, start: group.start, place: group.place };
  const chore = choresOn(doc, day, timeZone).find((c) => !carriedOver(c));
  return chore ? { kind: 'chore', title: chore.chore.title } : undefined;
}

/**
 * The groups going on at `now` (started, not yet ended, not cancelled), earliest first. Today's
 * and yesterday's, in the house's zone, so one that began before midnight is not lost after it.
 */
export function groupsUnderWay(doc: Y.Doc, now: number, timeZone: string): GroupUnderWay[] {
  const today = dayInZone(now, timeZone);
  return [addDays(today, -1), today]
    .flatMap((day) => groupsOn(doc, day, now, timeZone))
    .filter((g) => g.status === 'now')
    .map((g) => ({
      title: g.group.title,
      start: g.start,
      end: g.end,
      endsAt: g.endsAt,
      ...(g.place ? { place: g.place } : {}),
    }));
}

/** What the night view shows of the day: what is on now, the coming morning and its first thing. */
export interface NightAhead {
  underWay: GroupUnderWay[];
  /** The day the coming morning belongs to. */
  morning: Day;
  /** Whether that morning is today's in the house (after midnight) rather than tomorrow's. */
  morningIsToday: boolean;
  first?: FirstThing;
}

export function nightAhead(doc: Y.Doc, settings: NightSettings, now: number): NightAhead {
  const zone = settings.timeZone;
  const morning = morningAfter(settings, now);
  const first = firstThingOn(doc, morning, zone, now);
  return {
    underWay: groupsUnderWay(doc, now, zone),
    morning,
    morningIsToday: morning === dayInZone(now, zone),
    ...(first ? { first } : {}),
  };
}
