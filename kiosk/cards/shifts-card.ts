// Who is on shift now and who is next, from the staff document; while a handover waits it says
// so, and after one the note to the house stays up for a few hours.
import { css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { type Settings, visitorModeOn } from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { t } from '../../ui/i18n/index.ts';
import { shiftState, shiftSummary } from '../../ui/parts/shift-summary.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { KioskCard } from './kiosk-card.ts';

@customElement('hb-shifts-card')
export class ShiftsCard extends KioskCard {
  /* A few lines at most: it keeps to them and leaves the rest of its column to the others. */
  static override styles = [
    ...KioskCard.styles,
    css`
      :host {
        --grow: 0;
      }
    `,
  ];
  protected get heading() {
    return t('kiosk.shifts');
  }
  protected readonly kind = 'shifts' as const;
  protected readonly reads = ['staff' as const, 'board' as const];

  protected renderBody(house: House, settings: Settings) {
    // The moment itself, not the minute: "On now" changes the moment someone takes over.
    const now = Math.max(this.now, serverNow());
    const state = shiftState(house.docs.staff, now);
    return shiftSummary(state, now, settings.timeZone, visitorModeOn(house.docs.board, now), [
      'now',
      'next',
      'note',
    ]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shifts-card': ShiftsCard;
  }
}
