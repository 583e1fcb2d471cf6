// Shared rules for the words people type: plain limits and kind messages (by key, sentences.ts).
import { z } from 'zod';
import { says, type Thing } from './sentences.ts';

export const TITLE_MAX = 120;
export const ANNOUNCEMENT_MAX = 500;
export const NAME_MAX = 60;
export const SHORT_MAX = 80;

/** Text someone must write: trimmed, not empty, not longer than `max`. */
export function requiredText(what: Thing, max: number) {
  return z
    .string({ error: says('write', { what }) })
    .trim()
    .min(1, says('write', { what }))
    .max(max, says('tooLong', { what, max }));
}

/** Text someone may leave empty; empty becomes "not given". */
export function optionalText(what: Thing, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string({ error: says('notText', { what }) })
      .trim()
      .max(max, says('tooLong', { what, max }))
      .optional(),
  );
}

/**
 * Characters a name may never hold: control characters (NUL, line breaks, tabs), line and
 * paragraph separators, and the bidi overrides and isolates that make text read backwards on the
 * wall (U+202A–U+202E, U+2066–U+2069).
 */
const HIDDEN_IN_NAMES = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** Letters that show nothing: format marks (zero-width spaces, joiners), spaces, fillers. */
const INVISIBLE = /[\p{Cf}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a name holds at least one character a person can see. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/** Whether a name holds a character that has no place in a name (see HIDDEN_IN_NAMES). */
export function hasHiddenCharacter(text: string): boolean {
  return HIDDEN_IN_NAMES.test(text);
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
  return z
    .string({ error: says('write', { what }) })
    .refine((value) => !hasHiddenCharacter(value), problem.hidden)
    .trim()
    .min(1, missing)
    .max(max, words.tooLong ?? says('tooLong', { what, max }))
    .refine(hasVisibleCharacter, problem.invisible);
}

/** A name someone may leave out (who wrote an announcement, who leads a group). */
export function optionalName(what: Thing, max: number) {
  const problem = nameProblems(what);
  return z.preprocess(
    // Blank is "not given", as in optionalText; a line break alone is not blank but refused.
    (value) =>
      typeof value === 'string' && value.trim() === '' && !hasHiddenCharacter(value)
        ? undefined
        : value,
    z
      .string({ error: says('notText', { what }) })
      .refine((value) => !hasHiddenCharacter(value), problem.hidden)
      .trim()
      .max(max, says('tooLong', { what, max }))
      .refine(hasVisibleCharacter, problem.invisible)
      .optional(),
  );
}

const CONTACT_PATTERNS: RegExp[] = [
  // e-mail. Tried only where an "@" follows a character (the lookbehind), so a long run of
  // letters with no "@" is passed over in one step instead of once per starting letter.
  /(?<=[^\s@])@[^\s@]+\.[^\s@]{2,}/,
  /(?:^|\s)@[A-Za-z0-9_.]{2,}/, // social handle
  /\b(?:https?:\/\/|www\.)\S+/i, // link to a profile
];

/** A run of digits with the separators phone numbers are written with. */
const DIGIT_RUN = /\+?\d[\d\s().-]*\d/g;
/** Times ("10.30", "14:00") and dates ("2026-07-02") inside such a run are not a number to ring. */
const TIMES_AND_DATES = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[.:]\d{2}\b/g;
/** The shortest phone numbers people give out have nine digits or more. */
const PHONE_DIGITS = 9;

function looksLikePhoneNumber(text: string): boolean {
  for (const run of text.match(DIGIT_RUN) ?? []) {
    const digits = run.replace(TIMES_AND_DATES, ' ').replace(/\D/g, '');
    if (digits.length >= PHONE_DIGITS) return true;
  }
  return false;
}

/** True when text looks like a phone number, e-mail, handle or link. */
export function looksLikeContact(text: string): boolean {
  return looksLikePhoneNumber(text) || CONTACT_PATTERNS.some((pattern) => pattern.test(text));
}

/** Like optionalText/requiredText, but refuses anything that looks like contact details. */
export function withoutContact<T extends z.ZodType<string | undefined>>(schema: T) {
  return schema.refine((value) => !value || !looksLikeContact(value), says('noContact'));
}
