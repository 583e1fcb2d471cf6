// The wall display: the house's name, the date and time in the house, the live status (and a
// band across the top after a long outage), visitor mode, the four cards of the day and the
// corner where phones join. Re-renders each minute for the clock, now/next and expiry. At night
// it dims to the calm night view, and it drifts a few pixels every few minutes against burn-in.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_TEXT_SIZE, readSettings, zonedTime } from '../board/index.ts';
import type { HouseConnection } from '../ui/connection.ts';
import { DocController } from '../ui/doc-controller.ts';
import { dayWords, instantWords } from '../ui/house-time.ts';
import { t } from '../ui/i18n/index.ts';
import { MinuteController } from '../ui/minute-controller.ts';
import '../ui/status.ts';
import type { JoinCode } from '../ui/screen-socket.ts';
import { houseColors, nightColors } from '../ui/theme.ts';
import { burnInOffset } from './burn-in.ts';
import './cards/announcements-card.ts';
import './cards/chores-card.ts';
import './cards/groups-card.ts';
import './cards/shifts-card.ts';
import './join-panel.ts';
import { NightModeController } from './night-mode.ts';
import './night-view.ts';
import './offline-band.ts';
import type { QuickAddKind } from './kiosk-events.ts';
import './quick-add.ts';
import './undo-toast.ts';
import './visitor-switch.ts';
import { WakeLockController } from './wake-lock.ts';

/*
 * The house's text size (settings `textSize`, 1–4) sets the body text as a share of the screen's
 * shorter side: 2.4%, 2.96% (the wall's original 32 px on 1080p), 3.9% and 5%. Why 5% at the
 * largest: a 40-inch 16:9 screen is 498 mm tall, so body text is 25 mm to the em, about 18 mm to
 * the top of a capital in the system sans (caps are ~0.7 em). Seen from five metres, where one
 * minute of arc is 1.45 mm, that capital spans about 12 minutes: well over twice the 5-minute
 * letter of ordinary 20/20 sight, which is what reading without effort needs. Card titles
 * (1.25 em, 22 mm caps) and the clock (2 em, 35 mm caps) reach the 30 mm that signage guidance
 * asks for at five metres; body text that big (8.6% of the height) would leave room for ten
 * lines on the whole wall, too few for four cards.
 */

@customElement('hb-kiosk')
export class KioskApp extends LitElement {
  static override styles = [
    houseColors,
    nightColors,
    css`
      /* Everything on the wall is sized in em from one body size, a share of the screen's shorter
         side (--hb-step, in vmin, set by the house's text size): the same layout on a 1280×800
         tablet, a 1080p screen either way up and a 4K one, only bigger. */
      :host {
        display: grid;
        /* The offline band (empty unless the board has been offline a long while), the header,
           the cards. */
        grid-template-rows: auto auto 1fr;
        height: 100vh;
        padding: 0.5em 0.75em 0.6em;
        box-sizing: border-box;
        background: var(--hb-page);
        font-size: calc(var(--hb-step, 2.96) * 1vmin);
        line-height: 1.3;
        --hb-small-text: 0.875em;
      }
      :host([data-text-size='1']) {
        --hb-step: 2.4;
      }
      :host([data-text-size='2']) {
        --hb-step: 2.96;
      }
      :host([data-text-size='3']) {
        --hb-step: 3.9;
      }
      :host([data-text-size='4']) {
        --hb-step: 5;
      }
      /* Everything drifts together by the burn-in offset; the padding is wider than the drift. */
      :host > * {
        translate: var(--hb-drift, 0 0);
      }
      :host([data-view='night']) {
        grid-template-rows: auto minmax(0, 1fr);
        gap: 0;
        padding: 0;
        background: var(--hb-night-page);
      }
      /* At night, the night view and the board a tap shows are in the night's colours: every
         part's colours turn with color-scheme (ui/theme.ts), so a tap never lights the room. */
      :host([data-view='night']),
      :host([data-view='night-board']) {
        color-scheme: dark;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 1em;
        min-height: 3.5em;
        margin-bottom: 0.5em;
      }
      hb-offline-band[showing] {
        margin-bottom: 0.4em;
      }
      .house {
        flex: 1 1 10em;
        min-width: 0;
        display: grid;
        gap: 0.2em;
      }
      /* The name and the clock grow with the text size, but not so far that they crowd out
         the day: at the largest size they stay at the second-largest's. */
      h1 {
        margin: 0;
        font-size: min(1.75em, 6.8vmin);
        line-height: 1.1;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      hb-live-status {
        font-size: min(0.875em, 3.2vmin);
        max-height: 2.6em;
        overflow: hidden;
      }
      .when {
        flex: none;
        margin-left: auto;
        text-align: right;
      }
      .time {
        display: block;
        font-size: min(2em, 7.8vmin);
        font-weight: 700;
        line-height: 1.05;
        font-variant-numeric: tabular-nums;
      }
      main {
        display: grid;
        gap: 0.5em;
        min-height: 0;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        grid-template-rows: auto minmax(0, 1fr) auto;
        /* Chores the full height; the day's groups above the join code; who is on shift above
           the announcements, which get the room to take turns in. */
        grid-template-areas:
          'chores groups shifts'
          'chores groups announcements'
          'chores join announcements';
      }
      hb-chores-card {
        grid-area: chores;
      }
      hb-groups-card {
        grid-area: groups;
      }
      hb-shifts-card {
        grid-area: shifts;
      }
      hb-announcements-card {
        grid-area: announcements;
      }
      hb-join-panel {
        grid-area: join;
      }
      /* The columns follow the room there is in lines of text, not in pixels: a bigger text
         size or a narrower screen (upright, or a tablet) gives fewer, wider columns. The wall
         itself is the container, so "em" here is the wall's own body text. */
      :host {
        container: wall / inline-size;
      }
      @container wall (width < 50em) {
        main {
          grid-template-columns: repeat(2, minmax(0, 1fr));
          grid-template-rows: auto minmax(0, 1.5fr) minmax(0, 1fr) auto;
          grid-template-areas:
            'chores shifts'
            'chores announcements'
            'groups announcements'
            'groups join';
        }
      }
      @container wall (width < 30em) {
        main {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: minmax(0, 1.4fr) minmax(0, 1fr) auto minmax(0, 1fr) auto;
          grid-template-areas: 'chores' 'groups' 'shifts' 'announcements' 'join';
        }
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  /** The address phones join by now; the server sends a new one every few minutes. */
  @property({ attribute: false }) joinCode?: JoinCode;

  private readonly minute = new MinuteController(this);
  /** Which quick-add panel is open over the wall, if any. */
  @state() private adding?: QuickAddKind;
  private readonly settings = () =>
    this.house ? readSettings(this.house.docs.settings) : undefined;
  private readonly nightMode = new NightModeController(this, this.settings);

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.settings]);
    new WakeLockController(this, () => !this.nightMode.night());
    this.addEventListener('kiosk-add', (event) => {
      this.adding = event.detail;
    });
    this.addEventListener('quick-add-close', () => {
      this.adding = undefined;
    });
    this.addEventListener('kiosk-change', (event) => {
      this.renderRoot.querySelector('hb-undo-toast')?.offer(event.detail.words);
    });
  }

  protected override willUpdate(): void {
    const settings = this.settings();
    this.dataset.textSize = String(settings?.textSize ?? DEFAULT_TEXT_SIZE);
    this.dataset.view = this.nightMode.view();
    this.style.setProperty('--hb-drift', burnInOffset(this.minute.now));
  }

  override render() {
    const house = this.house;
    const now = this.minute.now;
    if (this.dataset.view === 'night') {
      // A long outage is said at night too: who is on shift must not be read from a stale board.
      return html`<hb-offline-band .connection=${house}></hb-offline-band>
        <hb-night-view
          .house=${house}
          .now=${now}
          @night-brighten=${() => this.nightMode.brighten()}
        ></hb-night-view>`;
    }
    const settings = this.settings();
    const zone = settings?.timeZone ?? 'UTC';
    return html`
      <hb-offline-band .connection=${house}></hb-offline-band>
      <header>
        <div class="house">
          <h1 data-testid="house-name">${settings?.houseName ?? t('app.name')}</h1>
          <hb-live-status inline .connection=${house}></hb-live-status>
        </div>
        <hb-visitor-switch .house=${house} .now=${now} .timeZone=${zone}></hb-visitor-switch>
        <span class="when" data-testid="house-clock">
          <span class="time">${instantWords(now, zone)}</span>
          <span>${dayWords(zonedTime(now, zone).day)}</span>
        </span>
      </header>
      <main>
        <hb-chores-card .house=${house} .now=${now}></hb-chores-card>
        <hb-groups-card .house=${house} .now=${now}></hb-groups-card>
        <hb-shifts-card .house=${house} .now=${now}></hb-shifts-card>
        <hb-announcements-card .house=${house} .now=${now}></hb-announcements-card>
        <hb-join-panel .joinCode=${this.joinCode} .now=${now}></hb-join-panel>
      </main>
      <hb-undo-toast .house=${house}></hb-undo-toast>
      ${
        this.adding
          ? html`<hb-quick-add
              .kind=${this.adding}
              .house=${house}
              .timeZone=${zone}
            ></hb-quick-add>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-kiosk': KioskApp;
  }
}
