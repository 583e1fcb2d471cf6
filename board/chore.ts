// Chores: what needs doing, and on which days. A day's chore lives apart, under an id made of
// the chore and the day, so two devices opening the same morning never duplicate it. Rotation,
// claims and done are per day; the only reaction is a warm "thanks".
import type * as Y from 'yjs';
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { isAway, personSection } from './person.ts';
import { occurrenceIndex, occursOn, type Schedule, scheduleSchema } from './schedule.ts';
import { Section } from './section.ts';
import { optionalText, requiredText, SHORT_MAX, TITLE_MAX } from './text.ts';
import { addDays, type Day } from './time.ts';

const personId = z.string().regex(ID_PATTERN, 'That person is not on the board.');

export const choreSchema = z
  .object({
    title: requiredText('the chore', TITLE_MAX),
    area: optionalText('the area', SHORT_MAX),
    schedule: scheduleSchema,
    /** People who volunteered to take turns; empty or absent means anyone. */
    rotation: z.array(personId).max(30, 'Please keep a rotation to 30 people or fewer.').optional(),
    createdAt: z.number().int().nonnegative(),
    removedAt: z.number().int().nonnegative().optional(),
  })
  .strict();

export type Chore = z.infer<typeof choreSchema>;

export const choreDaySchema = z
  .object({
    doneAt: z.number().int().nonnegative().optional(),
    /** Who ticked it done; absent when it was ticked on the kiosk. */
    doneBy: personId.optional(),
    /** Who said "I'll do it". */
    claimedBy: personId.optional(),
    /** A swap: this day's turn goes to someone other than the rotation says. */
    assignedTo: personId.optional(),
    thanks: z.array(personId).max(100).optional(),
  })
  .strict();

export type ChoreDay = z.infer<typeof choreDaySchema>;

export function choreSection(doc: Y.Doc): Section<Chore> {
  return new Section(doc, 'chores', choreSchema);
}

export function choreDaySection(doc: Y.Doc): Section<ChoreDay> {
  return new Section(doc, 'choreDays', choreDaySchema);
}

/** The id of one chore on one day: the same on every device. */
export function choreDayId(choreId: string, day: Day): string {
  return `${choreId}_${day}`;
}

/** Whose turn a chore is on a day, from the schedule and the rotation alone, skipping people away. */
export function rotationTurn(doc: Y.Doc, chore: Chore, day: Day): string | undefined {
  const rotation = chore.rotation ?? [];
  if (rotation.length === 0) return undefined;
  const people = personSection(doc);
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
  day: Day;
  chore: Chore;
  /** Whose turn it is (a swap wins over the rotation). */
  turn?: string;
  claimedBy?: string;
  done?: { at: number; by?: string };
  thanks: string[];
  /** Yesterday's chore that nobody got to: shown once, gently, then it leaves. */
  stillOpen: boolean;
}

function instance(doc: Y.Doc, id: string, chore: Chore, day: Day, stillOpen: boolean): ChoreToday {
  const dayId = choreDayId(id, day);
  const state = choreDaySection(doc).get(dayId);
  return {
    id,
    dayId,
    day,
    chore,
    turn: state?.assignedTo ?? rotationTurn(doc, chore, day),
    claimedBy: state?.claimedBy,
    done: state?.doneAt ? { at: state.doneAt, by: state.doneBy } : undefined,
    thanks: state?.thanks ?? [],
    stillOpen,
  };
}

/** A day's chores: today's, then yesterday's that are still open; done ones last. */
export function choresOn(doc: Y.Doc, day: Day): ChoreToday[] {
  const yesterday = addDays(day, -1);
  const list: ChoreToday[] = [];
  for (const { id, ...chore } of choreSection(doc).values()) {
    if (occursOn(chore.schedule, day)) list.push(instance(doc, id, chore, day, false));
    if (occursOn(chore.schedule, yesterday)) {
      const before = instance(doc, id, chore, yesterday, true);
      if (!before.done) list.push(before);
    }
  }
  return list.sort(
    (a, b) =>
      Number(!!a.done) - Number(!!b.done) ||
      Number(a.stillOpen) - Number(b.stillOpen) ||
      a.chore.title.localeCompare(b.chore.title),
  );
}

function changeDay(doc: Y.Doc, choreId: string, day: Day, patch: Partial<ChoreDay>) {
  const days = choreDaySection(doc);
  const dayId = choreDayId(choreId, day);
  if (days.has(dayId)) days.update(dayId, patch);
  else
    days.add(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), dayId);
}

export function markChoreDone(doc: Y.Doc, choreId: string, day: Day, by?: string, at = Date.now()) {
  changeDay(doc, choreId, day, { doneAt: at, doneBy: by });
}

export function markChoreNotDone(doc: Y.Doc, choreId: string, day: Day) {
  if (choreDaySection(doc).has(choreDayId(choreId, day))) {
    changeDay(doc, choreId, day, { doneAt: undefined, doneBy: undefined, thanks: undefined });
  }
}

/** "I'll do it" (or, with no one, taking it back). */
export function claimChore(doc: Y.Doc, choreId: string, day: Day, personId: string | undefined) {
  changeDay(doc, choreId, day, { claimedBy: personId });
}

/**
 * Swaps turns: this day's turn goes to `personId`, and their next turn in the coming two weeks
 * goes to whoever had this one.
 */
export function swapTurn(doc: Y.Doc, choreId: string, day: Day, personId: string) {
  const chore = choreSection(doc).get(choreId);
  if (!chore) return;
  const current = instance(doc, choreId, chore, day, false).turn;
  doc.transact(() => {
    changeDay(doc, choreId, day, { assignedTo: personId });
    if (!current || current === personId) return;
    for (let d = 1; d <= 14; d++) {
      const later = addDays(day, d);
      if (!occursOn(chore.schedule, later)) continue;
      if (instance(doc, choreId, chore, later, false).turn === personId) {
        changeDay(doc, choreId, later, { assignedTo: current });
        return;
      }
    }
  });
}

/** A warm thanks on a done chore, once per person. */
export function thankFor(doc: Y.Doc, choreId: string, day: Day, personId: string) {
  const state = choreDaySection(doc).get(choreDayId(choreId, day));
  if (!state?.doneAt || state.thanks?.includes(personId)) return;
  changeDay(doc, choreId, day, { thanks: [...(state.thanks ?? []), personId] });
}

/** Takes a chore off the board; it can be brought back for a week. */
export function removeChore(doc: Y.Doc, choreId: string, at = Date.now()) {
  choreSection(doc).softRemove(choreId, at);
}

/** Forgets day records older than `keepDays`, so the board does not grow for ever. */
export function forgetOldChoreDays(doc: Y.Doc, today: Day, keepDays = 14): number {
  const oldest = addDays(today, -keepDays);
  const days = choreDaySection(doc);
  let forgotten = 0;
  doc.transact(() => {
    for (const id of [...days.map.keys()]) {
      const day = id.slice(id.lastIndexOf('_') + 1);
      if (day < oldest) {
        days.remove(id);
        forgotten += 1;
      }
    }
  });
  return forgotten;
}

export type { Schedule };
