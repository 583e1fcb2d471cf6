// On shift, on the phone: who is on now and next for everyone; going on shift and ending a
// shift for staff phones only (the server refuses the rest), with the way in for staff.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { endShift, isStaff, type Settings, shiftSection, shiftsAt } from '../../board/index.ts';
import type { HouseConnection } from '../connection.ts';
import '../parts/shift-summary.ts';
import { shiftTimeWords } from '../parts/shift-summary.ts';
import './shift-form.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-shifts-section')
export class ShiftsSection extends PhoneSection {
  protected readonly reads = ['staff' as const];

  protected renderList(house: HouseConnection, settings: Settings) {
    const staff = house.docs.staff;
    // The moment itself, not the minute: a shift ended a second ago must leave the list now.
    const now = Date.now();
    const zone = settings.timeZone;
    const { onNow, next } = shiftsAt(staff, now);
    const summary = html`<h2>On shift</h2>
      <hb-shift-summary .onNow=${onNow} .next=${next} .now=${now} .timeZone=${zone}></hb-shift-summary>`;
    if (!this.device || !isStaff(this.device.role)) {
      return html`${summary}
        <p class="empty" data-testid="shifts-staff-only">
          Staff put themselves on shift from their own phones.
        </p>
        <button
          type="button"
          class="quiet"
          data-testid="shifts-im-staff"
          @click=${() =>
            this.dispatchEvent(
              new CustomEvent('show-tab', { detail: 'phone', bubbles: true, composed: true }),
            )}
        >
          I'm staff — enter the staff code
        </button>`;
    }
    const coming = shiftSection(staff)
      .values()
      .filter((s) => !s.endedAt && s.start > now)
      .sort((a, b) => a.start - b.start);
    return html`
      ${summary}
      ${
        onNow.length || coming.length
          ? html`<h3>End or take off a shift</h3>
            <ul data-testid="shifts">
              ${[...onNow, ...coming].map(
                (shift) => html`<li class="row">
                  <div class="plain">
                    <strong>${shift.name}</strong>
                    <span>
                      ${shiftTimeWords(shift.start, now, zone)} to
                      ${shiftTimeWords(shift.end, now, zone)}
                    </span>
                  </div>
                  <button
                    type="button"
                    data-testid="shift-end"
                    @click=${() => endShift(staff, shift.id)}
                  >
                    ${shift.start <= now ? 'End shift' : 'Take off'}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.broken(shiftSection(staff).entries())} ${this.addButton('Go on shift', 'add-shift')}
    `;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-shift-form
      .doc=${house.docs.staff}
      .timeZone=${settings.timeZone}
      .signature=${this.device?.name}
    ></hb-shift-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shifts-section': ShiftsSection;
  }
}
