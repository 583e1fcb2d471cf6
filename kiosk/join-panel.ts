// The corner of the wall where a phone joins: a QR code of this moment's join address and a few
// words. The code changes every few minutes, so only someone in the room can use it.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../client/parts/qr-code.ts';
import type { JoinCode } from '../client/screen-socket.ts';
import { houseColors } from '../client/theme.ts';

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
        gap: 24px;
        padding: 16px 20px;
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-radius: 16px;
        box-sizing: border-box;
        height: 232px;
      }
      hb-qr-code {
        flex: none;
        width: 200px;
        height: 200px;
      }
      .placeholder {
        flex: none;
        width: 200px;
        height: 200px;
        display: grid;
        place-items: center;
        border: 2px dashed var(--hb-line);
        border-radius: 8px;
        color: var(--hb-muted);
        font-size: 24px;
        text-align: center;
      }
      .words {
        display: grid;
        gap: 8px;
        min-width: 0;
      }
      strong {
        font-size: 34px;
        line-height: 1.15;
      }
      span {
        font-size: 28px;
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) joinCode?: JoinCode;
  /** The time the wall is showing; a code past its expiry is not shown. */
  @property({ type: Number }) now = Date.now();

  override render() {
    const code = this.joinCode;
    const usable = code && code.expiresAt > Math.max(this.now, Date.now());
    return html`
      ${
        usable
          ? html`<hb-qr-code
              data-testid="join-qr"
              data-join-url=${code.url}
              .text=${code.url}
              label="QR code to add this phone to the house board"
            ></hb-qr-code>`
          : html`<div class="placeholder" data-testid="join-qr-waiting">
              The code shows when the board is online
            </div>`
      }
      <div class="words">
        <strong>Add to the board from your phone</strong>
        <span>Scan the code with your phone's camera</span>
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
