// The corner of the wall where a phone joins: a QR code of this moment's join address and a few
// words. The code changes every few minutes, so only someone in the room can use it. While
// visitors are in (visitor mode), joining is paused: no code, one calm line in its place.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../ui/parts/qr-code.ts';
import { visitorModeOn } from '../board/index.ts';
import { DocController } from '../ui/doc-controller.ts';
import type { House } from '../ui/house.ts';
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
        gap: 0.6em;
        padding: 0.3em 0.5em;
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        box-sizing: border-box;
        /* Scanned from arm's length: the code keeps to the screen's size, whatever the house's
           text size; its words are the wall's own, read from across the room like the rest. */
        --qr: 17vmin;
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
        /* The box keeps the code's size whatever the house's text size, so its words follow the
           box at the largest sizes rather than spill out of it. */
        font-size: min(var(--hb-small-text), calc(var(--qr) / 8));
        line-height: 1.2;
        padding: 0.3em;
        box-sizing: border-box;
        overflow: hidden;
        text-align: center;
      }
      .words {
        display: grid;
        gap: 0.25em;
        min-width: 0;
      }
      /* A row of its own, wide and short: the title above, the rest side by side under it. */
      :host {
        container: join / inline-size;
      }
      /* Narrow, beside the clock on a wall of big text: the title and the address, no more. */
      /* Narrow, beside the clock on a wall of big text: a short title and the address. */
      .short {
        display: none;
      }
      @container join (width < 17em) {
        .how,
        .long {
          display: none;
        }
        .short {
          display: inline;
          font-size: var(--hb-small-text);
        }
      }
      :host([compact]) .how,
      :host([compact]) .long {
        display: none;
      }
      :host([compact]) .short {
        display: inline;
        font-size: var(--hb-small-text);
      }
      @container join (width > 30em) {
        .words {
          display: flex;
          flex-wrap: wrap;
          gap: 0.15em 1em;
        }
        strong {
          flex-basis: 100%;
        }
      }
      strong {
        line-height: 1.15;
      }
      .words > span {
        font-size: var(--hb-small-text);
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
      .paused {
        margin: 0;
        padding: 0.4em 0;
        color: var(--hb-muted);
      }
    `,
  ];

  @property({ attribute: false }) joinCode?: JoinCode;
  /** The time the wall is showing; a code past its expiry is not shown. */
  @property({ type: Number }) now = serverNow();
  /** Short words: a title and the address, for a wall with little room to spare. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /**
   * The house, for visitor mode. When the wall does not hand it over, the panel takes the one
   * of the view it sits in (the wall's own `house`).
   */
  @property({ attribute: false }) house?: House;

  constructor() {
    super();
    new DocController(this, () => [this.houseHere()?.docs.board]);
  }

  private houseHere(): House | undefined {
    if (this.house) return this.house;
    const root = this.isConnected ? this.getRootNode() : undefined;
    const host = root instanceof ShadowRoot ? root.host : undefined;
    return (host as { house?: House } | undefined)?.house;
  }

  override render() {
    const board = this.houseHere()?.docs.board;
    if (board && visitorModeOn(board, Math.max(this.now, serverNow()))) {
      return html`<p class="paused" role="status" data-testid="join-paused">
        ${t('kiosk.joinPaused')}
      </p>`;
    }
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
        <strong
          ><span class="long">${t('kiosk.joinTitle')}</span
          ><span class="short">${t('kiosk.joinShort')}</span></strong
        >
        <span class="how">${t('kiosk.joinScan')}</span>
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
