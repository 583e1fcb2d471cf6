// The house meeting's agenda on the phone, all week, above the day's groups: "House meeting —
// Wednesday 7 pm", the points so far, and a field to add one, without a name unless the person
// ticks "Put my name on it". Its author can take a point back; staff can mark one carried to
// next time or take it off. Nothing shows when the house has no meeting coming.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  type AgendaPoint,
  addAgendaItem,
  agendaFor,
  carryAgendaItem,
  isStaff,
  readSettings,
  removeAgendaItem,
  ValidationError,
} from '../../board/index.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import { meetingWhen } from '../../ui/parts/meeting-words.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { tabStyles } from './tab-styles.ts';

/** Where a phone remembers the points it added without a name, so their author can take them back. */
const MINE_KEY = 'hb-agenda-mine';

function mine(): string[] {
  try {
    const ids = JSON.parse(localStorage.getItem(MINE_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(id: string): void {
  try {
    localStorage.setItem(MINE_KEY, JSON.stringify([...mine(), id].slice(-50)));
  } catch {
    // A phone that keeps nothing: its unnamed points can still be taken off by staff.
  }
}

@customElement('hb-agenda-panel')
export class AgendaPanel extends HouseView {
  static override styles = [
    houseColors,
    controls,
    tabStyles,
    plainList,
    css`
      section {
        margin-bottom: 1em;
        padding: 0.6em 0.7em 0.8em;
        border: 2px solid var(--hb-line);
        border-left: 0.3em solid var(--hb-next);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      h2 {
        margin-top: 0;
        overflow-wrap: anywhere;
      }
      .now {
        display: inline-block;
        margin-left: 0.3em;
        padding: 0 0.4em;
        border-radius: 0.3em;
        background: var(--hb-done);
        color: var(--hb-card);
        font-size: 0.8em;
        vertical-align: middle;
      }
      li {
        padding: 0.4em 0;
        border-bottom: 1px solid var(--hb-line);
      }
      .text {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        margin-top: 0.3em;
      }
      .actions button {
        padding: 0 0.55em;
        font-size: 0.92em;
      }
      button[aria-pressed='true'] {
        background: var(--hb-done-tint);
        border-color: var(--hb-done);
        color: var(--hb-done);
        font-weight: 700;
      }
      .empty {
        color: var(--hb-muted);
        margin: 0.2em 0;
      }
      form {
        display: grid;
        gap: 0.5em;
        margin-top: 0.8em;
      }
      label {
        font-weight: 600;
      }
      .check {
        display: flex;
        align-items: center;
        gap: 0.6em;
        min-height: 48px;
        font-weight: 400;
      }
      .check input {
        flex: none;
        width: 28px;
        height: 28px;
        min-height: 0;
        margin: 0;
      }
      .hint {
        margin: 0;
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      .problem {
        margin: 0;
        color: var(--hb-error);
        font-weight: 600;
      }
      .done {
        margin: 0;
        color: var(--hb-done);
        font-weight: 600;
      }
    `,
  ];

  protected readonly reads = ['board' as const];
  @property({ attribute: false }) device?: Device;
  @state() private text = '';
  @state() private withName = false;
  @state() private problem?: string;
  @state() private added = false;

  override render() {
    const house = this.house;
    if (!house) return nothing;
    const timeZone = readSettings(house.docs.settings).timeZone;
    const board = house.docs.board;
    const agenda = agendaFor(board, this.now, timeZone);
    if (!agenda) return nothing;
    const { meeting, items } = agenda;
    const names = new WallNames(board, this.now, this.device?.personId);
    const onNow = meeting.startsAt <= this.now;
    return html`<section data-testid="agenda-panel" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">
        ${t('agenda.heading', { when: meetingWhen(meeting, this.now, timeZone) })}${
          onNow ? html`<span class="now">${t('agenda.onNow')}</span>` : nothing
        }
      </h2>
      ${
        items.length
          ? html`<ul data-testid="agenda-items">
            ${items.map((item) => this.renderItem(item, names))}
          </ul>`
          : html`<p class="empty">${t('agenda.nothingYet')}</p>`
      }
      ${this.renderAdd(timeZone)}
    </section>`;
  }

  private renderItem(item: AgendaPoint, names: WallNames) {
    const board = this.house!.docs.board;
    const me = this.device?.personId;
    const staff = !!this.device && isStaff(this.device.role);
    const mineToTake = (me && item.by === me) || mine().includes(item.id);
    const by = item.by ? names.person(item.by) : undefined;
    const meta = [item.fromBefore ? t('agenda.fromBefore') : undefined, by].filter(Boolean);
    return html`<li data-testid="agenda-item" data-id=${item.id}>
      <p class="text">${item.text}</p>
      ${meta.length ? html`<span class="meta">${meta.join(' · ')}</span>` : nothing}
      ${
        staff || mineToTake
          ? html`<div class="actions">
            ${
              staff && !item.fromBefore
                ? html`<button
                  type="button"
                  data-testid="agenda-carry"
                  aria-pressed=${item.carried ? 'true' : 'false'}
                  aria-label=${t('agenda.carriedLabel', { text: item.text })}
                  @click=${() => carryAgendaItem(board, item.id, !item.carried)}
                >
                  ${item.carried ? `✓ ${t('agenda.carried')}` : t('agenda.carried')}
                </button>`
                : nothing
            }
            ${
              mineToTake || staff
                ? html`<button
                  type="button"
                  data-testid="agenda-remove"
                  aria-label=${t(mineToTake ? 'agenda.takeBackLabel' : 'agenda.takeOffLabel', {
                    text: item.text,
                  })}
                  @click=${() => removeAgendaItem(board, item.id)}
                >
                  ${mineToTake ? t('agenda.takeBack') : t('agenda.takeOff')}
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderAdd(timeZone: string) {
    const me = this.device?.personId;
    const submit = (event: Event) => {
      event.preventDefault();
      const board = this.house?.docs.board;
      if (!board) return;
      try {
        const by = this.withName && me ? me : undefined;
        const id = addAgendaItem(board, this.text, timeZone, by);
        if (id && !by) remember(id);
        this.text = '';
        this.withName = false;
        this.problem = undefined;
        this.added = true;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problem = say(error.sentence);
        this.added = false;
      }
    };
    return html`<form novalidate data-testid="agenda-add" @submit=${submit}>
      <label for="agenda-text">${t('agenda.addLabel')}</label>
      <input
        id="agenda-text"
        data-testid="agenda-text"
        maxlength="400"
        autocomplete="off"
        aria-invalid=${this.problem ? 'true' : 'false'}
        aria-describedby=${this.problem ? 'agenda-problem' : 'agenda-name-hint'}
        .value=${this.text}
        @input=${(event: Event) => {
          this.text = (event.target as HTMLInputElement).value;
          this.added = false;
        }}
      />
      ${
        this.problem
          ? html`<p class="problem" id="agenda-problem" role="alert">${this.problem}</p>`
          : nothing
      }
      ${
        me
          ? html`<label class="check">
            <input
              type="checkbox"
              data-testid="agenda-with-name"
              aria-describedby="agenda-name-hint"
              .checked=${this.withName}
              @change=${(event: Event) => {
                this.withName = (event.target as HTMLInputElement).checked;
              }}
            />
            <span>${t('agenda.withName')}</span>
          </label>
          <p class="hint" id="agenda-name-hint">${t('agenda.withNameHint')}</p>`
          : nothing
      }
      <button type="submit" class="primary" data-testid="agenda-submit">${t('agenda.add')}</button>
      <p class="done" role="status">${this.added ? t('agenda.added') : ''}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-agenda-panel': AgendaPanel;
  }
}
