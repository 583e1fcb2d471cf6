// What an unpaired kiosk shows: a code, large enough to read across the room, for an admin to
// type on their phone. A new code comes on its own when this one runs out.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatCode } from '../board/wire.ts';
import { t } from '../ui/i18n/index.ts';
import type { Pairing } from '../ui/session.ts';
import { houseColors } from '../ui/theme.ts';
import { WakeLockController } from './wake-lock.ts';

@customElement('hb-pairing-screen')
export class PairingScreen extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: grid;
        place-items: center;
        height: 100vh;
        box-sizing: border-box;
        padding: 48px 64px;
        background: var(--hb-page);
        font-size: 36px;
        line-height: 1.35;
        text-align: center;
      }
      .page {
        display: grid;
        justify-items: center;
        gap: 36px;
        max-width: 1400px;
      }
      h1 {
        margin: 0;
        font-size: 64px;
        line-height: 1.1;
      }
      p {
        margin: 0;
      }
      .code {
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: 168px;
        font-weight: 700;
        line-height: 1;
        letter-spacing: 0.06em;
        padding: 40px 64px;
        border: 6px solid var(--hb-done);
        border-radius: 32px;
        background: var(--hb-card);
        font-variant-numeric: tabular-nums;
      }
      .where {
        font-weight: 700;
      }
      .small {
        font-size: 30px;
        color: var(--hb-muted);
      }
      .problem {
        font-size: 30px;
        color: var(--hb-warn);
      }
    `,
  ];

  @property({ attribute: false }) pairing?: Pairing;
  /** Why no code shows (the server is away), in plain words. */
  @property() problem?: string;

  constructor() {
    super();
    new WakeLockController(this);
  }

  override render() {
    const pairing = this.pairing;
    return html`<main class="page" data-testid="pairing-screen">
      <h1>${t('app.name')}</h1>
      <p>${t('kiosk.pairLead')}</p>
      ${
        pairing
          ? html`<p class="code" data-testid="pairing-code" data-code=${pairing.code}>
              ${formatCode(pairing.code)}
            </p>`
          : html`<p class="small">${t('kiosk.pairGetting')}</p>`
      }
      <p class="where">${t('kiosk.pairWhere')}</p>
      ${this.problem ? html`<p class="problem" role="status">${this.problem}</p>` : nothing}
      <p class="small">${t('kiosk.pairRenew')}</p>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-pairing-screen': PairingScreen;
  }
}
