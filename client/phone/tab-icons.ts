// The phone's tab bar icons, drawn inline like the wall's card icons (ui/parts/card-icons.ts):
// a sun for Today, a week's calendar, a plate with fork and knife for Food, a ticked list for
// List and a person for You. They take the tab's colour and stay out of the accessibility tree:
// the word under each says the same.
import { html, svg, type TemplateResult } from 'lit';

export type TabIcon = 'today' | 'week' | 'food' | 'list' | 'you';

const PATHS: Record<TabIcon, TemplateResult> = {
  today: svg`<circle cx="12" cy="12" r="4.6" fill="none" stroke="currentColor" stroke-width="2.2"/>
    <path d="M12 1.8v2.6M12 19.6v2.6M1.8 12h2.6M19.6 12h2.6M4.8 4.8l1.8 1.8M17.4 17.4l1.8 1.8
      M4.8 19.2l1.8-1.8M17.4 6.6l1.8-1.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
  week: svg`<rect x="2.8" y="4.5" width="18.4" height="16.5" rx="2" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>
    <path d="M2.8 9.5h18.4M7.5 2.5v4M16.5 2.5v4" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>
    <path d="M6.5 13h2M11 13h2M15.5 13h2M6.5 17h2M11 17h2" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
  food: svg`<circle cx="12" cy="13" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/>
    <path d="M2.5 3v6M2.5 9v12M1 3v4.5a1.5 1.5 0 0 0 3 0V3M21.5 21V3c-1.8 1.2-2.5 3.5-2.5 6v3h2.5"
      fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
  list: svg`<path d="M3 5.5l1.6 1.6 2.9-3.2M3 12.5l1.6 1.6 2.9-3.2" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"
      stroke-linejoin="round"/>
    <path d="M11 6h10M11 13h10M11 20h10" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>
    <circle cx="5" cy="19.5" r="1.7" fill="currentColor"/>`,
  you: svg`<circle cx="12" cy="7.5" r="4.3" fill="none" stroke="currentColor" stroke-width="2.2"/>
    <path d="M3.5 21.5c0-4.8 3.8-8 8.5-8s8.5 3.2 8.5 8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
};

/** The icon of a tab, above its word. */
export function tabIcon(tab: TabIcon): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PATHS[tab]}</svg>`;
}
