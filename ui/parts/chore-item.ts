// One of the day's chores as a big tap target: tap to say it is done, tap again to undo.
// Shown on the wall and on phones; it only asks, through a `chore-toggle` event. Yesterday's
// chore that nobody got to is shown gently, never in red.
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChoreToday, Day } from '../../board/index.ts';
import { controls, houseColors } from '../theme.ts';
import type { ChoreWords } from './chore-words.ts';
import { ItemPart } from './item-part.ts';

export interface ChoreToggle {
  choreId: string;
  /** The day the chore tapped is kept under: today's, yesterday's still open, a one-off's own. */
  day: Day;
  /** What the person wants: true to mark it done, false to undo. */
  done: boolean;
}

@customElement('hb-chore-item')
export class ChoreItem extends ItemPart {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: block;
      }
      /* Done, on the wall's one line of done chores: a tick and the title, tap to undo. */
      :host([compact]) {
        display: inline-block;
        max-width: 100%;
      }
      :host([compact]) button {
        width: auto;
        max-width: 100%;
        gap: 0.3em;
        padding: 0.1em 0.45em;
      }
      :host([compact]) .tick {
        width: 1.2em;
        height: 1.2em;
        border-width: 2px;
      }
      :host([compact]) .title {
        display: inline;
        font-weight: 400;
      }
      :host([compact]) .meta {
        display: inline;
        margin-left: 0.4em;
      }
      /* The phone's list of the day's chores: tighter lines, so more of them fit a screen. */
      :host([dense]) button {
        padding: 0.2em 0.5em;
        line-height: 1.2;
        gap: 0.5em;
      }
      :host([dense]) .tick {
        width: 1.4em;
        height: 1.4em;
      }
      button {
        width: 100%;
        display: flex;
        align-items: center;
        gap: 0.6em;
        text-align: left;
        padding: 0.35em 0.6em;
        border-color: var(--hb-line);
      }
      button[aria-pressed='true'] {
        background: var(--hb-done-tint);
        border-color: var(--hb-done);
      }
      /* Still open from yesterday: a quiet dashed edge, nothing alarming. */
      button[data-still-open='yes'] {
        border-style: dashed;
      }
      .tick {
        flex: none;
        width: 1.6em;
        height: 1.6em;
        border-radius: 50%;
        border: 3px solid var(--hb-ink);
        display: grid;
        place-items: center;
        font-weight: 700;
        line-height: 1;
      }
      [aria-pressed='true'] .tick {
        background: var(--hb-done);
        border-color: var(--hb-done);
        color: var(--hb-card);
      }
      .words {
        flex: 1;
        min-width: 0;
      }
      .title {
        display: block;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .status {
        font-weight: 600;
        color: var(--hb-ink);
      }
      [aria-pressed='true'] .status {
        color: var(--hb-done);
      }
      [data-still-open='yes'] .status {
        font-weight: 400;
        font-style: italic;
      }
      .meta {
        display: block;
        font-size: var(--hb-small-text, 0.85em);
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
      .thanks {
        color: var(--hb-warm);
        font-weight: 600;
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) chore?: ChoreToday;
  /** What to say about it, worked out by the screen with the wall's names. */
  @property({ attribute: false }) words?: ChoreWords;
  /** Done, in a line of done chores: the title alone. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** In the phone's list: tighter lines (the wall never sets it). */
  @property({ type: Boolean, reflect: true }) dense = false;

  protected readonly what = 'a chore';

  protected renderItem() {
    const item = this.chore;
    if (!item) return null;
    const done = !!item.done;
    const words = this.words;
    return html`
      <button
        type="button"
        data-testid="chore-tick"
        data-chore-id=${item.id}
        data-day=${item.day}
        data-still-open=${item.stillOpen ? 'yes' : 'no'}
        data-done=${done ? 'yes' : 'no'}
        aria-pressed=${done ? 'true' : 'false'}
        @click=${this.toggle}
      >
        <span class="tick" aria-hidden="true">${done ? '✓' : ''}</span>
        <span class="words">
          <span class="title">${item.chore.title}</span>
          ${this.line(this.compact && words ? { ...words, detail: '' } : words)}
        </span>
      </button>
    `;
  }

  /** Who and what, where, and the thanks, on one line that wraps when it must (folded into the
   * wall's line of done chores: who did it and the thanks, not where). */
  private line(words?: ChoreWords) {
    if (!words || !(words.status || words.detail || words.thanks)) return null;
    const parts = [
      words.status
        ? html`<span class="status" data-testid="chore-status">${words.status}</span>`
        : null,
      words.detail ? html`<span class="detail">${words.detail}</span>` : null,
      words.thanks
        ? html`<span class="thanks" data-testid="chore-thanks">${words.thanks}</span>`
        : null,
    ].filter((part) => part !== null);
    return html`<span class="meta"
      >${parts.map((part, i) => (i ? html`<span aria-hidden="true"> · </span>${part}` : part))}</span
    >`;
  }

  private toggle() {
    if (!this.chore) return;
    const detail: ChoreToggle = {
      choreId: this.chore.id,
      day: this.chore.day,
      done: !this.chore.done,
    };
    this.dispatchEvent(new CustomEvent('chore-toggle', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chore-item': ChoreItem;
  }
  interface HTMLElementEventMap {
    'chore-toggle': CustomEvent<ChoreToggle>;
  }
}
