// Groups: the day's shared activities, with a time, a place and who leads. One day's meeting
// can be cancelled or moved without touching the others, and people can say "I'm coming".
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import type * as S from './group-schema.ts';
import type { Group, GroupDay } from './group-schema.ts';
import { PERSON_ID_PATTERN } from './ids.ts';
import { type RecordKind, Records, recordKind, ValidationError } from './records.ts';
import { occursOn } from './schedule.ts';
import { type Day, instantInZone, minutesOf } from './time.ts';

export type { Group, GroupDay };

/**
 * What a group is: an ordinary group, an outing, or the house meeting (the one the agenda is
 * gathered for). Left out: an ordinary group, as every group was before groups had kinds.
 */
export const GROUP_KINDS_OF = ['group', 'outing', 'meeting'] as const;
export type GroupKindOf = (typeof GROUP_KINDS_OF)[number];

export const GROUPS = recordKind<z.infer<typeof S.groupSchema>>({
  name: 'groups',
  doc: 'board',
  required: ['title', 'schedule', 'start', 'end'],
  limit: 500,
  restorable: true,
});
export const GROUP_DAYS = recordKind<z.infer<typeof S.groupDaySchema>>({
  name: 'groupDays',
  doc: 'board',
  limit: 20_000,
  perDay: 'day',
});
export const GROUP_COMING = recordKind<z.infer<typeof S.groupComingSchema>>({
  name: 'groupComing',
  doc: 'board',
  required: ['at'],
  limit: 50_000,
  perDay: 'person-day',
  owner: 'person',
});
/** The groups' kinds of record, in the order the board document lists them. */
export const GROUP_KINDS: RecordKind[] = [GROUPS, GROUP_DAYS, GROUP_COMING];

export const groupRecords = (doc: Y.Doc) => new Records(doc, GROUPS);
export const groupDayRecords = (doc: Y.Doc) => new Records(doc, GROUP_DAYS);
export const groupComingRecords = (doc: Y.Doc) => new Records(doc, GROUP_COMING);

export function groupDayId(groupId: string, day: Day): string {
  return `${groupId}_${day}`;
}

/** What a group is, with the default for groups made before groups had kinds. */
export function kindOfGroup(group: Group): GroupKindOf {
  return group.kind ?? 'group';
}

function lengthOf(group: Group): number {
  return minutesOf(group.end) - minutesOf(group.start);
}

function clockAt(minutes: number): string {
  const capped = Math.min(minutes, 23 * 60 + 59);
  return `${String(Math.floor(capped / 60)).padStart(2, '0')}:${String(capped % 60).padStart(2, '0')}`;
}

export type GroupStatus = 'past' | 'now' | 'next' | 'later' | 'cancelled';

/** A group starting within this many minutes shows a countdown. */
export const COUNTDOWN_MINUTES = 15;

export interface GroupToday {
  id: string;
  dayId: string;
  group: Group;
  start: string;
  end: string;
  place?: string;
  startsAt: number;
  endsAt: number;
  status: GroupStatus;
  moved: boolean;
  coming: string[];
  /** Whole minutes until it starts, when that is within the countdown window. */
  startsInMinutes?: number;
}

/** The day's groups in time order; the one happening now and the next one are marked. */
export function groupsOn(doc: Y.Doc, day: Day, now: number, timeZone: string): GroupToday[] {
  const days = groupDayRecords(doc);
  const comingRecords = groupComingRecords(doc);
  const groups = groupRecords(doc)
    .values()
    .filter((g) => occursOn(g.schedule, day))
    .map(({ id, ...group }): GroupToday => {
      const dayId = groupDayId(id, day);
      const change = days.get(dayId);
      const start = change?.start ?? group.start;
      // A meeting moved to a new start keeps its usual length unless given a new end.
      const end =
        change?.end && change.end > start
          ? change.end
          : change?.start
            ? clockAt(minutesOf(start) + lengthOf(group))
            : group.end;
      return {
        id,
        dayId,
        group,
        start,
        end,
        place: change?.place ?? group.place,
        startsAt: instantInZone(day, start, timeZone),
        endsAt: instantInZone(day, end, timeZone),
        status: change?.cancelled ? 'cancelled' : 'later',
        moved: !!(change?.start || change?.end || change?.place),
        coming: [...comingRecords.map.keys()]
          .filter((key) => key.startsWith(`${dayId}_`) && isComing(comingRecords.get(key)))
          .map((key) => key.slice(dayId.length + 1))
          .sort(),
      };
    })
    .sort((a, b) => a.startsAt - b.startsAt || a.group.title.localeCompare(b.group.title));
  let nextMarked = false;
  for (const g of groups) {
    if (g.status === 'cancelled') continue;
    if (g.endsAt <= now) g.status = 'past';
    else if (g.startsAt <= now) g.status = 'now';
    else if (!nextMarked) {
      g.status = 'next';
      nextMarked = true;
    }
    const minutes = Math.ceil((g.startsAt - now) / 60_000);
    if (g.startsAt > now && minutes <= COUNTDOWN_MINUTES) g.startsInMinutes = minutes;
  }
  return groups;
}

function changeDay(doc: Y.Doc, groupId: string, day: Day, patch: Partial<GroupDay>) {
  const days = groupDayRecords(doc);
  const id = groupDayId(groupId, day);
  if (days.has(id)) days.update(id, patch);
  else days.add(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), id);
}

/** Saves a group from an editor: changes the one with `id`, or adds it; returns its id. */
export function saveGroup(doc: Y.Doc, id: string | undefined, fields: Omit<Group, 'removedAt'>) {
  const groups = groupRecords(doc);
  if (!id) return groups.add(fields);
  groups.update(id, fields);
  return id;
}

/** Takes a group off the board but keeps it for a week, so it can be brought back. */
export function removeGroup(doc: Y.Doc, id: string, at = boardNow()) {
  groupRecords(doc).softRemove(id, at);
}

export function cancelGroupOn(doc: Y.Doc, groupId: string, day: Day, cancelled = true) {
  changeDay(doc, groupId, day, { cancelled: cancelled || undefined });
}

/** Moves one day's meeting to another time or place; the others stay as they are. */
export function moveGroupOn(
  doc: Y.Doc,
  groupId: string,
  day: Day,
  to: { start?: string; end?: string; place?: string },
) {
  changeDay(doc, groupId, day, to);
}

/** "I'm coming" (or not any more). */
export function setComing(
  doc: Y.Doc,
  groupId: string,
  day: Day,
  personId: string,
  coming: boolean,
  at = boardNow(),
) {
  if (!PERSON_ID_PATTERN.test(personId)) throw new ValidationError({ key: 'personGone' });
  const id = `${groupDayId(groupId, day)}_${personId}`;
  const records = groupComingRecords(doc);
  const already = isComing(records.get(id));
  if (coming && !already) {
    if (records.has(id)) records.update(id, { at, removedAt: undefined });
    else records.add({ at }, id);
  }
  if (!coming && already) records.softRemove(id, at);
}

function isComing(record: { removedAt?: number } | undefined): boolean {
  return !!record && record.removedAt === undefined;
}
