// On shift, on the phone: who is on now and next for everyone. Staff phones also hand over (a
// short note to the house) and take over in one tap, go on shift, end a shift, and see the
// handovers of the last week. The server refuses staff-document edits from anyone else.
// Each shift offers what its person may do with it: your own shift you hand over or end; someone
// else's you take over (which ends theirs as a handover does), never end or take off for them.
// The staff document lets any staff phone write any shift: this is the screen's rule, by name.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  comeOnAndTakeOver,
  endShift,
  type Handoff,
  handOver,
  handoffHistory,
  handoffRecords,
  isStaff,
  type Settings,
  shiftRecords,
  takeOver,
  ValidationError,
  visitorModeOn,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import {
  type ShiftWithId,
  shiftState,
  shiftSummary,
  shiftTimeWords,
  staffWords,
} from '../../ui/parts/shift-summary.ts';
import { serverNow } from '../../ui/server-clock.ts';
import type { Device } from '../../ui/session.ts';
import { textField } from './fields.ts';
import { PhoneSection } from './phone-section.ts';

/**
 * Whether a shift is this phone's person's own: put up as theirs (`person`), or, for a shift from
 * before shifts carried their person, under the same name.
 */
function ownShift(shift: { name: string; person?: string }, device: Device | undefined): boolean {
  if (shift.person) return shift.person === device?.personId;
  return !!device?.name?.trim() && shift.name.trim() === device.name.trim();
}

@customElement('hb-shifts-section')
export class ShiftsSection extends PhoneSection {
  protected readonly reads = ['staff' as const, 'board' as const];
  /** The shift being handed over, and the note typed for the house. */
  @state() private handingOver?: string;
  @state() private note = '';
  @state() private problem?: string;

  protected renderList(house: HouseConnection, settings: Settings) {
    const staff = house.docs.staff;
    // The moment itself, not the minute: a shift ended a second ago must leave the list now.
    const now = serverNow();
    const zone = settings.timeZone;
    const visitorMode = visitorModeOn(house.docs.board, now);
    const state = shiftState(staff, now);
    const summary = html`<h2>${t('kiosk.shifts')}</h2>
      ${shiftSummary(state, now, zone, visitorMode)}`;
    if (!this.device || !isStaff(this.device.role)) {
      return html`${summary}
        <p class="empty" data-testid="shifts-staff-only">
          ${t('shifts.staffOnly')}
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
          ${t('shifts.imStaff')}
        </button>`;
    }
    const coming = shiftRecords(staff)
      .values()
      .filter((s) => !s.endedAt && s.start > now)
      .sort((a, b) => a.start - b.start);
    const name = (shift: ShiftWithId) => staffWords(shift, visitorMode);
    const onShiftNow = state.onNow.some((shift) => ownShift(shift, this.device));
    return html`
      ${summary}
      ${
        state.handingOver
          ? this.takeOverPanel(house, state.handingOver, coming, now, zone, visitorMode)
          : nothing
      }
      ${
        state.onNow.length || coming.length
          ? html`<h3>${t('shifts.today')}</h3>
            <ul data-testid="shifts">
              ${[...state.onNow, ...coming].map(
                (shift) => html`<li
                  data-testid="shift-row"
                  data-id=${shift.id}
                  data-mine=${ownShift(shift, this.device) ? 'yes' : 'no'}
                >
                  <div class="plain">
                    <strong>${name(shift)}</strong>
                    <span>
                      ${t('groups.fromTo', {
                        start: shiftTimeWords(shift.start, now, zone),
                        end: shiftTimeWords(shift.end, now, zone),
                      })}
                    </span>
                  </div>
                  <div class="actions">
                    ${this.shiftActions(house, shift, state.handingOver, coming, onShiftNow, now, visitorMode)}
                  </div>
                  ${this.handingOver === shift.id ? this.handOverPanel(house, shift) : nothing}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.history(house, now, zone, visitorMode)}
      ${this.broken(shiftRecords(staff).entries())}
      ${
        onShiftNow
          ? this.addButton(t('shifts.addShift'), 'add-shift', false)
          : this.addButton(t('shifts.goOn'), 'add-shift')
      }
    `;
  }

  /**
   * What this phone may do with one shift. Its own: hand over (once it has started) and end it,
   * or take it off before it starts. Someone else's, on now, while this person is not on shift:
   * take over from them. Nothing else: a shift is not ended for someone.
   */
  private shiftActions(
    house: HouseConnection,
    shift: ShiftWithId,
    handingOver: (Handoff & { id: string }) | undefined,
    coming: ShiftWithId[],
    onShiftNow: boolean,
    now: number,
    visitorMode: boolean,
  ) {
    const staff = house.docs.staff;
    const started = shift.start <= now;
    if (ownShift(shift, this.device)) {
      return html`${
        started && handingOver?.fromShift !== shift.id
          ? html`<button
              type="button"
              class="primary"
              data-testid="hand-over"
              @click=${() => this.openHandOver(shift.id)}
            >
              ${t('shifts.handOver')}
            </button>`
          : nothing
      }
        <button type="button" data-testid="shift-end" @click=${() => endShift(staff, shift.id)}>
          ${started ? t('shifts.end') : t('shifts.takeOff')}
        </button>`;
    }
    // A handover already waiting from this shift is taken from the panel above.
    if (!started || onShiftNow || handingOver?.fromShift === shift.id) return nothing;
    const own = coming.find((mine) => ownShift(mine, this.device));
    const device = this.device;
    if (!own && !device?.name) return nothing;
    const takeOverFrom = () =>
      staff.transact(() => {
        const handoff = handOver(staff, shift.id, undefined, now);
        if (own) takeOver(staff, handoff, own.id, now);
        else if (device?.name) {
          comeOnAndTakeOver(
            staff,
            handoff,
            { name: device.name, nameDisplay: device.nameDisplay, person: device.personId },
            now,
          );
        }
      });
    return html`<button type="button" data-testid="take-over-from" @click=${takeOverFrom}>
      ${t('shifts.takeOverFrom', { name: staffWords(shift, visitorMode) })}
    </button>`;
  }

  private openHandOver(shiftId: string) {
    this.handingOver = this.handingOver === shiftId ? undefined : shiftId;
    this.note = '';
    this.problem = undefined;
  }

  /** The outgoing person's note to the house, then "Hand over": the wall says a handover waits. */
  private handOverPanel(house: HouseConnection, shift: ShiftWithId) {
    const submit = () => {
      try {
        handOver(house.docs.staff, shift.id, this.note);
        this.handingOver = undefined;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problem = say(error.sentence);
      }
    };
    return html`<div class="panel" data-testid="hand-over-panel">
      ${textField({
        name: 'handoffNote',
        label: t('shifts.noteLabel'),
        optional: true,
        multiline: true,
        hint: t('shifts.noteHint'),
        value: this.note,
        problems: this.problem ? { handoffNote: this.problem } : {},
        onInput: (value) => {
          this.note = value;
          this.problem = undefined;
        },
      })}
      <div class="actions">
        <button type="button" class="primary" data-testid="hand-over-send" @click=${submit}>
          ${t('shifts.handOver')}
        </button>
        <button type="button" class="quiet" @click=${() => this.openHandOver(shift.id)}>
          ${t('form.cancel')}
        </button>
      </div>
    </div>`;
  }

  /**
   * A handover is waiting: the next person takes over in one tap, with their own shift planned
   * for later today, or a shift that starts now.
   */
  private takeOverPanel(
    house: HouseConnection,
    handoff: Handoff & { id: string },
    coming: ShiftWithId[],
    now: number,
    zone: string,
    visitorMode: boolean,
  ) {
    const staff = house.docs.staff;
    const device = this.device;
    const from = shiftRecords(staff).get(handoff.fromShift);
    const mine = (shift: { name: string }) =>
      !!device?.name && shift.name.trim() === device.name.trim();
    const own = coming.filter(mine);
    const startNow = () => {
      if (!device?.name) return;
      comeOnAndTakeOver(
        staff,
        handoff.id,
        { name: device.name, nameDisplay: device.nameDisplay, person: device.personId },
        now,
      );
    };
    const waitingForMe = from && mine(from);
    return html`<div class="panel" data-testid="take-over-panel">
      <p>
        <strong
          >${t('shifts.isHandingOver', { name: from ? staffWords(from, visitorMode) : t('names.someone') })}</strong
        >
        ${waitingForMe ? t('shifts.waitingForNext') : ''}
      </p>
      ${
        waitingForMe
          ? nothing
          : html`<div class="actions">
            ${own.map(
              (shift) => html`<button
                type="button"
                class="primary"
                data-testid="take-over-mine"
                @click=${() => takeOver(staff, handoff.id, shift.id)}
              >
                ${t('shifts.takeOverMine', { time: shiftTimeWords(shift.start, now, zone) })}
              </button>`,
            )}
            ${
              device?.name
                ? html`<button
                  type="button"
                  class=${own.length ? '' : 'primary'}
                  data-testid="take-over-now"
                  @click=${startNow}
                >
                  ${t('shifts.takeOverNow')}
                </button>`
                : html`<p>${t('shifts.nameFirst')}</p>`
            }
          </div>`
      }
      <div class="actions">
        <button
          type="button"
          class="quiet"
          data-testid="hand-over-cancel"
          @click=${() => handoffRecords(staff).remove(handoff.id)}
        >
          ${t('shifts.notHandingOver')}
        </button>
      </div>
    </div>`;
  }

  /** The last week's handovers, newest first: for staff, who pick up where others left off. */
  private history(house: HouseConnection, now: number, zone: string, visitorMode: boolean) {
    const staff = house.docs.staff;
    const shifts = shiftRecords(staff);
    const handoffs = handoffHistory(staff, now);
    if (!handoffs.length) return nothing;
    const who = (id: string | undefined) => {
      const shift = id ? shifts.get(id) : undefined;
      return shift ? staffWords(shift, visitorMode) : t('shifts.someone');
    };
    return html`<h3>${t('shifts.history')}</h3>
      <ul data-testid="handoff-history">
        ${handoffs.map(
          (h) => html`<li class="plain" data-testid="handoff-history-item">
            <strong>
              ${shiftTimeWords(h.takenAt ?? h.at, now, zone)} ·
              ${
                h.takenAt
                  ? t('shifts.handedTo', { from: who(h.fromShift), to: who(h.toShift) })
                  : t('shifts.handedWaiting', { from: who(h.fromShift) })
              }
            </strong>
            ${h.note ? html`<span>${h.note}</span>` : html`<span>${t('shifts.noNote')}</span>`}
          </li>`,
        )}
      </ul>`;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    const onShiftNow = shiftState(house.docs.staff, serverNow()).onNow.some((shift) =>
      ownShift(shift, this.device),
    );
    return html`<hb-shift-form
      .doc=${house.docs.staff}
      .onShift=${onShiftNow}
      .timeZone=${settings.timeZone}
      .signature=${this.device?.name}
      .person=${this.device?.personId}
      .nameDisplay=${this.device?.nameDisplay}
    ></hb-shift-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shifts-section': ShiftsSection;
  }
}
