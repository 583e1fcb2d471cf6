// Groups on the phone: today's in time order with now and next, "I'm coming", cancelling or
// moving just today's meeting, the ones on other days, what was removed this week, and the
// editor to add, change or remove them.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  cancelGroupOn,
  dayInZone,
  type GroupToday,
  groupRecords,
  groupsOn,
  minutesOf,
  moveGroupOn,
  occursOn,
  type Settings,
  setComing,
  TIME_PATTERN,
  ValidationError,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { timeWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import '../../ui/parts/group-item.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { textField } from './fields.ts';
import { PhoneSection } from './phone-section.ts';

type MoveDraft = { start: string; end: string; place: string };

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

@customElement('hb-groups-section')
export class GroupsSection extends PhoneSection {
  protected readonly reads = ['board' as const];
  /** Today's meeting being cancelled or moved, and what is typed for it. */
  @state() private changingDay?: string;
  @state() private move: MoveDraft = { start: '', end: '', place: '' };
  @state() private moveProblem?: string;
  private endTouched = false;

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const day = dayInZone(this.now, settings.timeZone);
    const today = groupsOn(board, day, this.now, settings.timeZone);
    const names = new WallNames(board, this.now, this.device?.personId);
    const section = groupRecords(board);
    // Past one-off groups are history; weekly ones and upcoming dates stay to be changed.
    const others = section
      .values()
      .filter((g) => !occursOn(g.schedule, day))
      .filter((g) => g.schedule.kind !== 'once' || g.schedule.day > day)
      .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
    return html`
      <h2>${t('kiosk.groups')}</h2>
      <ul data-testid="groups-today">
        ${today.map(
          (item) => html`<li data-testid="group" data-id=${item.id}>
            <hb-group-item .group=${item} .names=${names}></hb-group-item>
            ${this.groupActions(house, item, day)}
            ${this.changingDay === item.dayId ? this.dayPanel(house, item, day) : nothing}
          </li>`,
        )}
      </ul>
      ${today.length ? nothing : this.empty(t('kiosk.noGroups'))} ${this.broken(section.entries())}
      ${this.otherDays(
        others,
        'groups-other-days',
        'group-edit',
        (group) =>
          `, ${t('groups.fromTo', { start: timeWords(group.start), end: timeWords(group.end) })}`,
      )}
      ${this.recentlyRemoved(section, (group) => group.title, t('groups.recentlyRemoved'))}
      ${this.addButton(t('groups.add'), 'add-group')}
    `;
  }

  private groupActions(house: HouseConnection, item: GroupToday, day: string) {
    const me = this.device?.personId;
    const coming = !!me && item.coming.includes(me);
    const open = item.status !== 'past' && item.status !== 'cancelled';
    return html`<div class="actions">
      ${
        me && open
          ? html`<button
            type="button"
            data-testid="group-coming"
            aria-pressed=${coming ? 'true' : 'false'}
            @click=${() => setComing(house.docs.board, item.id, day, me, !coming)}
          >
            ${coming ? `✓ ${t('groups.imComing')}` : t('groups.imComing')}
          </button>`
          : nothing
      }
      ${
        item.status === 'past'
          ? nothing
          : html`<button
            type="button"
            data-testid="group-today"
            aria-expanded=${this.changingDay === item.dayId ? 'true' : 'false'}
            @click=${() => this.openDay(item)}
          >
            ${t('groups.justToday')}
          </button>`
      }
      ${this.editButton(item.id, item.group.title, 'group-edit')}
    </div>`;
  }

  private openDay(item: GroupToday) {
    if (this.changingDay === item.dayId) {
      this.changingDay = undefined;
      return;
    }
    this.changingDay = item.dayId;
    this.move = { start: item.start, end: item.end, place: item.place ?? '' };
    this.moveProblem = undefined;
    this.endTouched = false;
  }

  /** Cancel or move only today's meeting; the group itself stays as it is. */
  private dayPanel(house: HouseConnection, item: GroupToday, day: string) {
    const board = house.docs.board;
    const close = () => {
      this.changingDay = undefined;
    };
    if (item.status === 'cancelled') {
      return html`<div class="panel" data-testid="group-day-panel">
        <p>${t('groups.offToday', { title: item.group.title })}</p>
        <div class="actions">
          <button
            type="button"
            data-testid="group-uncancel"
            @click=${() => {
              cancelGroupOn(board, item.id, day, false);
              close();
            }}
          >
            ${t('groups.onAfterAll')}
          </button>
          <button type="button" class="quiet" @click=${close}>${t('groups.close')}</button>
        </div>
      </div>`;
    }
    const field = (key: keyof MoveDraft, label: string, type?: 'time') =>
      textField({
        name: `move-${key}`,
        label,
        type,
        value: this.move[key],
        problems: {},
        onInput: (value) => {
          this.move = { ...this.move, [key]: value };
          // A meeting moved to later keeps its length unless its end is changed too.
          if (key === 'start' && TIME_PATTERN.test(value) && !this.endTouched) {
            const length = minutesOf(item.end) - minutesOf(item.start);
            const end = Math.min(minutesOf(value) + length, 23 * 60 + 59);
            this.move = { ...this.move, end: clockOf(end) };
          }
          if (key === 'end') this.endTouched = true;
        },
      });
    const { group } = item;
    const save = () => {
      const { start, end } = this.move;
      const place = this.move.place.trim();
      if (TIME_PATTERN.test(start) && TIME_PATTERN.test(end) && end <= start) {
        this.moveProblem = t('groups.endAfterStart');
        return;
      }
      try {
        // Only what differs from the usual is written, so moving it back undoes the move.
        moveGroupOn(board, item.id, day, {
          start: start && start !== group.start ? start : undefined,
          end: end && end !== group.end ? end : undefined,
          place: place && place !== group.place ? place : undefined,
        });
        close();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.moveProblem = say(error.sentence);
      }
    };
    return html`<div class="panel" data-testid="group-day-panel">
      <p><strong>${t('groups.justTodays', { title: item.group.title })}</strong></p>
      <div class="actions">
        <button
          type="button"
          data-testid="group-cancel-today"
          @click=${() => {
            cancelGroupOn(board, item.id, day);
            close();
          }}
        >
          ${t('groups.badgeCancelled')}
        </button>
      </div>
      <p>${t('groups.orMove')}</p>
      <div class="times">
        ${field('start', t('groups.from'), 'time')} ${field('end', t('groups.until'), 'time')}
      </div>
      ${field('place', t('chores.area'))}
      ${this.moveProblem ? html`<p class="problem" role="alert">${this.moveProblem}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" data-testid="group-move-save" @click=${save}>
          ${t('groups.moveToday')}
        </button>
        <button type="button" class="quiet" @click=${close}>${t('groups.close')}</button>
      </div>
    </div>`;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-group-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
    ></hb-group-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-groups-section': GroupsSection;
  }
}
