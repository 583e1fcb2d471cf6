// The corner of the wall where a phone joins: a QR code of this moment's join address and a few
// words. The code changes every few minutes, so only someone in the room can use it.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../ui/parts/qr-code.ts';
import { t } from '../ui/i18n/index.ts';
import type { JoinCode } from '../ui/screen-socket.ts';
import { serverNow } from '../ui/server-clock.ts';
import { houseColors } from '../ui/theme.ts';

/** The part of the address a person could read aloud: "board.example.org". */
function siteWords(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return location.host;
  }
}

@customElement('hb-join-panel')
export class JoinPanel extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 0.75em;
        padding: 0.5em 0.6em;
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        box-sizing: border-box;
        /* Read from arm's length, where a phone scans it: the code and its words keep to the
           screen's size, whatever the house's text size. */
        --qr: 18.5vmin;
        font-size: min(1em, 3vmin);
      }
      hb-qr-code {
        flex: none;
        width: var(--qr);
        height: var(--qr);
      }
      .placeholder {
        flex: none;
        width: var(--qr);
        height: var(--qr);
        display: grid;
        place-items: center;
        border: 2px dashed var(--hb-line);
        border-radius: 8px;
        color: var(--hb-muted);
        font-size: 0.75em;
        text-align: center;
      }
      .words {
        display: grid;
        gap: 0.25em;
        min-width: 0;
      }
      strong {
        font-size: 1.06em;
        line-height: 1.15;
      }
      span {
        font-size: 0.875em;
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) joinCode?: JoinCode;
  /** The time the wall is showing; a code past its expiry is not shown. */
  @property({ type: Number }) now = serverNow();

  override render() {
    const code = this.joinCode;
    const usable = code && code.expiresAt > Math.max(this.now, serverNow());
    return html`
      ${
        usable
          ? html`<hb-qr-code
              data-testid="join-qr"
              data-join-url=${code.url}
              .text=${code.url}
              label=${t('kiosk.joinQr')}
            ></hb-qr-code>`
          : html`<div class="placeholder" data-testid="join-qr-waiting">
              ${t('kiosk.joinWaiting')}
            </div>`
      }
      <div class="words">
        <strong>${t('kiosk.joinTitle')}</strong>
        <span>${t('kiosk.joinScan')}</span>
        <span data-testid="join-site">${siteWords(code?.url ?? location.href)}</span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-join-panel': JoinPanel;
  }
}
