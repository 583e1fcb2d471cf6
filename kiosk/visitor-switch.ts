// Visitor mode on the wall: one tap hides every name (initials at most) for two hours. Once on,
// a clear banner says until when. Ending it on the wall takes two taps — the first arms it and
// says so, and lets go by itself after a few seconds — when the house lets the wall end it
// (settings `visitorEndsOnWall`); otherwise the banner says staff end it from their phones.
// A small element: whoever lays out the wall places it (a corner of the header).
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { readSettings, setVisitorMode, visitorModeUntil } from '../board/index.ts';
import { DocController } from '../ui/doc-controller.ts';
import type { House } from '../ui/house.ts';
import { instantWords } from '../ui/house-time.ts';
import { t } from '../ui/i18n/index.ts';
import { serverNow } from '../ui/server-clock.ts';
import { controls, houseColors } from '../ui/theme.ts';
import { TimeoutController } from '../ui/timeout-controller.ts';

/** How long the first tap keeps ending armed before it lets go by itself. */
export const VISITOR_END_ARMED_MS = 5_000;

@customElement('hb-visitor-switch')
export class VisitorSwitch extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: inline-block;
        flex: none;
        width: max-content;
        max-width: 100%;
        /* Rarely used: the wall's secondary size, never smaller. */
        font-size: var(--hb-small-text, 0.8em);
      }
      button,
      .notice {
        box-sizing: border-box;
        min-height: max(48px, 1.8em);
        max-width: 100%;
        padding: 0.1em 0.9em;
        border-radius: 999px;
        font-weight: 600;
        text-align: start;
        line-height: 1.2;
      }
      .off {
        border-color: var(--hb-line);
        color: var(--hb-muted);
      }
      /* On: plainly visible, in the calm blue the wall uses for "next". */
      .on,
      .notice {
        display: inline-flex;
        flex-direction: column;
        justify-content: center;
        background: var(--hb-calm-tint);
        border: 3px solid var(--hb-next);
        color: var(--hb-ink);
      }
      .on[data-armed] {
        background: var(--hb-next);
        color: var(--hb-card);
      }
      .hint {
        font-weight: 400;
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  @property() timeZone = 'UTC';
  @property({ type: Number }) now = serverNow();
  /** After the first tap on the banner: the next one ends visitor mode. */
  @state() private armed = false;
  private readonly disarm = new TimeoutController(this);

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.board, this.house?.docs.settings]);
  }

  override render() {
    const board = this.house?.docs.board;
    if (!board) return null;
    const until = visitorModeUntil(board, Math.max(this.now, serverNow()));
    if (until === undefined) {
      return html`<button
        type="button"
        class="off"
        data-testid="visitor-mode-on"
        aria-label=${t('kiosk.visitorOnLabel')}
        @click=${() => setVisitorMode(board, true)}
      >
        ${t('kiosk.visitorOn')}
      </button>`;
    }
    const words = t('visitor.until', { time: instantWords(until, this.timeZone) });
    const settings = this.house?.docs.settings;
    const wallMayEnd = settings ? readSettings(settings).visitorEndsOnWall : true;
    if (!wallMayEnd) {
      return html`<div class="notice" role="status" data-testid="visitor-notice">
        <span>${words}</span>
        <span class="hint" data-testid="visitor-ends-by-staff">${t('kiosk.visitorEndsByStaff')}</span>
      </div>`;
    }
    return html`<div role="status">
      <button
        type="button"
        class="on"
        data-testid="visitor-notice"
        ?data-armed=${this.armed}
        aria-label=${this.armed ? t('kiosk.visitorTapAgain') : `${words}. ${t('kiosk.visitorEndLabel')}`}
        @click=${this.tap}
      >
        ${
          this.armed
            ? html`<span data-testid="visitor-end-armed">${t('kiosk.visitorTapAgain')}</span>`
            : html`<span>${words}</span>`
        }
      </button>
    </div>`;
  }

  private tap() {
    const board = this.house?.docs.board;
    if (!board) return;
    if (!this.armed) {
      this.armed = true;
      this.disarm.start(VISITOR_END_ARMED_MS, () => {
        this.armed = false;
      });
      return;
    }
    this.disarm.stop();
    this.armed = false;
    setVisitorMode(board, false);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-visitor-switch': VisitorSwitch;
  }
}
