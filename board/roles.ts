// Who may change which document. The permission boundary is the document boundary: everyone
// writes the board, staff also the staff document, admins also the settings.
import type { DocKind } from './documents.ts';
import type { Profile } from './profile-schema.ts';

export type { Profile };

export const ROLES = ['kiosk', 'member', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const NAME_DISPLAYS = ['full', 'initial', 'hidden'] as const;
/** How a person's name may appear on the wall: as written, initial only, or not at all. */
export type NameDisplay = (typeof NAME_DISPLAYS)[number];

const WRITES: Record<Role, readonly DocKind[]> = {
  kiosk: ['board'],
  member: ['board'],
  staff: ['board', 'staff'],
  admin: ['board', 'staff', 'settings'],
};

export function canWrite(role: Role, kind: DocKind): boolean {
  return WRITES[role].includes(kind);
}

export function isStaff(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}

/**
 * Made on first use: its first making loads the grapheme rules (about 26 ms on a server core, four
 * times that on a small wall), which a wall showing names in full never needs.
 */
let characters: Intl.Segmenter | undefined;

/** The first character as a person sees it: "É", "🇬🇧", "👩‍🌾", not half of one. */
function firstCharacter(text: string): string {
  characters ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of characters.segment(text)) return segment;
  return '';
}

/**
 * A name as the wall may show it: as written, an initial, or nothing. In visitor mode every name
 * is at most an initial, and hidden names stay hidden.
 */
export function wallName(
  display: NameDisplay,
  name: string,
  visitorMode = false,
): string | undefined {
  if (display === 'hidden') return undefined;
  if (display === 'initial' || visitorMode) return `${firstCharacter(name.trim()).toUpperCase()}.`;
  return name;
}

/** A name as its owner chose to show it on the wall. */
export function shownName(name: string | undefined, display: NameDisplay): string | undefined {
  return name ? wallName(display, name) : undefined;
}
