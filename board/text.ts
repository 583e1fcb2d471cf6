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
  /(?:\+|\b00)?\d[\d\s().-]{6,}\d/, // phone number: 8+ digits with separators
  /(?:^|\s)@[A-Za-z0-9_.]{2,}/, // social handle
  /\b(?:https?:\/\/|www\.)\S+/i, // link to a profile
];

/** True when text looks like a phone number, e-mail, handle or link. */
export function looksLikeContact(text: string): boolean {
  return CONTACT_PATTERNS.some((pattern) => pattern.test(text));
}

export const NO_CONTACT_MESSAGE =
  'Please leave out phone numbers, e-mail addresses and social handles — staff keep those private.';

/** Like optionalText/requiredText, but refuses anything that looks like contact details. */
export function withoutContact<T extends z.ZodType<string | undefined>>(schema: T) {
  return schema.refine((value) => !value || !looksLikeContact(value), NO_CONTACT_MESSAGE);
}
