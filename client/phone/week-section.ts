// The phone's Week tab: seven days from today, day by day and compact, today marked; each day's
// groups, outings and the house meeting with their time, place and what they are, and a meeting
// that is off or moved on that day said plainly.
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  dayInZone,
  type MealOnDay,
  readSettings,
  type WeekDay,
  type WeekGroup,
  weekAhead,
} from '../../board/index.ts';
import { shortDayWords, timeWords } from '../../ui/house-time.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { drawSafely } from '../../ui/parts/problem-card.ts';
import { kindWords, mealWords, toPrepareWords } from '../../ui/parts/week-words.ts';
import type { Device } from '../../ui/session.ts';
import { houseColors, plainList } from '../../ui/theme.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { myPersonId } from './me.ts';
import { tabStyles } from './tab-styles.ts';

const WEEK_DAYS = 7;

@customElement('hb-week-section')
export class WeekSection extends HouseView {
  static override styles = [
    houseColors,
    tabStyles,
    plainList,
    css`
      ol.days {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.9em;
      }
      h3 {
        font-size: 1.05em;
        margin: 0 0 0.3em;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2em 0.5em;
        align-items: baseline;
      }
      .today-mark {
        font-size: 0.85em;
        padding: 0 0.45em;
        border-radius: 0.4em;
        background: var(--hb-next);
        color: var(--hb-card);
      }
      .day[data-today] {
        padding: 0.4em 0.5em;
        border-left: 0.3em solid var(--hb-next);
        background: var(--hb-calm-tint);
        border-radius: 0.3em;
      }
      ul {
        gap: 0.35em;
      }
      /* The time, and beside it what is on; at the largest text, where there is no room
         beside it, what is on goes under the time at the whole width. */
      li.group {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.4em;
      }
      .what {
        flex: 1 1 9em;
        min-width: 0;
        display: grid;
      }
      .time {
        flex: 0 0 5.4em;
        white-space: nowrap;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .title {
        font-weight: 600;
        overflow-wrap: break-word;
      }
      .more {
        font-size: 0.9em;
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
      [data-status='cancelled'] .time,
      [data-status='cancelled'] .title,
      [data-status='past'] .time,
      [data-status='past'] .title {
        color: var(--hb-muted);
      }
      [data-status='cancelled'] .time,
      [data-status='cancelled'] .title {
        text-decoration: line-through;
      }
      .prepare {
        font-size: 0.9em;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .nothing {
        margin: 0;
        color: var(--hb-muted);
      }
    `,
  ];

  protected readonly reads = ['board' as const];
  /** This device (the contract every phone section takes; the week is the same for everyone). */
  @property({ attribute: false }) device?: Device;

  override render() {
    const house = this.house;
    if (!house) return html`<p class="nothing">${t('phone.opening')}</p>`;
    return drawSafely(() => {
      const zone = readSettings(house.docs.settings).timeZone;
      const today = dayInZone(this.now, zone);
      const days = weekAhead(house.docs.board, today, WEEK_DAYS, zone, this.now);
      const names = new WallNames(house.docs.board, this.now, myPersonId(this.device));
      return html`<h2>${t('week.phoneTitle')}</h2>
        <ol class="days" data-testid="week-days">
          ${days.map((day, i) => this.renderDay(day, i === 0, names))}
        </ol>`;
    }, 'this section');
  }

  private renderDay(day: WeekDay, today: boolean, names: WallNames) {
    return html`<li
      class="day"
      data-testid="week-day"
      data-day=${day.day}
      ?data-today=${today}
      aria-current=${today ? 'date' : nothing}
    >
      <h3>
        <span>${shortDayWords(day.day)}</span>
        ${today ? html`<span class="today-mark">${t('week.today')}</span>` : nothing}
      </h3>
      ${
        day.groups.length || day.meals.length
          ? html`<ul>
            ${day.groups.map((g) => this.renderGroup(g))}
            ${day.meals.map((meal) => this.renderMeal(meal, names))}
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
      <span class="what">
        <span class="title">${what}</span>
        ${cooks ? html`<span class="more">${cooks}</span>` : nothing}
      </span>
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
      <span class="what">
        <span class="title">${g.group.title}</span>
        ${more.length ? html`<span class="more">${more.join(' · ')}</span>` : nothing}
        ${prepare ? html`<span class="prepare">${prepare}</span>` : nothing}
      </span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-week-section': WeekSection;
  }
}
