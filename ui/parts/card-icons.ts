// Each kind of card on the wall has an icon of its own, drawn inline (no icon font, nothing
// fetched): a tick in a circle for chores, two people for groups, a key for who is on shift
// and a pinned note for announcements. They take the card's accent colour and stay out of the
// accessibility tree — the title beside them says the same in words.
import { html, svg, type TemplateResult } from 'lit';

export type CardKind =
  | 'chores'
  | 'groups'
  | 'shifts'
  | 'announcements'
  | 'meals'
  | 'shopping'
  | 'agenda';

const PATHS: Record<CardKind, TemplateResult> = {
  chores: svg`<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.2"/>
    <path d="M7.5 12.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.4"
      stroke-linecap="round" stroke-linejoin="round"/>`,
  groups: svg`<circle cx="8.5" cy="8" r="3.2" fill="currentColor"/>
    <circle cx="16" cy="9" r="2.7" fill="currentColor"/>
    <path d="M2.5 19.5c0-3.6 2.7-6 6-6s6 2.4 6 6z" fill="currentColor"/>
    <path d="M15.2 19.5c0-2.2-.6-3.9-1.7-5.1.7-.4 1.6-.6 2.5-.6 2.9 0 5.4 2.1 5.4 5.7z"
      fill="currentColor"/>`,
  shifts: svg`<circle cx="8" cy="12" r="4.8" fill="none" stroke="currentColor" stroke-width="2.4"/>
    <path d="M12.6 12h9M18 12v3.5M21 12v2.5" fill="none" stroke="currentColor" stroke-width="2.4"
      stroke-linecap="round"/>`,
  announcements: svg`<path d="M5 3.5h14v11l-5.5 6H5z" fill="none" stroke="currentColor"
      stroke-width="2.2" stroke-linejoin="round"/>
    <path d="M13.5 20.5v-6H19" fill="none" stroke="currentColor" stroke-width="2.2"
      stroke-linejoin="round"/>
    <path d="M8.5 8h7M8.5 11.5h4" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
  // A bowl with steam rising: the day's meals.
  meals: svg`<path d="M3 12.5h18c0 4.2-3.6 7.5-9 7.5s-9-3.3-9-7.5z" fill="currentColor"/>
    <path d="M8.5 9.5c0-1.5 1.2-1.8 1.2-3.3S8.5 4.5 8.5 3M14 9.5c0-1.5 1.2-1.8 1.2-3.3S14 4.5 14 3"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  shopping: svg`<path d="M3 9.5h18l-2.2 10H5.2z" fill="none" stroke="currentColor" stroke-width="2.2"
      stroke-linejoin="round"/>
    <path d="M8 9.5l3-6M16 9.5l-3-6M9.5 13v3.5M14.5 13v3.5" fill="none" stroke="currentColor"
      stroke-width="2.2" stroke-linecap="round"/>`,
  agenda: svg`<rect x="4.5" y="4" width="15" height="17" rx="2" fill="none" stroke="currentColor"
      stroke-width="2.2"/>
    <path d="M9 2.8h6v3H9z" fill="currentColor"/>
    <path d="M8 10h8M8 13.5h8M8 17h5" stroke="currentColor" stroke-width="2.2"
      stroke-linecap="round"/>`,
};

/** The icon of a kind of card, for beside its title. */
export function cardIcon(kind: CardKind): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PATHS[kind]}</svg>`;
}
