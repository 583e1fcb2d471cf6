// Groups: the day's shared activities, with a time, a place and who leads.
import type * as Y from 'yjs';
import { z } from 'zod';
import { occursOn, scheduleSchema } from './schedule.ts';
import { Section } from './section.ts';
import { NAME_MAX, optionalText, requiredText, SHORT_MAX, TITLE_MAX } from './text.ts';
import { type Day, instantInZone, TIME_PATTERN } from './time.ts';

const clock = (what: string) => z.string().regex(TIME_PATTERN, `Please give ${what} as HH:MM.`);

export const groupSchema = z
  .object({
    title: requiredText('the name of the group', TITLE_MAX),
    schedule: scheduleSchema,
    start: clock('the start time'),
    end: clock('the end time'),
    place: optionalText('the place', SHORT_MAX),
    leader: optionalText('who leads', NAME_MAX),
    note: optionalText('the note', 280),
  })
  .strict()
  .refine((g) => g.end > g.start, {
    message: 'Please end the group after it starts.',
    path: ['end'],
  });

export type Group = z.infer<typeof groupSchema>;

export function groupSection(doc: Y.Doc): Section<Group> {
  return new Section(doc, 'groups', groupSchema);
}

export type GroupStatus = 'past' | 'now' | 'next' | 'later';

export interface GroupToday {
  id: string;
  group: Group;
  startsAt: number;
  endsAt: number;
  status: GroupStatus;
}

/** The day's groups in time order; the one happening now and the next one are marked. */
export function groupsOn(doc: Y.Doc, day: Day, now: number, timeZone: string): GroupToday[] {
  const groups = groupSection(doc)
    .values()
    .filter((g) => occursOn(g.schedule, day))
    .map(({ id, ...group }) => ({
      id,
      group,
      startsAt: instantInZone(day, group.start, timeZone),
      endsAt: instantInZone(day, group.end, timeZone),
      status: 'later' as GroupStatus,
    }))
    .sort((a, b) => a.startsAt - b.startsAt || a.group.title.localeCompare(b.group.title));
  let nextMarked = false;
  for (const g of groups) {
    if (g.endsAt <= now) g.status = 'past';
    else if (g.startsAt <= now) g.status = 'now';
    else if (!nextMarked) {
      g.status = 'next';
      nextMarked = true;
    }
  }
  return groups;
}
