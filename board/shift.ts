// Shifts: which staff are on now and who is next. Lives in the staff document.
// There is no field for contact details, and text that looks like one is refused.
import type * as Y from 'yjs';
import { z } from 'zod';
import { Section } from './section.ts';
import { NAME_MAX, optionalText, requiredText, SHORT_MAX, withoutContact } from './text.ts';

export const shiftSchema = z
  .object({
    name: withoutContact(requiredText('your name', NAME_MAX)),
    pronouns: withoutContact(optionalText('pronouns', 30)),
    upFor: withoutContact(optionalText('what you are up for', SHORT_MAX)),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    endedAt: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((s) => s.end > s.start, {
    message: 'Please end the shift after it starts.',
    path: ['end'],
  });

export type Shift = z.infer<typeof shiftSchema>;

export function shiftSection(doc: Y.Doc): Section<Shift> {
  return new Section(doc, 'shifts', shiftSchema);
}

export function isOnShift(shift: Shift, now: number): boolean {
  return shift.start <= now && now < (shift.endedAt ?? shift.end);
}

/** Who is on now (earliest first) and who comes on next. */
export function shiftsAt(doc: Y.Doc, now: number) {
  const shifts = shiftSection(doc)
    .values()
    .sort((a, b) => a.start - b.start);
  const onNow = shifts.filter((s) => isOnShift(s, now));
  const next = shifts.find((s) => s.start > now && !s.endedAt);
  return { onNow, next };
}

export function endShift(doc: Y.Doc, id: string, at = Date.now()) {
  shiftSection(doc).update(id, { endedAt: at });
}
