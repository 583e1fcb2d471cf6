// Shared rules for the words people type: plain limits and kind messages.
import { z } from 'zod';

export const TITLE_MAX = 120;
export const ANNOUNCEMENT_MAX = 500;
export const NAME_MAX = 60;
export const SHORT_MAX = 80;

/** Text someone must write: trimmed, not empty, not longer than `max`. */
export function requiredText(what: string, max: number) {
  return z
    .string({ error: `Please write ${what}.` })
    .trim()
    .min(1, `Please write ${what}.`)
    .max(max, `Please keep ${what} to ${max} characters or fewer.`);
}

/** Text someone may leave empty; empty becomes "not given". */
export function optionalText(what: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string({ error: `${what} should be text.` })
      .trim()
      .max(max, `Please keep ${what} to ${max} characters or fewer.`)
      .optional(),
  );
}

const CONTACT_PATTERNS: RegExp[] = [
  /[^\s@]+@[^\s@]+\.[^\s@]{2,}/, // e-mail
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

export const NO_CONTACT_MESSAGE =
  'Please leave out phone numbers, e-mail addresses and social handles — staff keep those private.';

/** Like optionalText/requiredText, but refuses anything that looks like contact details. */
export function withoutContact<T extends z.ZodType<string | undefined>>(schema: T) {
  return schema.refine((value) => !value || !looksLikeContact(value), NO_CONTACT_MESSAGE);
}
