// The shopping list on the phone: a field always at the top (type, then Enter or Add), an
// optional section from those used before, the list grouped by section with a big tick for
// each item, what was bought today struck through, and "Bought recently" with "Need it again".
// It works on the phone's own copy of the board, so adding offline shows at once and merges
// when the phone is back.
import './later-words.ts';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  addShopping,
  bySection,
  dayInZone,
  NAME_MAX,
  needAgain,
  removeShopping,
  SECTION_MAX,
  type Settings,
  type ShoppingEntry,
  setBought,
  shoppingList,
  shoppingRecords,
  shoppingSections,
  ValidationError,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { dayWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { myPersonId } from './me.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-list-section')
export class ListSection extends PhoneSection {
  static override styles = [
    ...PhoneSection.styles,
    css`
      form {
        display: grid;
        gap: 0.5em;
        padding: 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .line {
        display: flex;
        gap: 0.4em;
        align-items: stretch;
      }
      .line input {
        flex: 1;
        min-width: 0;
      }
      .line button {
        flex: none;
      }
      .mine {
        display: flex;
        align-items: center;
        gap: 0.5em;
        min-height: 48px;
        font-weight: 400;
      }
      .mine input {
        width: 1.4em;
        height: 1.4em;
        min-height: 0;
        margin: 0;
      }
      .problem {
        color: var(--hb-error);
        font-weight: 600;
        margin: 0;
      }
      ul.items {
        gap: 0.4em;
      }
      /* At the largest text "Take off" goes under its item rather than squeeze the name. */
      li.item {
        display: flex;
        flex-wrap: wrap;
        align-items: stretch;
        gap: 0.4em;
      }
      /* The whole row ticks: a big target for a thumb in a shop. */
      button.tick {
        flex: 1 1 9em;
        min-width: 0;
        min-height: 56px;
        display: flex;
        align-items: center;
        gap: 0.6em;
        text-align: left;
        padding: 0.3em 0.6em;
        border-width: 2px;
        border-color: var(--hb-line);
      }
      .box {
        flex: none;
        box-sizing: border-box;
        width: 1.5em;
        height: 1.5em;
        border: 2px solid var(--hb-ink);
        border-radius: 0.3em;
        display: grid;
        place-items: center;
        font-weight: 700;
      }
      .words {
        min-width: 0;
        display: grid;
      }
      .name {
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .by {
        color: var(--hb-muted);
        font-size: 0.85em;
      }
      button.tick[aria-pressed='true'] {
        background: var(--hb-card);
        color: var(--hb-muted);
        font-weight: 400;
      }
      button.tick[aria-pressed='true'] .name {
        text-decoration: line-through;
        font-weight: 400;
      }
      button.tick[aria-pressed='true'] .box {
        background: var(--hb-done);
        border-color: var(--hb-done);
        color: var(--hb-card);
      }
      li.item > button:not(.tick) {
        flex: none;
        margin-left: auto;
        padding: 0 0.6em;
        font-size: 0.92em;
      }
      /* A bought item's day and "Need it again" share a line while they fit, else stack. */
      .again li.item {
        flex-wrap: wrap;
      }
      .again .plain {
        flex: 1 1 8em;
        min-width: 0;
      }
      .again li.item > button {
        flex: 1 0 auto;
      }
    `,
  ];

  protected readonly reads = ['board' as const];
  /** What is being typed, kept across renders (the board changes under it). */
  @state() private typed = '';
  @state() private section = '';
  @state() private signed = false;
  @state() private problem?: string;

  protected renderEditor() {
    return nothing;
  }

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const now = Math.max(this.now, serverNow());
    const list = shoppingList(board, now, zone);
    const me = myPersonId(this.device);
    const names = new WallNames(board, this.now, me);
    const groups = bySection(list.toBuy);
    const sectioned = groups.some((group) => group.section);
    return html`
      <h2>${t('shopping.title')}</h2>
      ${this.renderAdder(house, me)}
      ${groups.map(
        (group) => html`
          ${
            sectioned
              ? html`<h3 data-testid="shopping-section-heading">
                  ${group.section ?? t('shopping.otherSection')}
                </h3>`
              : nothing
          }
          <ul class="items" data-testid="shopping-to-buy">
            ${group.items.map((item) => this.renderItem(house, item, names, false))}
          </ul>
        `,
      )}
      ${list.toBuy.length || list.boughtToday.length ? nothing : this.empty(t('shopping.empty'))}
      ${
        list.boughtToday.length
          ? html`<h3>${t('shopping.boughtToday')}</h3>
              <ul class="items" data-testid="shopping-bought-today">
                ${list.boughtToday.map((item) => this.renderItem(house, item, names, true))}
              </ul>`
          : nothing
      }
      ${this.renderRecent(house, list.boughtRecently, me, zone)}
      ${this.broken(shoppingRecords(board).entries())}
      ${this.recentlyRemoved(
        shoppingRecords(board),
        (item) => item.name,
        t('shopping.recentlyRemoved'),
      )}
    `;
  }

  /** Puts the cursor in "What do we need?", so the words go straight in (the List tab does). */
  async readyToAdd(): Promise<void> {
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLInputElement>('[data-testid=shopping-what]')
      ?.focus({ preventScroll: true });
  }

  private renderAdder(house: HouseConnection, me: string | undefined) {
    const sections = shoppingSections(house.docs.board);
    return html`<form
      data-testid="shopping-add-form"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.add(house, me);
      }}
    >
      <label for="shopping-what">${t('shopping.what')}</label>
      <div class="line">
        <input
          id="shopping-what"
          data-testid="shopping-what"
          autocomplete="off"
          enterkeyhint="done"
          maxlength=${NAME_MAX}
          .value=${this.typed}
          aria-invalid=${this.problem ? 'true' : 'false'}
          aria-describedby=${this.problem ? 'shopping-problem' : nothing}
          @input=${(event: InputEvent) => {
            this.typed = (event.target as HTMLInputElement).value;
            this.problem = undefined;
          }}
        />
        <button type="submit" class="primary" data-testid="shopping-add">
          ${t('shopping.add')}
        </button>
      </div>
      ${
        this.problem
          ? html`<p class="problem" id="shopping-problem" role="alert">${this.problem}</p>`
          : nothing
      }
      <label for="shopping-section">${t('shopping.section')}</label>
      <input
        id="shopping-section"
        data-testid="shopping-section"
        list="shopping-sections"
        autocomplete="off"
        maxlength=${SECTION_MAX}
        placeholder=${t('shopping.sectionHint')}
        .value=${this.section}
        @input=${(event: InputEvent) => {
          this.section = (event.target as HTMLInputElement).value;
        }}
      />
      <datalist id="shopping-sections">
        ${sections.map((section) => html`<option value=${section}></option>`)}
      </datalist>
      ${
        me
          ? html`<label class="mine">
              <input
                type="checkbox"
                data-testid="shopping-my-name"
                .checked=${this.signed}
                @change=${(event: Event) => {
                  this.signed = (event.target as HTMLInputElement).checked;
                }}
              />
              ${t('shopping.myName')}
            </label>`
          : nothing
      }
    </form>`;
  }

  private add(house: HouseConnection, me: string | undefined): void {
    const name = this.typed.trim();
    if (!name) {
      this.problem = t('touch.empty');
      return;
    }
    try {
      addShopping(
        house.docs.board,
        name,
        { section: this.section, by: this.signed ? me : undefined },
        serverNow(),
      );
    } catch (error) {
      this.problem = say(error instanceof ValidationError ? error.sentence : { key: 'notRight' });
      return;
    }
    this.typed = '';
    this.problem = undefined;
    this.renderRoot.querySelector<HTMLInputElement>('#shopping-what')?.focus();
  }

  private renderItem(
    house: HouseConnection,
    item: ShoppingEntry,
    names: WallNames,
    bought: boolean,
  ) {
    const board = house.docs.board;
    const by = names.person(item.by);
    return html`<li class="item" data-testid="shopping-item" data-id=${item.id}>
      <button
        type="button"
        class="tick"
        data-testid="shopping-tick"
        aria-pressed=${bought ? 'true' : 'false'}
        @click=${() => setBought(board, item.id, !bought, serverNow())}
      >
        <span class="box" aria-hidden="true">${bought ? '✓' : ''}</span>
        <span class="words">
          <span class="name">${item.name}</span>
          ${by ? html`<span class="by">${t('shopping.by', { name: by })}</span>` : nothing}
        </span>
      </button>
      ${
        bought
          ? nothing
          : html`<button
              type="button"
              data-testid="shopping-remove"
              aria-label=${t('shopping.removeLabel', { name: item.name })}
              @click=${() => removeShopping(board, item.id, serverNow())}
            >
              ${t('shopping.remove')}
            </button>`
      }
    </li>`;
  }

  private renderRecent(
    house: HouseConnection,
    items: ShoppingEntry[],
    me: string | undefined,
    zone: string,
  ) {
    if (!items.length) return nothing;
    const board = house.docs.board;
    return html`<h3>${t('shopping.boughtRecently')}</h3>
      <ul class="items again" data-testid="shopping-bought-recently">
        ${items.map(
          (item) => html`<li class="item" data-testid="shopping-recent" data-id=${item.id}>
            <div class="plain">
              <strong>${item.name}</strong>
              <span>${t('shopping.boughtWhen', { when: dayWords(dayInZone(item.boughtAt!, zone)) })}</span>
            </div>
            <button
              type="button"
              data-testid="shopping-need-again"
              aria-label=${t('shopping.needAgainLabel', { name: item.name })}
              @click=${() => needAgain(board, item.id, this.signed ? me : undefined, serverNow())}
            >
              ${t('shopping.needAgain')}
            </button>
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-list-section': ListSection;
  }
}
