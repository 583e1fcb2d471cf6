// Who is on shift now and who is next, from the staff document.
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { type Settings, shiftsAt } from '../../board/index.ts';
import type { HouseConnection } from '../../client/connection.ts';
import '../../client/parts/shift-summary.ts';
import { KioskCard } from './kiosk-card.ts';

@customElement('hb-shifts-card')
export class ShiftsCard extends KioskCard {
  protected readonly heading = 'On shift';
  protected readonly reads = ['staff' as const];

  protected renderBody(house: HouseConnection, settings: Settings) {
    const { onNow, next } = shiftsAt(house.docs.staff, this.now);
    return html`<hb-shift-summary
      .onNow=${onNow}
      .next=${next}
      .now=${this.now}
      .timeZone=${settings.timeZone}
    ></hb-shift-summary>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shifts-card': ShiftsCard;
  }
}
