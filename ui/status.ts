// The live status line both screens show: "Live", "Connecting…", or "Offline since 2:05 pm —
// showing what we had" in the house's time, plus the server's own sentence when it closed the
// connection. The board never passes old data off as live, and an outage grows more visible the
// longer it lasts: a quiet line, then a stronger colour, then (on the wall) a band across the top.
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { readSettings } from '../board/index.ts';
import { ConnectionView } from './connection-view.ts';
import type { House } from './house.ts';
import { t } from './i18n/index.ts';
import { sayClose } from './i18n/say.ts';
import { offlineLevel, offlineWords } from './offline.ts';
import { serverNow } from './server-clock.ts';
import { houseColors } from './theme.ts';

/**
 * `copy`: the board shows what the device kept from when it was last live, and is on its way to
 * the server (a wall just reloaded draws from its copy before any socket opens).
 */
export type ConnectionState = 'live' | 'connecting' | 'copy' | 'offline';

export function connectionState(connection: House): ConnectionState {
  if (connection.live) return 'live';
  if (connection.failed || connection.lastSyncedAt !== undefined) return 'offline';
  // Until a first try has failed, the board is still on its way to the server.
  return connection.offlineSince === undefined ? 'connecting' : 'copy';
}

export function statusWords(connection: House, now = serverNow()): string {
  switch (connectionState(connection)) {
    case 'live':
      return t('status.live');
    case 'connecting':
      return t('status.connecting');
    case 'copy':
      return t('offline.notLiveYet');
    case 'offline':
      return offlineWords(connection.offlineSince, now, houseZone(connection));
  }
}

/** The house's time zone, as its settings say. */
export function houseZone(connection: House): string {
  return readSettings(connection.docs.settings).timeZone;
}

@customElement('hb-live-status')
export class LiveStatus extends ConnectionView {
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
      [data-state='copy'],
      [data-state='offline'] {
        color: var(--hb-muted);
      }
      /* After a few minutes offline: the warning colour, on a tint, bold. */
      [data-state='offline']:not([data-level='quiet']) {
        color: var(--hb-warn);
        background: var(--hb-warn-tint);
        border-radius: 0.3em;
        padding: 0 0.3em;
        font-weight: 700;
      }
      .problem {
        font-size: var(--hb-small-text, 0.85em);
        color: var(--hb-ink);
      }
    `,
  ];

  /** Status and the server's sentence on one line, rather than stacked. */
  @property({ type: Boolean, reflect: true }) inline = false;

  override render() {
    const connection = this.connection;
    if (!connection)
      return html`<span class="line" data-state="connecting">${t('status.connecting')}</span>`;
    const state = connectionState(connection);
    const now = serverNow();
    const level = state === 'offline' ? offlineLevel(connection.offlineSince, now) : 'quiet';
    return html`
      <span
        class="line"
        data-state=${state}
        data-level=${level}
        data-testid="live-status"
        role="status"
      >
        <span class="dot" aria-hidden="true"></span>${statusWords(connection, now)}
      </span>
      ${
        connection.problem
          ? html`<span class="problem" data-testid="connection-problem"
              >${sayClose(connection.problem)}</span
            >`
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
