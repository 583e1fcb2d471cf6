// The wall at night: a calm, dim view instead of a dark screen, for whoever is awake — the time,
// who of the staff is on shift now (names as each chose, initials in visitor mode) and the first
// thing of the morning. A tap anywhere asks the kiosk for the whole board (`night-brighten`).
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  dayInZone,
  type FirstThing,
  firstThingOn,
  morningAfter,
  readSettings,
  shiftsAt,
  visitorModeOn,
} from '../board/index.ts';
import type { HouseConnection } from '../ui/connection.ts';
import { dayWords, instantWords, timeWords } from '../ui/house-time.ts';
import { HouseView } from '../ui/house-view.ts';
import { t } from '../ui/i18n/index.ts';
import { drawSafely } from '../ui/parts/problem-card.ts';
import { staffWords } from '../ui/parts/shift-summary.ts';
import '../ui/status.ts';
import { serverNow } from '../ui/server-clock.ts';
import { nightColors, plainList } from '../ui/theme.ts';

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
      :host {
        display: grid;
        place-content: center;
        justify-items: center;
        gap: 2.25em;
        height: 100%;
        padding: 1.5em;
        box-sizing: border-box;
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
        font-size: min(5em, 16vw);
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
      /* The same live line as the day board, in the night's colours: whoever reads "on shift"
         at night can tell whether it is live or what the wall had when it went offline. */
      hb-live-status {
        --hb-done: var(--hb-night-ink);
        --hb-muted: var(--hb-night-muted);
        --hb-warn: var(--hb-night-ink);
        --hb-warn-tint: var(--hb-night-page);
        --hb-ink: var(--hb-night-ink);
        font-size: 0.875em;
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
      <hb-live-status inline .connection=${house}></hb-live-status>
      ${drawSafely(() => this.renderShift(house), t('night.onShift'))}
      ${drawSafely(() => this.renderMorning(house, zone), t('night.firstTomorrow'))}
      <p class="hint">${t('night.tapHint')}</p>
    `;
  }

  private renderShift(house: HouseConnection) {
    // The moment itself, not the minute: "on now" changes the moment someone takes over.
    const now = Math.max(this.now, serverNow());
    const { onNow } = shiftsAt(house.docs.staff, now);
    const visitorMode = visitorModeOn(house.docs.board, now);
    const zone = readSettings(house.docs.settings).timeZone;
    return html`<section data-testid="night-shift">
      <h2>${t('night.onShift')}</h2>
      ${
        onNow.length
          ? html`<ul>
              ${onNow.map(
                (shift) => html`<li data-testid="night-on-shift">
                  <span class="name">${staffWords(shift, visitorMode)}</span>
                  <span class="until"
                    >${t('night.until', { time: instantWords(shift.endedAt ?? shift.end, zone) })}</span
                  >
                </li>`,
              )}
            </ul>`
          : html`<p data-testid="night-nobody">${t('night.nobodyOnShift')}</p>`
      }
    </section>`;
  }

  private renderMorning(house: HouseConnection, zone: string) {
    const settings = readSettings(house.docs.settings);
    const morning = morningAfter(settings, this.now);
    const thing = firstThingOn(house.docs.board, morning, zone);
    const heading =
      morning === dayInZone(this.now, zone)
        ? t('night.firstThisMorning')
        : t('night.firstTomorrow');
    return html`<section data-testid="night-first-thing">
      <h2>${heading}</h2>
      <p class="thing" data-kind=${thing?.kind ?? 'nothing'}>
        ${thing ? firstThingWords(thing) : t('night.nothingPlanned')}
      </p>
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
