// The live status line both screens show: "Live", "Connecting…", or how long ago the board last
// matched the server, plus the server's own sentence when it closed the connection.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HouseConnection } from './connection.ts';
import { ConnectionController } from './connection-controller.ts';
import { agoWords } from './house-time.ts';
import { t } from './i18n/index.ts';
import { MinuteController } from './minute-controller.ts';
import { houseColors } from './theme.ts';

export type ConnectionState = 'live' | 'connecting' | 'reconnecting';

export function connectionState(connection: HouseConnection): ConnectionState {
  if (connection.live) return 'live';
  return connection.lastSyncedAt === undefined ? 'connecting' : 'reconnecting';
}

export function statusWords(connection: HouseConnection, now = Date.now()): string {
  switch (connectionState(connection)) {
    case 'live':
      return t('status.live');
    case 'connecting':
      return t('status.connecting');
    case 'reconnecting':
      return t('status.reconnecting', { ago: agoWords(connection.lastSyncedAt!, now) });
  }
}

@customElement('hb-live-status')
export class LiveStatus extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        gap: 0.2em;
      }
      /* On the wall, one line under the house's name, so the header never changes height. */
      :host([inline]) {
        flex-direction: row;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 0.6em;
      }
      .line {
        display: inline-flex;
        align-items: center;
        gap: 0.45em;
        font-weight: 600;
      }
      .dot {
        width: 0.6em;
        height: 0.6em;
        border-radius: 50%;
        background: var(--hb-warn);
        flex: none;
      }
      [data-state='live'] .dot {
        background: var(--hb-done);
      }
      [data-state='live'] {
        color: var(--hb-done);
      }
      [data-state='connecting'],
      [data-state='reconnecting'] {
        color: var(--hb-warn);
      }
      .problem {
        font-size: var(--hb-small-text, 0.85em);
        color: var(--hb-ink);
      }
    `,
  ];

  @property({ attribute: false }) connection?: HouseConnection;
  /** Status and the server's sentence on one line, rather than stacked. */
  @property({ type: Boolean, reflect: true }) inline = false;

  constructor() {
    super();
    new ConnectionController(this, () => this.connection);
    // "last synced 3 min ago" moves on with the clock.
    new MinuteController(this);
  }

  override render() {
    const connection = this.connection;
    if (!connection)
      return html`<span class="line" data-state="connecting">${t('status.connecting')}</span>`;
    const state = connectionState(connection);
    return html`
      <span class="line" data-state=${state} data-testid="live-status" role="status">
        <span class="dot" aria-hidden="true"></span>${statusWords(connection, Date.now())}
      </span>
      ${
        connection.problem
          ? html`<span class="problem" data-testid="connection-problem">${connection.problem}</span>`
          : null
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-live-status': LiveStatus;
  }
}
