// Chores on the phone: what someone asked of me today, first; today's to tick off (and untick),
// "I'll do it", a warm thanks for one that's done, asking someone to take my turn, joining or
// leaving a rota myself; the rest of the rota; what was removed this week; and the editor to
// add, change or remove a chore.
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  type ChoreToday,
  carriedOver,
  choreRecords,
  choresOn,
  claimChore,
  dayInZone,
  joinRota,
  leaveRota,
  occursOn,
  offerSwap,
  type Settings,
  setChoreDone,
  thankFor,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { t } from '../../ui/i18n/index.ts';
import type { ChoreToggle } from '../../ui/parts/chore-item.ts';
import '../../ui/parts/chore-item.ts';
import { choreWords } from '../../ui/parts/chore-words.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { myPersonId } from './me.ts';
import { myOffersAbout, type OfferContext, offersToMe } from './offers-panel.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-chores-section')
export class ChoresSection extends PhoneSection {
  static override styles = [
    ...PhoneSection.styles,
    css`
      /* A compact row: the chore and what I can do with it side by side, so a screenful holds
         about twice as many. When the words and buttons no longer fit one line (long titles,
         large text) the buttons wrap under the chore, still in its row. */
      li[data-testid='chore'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3em 0.4em;
        padding: 0.2em 0;
        border-bottom: 0;
      }
      /* The list is the main thing here, so the heading is smaller and adding a chore (rarer
         than ticking one) waits at the end of the list instead of over it. */
      h2 {
        font-size: 1.15em;
        margin: 0.3em 0 0.2em;
      }
      .add {
        position: static;
      }
      li[data-testid='chore'] > hb-chore-item {
        flex: 1 1 9em;
        min-width: 0;
      }
      li[data-testid='chore'] > .actions {
        flex: 0 1 auto;
        margin-top: 0;
      }
      li[data-testid='chore'] > .actions:empty,
      li[data-testid='chore'] > .actions:not(:has(button)) {
        display: none;
      }
      /* "Change" as a pencil, here where room is short; its label still says what it changes. */
      li[data-testid='chore'] button[data-testid='chore-edit'] {
        font-size: 0;
        width: 48px;
        padding: 0;
        display: inline-grid;
        place-items: center;
      }
      li[data-testid='chore'] button[data-testid='chore-edit']::before {
        content: '';
        width: 24px;
        height: 24px;
        background: currentColor;
        mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M4 20h4.2L19.5 8.7a2.1 2.1 0 0 0 0-3l-1.2-1.2a2.1 2.1 0 0 0-3 0L4 15.8zM13.8 6l4.2 4.2' fill='none' stroke='black' stroke-width='2.2' stroke-linejoin='round'/%3E%3C/svg%3E")
          center / contain no-repeat;
      }
      /* Offers and the ask-someone panel take the row's whole width, under the chore. */
      li[data-testid='chore'] > :not(hb-chore-item):not(.actions) {
        flex: 1 1 100%;
      }
    `,
  ];
  protected readonly reads = ['board' as const];
  /** The day's chore whose turn I am asking someone else to take. */
  @state() private swapping?: string;
  /** Why an answer to an offer did not go through (it lapsed, the turn moved on), in words. */
  @state() private answerProblem?: string;

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const day = dayInZone(this.now, zone);
    const today = choresOn(board, day, zone);
    const me = myPersonId(this.device);
    const names = new WallNames(board, this.now, me);
    const section = choreRecords(board);
    // A one-off from an earlier day is today's until done, then history: never "other days".
    const others = section
      .values()
      .filter((chore) => !occursOn(chore.schedule, day))
      .filter((chore) => chore.schedule.kind !== 'once' || chore.schedule.day > day)
      .sort((a, b) => a.title.localeCompare(b.title));
    // Ticked as this person: the board shows their name as they chose, or none.
    const offers: OfferContext | undefined = me
      ? {
          board,
          me,
          now: this.now,
          timeZone: zone,
          names,
          onAnswered: (problem) => {
            this.answerProblem = problem;
          },
        }
      : undefined;
    const toggle = ({ detail }: CustomEvent<ChoreToggle>) =>
      setChoreDone(board, detail.choreId, detail.day, detail.done, me);
    return html`
      ${offers ? offersToMe(offers) : nothing}
      ${
        this.answerProblem
          ? html`<p class="problem" role="alert" data-testid="offer-problem">${this.answerProblem}</p>`
          : nothing
      }
      <h2>${t('kiosk.chores')}</h2>
      <ul data-testid="chores-today">
        ${today.map(
          (item) => html`<li data-testid="chore" data-chore-id=${item.id} data-day=${item.day}>
            <hb-chore-item
              dense
              .chore=${item}
              .words=${choreWords(item, names, zone, day)}
              @chore-toggle=${toggle}
            ></hb-chore-item>
            ${this.choreActions(house, item, me)}
            ${offers ? myOffersAbout(offers, item.id, item.day) : nothing}
            ${this.swapping === item.dayId && me ? this.swapPanel(house, item, names, me) : nothing}
          </li>`,
        )}
      </ul>
      ${today.length ? nothing : this.empty(t('kiosk.noChores'))}
      ${this.broken(section.entries())}
      ${this.otherDays(others, 'chores-other-days', 'chore-edit', (chore) =>
        chore.area ? ` · ${chore.area}` : '',
      )}
      ${this.recentlyRemoved(section, (chore) => chore.title, t('chores.recentlyRemoved'))}
      ${this.addButton(t('chores.add'), 'add-chore')}
    `;
  }

  /**
   * "I'll do it" or taking it back, a thanks once it is done, asking someone to take my turn, and
   * joining or leaving its rota when it has one.
   */
  private choreActions(house: HouseConnection, item: ChoreToday, me: string | undefined) {
    const board = house.docs.board;
    const { id, day } = item;
    const buttons = [];
    if (me && !item.done) {
      if (item.claimedBy === me) {
        buttons.push(html`<button
          type="button"
          data-testid="chore-unclaim"
          @click=${() => claimChore(board, id, day, undefined)}
        >
          ${t('chores.unclaim')}
        </button>`);
      } else if (!item.claimedBy && item.turn !== me) {
        buttons.push(html`<button
          type="button"
          data-testid="chore-claim"
          @click=${() => claimChore(board, id, day, me)}
        >
          ${t('chores.claim')}
        </button>`);
      }
      if (item.turn === me && !carriedOver(item)) {
        buttons.push(html`<button
          type="button"
          data-testid="chore-swap"
          aria-expanded=${this.swapping === item.dayId ? 'true' : 'false'}
          @click=${() => {
            this.swapping = this.swapping === item.dayId ? undefined : item.dayId;
          }}
        >
          ${t('chores.swap')}
        </button>`);
      }
    }
    const rotation = item.chore.rotation ?? [];
    if (me && rotation.length) {
      const on = rotation.includes(me);
      buttons.push(html`<button
        type="button"
        data-testid=${on ? 'chore-leave' : 'chore-join'}
        @click=${() => (on ? leaveRota(board, id, me) : joinRota(board, id, me))}
      >
        ${on ? t('chores.leave') : t('chores.join')}
      </button>`);
    }
    if (me && item.done && item.done.by !== me) {
      const thanked = item.thanks.includes(me);
      buttons.push(html`<button
        type="button"
        data-testid="chore-thank"
        aria-pressed=${thanked ? 'true' : 'false'}
        ?disabled=${thanked}
        @click=${() => thankFor(board, id, day, me)}
      >
        ${thanked ? t('chores.thanked') : t('chores.thank')}
      </button>`);
    }
    return html`<div class="actions">
      ${buttons} ${this.editButton(item.id, item.chore.title, 'chore-edit')}
    </div>`;
  }

  /**
   * Asks someone to take my turn: an offer, not a handover. The turn stays mine until they say
   * yes; then their next turn comes back to me.
   */
  private swapPanel(house: HouseConnection, item: ChoreToday, names: WallNames, me: string) {
    const people = names.people().filter((person) => person.id !== me);
    return html`<div class="panel" data-testid="swap-panel">
      <p>${t('chores.swapAsk')}</p>
      <div class="actions">
        ${people.map(
          (person) => html`<button
            type="button"
            data-testid="swap-to"
            data-person-id=${person.id}
            @click=${() => {
              offerSwap(house.docs.board, item.id, item.day, me, person.id);
              this.swapping = undefined;
            }}
          >
            ${person.words}
          </button>`,
        )}
        <button
          type="button"
          class="quiet"
          @click=${() => {
            this.swapping = undefined;
          }}
        >
          ${t('form.cancel')}
        </button>
      </div>
      ${people.length ? nothing : html`<p>${t('chores.nobodyElse')}</p>`}
    </div>`;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-chore-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
      .me=${myPersonId(this.device)}
      .now=${this.now}
    ></hb-chore-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chores-section': ChoresSection;
  }
}
