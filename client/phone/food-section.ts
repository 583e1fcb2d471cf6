// Food on the phone: today's meals with "I'll eat" / "Not tonight" first (two taps from the home
// screen), what's for dinner in anyone's words, who cooks, "I'll cook" and "Cook with…", the
// asks to cook waiting for this person's answer; a cook sees the names of those who chose to
// show them. Then the next days briefly, and the meal plans to add or change. No tallies.
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  answerCookAsk,
  answerMeal,
  askToCookWith,
  cookAsksTo,
  dayInZone,
  letCookSeeMe,
  type MealOnDay,
  mealRecords,
  mealsAfter,
  mealsOn,
  myCookAsk,
  myMealAnswer,
  type Settings,
  setCooking,
  setMenuOn,
  shownToCook,
  ValidationError,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { scheduleWords, shortDayWords, timeWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import { listWords, WallNames } from '../../ui/wall-names.ts';
import { textField } from './fields.ts';
import './meal-form.ts';
import { PhoneSection } from './phone-section.ts';

/** The days after today the section shows, briefly. */
const NEXT_DAYS = 3;

const mealWord = (meal: Pick<MealOnDay, 'kind'>) =>
  meal.kind === 'lunch' ? t('meals.lunch') : t('meals.dinner');

@customElement('hb-food-section')
export class FoodSection extends PhoneSection {
  static override styles = [
    ...PhoneSection.styles,
    css`
      li[data-testid='meal'] {
        padding-bottom: 0.8em;
        border-bottom: 1px solid var(--hb-line);
        display: grid;
        gap: 0.45em;
      }
      .meal-head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0 0.6em;
      }
      .meal-head strong {
        font-size: 1.15em;
      }
      .count {
        font-weight: 700;
      }
      .answers {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5em;
      }
      .answers button {
        min-height: 56px;
        font-weight: 700;
      }
      .line {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .muted {
        color: var(--hb-muted);
      }
      .check {
        display: flex;
        align-items: center;
        gap: 0.6em;
        min-height: 48px;
      }
      .check input {
        flex: none;
        width: 28px;
        height: 28px;
        margin: 0;
      }
      .next li {
        padding: 0.3em 0.6em;
        border-left: 0.25em solid var(--hb-line);
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly reads = ['board' as const];
  /** The meal day whose menu is being typed, and what is typed. */
  @state() private menuOf?: string;
  @state() private menuDraft = '';
  @state() private problem?: { dayId: string; words: string };
  /** The meal day whose "Cook with…" picker is open. */
  @state() private pickingFor?: string;

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const day = dayInZone(this.now, zone);
    const today = mealsOn(board, day, zone);
    const names = new WallNames(board, this.now, this.device?.personId);
    const plans = mealRecords(board);
    const next = mealsAfter(board, day, NEXT_DAYS, zone).filter((meal) => !meal.cancelled);
    return html`
      <h2>${t('meals.heading')}</h2>
      <ul data-testid="meals-today">
        ${today.map((meal) => this.mealToday(house, meal, names))}
      </ul>
      ${today.length ? nothing : this.empty(t('meals.nothingToday'))}
      ${this.broken(plans.entries())}
      ${
        next.length
          ? html`<h3>${t('meals.nextDays')}</h3>
            <ul class="next" data-testid="meals-next">
              ${next.map(
                (meal) => html`<li>
                  <strong>${shortDayWords(meal.day)}</strong> ·
                  ${t('meals.at', { meal: mealWord(meal), time: timeWords(meal.time) })}
                  ${meal.menu ? html` · ${meal.menu}` : nothing}
                  ${this.cookWords(meal, names, ' · ')}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.planList(house)}
      ${this.recentlyRemoved(plans, (meal) => mealWord(meal), t('meals.recentlyRemoved'))}
      ${this.addButton(t('meals.add'), 'add-meal', today.length === 0)}
    `;
  }

  private planList(house: HouseConnection) {
    const plans = mealRecords(house.docs.board)
      .values()
      .sort((a, b) => a.time.localeCompare(b.time));
    if (!plans.length) return nothing;
    return html`<h3>${t('meals.plans')}</h3>
      <ul data-testid="meal-plans">
        ${plans.map((plan) => {
          const words = t('meals.at', { meal: mealWord(plan), time: timeWords(plan.time) });
          return html`<li class="row">
            <div class="plain">
              <strong>${words}</strong>
              <span>${scheduleWords(plan.schedule)}${plan.note ? ` · ${plan.note}` : ''}</span>
            </div>
            ${this.editButton(plan.id, words, 'meal-edit')}
          </li>`;
        })}
      </ul>`;
  }

  /** "Cooking: Sam and you", or everyone, or nobody yet. */
  private cookWords(meal: MealOnDay, names: WallNames, before = '') {
    if (meal.everyoneCooks) return `${before}${t('meals.everyoneCooks')}`;
    if (!meal.cooks.length) return before ? nothing : t('meals.noCook');
    return `${before}${t('meals.cooks', { names: listWords(meal.cooks.map((id) => this.nameOf(id, names))) })}`;
  }

  private nameOf(id: string, names: WallNames): string {
    const shown = names.person(id) ?? t('names.hidden');
    return id === this.device?.personId ? t('names.you', { name: shown }) : shown;
  }

  private mealToday(house: HouseConnection, meal: MealOnDay, names: WallNames) {
    const me = this.device?.personId;
    const board = house.docs.board;
    const cooking = !!me && meal.cooks.includes(me);
    return html`<li data-testid="meal" data-id=${meal.id} data-kind=${meal.kind}>
      <div class="meal-head">
        <strong>${t('meals.at', { meal: mealWord(meal), time: timeWords(meal.time) })}</strong>
        ${
          meal.cancelled
            ? html`<span class="count">${t('meals.off')}</span>`
            : html`<span class="count" data-testid="meal-count" aria-live="polite"
                >${t('meals.eating', { n: meal.eating })}</span
              >`
        }
      </div>
      ${meal.note ? html`<p class="line muted">${meal.note}</p>` : nothing}
      ${meal.cancelled || !me ? nothing : this.eatButtons(house, meal, me)}
      ${this.menuLine(house, meal)}
      <p class="line" data-testid="meal-cooks">${this.cookWords(meal, names)}</p>
      ${
        meal.cancelled || !me
          ? nothing
          : html`<div class="actions">
              <button
                type="button"
                data-testid="meal-cook"
                aria-pressed=${cooking ? 'true' : 'false'}
                @click=${() => setCooking(board, meal.id, meal.day, me, !cooking)}
              >
                ${cooking ? `✓ ${t('meals.illCook')}` : t('meals.illCook')}
              </button>
              <button
                type="button"
                data-testid="meal-cook-with"
                aria-expanded=${this.pickingFor === meal.dayId ? 'true' : 'false'}
                @click=${() => {
                  this.pickingFor = this.pickingFor === meal.dayId ? undefined : meal.dayId;
                }}
              >
                ${t('meals.cookWith')}
              </button>
            </div>`
      }
      ${me && this.pickingFor === meal.dayId ? this.picker(house, meal, me, names) : nothing}
      ${me ? this.asks(house, meal, me, names) : nothing}
      ${me && cooking ? this.shownNames(house, meal, me, names) : nothing}
      ${
        this.problem?.dayId === meal.dayId
          ? html`<p class="problem" role="alert">${this.problem.words}</p>`
          : nothing
      }
    </li>`;
  }

  /** "I'll eat" and "Not tonight", side by side and of equal weight; a second tap takes it back. */
  private eatButtons(house: HouseConnection, meal: MealOnDay, me: string) {
    const board = house.docs.board;
    const mine = myMealAnswer(board, meal.dayId, me);
    const answer = (to: 'eat' | 'not') => () =>
      answerMeal(board, meal.id, meal.day, me, mine?.answer === to ? undefined : to);
    const button = (to: 'eat' | 'not', words: string) =>
      html`<button
        type="button"
        data-testid=${to === 'eat' ? 'meal-eat' : 'meal-not'}
        aria-pressed=${mine?.answer === to ? 'true' : 'false'}
        @click=${answer(to)}
      >
        ${mine?.answer === to ? `✓ ${words}` : words}
      </button>`;
    return html`<div class="answers">
        ${button('eat', t('meals.illEat'))}
        ${button('not', meal.kind === 'lunch' ? t('meals.notToday') : t('meals.notTonight'))}
      </div>
      ${
        mine
          ? html`<label class="check">
            <input
              type="checkbox"
              data-testid="meal-show-cook"
              .checked=${mine.showCook === true}
              @change=${(event: Event) =>
                letCookSeeMe(
                  board,
                  meal.id,
                  meal.day,
                  me,
                  (event.target as HTMLInputElement).checked,
                )}
            />
            ${t('meals.showCook')}
          </label>`
          : nothing
      }`;
  }

  /** What's for the meal, in anyone's words, changed in place for that day only. */
  private menuLine(house: HouseConnection, meal: MealOnDay) {
    const label = t('meals.menu', { meal: mealWord(meal).toLocaleLowerCase() });
    if (this.menuOf !== meal.dayId) {
      return html`<div class="row-line">
        <p class="line" data-testid="meal-menu">
          <strong>${label}:</strong> ${meal.menu ?? html`<span class="muted">${t('meals.menuEmpty')}</span>`}
        </p>
        <div class="actions">
          <button
            type="button"
            data-testid="meal-menu-change"
            aria-label=${`${t('meals.menuChange')}: ${label}`}
            @click=${() => {
              this.menuOf = meal.dayId;
              this.menuDraft = meal.menu ?? '';
              this.problem = undefined;
            }}
          >
            ${t('meals.menuChange')}
          </button>
        </div>
      </div>`;
    }
    const save = () => {
      try {
        setMenuOn(house.docs.board, meal.id, meal.day, this.menuDraft);
        this.menuOf = undefined;
        this.problem = undefined;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problem = { dayId: meal.dayId, words: say(error.sentence) };
      }
    };
    return html`<div class="panel">
      ${textField({
        name: 'meal-menu',
        label: t('meals.menuLabel', { meal: mealWord(meal).toLocaleLowerCase() }),
        value: this.menuDraft,
        problems: {},
        limit: 200,
        onInput: (value) => {
          this.menuDraft = value;
        },
      })}
      <div class="actions">
        <button type="button" class="primary" data-testid="meal-menu-save" @click=${save}>
          ${t('meals.menuSave')}
        </button>
        <button
          type="button"
          class="quiet"
          @click=${() => {
            this.menuOf = undefined;
          }}
        >
          ${t('meals.close')}
        </button>
      </div>
    </div>`;
  }

  /** "Cook with…": everyone else on the board, each with Ask. */
  private picker(house: HouseConnection, meal: MealOnDay, me: string, names: WallNames) {
    const people = names.people(me).filter((person) => person.id !== me);
    const ask = (them: string) => {
      try {
        askToCookWith(house.docs.board, meal.id, meal.day, me, them);
        this.pickingFor = undefined;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problem = { dayId: meal.dayId, words: say(error.sentence) };
      }
    };
    return html`<div class="panel" data-testid="meal-cook-picker">
      <p><strong>${t('meals.cookWithWho')}</strong></p>
      <ul>
        ${people.map(
          (person) => html`<li class="row">
            <div class="plain"><strong>${person.words}</strong></div>
            <button
              type="button"
              data-testid="meal-ask"
              data-person=${person.id}
              aria-label=${`${t('meals.ask')}: ${person.words}`}
              @click=${() => ask(person.id)}
            >
              ${t('meals.ask')}
            </button>
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="quiet"
          @click=${() => {
            this.pickingFor = undefined;
          }}
        >
          ${t('meals.close')}
        </button>
      </div>
    </div>`;
  }

  /** Asks waiting for my answer, and what became of mine. */
  private asks(house: HouseConnection, meal: MealOnDay, me: string, names: WallNames) {
    const board = house.docs.board;
    const toMe = cookAsksTo(board, meal, me);
    const mine = myCookAsk(board, meal, me);
    const answer = (from: string, yes: boolean) => () => {
      try {
        answerCookAsk(board, meal.id, meal.day, from, me, yes);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problem = { dayId: meal.dayId, words: say(error.sentence) };
      }
    };
    return html`${toMe.map(
      (ask) => html`<div class="panel" data-testid="meal-ask-to-me">
        <p>${t('meals.askedYou', { name: this.nameOf(ask.from, names) })}</p>
        <div class="actions">
          <button type="button" data-testid="meal-ask-yes" @click=${answer(ask.from, true)}>
            ${t('meals.yes')}
          </button>
          <button type="button" data-testid="meal-ask-no" @click=${answer(ask.from, false)}>
            ${t('meals.notThisTime')}
          </button>
        </div>
      </div>`,
    )}
    ${
      mine && mine.state !== 'accepted'
        ? html`<p class="line muted" data-testid="meal-my-ask">
          ${
            mine.state === 'open'
              ? t('meals.asked', { name: this.nameOf(mine.to, names) })
              : t('meals.askedNo', { name: this.nameOf(mine.to, names) })
          }
        </p>`
        : nothing
    }`;
  }

  /** For a cook's own phone: who chose to let the cook see their name. */
  private shownNames(house: HouseConnection, meal: MealOnDay, me: string, names: WallNames) {
    const shown = shownToCook(house.docs.board, meal, me);
    if (!shown.length) return nothing;
    return html`<div data-testid="meal-shown-to-cook">
      <p class="line muted">${t('meals.shownToCook')}</p>
      <p class="line">
        ${listWords(
          shown.map(({ person, answer }) =>
            t(answer === 'eat' ? 'meals.shownEats' : 'meals.shownNot', {
              name: this.nameOf(person, names),
            }),
          ),
        )}
      </p>
    </div>`;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-meal-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
    ></hb-meal-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-food-section': FoodSection;
  }
}
