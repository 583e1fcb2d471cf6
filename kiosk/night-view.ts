// The wall at night: a calm, dim view instead of a dark screen, for whoever is awake — the time,
// whether the wall is live, who of the staff is on shift now (names as each chose, initials in
// visitor mode; the house's own kind words when nobody is), a group going on now and the first
// thing of the morning. Offline, who is on shift is said as what the wall last knew, never as
// now. A tap anywhere asks the kiosk for the whole board (`night-brighten`).
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  dayInZone,
  type FirstThing,
  type GroupUnderWay,
  nightAhead,
  readSettings,
  shiftsAt,
  visitorModeOn,
} from '../board/index.ts';
import { ConnectionController } from '../ui/connection-controller.ts';
import type { House } from '../ui/house.ts';
import { dayWords, instantWords, timeWords } from '../ui/house-time.ts';
import { HouseView } from '../ui/house-view.ts';
import { t, wordsFor } from '../ui/i18n/index.ts';
import { words } from '../ui/i18n/words/night.ts';
import { drawSafely } from '../ui/parts/problem-card.ts';
import { staffWords } from '../ui/parts/shift-summary.ts';
import { serverNow } from '../ui/server-clock.ts';
import { connectionState } from '../ui/status.ts';
import { nightColors, plainList } from '../ui/theme.ts';

// The night view's words, in the wall's language, before its element exists.
await wordsFor('night', words);

function firstThingWords(thing: FirstThing): string {
  if (thing.kind === 'chore') return t('night.chore', { title: thing.title });
  return t('night.groupAt', { time: timeWords(thing.start), title: thing.title });
}

@customElement('hb-night-view')
export class NightView extends HouseView {
  static override styles = [
    nightColors,
    plainList,
    css`
      /* The text, the gaps and the clock give way to the screen's height, so at the largest
         text size a group on now, the house's words, the offline line and the first thing all
         still fit on a 1080-pixel wall; if anything must overflow it is the hint at the
         bottom, never the clock. */
      :host {
        font-size: min(1em, 4.4vh);
        display: grid;
        place-content: safe center;
        justify-items: center;
        gap: min(2.25em, 3.5vh);
        height: 100%;
        padding: min(1.5em, 3vh) 1.5em;
        box-sizing: border-box;
        line-height: 1.2;
        background: var(--hb-night-page);
        color: var(--hb-night-ink);
        text-align: center;
        cursor: pointer;
      }
      .clock {
        display: grid;
        gap: 0.25em;
      }
      /* Sizes in em of the wall's body text, which follows the house's text size; the clock
         stops short of the screen's width when the wall stands upright. */
      .time {
        font-size: min(5em, 16vw, 16vh);
        font-weight: 600;
        line-height: 1;
        font-variant-numeric: tabular-nums;
      }
      .day,
      h2,
      .until,
      .hint {
        color: var(--hb-night-muted);
      }
      .day {
        font-size: 1.25em;
      }
      /* "On shift" and whether that is live share one line, wrapping when long. */
      .heading {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        align-items: baseline;
        gap: 0.2em 0.8em;
      }
      /* What is on now above the first thing of the morning on an upright wall; side by side
         on a wide one, each wrapping its own words rather than the two stacking. */
      .ahead {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        align-items: start;
        gap: min(2.25em, 3.5vh) 2em;
      }
      @media (orientation: landscape) {
        .ahead {
          flex-wrap: nowrap;
        }
        .ahead > section {
          flex: 0 1 auto;
          min-width: 0;
        }
      }
      section {
        display: grid;
        gap: 0.4em;
        max-width: min(1400px, 90vw);
      }
      h2 {
        margin: 0;
        font-size: 1.125em;
        font-weight: 500;
      }
      ul {
        gap: 0.25em;
      }
      .name,
      .thing {
        font-size: 1.5em;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .until {
        display: block;
        font-size: 1em;
      }
      p {
        margin: 0;
        font-size: 1.25em;
      }
      /* The same live line as the day board, in the night's colours, right beside "on shift":
         whoever reads who is on can tell whether it is live or what the wall had when it went
         offline. After a few minutes offline it stands on a faint warm tint. */
      hb-live-status {
        --hb-done: var(--hb-night-ink);
        --hb-muted: var(--hb-night-muted);
        --hb-warn: var(--hb-night-ink);
        --hb-warn-tint: var(--hb-night-tint);
        --hb-ink: var(--hb-night-ink);
        justify-content: center;
        font-size: 0.875em;
      }
      .nobody {
        max-width: 32em;
        text-wrap: balance;
        overflow-wrap: anywhere;
      }
      .hint {
        font-size: 0.875em;
        border-top: 2px solid var(--hb-night-line);
        padding-top: 0.5em;
      }
    `,
  ];

  protected readonly reads = ['staff' as const, 'board' as const];

  constructor() {
    super();
    // Live or offline changes what the shift heading may claim.
    new ConnectionController(this, () => this.house);
    this.addEventListener('click', () =>
      this.dispatchEvent(new Event('night-brighten', { bubbles: true, composed: true })),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'button');
    this.setAttribute('data-testid', 'night-view');
    this.setAttribute('aria-label', t('night.label'));
  }

  override render() {
    const house = this.house;
    if (!house) return nothing;
    const settings = readSettings(house.docs.settings);
    const zone = settings.timeZone;
    return html`
      <div class="clock" data-testid="night-clock">
        <span class="time">${instantWords(this.now, zone)}</span>
        <span class="day">${dayWords(dayInZone(this.now, zone))}</span>
      </div>
      ${drawSafely(() => this.renderShift(house), t('night.onShift'))}
      ${drawSafely(() => this.renderDay(house), t('night.firstTomorrow'))}
      <p class="hint">${t('night.tapHint')}</p>
    `;
  }

  private renderShift(house: House) {
    // The moment itself, not the minute: "on now" changes the moment someone takes over.
    const now = Math.max(this.now, serverNow());
    const { onNow } = shiftsAt(house.docs.staff, now);
    const visitorMode = visitorModeOn(house.docs.board, now);
    const settings = readSettings(house.docs.settings);
    const live = connectionState(house) === 'live';
    return html`<section data-testid="night-shift" data-live=${live}>
      <div class="heading">
        <h2 data-testid="night-shift-heading">
          ${live ? t('night.onShift') : t('night.onShiftOffline')}
        </h2>
        <hb-live-status inline .connection=${house}></hb-live-status>
      </div>
      ${
        onNow.length
          ? html`<ul>
              ${onNow.map(
                (shift) => html`<li data-testid="night-on-shift">
                  <span class="name">${staffWords(shift, visitorMode)}</span>
                  <span class="until"
                    >${t('night.until', {
                      time: instantWords(shift.endedAt ?? shift.end, settings.timeZone),
                    })}</span
                  >
                </li>`,
              )}
            </ul>`
          : html`<p class="nobody" data-testid="night-nobody">
              ${settings.nightNobodyWords ?? t('night.nobodyDefault')}
            </p>`
      }
    </section>`;
  }

  /** What is on now, if anything, and the first thing of the coming morning. */
  private renderDay(house: House) {
    const settings = readSettings(house.docs.settings);
    const ahead = nightAhead(house.docs.board, settings, this.now);
    const thing = ahead.first;
    return html`<div class="ahead">
      ${ahead.underWay.length ? this.renderNow(ahead.underWay, settings.timeZone) : nothing}
      <section data-testid="night-first-thing">
        <h2>${ahead.morningIsToday ? t('night.firstThisMorning') : t('night.firstTomorrow')}</h2>
        <p class="thing" data-kind=${thing?.kind ?? 'nothing'}>
          ${thing ? firstThingWords(thing) : t('night.nothingPlanned')}
        </p>
      </section>
    </div>`;
  }

  private renderNow(groups: GroupUnderWay[], zone: string) {
    return html`<section data-testid="night-now">
      <h2>${t('night.now')}</h2>
      <ul>
        ${groups.map(
          (group) => html`<li data-testid="night-now-group">
            <span class="thing">${group.title}</span>
            <span class="until">${t('night.until', { time: instantWords(group.endsAt, zone) })}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-night-view': NightView;
  }
  interface HTMLElementEventMap {
    'night-brighten': Event;
  }
}
