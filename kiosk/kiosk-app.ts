// The wall display: the house's name, the date and time in the house, the live status, visitor
// mode, the four cards of the day and the corner where phones join. Re-renders each minute for the clock,
// now/next and expiry.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { readSettings, zonedTime } from '../board/index.ts';
import type { HouseConnection } from '../client/connection.ts';
import { DocController } from '../client/doc-controller.ts';
import { dayWords, instantWords } from '../client/house-time.ts';
import { MinuteController } from '../client/minute-controller.ts';
import '../client/status.ts';
import type { JoinCode } from '../client/screen-socket.ts';
import { houseColors } from '../client/theme.ts';
import './cards/announcements-card.ts';
import './cards/chores-card.ts';
import './cards/groups-card.ts';
import './cards/shifts-card.ts';
import './join-panel.ts';
import './visitor-switch.ts';
import { WakeLockController } from './wake-lock.ts';

@customElement('hb-kiosk')
export class KioskApp extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        gap: 16px;
        height: 100vh;
        padding: 16px 24px 20px;
        box-sizing: border-box;
        background: var(--hb-page);
        font-size: 32px;
        line-height: 1.3;
        --hb-small-text: 28px;
      }
      header {
        display: flex;
        align-items: center;
        gap: 32px;
        height: 112px;
      }
      .house {
        flex: 1;
        min-width: 0;
        display: grid;
        gap: 6px;
      }
      h1 {
        margin: 0;
        font-size: 56px;
        line-height: 1.1;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      hb-live-status {
        font-size: 28px;
        max-height: 2.6em;
        overflow: hidden;
      }
      .when {
        flex: none;
        text-align: right;
      }
      .time {
        display: block;
        font-size: 64px;
        font-weight: 700;
        line-height: 1.05;
        font-variant-numeric: tabular-nums;
      }
      main {
        display: grid;
        grid-template-columns: 1fr 1fr 1fr;
        grid-template-rows: auto 1fr auto;
        gap: 16px;
        min-height: 0;
      }
      /* Chores the full height; the day's groups above the join code; who is on shift above
         the announcements, which get the room to take turns in. */
      hb-chores-card {
        grid-column: 1;
        grid-row: 1 / 4;
      }
      hb-groups-card {
        grid-column: 2;
        grid-row: 1 / 3;
      }
      hb-join-panel {
        grid-column: 2;
        grid-row: 3;
      }
      hb-shifts-card {
        grid-column: 3;
        grid-row: 1;
      }
      hb-announcements-card {
        grid-column: 3;
        grid-row: 2 / 4;
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  /** The address phones join by now; the server sends a new one every few minutes. */
  @property({ attribute: false }) joinCode?: JoinCode;

  private readonly minute = new MinuteController(this);

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.settings]);
    new WakeLockController(this);
  }

  override render() {
    const house = this.house;
    const now = this.minute.now;
    const settings = house ? readSettings(house.docs.settings) : undefined;
    const zone = settings?.timeZone ?? 'UTC';
    return html`
      <header>
        <div class="house">
          <h1 data-testid="house-name">${settings?.houseName ?? 'House board'}</h1>
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-kiosk': KioskApp;
  }
}
