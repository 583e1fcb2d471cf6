// The house meeting's agenda: anyone adds a point for the next meeting (with their name on it
// or, by default, without), the wall shows the list on the meeting's day, and at the meeting
// staff or the wall mark a point "carried to next time". After the meeting its points fade; the
// carried ones move on to the next meeting and stay on each one until someone takes them off.
// One record per point, so points added at once from two phones both stay.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import type * as S from './agenda-schema.ts';
import type { AgendaItem } from './agenda-schema.ts';
import { boardNow } from './clock.ts';
import { groupDayId, groupsOn, kindOfGroup } from './group.ts';
import { newId } from './ids.ts';
import { Records, recordKind } from './records.ts';
import { addDays, type Day, dayInZone } from './time.ts';

export type { AgendaItem };

/** The most a point may say: a line or two, like a card's sticky note. */
export const AGENDA_MAX = 200;
/** How far ahead and back a house meeting is looked for: a monthly meeting is found. */
const LOOK_DAYS = 62;

/** `<groupId>_<YYYY-MM-DD>`: the meeting (one day's meeting of a house-meeting group). */
export const MEETING_ID = /^[A-Za-z0-9-]{1,64}_\d{4}-\d{2}-\d{2}$/;

export const AGENDA = recordKind<z.infer<typeof S.agendaSchema>>({
  name: 'agenda',
  doc: 'board',
  required: ['text', 'for', 'addedAt'],
  limit: 5_000,
  // The id ends with the meeting's day: housekeeping forgets a point two weeks after it.
  perDay: 'day',
  owner: 'author',
  signed: true,
  staffFields: { carried: 'carry a point to the next house meeting' },
  // The wall stands in the room at the meeting: it may mark a point carried too.
  wallFields: ['carried'],
  restorable: true,
});

export const agendaRecords = (doc: Y.Doc) => new Records(doc, AGENDA);

/** One day's house meeting. */
export interface HouseMeeting {
  groupId: string;
  day: Day;
  startsAt: number;
  endsAt: number;
}

/** `<groupId>_<day>`, as a point's `for` names its meeting. */
export function meetingId(meeting: Pick<HouseMeeting, 'groupId' | 'day'>): string {
  return groupDayId(meeting.groupId, meeting.day);
}

/** The day of a point's meeting. */
function dayOfMeeting(id: string): Day {
  return id.slice(-10);
}

/** The day's house meetings that take place (not cancelled), moved ones at their new time. */
export function houseMeetingsOn(doc: Y.Doc, day: Day, now: number, timeZone: string) {
  return groupsOn(doc, day, now, timeZone)
    .filter((g) => kindOfGroup(g.group) === 'meeting' && g.status !== 'cancelled')
    .map((g): HouseMeeting => ({ groupId: g.id, day, startsAt: g.startsAt, endsAt: g.endsAt }));
}

/** The house meeting on now, or the next one; undefined when none is coming within two months. */
export function nextHouseMeeting(
  doc: Y.Doc,
  now: number,
  timeZone: string,
): HouseMeeting | undefined {
  const today = dayInZone(now, timeZone);
  for (let i = 0; i <= LOOK_DAYS; i += 1) {
    const found = houseMeetingsOn(doc, addDays(today, i), now, timeZone).find(
      (m) => m.endsAt > now,
    );
    if (found) return found;
  }
  return undefined;
}

/** Today's house meeting, whether it is still to come, on now or over; the last one if two. */
export function houseMeetingToday(
  doc: Y.Doc,
  now: number,
  timeZone: string,
): HouseMeeting | undefined {
  const meetings = houseMeetingsOn(doc, dayInZone(now, timeZone), now, timeZone);
  return meetings.find((m) => m.endsAt > now) ?? meetings.at(-1);
}

/** The last meeting that took place before `meeting` began. */
function meetingBefore(doc: Y.Doc, meeting: HouseMeeting, timeZone: string) {
  for (let i = 0; i <= LOOK_DAYS; i += 1) {
    const day = addDays(meeting.day, -i);
    const held = houseMeetingsOn(doc, day, meeting.startsAt, timeZone).filter(
      (m) => m.endsAt <= meeting.startsAt,
    );
    if (held.length) return held.at(-1);
  }
  return undefined;
}

export type AgendaPoint = AgendaItem & {
  id: string;
  /** Carried here from an earlier meeting. */
  fromBefore: boolean;
};

/**
 * A meeting's points: those added for it or for a meeting since the last one held (a cancelled
 * meeting's points wait for the next), then those carried from earlier meetings; oldest first.
 */
export function agendaOf(doc: Y.Doc, meeting: HouseMeeting, timeZone: string): AgendaPoint[] {
  const before = meetingBefore(doc, meeting, timeZone);
  const lastDay = before?.day;
  return agendaRecords(doc)
    .values()
    .flatMap((item): AgendaPoint[] => {
      const day = dayOfMeeting(item.for);
      if (day > meeting.day) return [];
      const since = lastDay === undefined || day > lastDay;
      if (since) return [{ ...item, fromBefore: false }];
      return item.carried ? [{ ...item, fromBefore: true }] : [];
    })
    .sort(
      (a, b) =>
        Number(a.fromBefore) - Number(b.fromBefore) ||
        a.addedAt - b.addedAt ||
        a.id.localeCompare(b.id),
    );
}

/** The coming (or current) meeting and its points; undefined when no meeting is coming. */
export function agendaFor(doc: Y.Doc, now: number, timeZone: string) {
  const meeting = nextHouseMeeting(doc, now, timeZone);
  return meeting && { meeting, items: agendaOf(doc, meeting, timeZone) };
}

/**
 * Adds a point for the coming meeting; `by` only when its author chose to put their name on it.
 * Returns its id, or undefined when no house meeting is coming.
 */
export function addAgendaItem(
  doc: Y.Doc,
  text: string,
  timeZone: string,
  by?: string,
  now = boardNow(),
): string | undefined {
  const meeting = nextHouseMeeting(doc, now, timeZone);
  if (!meeting) return undefined;
  const item: AgendaItem = { text, for: meetingId(meeting), addedAt: now };
  if (by) item.by = by;
  return agendaRecords(doc).add(item, `${newId()}_${meeting.day}`);
}

/** "Carried to next time", or not after all (staff, admin or the wall). */
export function carryAgendaItem(doc: Y.Doc, id: string, carried: boolean) {
  agendaRecords(doc).update(id, { carried: carried || undefined });
}

/** Takes a point off (its author, or staff); kept for a week, so it can be brought back. */
export function removeAgendaItem(doc: Y.Doc, id: string, at = boardNow()) {
  agendaRecords(doc).softRemove(id, at);
}
