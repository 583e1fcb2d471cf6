// Chores: what needs doing, and on which days. Whether a day's chore is done lives apart, under an
// id made of the chore and the day, so two devices opening the same morning never duplicate it.
import type * as Y from 'yjs';
import { z } from 'zod';
import { occursOn, type Schedule, scheduleSchema } from './schedule.ts';
import { Section } from './section.ts';
import { NAME_MAX, optionalText, requiredText, SHORT_MAX, TITLE_MAX } from './text.ts';
import type { Day } from './time.ts';

export const choreSchema = z
  .object({
    title: requiredText('the chore', TITLE_MAX),
    area: optionalText('the area', SHORT_MAX),
    schedule: scheduleSchema,
    createdAt: z.number().int().nonnegative(),
  })
  .strict();

export type Chore = z.infer<typeof choreSchema>;

export const choreDaySchema = z
  .object({
    doneAt: z.number().int().nonnegative().optional(),
    doneBy: optionalText('the name', NAME_MAX),
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

export interface ChoreToday {
  id: string;
  dayId: string;
  chore: Chore;
  done?: { at: number; by?: string };
}

export function choresOn(doc: Y.Doc, day: Day): ChoreToday[] {
  const days = choreDaySection(doc);
  return choreSection(doc)
    .values()
    .filter((chore) => occursOn(chore.schedule, day))
    .map(({ id, ...chore }) => {
      const dayId = choreDayId(id, day);
      const state = days.get(dayId);
      const done = state?.doneAt ? { at: state.doneAt, by: state.doneBy } : undefined;
      return { id, dayId, chore, done };
    })
    .sort(
      (a, b) => Number(!!a.done) - Number(!!b.done) || a.chore.title.localeCompare(b.chore.title),
    );
}

export function markChoreDone(doc: Y.Doc, choreId: string, day: Day, by?: string, at = Date.now()) {
  const days = choreDaySection(doc);
  const dayId = choreDayId(choreId, day);
  const value = { doneAt: at, doneBy: by };
  if (days.has(dayId)) days.update(dayId, value);
  else days.add(value, dayId);
}

export function markChoreNotDone(doc: Y.Doc, choreId: string, day: Day) {
  const days = choreDaySection(doc);
  const dayId = choreDayId(choreId, day);
  if (days.has(dayId)) days.update(dayId, { doneAt: undefined, doneBy: undefined });
}

export function removeChore(doc: Y.Doc, choreId: string) {
  doc.transact(() => {
    choreSection(doc).remove(choreId);
    const days = choreDaySection(doc);
    for (const id of [...days.map.keys()]) if (id.startsWith(`${choreId}_`)) days.remove(id);
  });
}

export type { Schedule };
