// A strip at the bottom of the wall: what is on tomorrow in one line ("Tomorrow: Walk 10 am ·
// To prepare for Seaside: a coat · Art 2 pm"). What does not fit the wall's width is left off,
// from the end, and the line ends in "…" (it is cut to fit, not only hidden past the edge, so no
// text ever runs off the screen). It is gone when tomorrow has nothing on. A tap on it opens the
// week ahead over the wall.
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { readSettings, tomorrow } from '../board/index.ts';
import { timeWords } from '../ui/house-time.ts';
import { HouseView } from '../ui/house-view.ts';
import { t } from '../ui/i18n/index.ts';
import { mealWords } from '../ui/parts/week-words.ts';
import { controls, houseColors } from '../ui/theme.ts';
import { WallNames } from '../ui/wall-names.ts';

/** Asks the wall to open the week ahead. */
export function weekOpen(): CustomEvent<void> {
  return new CustomEvent('week-open', { bubbles: true, composed: true });
}

/** Fewer letters than this left of a part, and the whole part is left off instead. */
const MIN_LETTERS = 12;

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

  /** How much of the line fits: how many parts, and how many letters of the last one shown. */
  @state() private fit = { parts: Number.POSITIVE_INFINITY, letters: Number.POSITIVE_INFINITY };
  /** The whole line last drawn; when it changes, fitting starts again from all of it. */
  private whole = '';
  /** The width and text size the line was fitted to: only a change in these fits it again. */
  private room = '';
  private readonly sizing = new ResizeObserver(() => {
    const room = `${this.clientWidth} ${getComputedStyle(this).fontSize}`;
    if (room === this.room) return;
    this.room = room;
    this.refit();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizing.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizing.disconnect();
  }

  private refit(): void {
    this.fit = { parts: Number.POSITIVE_INFINITY, letters: Number.POSITIVE_INFINITY };
  }

  /**
   * Until the line fits: letters off the end of the last part shown, and when too little of it
   * would be left to read, that whole part off instead.
   */
  protected override updated(): void {
    const button = this.renderRoot.querySelector('button');
    if (!button || button.scrollWidth <= button.clientWidth + 1) return;
    const parts = [...this.renderRoot.querySelectorAll<HTMLElement>('.part')];
    const last = parts.at(-1);
    if (!last) return;
    const length = last.textContent?.length ?? 0;
    const width = last.getBoundingClientRect().width || 1;
    const room = width - (button.scrollWidth - button.clientWidth);
    const letters = Math.min(length - 2, Math.floor((length * room) / width) - 2);
    if (parts.length > 1 && letters < MIN_LETTERS) {
      this.fit = { parts: parts.length - 1, letters: Number.POSITIVE_INFINITY };
    } else if (letters >= 1 && letters < this.fit.letters) {
      this.fit = { parts: parts.length, letters };
    }
  }

  override render() {
    const house = this.house;
    const next = house
      ? tomorrow(house.docs.board, this.now, readSettings(house.docs.settings).timeZone)
      : undefined;
    const empty = !next || (!next.groups.length && !next.prepare.length && !next.meals.length);
    this.toggleAttribute('empty', empty);
    if (!house || !next || empty) return nothing;
    // The first thing on, then the meals and who cooks, then what to get ready (before a long
    // day's list runs off the end), then the rest of the day.
    const [first, ...rest] = next.groups.map((g) => `${g.group.title} ${timeWords(g.start)}`);
    const names = new WallNames(house.docs.board, this.now);
    const meals = next.meals.map((meal) => {
      const { what, cooks } = mealWords(meal, (id) => names.person(id));
      return `${what} ${timeWords(meal.time)}${cooks ? ` (${cooks})` : ''}`;
    });
    const parts = [
      ...(first ? [first] : []),
      ...meals,
      ...next.prepare.map((p) => t('week.prepareFor', { title: p.title, what: p.note })),
      ...rest,
    ];
    const whole = `${t('week.tomorrow')}: ${parts.join(' · ')}`;
    if (whole !== this.whole) {
      this.whole = whole;
      this.refit();
    }
    const { letters } = this.fit;
    const shown = parts.slice(0, Math.max(1, this.fit.parts));
    const end = shown.length - 1;
    const shortened = (shown[end]?.length ?? 0) > letters;
    if (shortened) shown[end] = `${shown[end]!.slice(0, letters).trimEnd()}…`;
    const cut = shown.length < parts.length && !shortened;
    return html`<button
      type="button"
      data-testid="tomorrow-strip"
      aria-haspopup="dialog"
      aria-label=${whole}
      title=${t('week.openWeek')}
      @click=${() => this.dispatchEvent(weekOpen())}
    >
      <strong>${t('week.tomorrow')}:</strong>
      ${shown.map((part, i) => html`${i ? ' · ' : ''}<span class="part">${part}</span>`)}${
        cut ? ' · …' : ''
      }
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
