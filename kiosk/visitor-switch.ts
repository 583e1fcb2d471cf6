// Visitor mode on the wall: one tap hides every name (initials at most) for two hours. The wall
// can switch it on but not off — ending it early is for staff, from their phones — so once on,
// it shows a calm notice of until when.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { setVisitorMode, visitorModeUntil } from '../board/index.ts';
import type { HouseConnection } from '../ui/connection.ts';
import { DocController } from '../ui/doc-controller.ts';
import { instantWords } from '../ui/house-time.ts';
import { t } from '../ui/i18n/index.ts';
import { serverNow } from '../ui/server-clock.ts';
import { controls, houseColors } from '../ui/theme.ts';

@customElement('hb-visitor-switch')
export class VisitorSwitch extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: block;
      }
      button {
        min-height: max(48px, 2.25em);
        padding: 0 0.9em;
        /* Tapped from close by, not read from across the room: it keeps to a modest size. */
        font-size: min(0.94em, 3vmin);
        font-weight: 600;
        border-color: var(--hb-line);
      }
      .notice {
        display: flex;
        align-items: center;
        gap: 0.45em;
        min-height: max(48px, 2.25em);
        box-sizing: border-box;
        padding: 0 0.9em;
        border-radius: 0.5em;
        background: var(--hb-calm-tint);
        border: 2px solid var(--hb-next);
        color: var(--hb-ink);
        font-size: 0.94em;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  @property() timeZone = 'UTC';
  @property({ type: Number }) now = serverNow();

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.board]);
  }

  override render() {
    const board = this.house?.docs.board;
    if (!board) return null;
    const until = visitorModeUntil(board, Math.max(this.now, serverNow()));
    if (until !== undefined) {
      return html`<div class="notice" role="status" data-testid="visitor-notice">
        ${t('visitor.until', { time: instantWords(until, this.timeZone) })}
      </div>`;
    }
    return html`<button
      type="button"
      data-testid="visitor-mode-on"
      aria-label=${t('kiosk.visitorOnLabel')}
      @click=${() => setVisitorMode(board, true)}
    >
      ${t('kiosk.visitorOn')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-visitor-switch': VisitorSwitch;
  }
}
