// Shared limits for the words people type, and what a name may hold. The schemas of free text
// are made from them in text-schema.ts, so every one refuses contact details (contact-details.ts):
// the house has no field for a phone number, e-mail or handle.
import { looksLikeContact } from './contact-details.ts';

export { looksLikeContact };

export const TITLE_MAX = 120;
export const ANNOUNCEMENT_MAX = 500;
export const NAME_MAX = 60;
export const SHORT_MAX = 80;

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
