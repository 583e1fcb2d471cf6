// People as they chose to appear: each device writes its own entry (its id, the name it was
// given, how that name may show on the wall, and days away). Everything that names someone —
// claims, done, "I'm coming", authorship — points here, so a changed choice shows everywhere.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { type Birthday, isBirthdayOn } from './birthday.ts';
import type * as S from './person-schema.ts';
import type { Person } from './person-schema.ts';
import { Records, recordKind } from './records.ts';
import { wallName } from './roles.ts';
import type { Day } from './time.ts';

export type { Person };

/** Each entry is keyed by its person's id (their device's), and only they change it. */
export const PEOPLE = recordKind<z.infer<typeof S.personSchema>>({
  name: 'people',
  doc: 'board',
  required: ['name', 'nameDisplay'],
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
