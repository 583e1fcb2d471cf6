// The schemas of the words people type: plain limits and kind messages (by key, sentences.ts).
// Every free-text field on the board is made here, so every one refuses contact details
// (contact-details.ts): the house has no field for a phone number, e-mail or handle. Only the
// schemas import it (rules.ts), never a screen's first view.
import * as z from 'zod/mini';
import { looksLikeContact } from './contact-details.ts';
import { says, type Thing } from './sentences.ts';
import { hasHiddenCharacter, hasVisibleCharacter } from './text.ts';

/**
 * Whether text holds no phone number, e-mail address, handle or profile link. Text longer than
 * `max` is refused for its length already, so it is not read through (a hostile entry of a
 * quarter of a megabyte costs the server nothing more).
 */
const noContactWithin = (max: number) => (value: string) =>
  value.length > max || !looksLikeContact(value);
const NO_CONTACT = says('noContact');

/** Text someone must write: trimmed, not empty, not longer than `max`, no contact details. */
export function requiredText(what: Thing, max: number) {
  return z
    .string({ error: says('write', { what }) })
    .check(
      z.trim(),
      z.minLength(1, says('write', { what })),
      z.maxLength(max, says('tooLong', { what, max })),
      z.refine(noContactWithin(max), NO_CONTACT),
    );
}

/** Text someone may leave empty; empty becomes "not given". No contact details either. */
export function optionalText(what: Thing, max: number) {
  return z.pipe(
    z.transform((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
    z.optional(
      z
        .string({ error: says('notText', { what }) })
        .check(
          z.trim(),
          z.maxLength(max, says('tooLong', { what, max })),
          z.refine(noContactWithin(max), NO_CONTACT),
        ),
    ),
  );
}

/** Kind words for a name that shows nothing, or holds line breaks or direction marks. */
const nameProblems = (what: Thing) => ({
  invisible: says('nameInvisible', { what }),
  hidden: says('nameHidden', { what }),
});

/**
 * A name field: like requiredText, and it holds something to see and nothing hidden. The hidden
 * characters are looked for before trimming, since the board keeps what was sent, untrimmed.
 */
export function requiredName(
  what: Thing,
  max: number,
  words: { missing?: string; tooLong?: string } = {},
) {
  const missing = words.missing ?? says('write', { what });
  const problem = nameProblems(what);
  return z.string({ error: says('write', { what }) }).check(
    z.refine((value) => !hasHiddenCharacter(value), problem.hidden),
    z.trim(),
    z.minLength(1, missing),
    z.maxLength(max, words.tooLong ?? says('tooLong', { what, max })),
    z.refine(hasVisibleCharacter, problem.invisible),
    z.refine(noContactWithin(max), NO_CONTACT),
  );
}

/** A name someone may leave out (who wrote an announcement, who leads a group). */
export function optionalName(what: Thing, max: number) {
  const problem = nameProblems(what);
  return z.pipe(
    // Blank is "not given", as in optionalText; a line break alone is not blank but refused.
    z.transform((value) =>
      typeof value === 'string' && value.trim() === '' && !hasHiddenCharacter(value)
        ? undefined
        : value,
    ),
    z.optional(
      z.string({ error: says('notText', { what }) }).check(
        z.refine((value) => !hasHiddenCharacter(value), problem.hidden),
        z.trim(),
        z.maxLength(max, says('tooLong', { what, max })),
        z.refine(hasVisibleCharacter, problem.invisible),
        z.refine(noContactWithin(max), NO_CONTACT),
      ),
    ),
  );
}

/**
 * Refuses anything that looks like contact details, for a text schema not made by the helpers
 * above (they refuse it already).
 */
export function withoutContact<T extends z.ZodMiniType<string | undefined>>(schema: T) {
  return schema.check(z.refine((value) => !value || !looksLikeContact(value), NO_CONTACT));
}
