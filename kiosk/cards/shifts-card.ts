// Who is on shift now and who is next, from the staff document; while a handover waits it says
// so, and after one the note to the house stays up for a few hours.
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { type Settings, visitorModeOn } from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import '../../ui/parts/shift-summary.ts';
import { t } from '../../ui/i18n/index.ts';
import { shiftState } from '../../ui/parts/shift-summary.ts';
import { KioskCard } from './kiosk-card.ts';

@customElement('hb-shifts-card')
export class ShiftsCard extends KioskCard {
  protected get heading() {
    return t('kiosk.shifts');
  }
  protected readonly reads = ['staff' as const, 'board' as const];

  protected renderBody(house: HouseConnection, settings: Settings) {
    // The moment itself, not the minute: "On now" changes the moment someone takes over.
    const now = Math.max(this.now, Date.now());
    const state = shiftState(house.docs.staff, now);
    return html`<hb-shift-summary
      .onNow=${state.onNow}
      .next=${state.next}
      .handingOver=${state.handingOver}
      .handoffNote=${state.handoffNote}
      .now=${now}
      .timeZone=${settings.timeZone}
      .visitorMode=${visitorModeOn(house.docs.board, now)}
    ></hb-shift-summary>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shifts-card': ShiftsCard;
  }
}
