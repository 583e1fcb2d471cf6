// "Undo" on the wall, on the spot: after each tap that changed the board (a tick, an added chore
// or announcement) the wall says what changed, with an Undo button, for a few seconds. Tapping
// it takes back that change only — the kiosk's own last edit, never anyone else's (the same undo
// the phones use, with the same check that nobody has built on it since).
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { House } from '../ui/house.ts';
import { t } from '../ui/i18n/index.ts';
import { controls, houseColors } from '../ui/theme.ts';
import { TimeoutController } from '../ui/timeout-controller.ts';
import { UNDO_REFUSED, UndoController } from '../ui/undo.ts';

/** Long enough to notice a mistaken tap and reach the button, short enough to get out of the way. */
const OFFER_MS = 10_000;
/** How long "Taken back" (or why it could not be) stays. */
const SAID_MS = 4_000;

@customElement('hb-undo-toast')
export class UndoToast extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        /* Over the header, where it hides only the house's name for a moment: never over the
           join code or a card's items, which someone may be reading or scanning. */
        position: fixed;
        left: 50%;
        top: 0.5em;
        transform: translateX(-50%);
        z-index: 5;
        max-width: 90vw;
      }
      .toast {
        display: flex;
        align-items: center;
        gap: 0.8em;
        padding: 0.4em 0.5em 0.4em 1em;
        background: var(--hb-ink);
        color: var(--hb-card);
        border-radius: 0.6em;
        box-shadow: 0 0.2em 0.8em rgb(0 0 0 / 0.35);
      }
      .words {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      button {
        flex: none;
        min-height: max(48px, 1.8em);
        font-weight: 700;
        border-color: var(--hb-card);
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  /** What the last tap changed, while it can still be undone here. */
  @state() private offered?: string;
  /** What happened to the undo, said for a moment (kept as a key: the language may change). */
  @state() private said?: 'touch.undone' | typeof UNDO_REFUSED;
  /** Clears what the toast says once it has been up long enough. */
  private readonly clearing = new TimeoutController(this);
  private readonly undo = new UndoController(
    this,
    () => this.house?.docs.board,
    () => 'kiosk',
  );

  /** Offers to undo the change just made, described in `words`. */
  offer(words: string): void {
    this.offered = words;
    this.said = undefined;
    this.clearAfter(OFFER_MS);
  }

  override render() {
    if (this.offered) {
      return html`<div class="toast" role="status" data-testid="undo-toast">
        <span class="words">${this.offered}</span>
        <button
          type="button"
          data-testid="undo-toast-undo"
          aria-label=${t('touch.undoLabel', { what: this.offered })}
          @click=${this.takeBack}
        >
          ${t('touch.undo')}
        </button>
      </div>`;
    }
    if (this.said) {
      return html`<div class="toast" role="status" data-testid="undo-said">
        <span class="words">${t(this.said)}</span>
      </div>`;
    }
    return nothing;
  }

  private takeBack(): void {
    this.offered = undefined;
    this.said = this.undo.undo() ? 'touch.undone' : UNDO_REFUSED;
    this.clearAfter(SAID_MS);
  }

  private clearAfter(ms: number): void {
    this.clearing.start(ms, () => {
      this.offered = undefined;
      this.said = undefined;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-undo-toast': UndoToast;
  }
}
