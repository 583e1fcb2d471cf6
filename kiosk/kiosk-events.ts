// The events the wall's parts send up to the kiosk: something was changed by a tap (so the wall
// offers to undo it on the spot), and someone asked to add a chore or an announcement.

/** What the wall can add by touch alone. */
export type QuickAddKind = 'chore' | 'announcement' | 'shopping';

export interface KioskChange {
  /** What changed, in words, for the "Undo" beside it. */
  words: string;
}

/** Sent after each change a tap made on the wall, once it is on the board. */
export function kioskChange(words: string): CustomEvent<KioskChange> {
  return new CustomEvent('kiosk-change', { detail: { words }, bubbles: true, composed: true });
}

/** Asks the kiosk to open the quick-add panel. */
export function kioskAdd(kind: QuickAddKind): CustomEvent<QuickAddKind> {
  return new CustomEvent('kiosk-add', { detail: kind, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'kiosk-change': CustomEvent<KioskChange>;
    'kiosk-add': CustomEvent<QuickAddKind>;
    'quick-add-close': CustomEvent<void>;
  }
}
