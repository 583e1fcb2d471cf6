// The week ahead over the wall, opened by a tap on the "Tomorrow" strip: seven days from today,
// each with its groups, outings and the house meeting at the house's times, a day's meeting
// that is off or moved said plainly. A big Close; left untouched for a minute it closes by
// itself, so the wall never stays covered (and the wall closes it when night comes).
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  dayInZone,
  type MealOnDay,
  readSettings,
  type WeekDay,
  type WeekGroup,
  weekAhead,
} from '../board/index.ts';
import { DocController } from '../ui/doc-controller.ts';
import type { House } from '../ui/house.ts';
import { dayWords, timeWords } from '../ui/house-time.ts';
import { t } from '../ui/i18n/index.ts';
import { kindWords, mealWords, toPrepareWords } from '../ui/parts/week-words.ts';
import { serverNow } from '../ui/server-clock.ts';
import { controls, houseColors } from '../ui/theme.ts';
import { TimeoutController } from '../ui/timeout-controller.ts';
import { WallNames } from '../ui/wall-names.ts';

/** Untouched this long, the week closes by itself. */
export const WEEK_IDLE_CLOSE_MS = 60_000;
const WEEK_DAYS = 7;

@customElement('hb-week-overlay')
export class WeekOverlay extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 10;
        display: grid;
        place-items: center;
        background: rgb(31 35 40 / 0.55);
        /* The panel must fit the screen whatever the house's text size. */
        font-size: min(1em, 3.4vmin);
      }
      .panel {
        box-sizing: border-box;
        width: min(96vw, 100em);
        height: 94vh;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr);
        gap: 0.5em;
        padding: 0.6em 0.8em;
        background: var(--hb-page);
        border: 3px solid var(--hb-ink);
        border-radius: 0.6em;
      }
      .top {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1em;
      }
      h2 {
        margin: 0;
        font-size: 1.3em;
      }
      .close {
        min-height: max(64px, 2em);
        min-width: max(120px, 5em);
        font-weight: 700;
      }
      /* The days in as many columns as fit, scrolled by a finger when they run past the screen. */
      .days {
        overflow-y: auto;
        overscroll-behavior: contain;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
        align-content: start;
        gap: 0.5em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .day {
        padding: 0.4em 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .day[data-today] {
        border: 4px solid var(--hb-next);
      }
      h3 {
        margin: 0 0 0.3em;
        font-size: 1em;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.35em;
      }
      li.group {
        display: grid;
        grid-template-columns: 5.4em 1fr;
        gap: 0 0.4em;
      }
      .time {
        white-space: nowrap;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .more {
        grid-column: 2;
        font-size: var(--hb-small-text, 0.8em);
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
      .prepare {
        grid-column: 2;
        font-size: var(--hb-small-text, 0.8em);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      [data-status='cancelled'] .time,
      [data-status='cancelled'] .title {
        text-decoration: line-through;
        color: var(--hb-muted);
      }
      .nothing {
        margin: 0;
        color: var(--hb-muted);
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  private readonly idle = new TimeoutController(this);

  constructor() {
    super();
    new DocController(this, () =>
      this.house ? [this.house.docs.board, this.house.docs.settings] : [],
    );
    this.addEventListener('pointerdown', () => this.stayOpen());
    this.addEventListener('wheel', () => this.stayOpen(), { passive: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stayOpen();
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  override render() {
    const house = this.house;
    const now = serverNow();
    const zone = house ? readSettings(house.docs.settings).timeZone : 'UTC';
    const today = dayInZone(now, zone);
    const days = house ? weekAhead(house.docs.board, today, WEEK_DAYS, zone, now) : [];
    const names = house ? new WallNames(house.docs.board, now) : undefined;
    return html`<div
      class="panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="week-title"
      data-testid="week-overlay"
    >
      <div class="top">
        <h2 id="week-title">${t('week.title')}</h2>
        <button type="button" class="close" data-testid="week-close" @click=${this.close}>
          ${t('week.close')}
        </button>
      </div>
      <ol class="days" tabindex="0" aria-labelledby="week-title">
        ${days.map((day, i) => this.renderDay(day, i, names))}
      </ol>
    </div>`;
  }

  private renderDay(day: WeekDay, index: number, names?: WallNames) {
    const name =
      index === 0
        ? `${t('week.today')}, ${dayWords(day.day)}`
        : index === 1
          ? `${t('week.tomorrow')}, ${dayWords(day.day)}`
          : dayWords(day.day);
    return html`<li
      class="day"
      data-testid="week-day"
      data-day=${day.day}
      ?data-today=${index === 0}
    >
      <h3>${name}</h3>
      ${
        day.groups.length || (names && day.meals.length)
          ? html`<ul>
            ${day.groups.map((g) => this.renderGroup(g))}
            ${names ? day.meals.map((meal) => this.renderMeal(meal, names)) : nothing}
          </ul>`
          : html`<p class="nothing">${t('week.nothingOn')}</p>`
      }
    </li>`;
  }

  private renderMeal(meal: MealOnDay, names: WallNames) {
    const { what, cooks } = mealWords(meal, (id) => names.person(id));
    return html`<li
      class="group meal"
      data-testid="week-meal"
      data-id=${meal.dayId}
      data-status=${meal.cancelled ? 'cancelled' : 'later'}
    >
      <span class="time">${timeWords(meal.time)}</span>
      <span class="title">${what}</span>
      ${cooks ? html`<span class="more">${cooks}</span>` : nothing}
    </li>`;
  }

  private renderGroup(g: WeekGroup) {
    const more = [
      kindWords(g),
      g.place,
      g.status === 'cancelled' ? t('week.cancelled') : g.moved ? t('week.changed') : undefined,
    ].filter(Boolean);
    const prepare = toPrepareWords(g);
    return html`<li
      class="group"
      data-testid="week-group"
      data-id=${g.id}
      data-kind=${g.kind}
      data-status=${g.status}
    >
      <span class="time">${timeWords(g.start)}</span>
      <span class="title">${g.group.title}</span>
      ${more.length ? html`<span class="more">${more.join(' · ')}</span>` : nothing}
      ${prepare ? html`<span class="prepare" data-testid="week-prepare">${prepare}</span>` : nothing}
    </li>`;
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('week-close', { bubbles: true, composed: true }));
  }

  private stayOpen(): void {
    this.idle.start(WEEK_IDLE_CLOSE_MS, () => this.close());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-week-overlay': WeekOverlay;
  }
  interface HTMLElementEventMap {
    'week-close': CustomEvent<void>;
  }
}
