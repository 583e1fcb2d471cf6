// Chores: what needs doing, and on which days. A day's chore lives apart, under an id made of
// the chore and the day, so two devices opening the same morning never duplicate it. Rotation,
// claims and done are per day; the only reaction is a warm "thanks".
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import type * as S from './chore-schema.ts';
import type { Chore, ChoreDone } from './chore-schema.ts';
import { boardNow } from './clock.ts';
import { dayOfRecordId, PERSON_ID_PATTERN } from './ids.ts';
import { isAway, personRecords } from './person.ts';
import { type RecordKind, Records, recordKind, ValidationError } from './records.ts';
import { occurrenceIndex, occursOn, type Schedule } from './schedule.ts';
import { addDays, type Day, dayInZone } from './time.ts';

export type { Chore, ChoreDone };

export const CHORES = recordKind<z.infer<typeof S.choreSchema>>({
  name: 'chores',
  doc: 'board',
  required: ['title', 'schedule', 'createdAt'],
  limit: 500,
  restorable: true,
});
const dayRecords = { doc: 'board', limit: 20_000, perDay: 'day' } as const;
export const CHORE_DONE = recordKind<z.infer<typeof S.choreDoneSchema>>({
  name: 'choreDone',
  required: ['at'],
  ...dayRecords,
  signed: true,
});
export const CHORE_CLAIMS = recordKind<z.infer<typeof S.choreClaimSchema>>({
  name: 'choreClaims',
  required: ['by'],
  ...dayRecords,
  owner: 'claimant',
  signed: true,
});
export const CHORE_TURNS = recordKind<z.infer<typeof S.choreTurnSchema>>({
  name: 'choreTurns',
  required: ['to'],
  ...dayRecords,
});
export const CHORE_THANKS = recordKind<z.infer<typeof S.choreThanksSchema>>({
  name: 'choreThanks',
  required: ['at'],
  ...dayRecords,
  limit: 50_000,
  perDay: 'person-day',
  owner: 'person',
});
/** The chores' kinds of record, in the order the board document lists them. */
export const CHORE_KINDS: RecordKind[] = [
  CHORES,
  CHORE_DONE,
  CHORE_CLAIMS,
  CHORE_TURNS,
  CHORE_THANKS,
];

export const choreRecords = (doc: Y.Doc) => new Records(doc, CHORES);
export const choreDoneRecords = (doc: Y.Doc) => new Records(doc, CHORE_DONE);
export const choreClaimRecords = (doc: Y.Doc) => new Records(doc, CHORE_CLAIMS);
export const choreTurnRecords = (doc: Y.Doc) => new Records(doc, CHORE_TURNS);
export const choreThanksRecords = (doc: Y.Doc) => new Records(doc, CHORE_THANKS);

/** The id of one chore on one day: the same on every device. */
export function choreDayId(choreId: string, day: Day): string {
  return `${choreId}_${day}`;
}

/** One person's thanks for one day's chore. */
export function choreThanksId(choreId: string, day: Day, personId: string): string {
  return `${choreId}_${day}_${personId}`;
}

export { dayOfRecordId };

/** Whose turn a chore is on a day, from the schedule and the rotation alone, skipping people away. */
export function rotationTurn(doc: Y.Doc, chore: Chore, day: Day): string | undefined {
  const rotation = chore.rotation ?? [];
  if (rotation.length === 0) return undefined;
  const people = personRecords(doc);
  const start = occurrenceIndex(chore.schedule, day) % rotation.length;
  for (let k = 0; k < rotation.length; k++) {
    const candidate = rotation[(start + k) % rotation.length]!;
    if (!isAway(people.get(candidate), day)) return candidate;
  }
  return undefined;
}

export interface ChoreToday {
  id: string;
  dayId: string;
  /**
   * The day its records are kept under, and so the day a tap ticks or claims: the day shown for
   * a recurring chore (or yesterday, when still open); a one-off chore's own day, always.
   */
  day: Day;
  chore: Chore;
  /** Whose turn it is (a swap wins over the rotation). */
  turn?: string;
  claimedBy?: string;
  done?: { at: number; by?: string };
  thanks: string[];
  /**
   * A recurring chore's yesterday that nobody got to, on a day it does not come round: shown
   * once, gently, then it leaves. Never beside the same chore's own day.
   */
  stillOpen: boolean;
  /** A one-off chore from an earlier day that nobody has done yet: waiting since its day. */
  since?: Day;
}

function instance(doc: Y.Doc, id: string, chore: Chore, day: Day, stillOpen = false): ChoreToday {
  const dayId = choreDayId(id, day);
  const prefix = `${dayId}_`;
  const done = live(choreDoneRecords(doc).get(dayId));
  // Thanks belong to a tick: none before it is done, and none left over from an earlier tick.
  const thanksRecords = choreThanksRecords(doc);
  const thanks = done
    ? [...thanksRecords.map.keys()]
        .filter((key) => {
          const record = key.startsWith(prefix) ? live(thanksRecords.get(key)) : undefined;
          return !!record && record.at >= done.at;
        })
        .map((key) => key.slice(prefix.length))
        .sort()
    : [];
  return {
    id,
    dayId,
    day,
    chore,
    turn: choreTurnRecords(doc).get(dayId)?.to ?? rotationTurn(doc, chore, day),
    claimedBy: live(choreClaimRecords(doc).get(dayId))?.by,
    done: done && { at: done.at, ...(done.by === undefined ? {} : { by: done.by }) },
    thanks,
    stillOpen,
  };
}

/**
 * A one-off chore on `day`: on its own day; after it, until it is done (waiting `since` its
 * day); and, done on a later day, for the rest of the day it was done. Never before its day.
 */
function oneOffOn(doc: Y.Doc, id: string, chore: Chore, day: Day, timeZone: string) {
  if (chore.schedule.kind !== 'once' || chore.schedule.day > day) return undefined;
  const own = instance(doc, id, chore, chore.schedule.day);
  if (own.day === day) return own;
  if (!own.done) return { ...own, since: own.day };
  return dayInZone(own.done.at, timeZone) === day ? own : undefined;
}

/** Shown on `day` but belonging to an earlier one: a recurring chore still open, or a one-off. */
export function carriedOver(item: ChoreToday): boolean {
  return item.stillOpen || item.since !== undefined;
}

/**
 * A day's chores, each at most once: today's; a one-off from an earlier day until it is done;
 * and a recurring chore's yesterday left undone, but only on a day it does not come round itself
 * (and only when it already existed yesterday, in the house's time zone). To do first, what
 * belongs to the day before what was carried over, then what's done; each in title order.
 */
export function choresOn(doc: Y.Doc, day: Day, timeZone = 'UTC'): ChoreToday[] {
  const yesterday = addDays(day, -1);
  const list: ChoreToday[] = [];
  for (const { id, ...chore } of choreRecords(doc).values()) {
    if (chore.schedule.kind === 'once') {
      const oneOff = oneOffOn(doc, id, chore, day, timeZone);
      if (oneOff) list.push(oneOff);
    } else if (occursOn(chore.schedule, day)) {
      list.push(instance(doc, id, chore, day));
    } else if (
      occursOn(chore.schedule, yesterday) &&
      dayInZone(chore.createdAt, timeZone) <= yesterday
    ) {
      const before = instance(doc, id, chore, yesterday, true);
      if (!before.done) list.push(before);
    }
  }
  return list.sort(
    (a, b) =>
      Number(!!a.done) - Number(!!b.done) ||
      Number(carriedOver(a)) - Number(carriedOver(b)) ||
      a.chore.title.localeCompare(b.chore.title),
  );
}

/** A record that has not been taken off (un-ticked, taken back); undefined otherwise. */
function live<T extends { removedAt?: number }>(record: T | undefined): T | undefined {
  return record && record.removedAt === undefined ? record : undefined;
}

/** Sets one concern of a day's chore, bringing back a record that was taken off. */
function setRecord<T extends object>(records: Records<T>, id: string, value: T) {
  if (records.has(id)) records.update(id, { ...value, removedAt: undefined } as Partial<T>);
  else records.add(value, id);
}

/** Takes one concern of a day's chore off softly: the board keeps it until housekeeping. */
function takeOff(records: Records<{ removedAt?: number }>, id: string, at: number) {
  if (live(records.get(id))) records.softRemove(id, at);
}

export function markChoreDone(doc: Y.Doc, choreId: string, day: Day, by?: string, at = boardNow()) {
  setRecord(choreDoneRecords(doc), choreDayId(choreId, day), { at, by });
}

/**
 * Un-ticks a chore. Its thanks go with the tick without being touched (each is its giver's own
 * record): a thanks counts only for the tick it came after.
 */
export function markChoreNotDone(doc: Y.Doc, choreId: string, day: Day, at = boardNow()) {
  takeOff(choreDoneRecords(doc), choreDayId(choreId, day), at);
}

/** A tap on a day's chore, on the wall or a phone: done, or not done after all. */
export function setChoreDone(
  doc: Y.Doc,
  choreId: string,
  day: Day,
  done: boolean,
  by?: string,
  at = boardNow(),
) {
  if (done) markChoreDone(doc, choreId, day, by, at);
  else markChoreNotDone(doc, choreId, day, at);
}

/** "I'll do it" (or, with no one, taking it back). */
export function claimChore(
  doc: Y.Doc,
  choreId: string,
  day: Day,
  personId: string | undefined,
  at = boardNow(),
) {
  const claims = choreClaimRecords(doc);
  const id = choreDayId(choreId, day);
  if (personId) setRecord(claims, id, { by: personId });
  else takeOff(claims, id, at);
}

/**
 * Swaps turns: this day's turn goes to `personId`, and their next turn in the coming two weeks
 * goes to whoever had this one.
 */
export function swapTurn(doc: Y.Doc, choreId: string, day: Day, personId: string) {
  const chore = choreRecords(doc).get(choreId);
  if (!chore) return;
  const current = instance(doc, choreId, chore, day).turn;
  const turns = choreTurnRecords(doc);
  doc.transact(() => {
    setRecord(turns, choreDayId(choreId, day), { to: personId });
    if (!current || current === personId) return;
    for (let d = 1; d <= 14; d++) {
      const later = addDays(day, d);
      if (!occursOn(chore.schedule, later)) continue;
      if (instance(doc, choreId, chore, later).turn === personId) {
        setRecord(turns, choreDayId(choreId, later), { to: current });
        return;
      }
    }
  });
}

/** Whose turn a chore is on a day (a swap wins over the rotation); undefined for no such chore. */
export function turnOf(doc: Y.Doc, choreId: string, day: Day): string | undefined {
  const chore = choreRecords(doc).get(choreId);
  return chore && instance(doc, choreId, chore, day).turn;
}

/** "Count me in": the person joins the end of a chore's rota (nobody else can put them there). */
export function joinRota(doc: Y.Doc, choreId: string, personId: string) {
  const rotation = choreRecords(doc).get(choreId)?.rotation ?? [];
  if (rotation.includes(personId)) return;
  choreRecords(doc).update(choreId, { rotation: [...rotation, personId] });
}

/** "Take me off this rota": only the person themselves leaves it. */
export function leaveRota(doc: Y.Doc, choreId: string, personId: string) {
  const rotation = choreRecords(doc).get(choreId)?.rotation ?? [];
  if (!rotation.includes(personId)) return;
  const rest = rotation.filter((id) => id !== personId);
  choreRecords(doc).update(choreId, { rotation: rest.length ? rest : undefined });
}

/**
 * Whether a rota went from `before` to `after` only by `personId` joining or leaving it: everyone
 * else stays, in the same order. (Moving oneself within it is joining again.)
 */
export function onlyJoinedOrLeft(
  before: readonly string[],
  after: readonly string[],
  personId: string,
): boolean {
  const others = (list: readonly string[]) => list.filter((id) => id !== personId);
  const rest = others(after);
  return after.length - rest.length <= 1 && JSON.stringify(rest) === JSON.stringify(others(before));
}

/** A warm thanks on a done chore, once per person. */
export function thankFor(doc: Y.Doc, choreId: string, day: Day, personId: string, at = boardNow()) {
  if (!PERSON_ID_PATTERN.test(personId)) throw new ValidationError({ key: 'personGone' });
  const done = live(choreDoneRecords(doc).get(choreDayId(choreId, day)));
  if (!done) return;
  const thanks = choreThanksRecords(doc);
  const id = choreThanksId(choreId, day, personId);
  const given = live(thanks.get(id));
  // A thanks from before the chore was un-ticked and ticked again counts no more: give it anew.
  if (!given || given.at < done.at) setRecord(thanks, id, { at: Math.max(at, done.at) });
}

/** What an editor writes of a chore; when it was added and taken off are the board's. */
export type ChoreFields = Omit<Chore, 'createdAt' | 'removedAt'>;

/** Saves a chore from an editor: changes the one with `id`, or adds it; returns its id. */
export function saveChore(
  doc: Y.Doc,
  id: string | undefined,
  fields: ChoreFields,
  at = boardNow(),
): string {
  const chores = choreRecords(doc);
  if (!id) return chores.add({ ...fields, createdAt: at });
  chores.update(id, fields);
  return id;
}

/** Takes a chore off the board; it can be brought back for a week. */
export function removeChore(doc: Y.Doc, choreId: string, at = boardNow()) {
  choreRecords(doc).softRemove(choreId, at);
}

export type { Schedule };

/**
 * How a chore added by touch on the wall comes round: once (from today until someone does it),
 * or every day from today.
 */
export type QuickRepeat = 'once' | 'daily';

/** A chore added on the wall by touch: a title and how often, nothing more; returns its id. */
export function addQuickChore(
  doc: Y.Doc,
  title: string,
  repeat: QuickRepeat,
  today: Day,
  at = boardNow(),
): string {
  const schedule: Schedule =
    repeat === 'once' ? { kind: 'once', day: today } : { kind: 'daily', from: today };
  return choreRecords(doc).add({ title, schedule, createdAt: at });
}
