// Today's meals on the wall: each still to come (or just on), its time, what's for it, who cooks
// by the names they chose, and how many are eating. Who said they'd eat stays on their phones.
import { css, html, nothing, unsafeCSS } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  dayInZone,
  MEAL_KINDS,
  type MealOnDay,
  mealRecords,
  mealsOn,
  readSettings,
  type Settings,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { timeWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { nightPalette } from '../../ui/night-palette.ts';
import { listWords, WallNames } from '../../ui/wall-names.ts';
import { KioskCard, sectionsOf } from './kiosk-card.ts';

/** A meal stays on the wall this long after it starts, then gives way to the next. */
const MEAL_SHOWS_MS = 2 * 3_600_000;

/**
 * Whether the wall has a meal to show today: one still to come or just on. A house without meal
 * plans, or past tonight's, gives the rest of the wall the room (a card is also drawn for a plan
 * that cannot be read, so it is seen and put right).
 */
export function mealsShow(house: House | undefined, now: number): boolean {
  if (!house) return false;
  const board = house.docs.board;
  const zone = readSettings(house.docs.settings).timeZone;
  const today = mealsOn(board, dayInZone(now, zone), zone);
  return (
    today.some((meal) => meal.startsAt + MEAL_SHOWS_MS > now) ||
    mealRecords(board)
      .entries()
      .some((entry) => !entry.ok)
  );
}

const dayOrNight = (day: string, night: string) => unsafeCSS(`light-dark(${day}, ${night})`);

@customElement('hb-meals-card')
export class MealsCard extends KioskCard {
  static override styles = [
    ...KioskCard.styles,
    css`
      :host([data-kind='meals']) {
        --hb-accent: ${dayOrNight('#8a5a12', nightPalette.warn)};
        --hb-accent-ink: ${dayOrNight('#6b440b', nightPalette.warn)};
      }
      /* Each meal after the first starts below a line of its own. */
      .top ~ .top {
        border-top: 1px solid var(--hb-line);
        padding-top: 0.3em;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0 0.6em;
        font-weight: 700;
      }
      .count {
        color: var(--hb-accent-ink);
        font-variant-numeric: tabular-nums;
      }
      .line {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .muted {
        color: var(--hb-muted);
      }
    `,
  ];
  protected get heading() {
    return t('meals.heading');
  }
  protected readonly kind = 'meals' as const;
  protected readonly reads = ['board' as const];
  protected override readonly boardSections = sectionsOf(...MEAL_KINDS);

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const today = mealsOn(board, dayInZone(this.now, zone), zone);
    const coming = today.filter((meal) => meal.startsAt + MEAL_SHOWS_MS > this.now);
    const names = new WallNames(board, this.now);
    const broken = this.broken(mealRecords(board).entries());
    return html`
      ${coming.map((meal) => this.meal(meal, names))} ${broken}
      ${
        coming.length || broken.length
          ? nothing
          : this.empty(today.length ? t('meals.nothingMore') : t('meals.nothingToday'))
      }
    `;
  }

  /**
   * A meal as lines of their own (time and count, who cooks, what's for it), so a card short of
   * room turns pages a whole line at a time and the time and count come first.
   */
  private meal(meal: MealOnDay, names: WallNames) {
    const what = meal.kind === 'lunch' ? t('meals.lunch') : t('meals.dinner');
    const cooks = meal.cooks.map((id) => names.person(id) ?? t('meals.someone'));
    const head = html`<div class="top" data-key="${meal.dayId}-time" data-testid="wall-meal">
      <span>${t('meals.at', { meal: what, time: timeWords(meal.time) })}</span>
      ${
        meal.cancelled
          ? html`<span class="muted">${t('meals.off')}</span>`
          : html`<span class="count" data-testid="wall-meal-count"
              >${t('meals.eating', { n: meal.eating })}</span
            >`
      }
    </div>`;
    if (meal.cancelled) return head;
    const who = meal.everyoneCooks
      ? t('meals.everyoneCooks')
      : cooks.length
        ? t('meals.cooks', { names: listWords(cooks) })
        : t('meals.noCook');
    return html`${head}
      <p class="line muted" data-key="${meal.dayId}-cooks" data-testid="wall-meal-cooks">
        ${who}
      </p>
      ${
        meal.menu
          ? html`<p class="line" data-key="${meal.dayId}-menu" data-testid="wall-meal-menu">
              ${meal.menu}
            </p>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-meals-card': MealsCard;
  }
}
