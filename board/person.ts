// People as they chose to appear: each device writes its own entry (its id, the name it was
// given, how that name may show on the wall, and days away). Everything that names someone —
// claims, done, "I'm coming", authorship — points here, so a changed choice shows everywhere.
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { type Birthday, birthdaySchema, isBirthdayOn } from './birthday.ts';
import { Records, recordKind } from './records.ts';
import { NAME_DISPLAYS, wallName } from './roles.ts';
import { says } from './sentences.ts';
import { NAME_MAX, requiredName } from './text.ts';
import { DAY_PATTERN, type Day } from './time.ts';

export const personSchema = z.strictObject({
  name: requiredName('aName', NAME_MAX),
  nameDisplay: z.enum(NAME_DISPLAYS),
  /** Away until the end of this day: skipped in chore rotations. */
  awayUntil: z.optional(z.string().check(z.regex(DAY_PATTERN))),
  /**
   * When they left the house (written by the server only, once every device of theirs is let
   * go): off every rota, picker and the wall at once; forgotten wholly after the house's wait.
   */
  leftAt: z.optional(z.int().check(z.nonnegative())),
  /** Their birthday, a day and a month (never a year), if they chose to say it. */
  birthday: z.optional(birthdaySchema),
  /** Whether the wall wishes them a happy birthday on the day: off unless they turn it on. */
  birthdayOnWall: z.optional(z.boolean(says('chooseBirthdayOnWall'))),
});

export type Person = z.infer<typeof personSchema>;

/** Each entry is keyed by its person's id (their device's), and only they change it. */
export const PEOPLE = recordKind({
  name: 'people',
  doc: 'board',
  schema: personSchema,
  limit: 1_000,
  owner: 'person',
});

export const personRecords = (doc: Y.Doc) => new Records(doc, PEOPLE);

/** Writes this device's own entry; called when a person joins or changes how they show. */
export function introduce(doc: Y.Doc, personId: string, person: Person): void {
  const people = personRecords(doc);
  if (people.has(personId)) people.update(personId, person);
  else people.add(person, personId);
}

/** Away until the end of `day` (chore turns skip them), or back when `day` is undefined. */
export function setAway(doc: Y.Doc, personId: string, day: Day | undefined): void {
  personRecords(doc).update(personId, { awayUntil: day });
}

/**
 * Their birthday and whether the wall says it; an undefined birthday forgets it (and the wall's
 * greeting with it). Written by their own devices only, like the rest of their entry.
 */
export function setBirthday(
  doc: Y.Doc,
  personId: string,
  birthday: Birthday | undefined,
  onWall: boolean,
): void {
  personRecords(doc).update(personId, {
    birthday,
    birthdayOnWall: birthday && onWall ? true : undefined,
  });
}

/** Ids of the people in the house whose birthday is `day` and who asked the wall to say so. */
export function birthdaysOnWall(doc: Y.Doc, day: Day): string[] {
  return personRecords(doc)
    .values()
    .filter(
      (person) =>
        isHere(person) &&
        person.birthdayOnWall === true &&
        !!person.birthday &&
        isBirthdayOn(person.birthday, day),
    )
    .map((person) => person.id);
}

export function isAway(person: Person | undefined, day: Day): boolean {
  return !!person?.leftAt || (!!person?.awayUntil && day <= person.awayUntil);
}

/** Whether a person is still in the house (on the board and not left). */
export function isHere(person: Person | undefined): boolean {
  return !!person && person.leftAt === undefined;
}

/** The wall's name for a person id, or undefined when they chose not to show it (or are unknown). */
export function personName(doc: Y.Doc, personId: string | undefined, visitorMode = false) {
  if (!personId) return undefined;
  const person = personRecords(doc).get(personId);
  return isHere(person) ? wallName(person!.nameDisplay, person!.name, visitorMode) : undefined;
}
