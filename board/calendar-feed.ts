// The house's calendar feed, as data: each group, outing and house meeting once, with the rule it
// repeats by (the same days board/schedule.ts gives), the days it is cancelled, and the days it
// was moved. The server writes this out as iCalendar (server/http/calendar-feed-route.ts); people's
// own calendar apps read it. Only what the group itself says: its title, times and place, and
// its leader's name only when the leader chose to have it there. No person ids, no one's coming.
import type * as Y from 'yjs';
import {
  type Group,
  type GroupDay,
  type GroupKindOf,
  groupDayId,
  groupDayRecords,
  groupRecords,
  kindOfGroup,
} from './group.ts';
import { occursOn, type Schedule } from './schedule.ts';
import type { Language } from './settings.ts';
import {
  addDays,
  type Day,
  instantInZone,
  isDay,
  minutesOf,
  weekdayOf,
  zonedTime,
} from './time.ts';

/** RFC 5545 weekday names, Sunday first like board/time.ts's weekdays. */
export const FEED_WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type FeedWeekday = (typeof FEED_WEEKDAYS)[number];

/** How an event repeats: RRULE's FREQ, INTERVAL and BYDAY. */
export interface FeedRule {
  freq: 'DAILY' | 'WEEKLY';
  interval?: number;
  byDay?: FeedWeekday[];
}

/** One day's meeting that is not as usual: RECURRENCE-ID is `day` at the group's usual start. */
export interface FeedMove {
  day: Day;
  start: string;
  end: string;
  place?: string;
}

export interface FeedEvent {
  /** The group's id: the event's UID, so a calendar app updates it rather than adding another. */
  groupId: string;
  title: string;
  kind: GroupKindOf;
  /** The leader's name, only when they chose to have it in the feed. */
  leader?: string;
  /** The first day it happens (DTSTART), at `start`–`end` wall-clock time in the house's zone. */
  day: Day;
  start: string;
  end: string;
  place?: string;
  /** Left out: it happens once. */
  rule?: FeedRule;
  /** Days a repeating event does not happen (EXDATE), at its usual start. */
  cancelled: Day[];
  /** Days a repeating event happens otherwise (an overriding instance each). */
  moved: FeedMove[];
}

/**
 * Where a repeating schedule without a start begins in the feed: the same "Monday long ago" the
 * board counts turns from (board/schedule.ts), so the feed does not change from day to day.
 */
export const FEED_OPEN_START: Day = '2024-01-01';

/** The first day on or after `from` that the schedule falls on. */
function firstDay(schedule: Schedule): Day {
  switch (schedule.kind) {
    case 'once':
      return schedule.day;
    case 'every':
      return schedule.from;
    case 'daily':
      return schedule.from ?? FEED_OPEN_START;
    case 'weekdays': {
      let day = schedule.from ?? FEED_OPEN_START;
      while (!schedule.weekdays.includes(weekdayOf(day))) day = addDays(day, 1);
      return day;
    }
  }
}

function ruleOf(schedule: Schedule): FeedRule | undefined {
  switch (schedule.kind) {
    case 'once':
      return undefined;
    case 'daily':
      return { freq: 'DAILY' };
    case 'every':
      return schedule.days === 1 ? { freq: 'DAILY' } : { freq: 'DAILY', interval: schedule.days };
    case 'weekdays':
      return {
        freq: 'WEEKLY',
        byDay: [...new Set(schedule.weekdays)].sort().map((d) => FEED_WEEKDAYS[d]!),
      };
  }
}

/**
 * `time` on `day` as the house's clocks show it: itself, or, for a time the clocks skip when they
 * go forward, the time the board moves it to (01:30 on a 01:00→02:00 night is 02:30). Calendar
 * apps do not all agree on where a skipped time goes, so the feed never writes one.
 */
export function shownTime(day: Day, time: string, timeZone: string): string {
  const shown = zonedTime(instantInZone(day, time, timeZone), timeZone);
  if (shown.day !== day) return time;
  return `${String(shown.hour).padStart(2, '0')}:${String(shown.minute).padStart(2, '0')}`;
}

/** The UTC offset at noon on a day, in minutes. */
function noonOffset(day: Day, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noon = Date.UTC(y, m - 1, d, 12);
  const shown = zonedTime(noon, timeZone);
  const dayShift = shown.day === day ? 0 : shown.day > day ? 1440 : -1440;
  return shown.hour * 60 + shown.minute - 720 + dayShift;
}

const gapDaysByZone = new Map<string, Day[]>();

/** Days from `from` to `until` on which the clocks go forward (and the day before, to be sure). */
export function clocksForwardDays(timeZone: string, from: Day, until: Day): Day[] {
  const key = `${timeZone} ${from} ${until}`;
  const known = gapDaysByZone.get(key);
  if (known) return known;
  const days: Day[] = [];
  // A week at a time, then day by day through a week in which the offset went up.
  let weekStart = addDays(from, -1);
  let before = noonOffset(weekStart, timeZone);
  while (weekStart <= until) {
    const weekEnd = addDays(weekStart, 7);
    const after = noonOffset(weekEnd, timeZone);
    if (after !== before) {
      let dayBefore = before;
      for (let day = addDays(weekStart, 1); day <= weekEnd; day = addDays(day, 1)) {
        const offset = noonOffset(day, timeZone);
        if (offset > dayBefore && day >= from && day <= until) days.push(addDays(day, -1), day);
        dayBefore = offset;
      }
    }
    weekStart = weekEnd;
    before = after;
  }
  if (gapDaysByZone.size > 100) gapDaysByZone.clear();
  gapDaysByZone.set(key, days);
  return days;
}

/**
 * One day of a group as groupsOn (board/group.ts) reads it, without who is coming: a moved start
 * keeps the usual length unless given a new end (capped at 23:59). Tested against groupsOn.
 */
function dayAsBoardShows(group: Group, change: GroupDay | undefined) {
  const start = change?.start ?? group.start;
  const length = minutesOf(group.end) - minutesOf(group.start);
  const moved = Math.min(minutesOf(start) + length, 23 * 60 + 59);
  const end =
    change?.end && change.end > start
      ? change.end
      : change?.start
        ? `${String(Math.floor(moved / 60)).padStart(2, '0')}:${String(moved % 60).padStart(2, '0')}`
        : group.end;
  return { cancelled: !!change?.cancelled, start, end, place: change?.place ?? group.place };
}

/** `<groupId>_<YYYY-MM-DD>` → its parts; undefined for anything else. */
function splitDayId(id: string): { groupId: string; day: Day } | undefined {
  const day = id.slice(-10);
  if (id.length < 12 || id[id.length - 11] !== '_' || !isDay(day)) return undefined;
  return { groupId: id.slice(0, -11), day };
}

/**
 * The feed's events, one per group not removed, in the order of their first day. A day's change
 * is read as groupsOn reads it, so a moved meeting's new end is the board's own (its usual length
 * unless given one) and a change on a day the group does not meet is left out, as on the board.
 */
export function feedEvents(doc: Y.Doc, timeZone: string, until?: Day): FeedEvent[] {
  const days = groupDayRecords(doc);
  const changedDays = new Map<string, Day[]>();
  for (const id of days.map.keys()) {
    const parts = splitDayId(id);
    if (!parts) continue;
    const list = changedDays.get(parts.groupId);
    if (list) list.push(parts.day);
    else changedDays.set(parts.groupId, [parts.day]);
  }
  const events: FeedEvent[] = [];
  for (const { id, ...group } of groupRecords(doc).values()) {
    const event: FeedEvent = {
      groupId: id,
      title: group.title,
      kind: kindOfGroup(group),
      ...(group.leaderInFeed && group.leader ? { leader: group.leader } : {}),
      day: firstDay(group.schedule),
      start: group.start,
      end: group.end,
      ...(group.place ? { place: group.place } : {}),
      ...(ruleOf(group.schedule) ? { rule: ruleOf(group.schedule) } : {}),
      cancelled: [],
      moved: [],
    };
    let gone = false;
    for (const day of (changedDays.get(id) ?? []).sort()) {
      if (!occursOn(group.schedule, day)) continue;
      const today = dayAsBoardShows(group, days.get(groupDayId(id, day)));
      if (today.cancelled) {
        if (event.rule) event.cancelled.push(day);
        else gone = true;
        continue;
      }
      if (today.start === group.start && today.end === group.end && today.place === group.place)
        continue;
      const move: FeedMove = {
        day,
        start: shownTime(day, today.start, timeZone),
        end: shownTime(day, today.end, timeZone),
      };
      if (today.place) move.place = today.place;
      if (event.rule) event.moved.push(move);
      else Object.assign(event, { start: move.start, end: move.end, place: move.place });
    }
    if (event.place === undefined) delete event.place;
    if (gone) continue;
    if (!event.rule) {
      event.start = shownTime(event.day, event.start, timeZone);
      event.end = shownTime(event.day, event.end, timeZone);
    }
    events.push(event);
  }
  // A repeating time the clocks skip on some day: that day's meeting is written where the board
  // shows it, as a moved day.
  const last =
    until ??
    addDays(
      events
        .map((e) => e.day)
        .sort()
        .at(-1) ?? FEED_OPEN_START,
      3660,
    );
  const groups = new Map(
    groupRecords(doc)
      .values()
      .map((g) => [g.id, g]),
  );
  const repeating = events.filter((e) => e.rule);
  const first = repeating.map((e) => e.day).sort()[0];
  const forwardDays = first ? clocksForwardDays(timeZone, first, last) : [];
  for (const event of repeating) {
    const schedule = groups.get(event.groupId)!.schedule;
    for (const day of forwardDays) {
      if (day < event.day || !occursOn(schedule, day) || event.cancelled.includes(day)) continue;
      if (event.moved.some((m) => m.day === day)) continue;
      const start = shownTime(day, event.start, timeZone);
      const end = shownTime(day, event.end, timeZone);
      if (start === event.start && end === event.end) continue;
      event.moved.push({ day, start, end, ...(event.place ? { place: event.place } : {}) });
    }
    event.moved.sort((a, b) => a.day.localeCompare(b.day));
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.groupId.localeCompare(b.groupId));
}

/** The few words the feed itself says, in the house's language. */
const FEED_WORDS: Record<Language, { kinds: Record<GroupKindOf, string>; ledBy: string }> = {
  en: { kinds: { group: 'Group', outing: 'Outing', meeting: 'House meeting' }, ledBy: 'Led by' },
  es: {
    kinds: { group: 'Grupo', outing: 'Salida', meeting: 'Reunión de la casa' },
    ledBy: 'Lo dirige',
  },
};

export function feedWords(language: Language) {
  return FEED_WORDS[language] ?? FEED_WORDS.en;
}
