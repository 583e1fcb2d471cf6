// A strip at the bottom of the wall: what is on tomorrow in one line ("Tomorrow: Walk 10 am ·
// Art 2 pm · To prepare: bring a coat"), ending in "…" when it runs longer than the wall is wide.
// It is gone when tomorrow has nothing on. A tap on it opens the week ahead over the wall.
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { readSettings, tomorrow } from '../board/index.ts';
import { timeWords } from '../ui/house-time.ts';
import { HouseView } from '../ui/house-view.ts';
import { t } from '../ui/i18n/index.ts';
import { controls, houseColors } from '../ui/theme.ts';

/** Asks the wall to open the week ahead. */
export function weekOpen(): CustomEvent<void> {
  return new CustomEvent('week-open', { bubbles: true, composed: true });
}

@customElement('hb-tomorrow-strip')
export class TomorrowStrip extends HouseView {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: block;
        min-width: 0;
        margin-top: 0.4em;
      }
      :host([empty]) {
        display: none;
      }
      button {
        display: block;
        width: 100%;
        box-sizing: border-box;
        text-align: left;
        /* One line whatever the text size: what does not fit ends in "…". */
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        padding: 0.2em 0.6em;
        min-height: max(48px, 1.6em);
        border: 2px solid var(--hb-line);
        background: var(--hb-card);
        /* The week opens over the strip at once: no tap highlight left painted over it. */
        -webkit-tap-highlight-color: transparent;
      }
      strong {
        font-weight: 700;
      }
      .prepare {
        font-weight: 600;
      }
    `,
  ];

  protected readonly reads = ['board' as const];

  override render() {
    const house = this.house;
    const next = house
      ? tomorrow(house.docs.board, this.now, readSettings(house.docs.settings).timeZone)
      : undefined;
    const empty = !next || (!next.groups.length && !next.prepare.length);
    this.toggleAttribute('empty', empty);
    if (!next || empty) return nothing;
    // The first thing on, then what to get ready (before a long day's list runs off the end),
    // then the rest of the day.
    const [first, ...rest] = next.groups.map((g) => `${g.group.title} ${timeWords(g.start)}`);
    const parts = [
      ...(first ? [first] : []),
      ...next.prepare.map((p) => t('week.prepareFor', { title: p.title, what: p.note })),
      ...rest,
    ];
    return html`<button
      type="button"
      data-testid="tomorrow-strip"
      aria-haspopup="dialog"
      title=${t('week.openWeek')}
      @click=${() => this.dispatchEvent(weekOpen())}
    >
      <strong>${t('week.tomorrow')}:</strong> ${parts.join(' · ')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-tomorrow-strip': TomorrowStrip;
  }
  interface HTMLElementEventMap {
    'week-open': CustomEvent<void>;
  }
}
