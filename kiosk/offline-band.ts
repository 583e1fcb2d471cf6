// A clear band across the top of the wall once the board has been offline for half an hour, so
// nobody reads a long-stale board as today's. Before that the status line says it quietly.
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConnectionView } from '../ui/connection-view.ts';
import { t } from '../ui/i18n/index.ts';
import { offlineLevel, offlineWords } from '../ui/offline.ts';
import { serverNow } from '../ui/server-clock.ts';
import { connectionState, houseZone } from '../ui/status.ts';
import { houseColors } from '../ui/theme.ts';

@customElement('hb-offline-band')
export class OfflineBand extends ConnectionView {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      /* In em, from the wall's own text size. */
      div {
        padding: 0.35em 0.75em;
        background: var(--hb-warn);
        color: var(--hb-card);
        font-weight: 700;
        line-height: 1.25;
        border-radius: 0.4em;
      }
      small {
        display: block;
        font-size: 0.8em;
        font-weight: 600;
      }
    `,
  ];

  override render() {
    const connection = this.connection;
    const since = connection?.offlineSince;
    const now = serverNow();
    const showing =
      connection !== undefined &&
      connectionState(connection) === 'offline' &&
      offlineLevel(since, now) === 'band';
    this.toggleAttribute('showing', showing);
    if (!showing) return nothing;
    return html`<div data-testid="offline-band" role="alert">
      ${offlineWords(since, now, houseZone(connection))}
      <small>${t('offline.kept')}</small>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-offline-band': OfflineBand;
  }
}
