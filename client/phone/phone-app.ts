// The phone app: the house's name and live status on top, one section at a time, and the tabs
// at the bottom where a thumb reaches. Sections stay in the page when hidden, so a half-written
// form survives a look at another tab. "This phone" sits in the header; admins get an Admin tab.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  isStaff,
  offersTo,
  readSettings,
  setVisitorMode,
  visitorModeUntil,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { DocController } from '../../ui/doc-controller.ts';
import { instantWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { MinuteController } from '../../ui/minute-controller.ts';
import type { Device } from '../../ui/session.ts';
import '../../ui/status.ts';
import { houseColors } from '../../ui/theme.ts';
import { TimeoutController } from '../../ui/timeout-controller.ts';
import { UNDO_REFUSED, UndoController } from '../../ui/undo.ts';
import './admin-section.ts';
import './announcements-section.ts';
import './board-news.ts';
import './chores-section.ts';
import './groups-section.ts';
import { myPersonId } from './me.ts';
import './shifts-section.ts';
import './this-phone-section.ts';
import './week-section.ts';
import { serverNow } from '../../ui/server-clock.ts';

const TABS = [
  ['chores', 'tab.chores'],
  ['groups', 'tab.groups'],
  ['week', 'week.tab'],
  ['announcements', 'kiosk.announcements'],
  ['shifts', 'kiosk.shifts'],
  ['admin', 'tab.admin'],
] as const;

type Tab = (typeof TABS)[number][0] | 'phone';

function tabFromHash(): Tab {
  const wanted = location.hash.slice(1);
  if (wanted === 'phone') return 'phone';
  return TABS.find(([tab]) => tab === wanted)?.[0] ?? 'chores';
}

@customElement('hb-phone-app')
export class PhoneApp extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        --hb-tabbar-height: calc(64px + env(safe-area-inset-bottom));
        display: block;
        min-height: 100vh;
        background: var(--hb-page);
        font-size: 18px;
        line-height: 1.4;
      }
      header {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        padding: 12px 12px 8px 16px;
        border-bottom: 2px solid var(--hb-line);
      }
      .house {
        flex: 1;
        min-width: 0;
      }
      header button {
        flex: none;
        font: inherit;
        font-size: 0.85em;
        min-height: 48px;
        min-width: 48px;
        padding: 0 0.8em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
        color: var(--hb-ink);
        cursor: pointer;
      }
      header button[aria-current='page'] {
        border-color: var(--hb-done);
        color: var(--hb-done);
        font-weight: 700;
      }
      .undo-problem {
        margin: 0;
        padding: 0.5em 16px;
        background: var(--hb-warn-tint);
        border-bottom: 2px solid var(--hb-warn);
      }
      .visitor {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.3em 0.6em;
        padding: 0.4em 16px;
        background: var(--hb-calm-tint);
        border-bottom: 2px solid var(--hb-next);
        font-weight: 600;
      }
      .visitor span {
        flex: 1;
        min-width: 12em;
      }
      .visitor button {
        font: inherit;
        font-size: 0.85em;
        min-height: 48px;
        padding: 0 0.8em;
        border: 2px solid var(--hb-ink);
        border-radius: 0.5em;
        background: var(--hb-card);
        color: var(--hb-ink);
      }
      header button:focus-visible {
        outline: 3px solid var(--hb-next);
        outline-offset: 2px;
      }
      h1 {
        margin: 0;
        font-size: 1.35em;
        overflow-wrap: anywhere;
      }
      hb-live-status {
        font-size: 0.9em;
      }
      main {
        padding: 4px 16px var(--hb-tabbar-height);
      }
      nav {
        position: fixed;
        left: 0;
        right: 0;
        bottom: 0;
        height: var(--hb-tabbar-height);
        box-sizing: border-box;
        padding-bottom: env(safe-area-inset-bottom);
        display: grid;
        grid-auto-flow: column;
        /* Equal tabs while their words fit; at the largest text they keep their words whole and
           the bar scrolls sideways, so every tab (the Admin tab too) can still be reached. */
        grid-auto-columns: minmax(max-content, 1fr);
        overflow-x: auto;
        overscroll-behavior-x: contain;
        background: var(--hb-card);
        border-top: 2px solid var(--hb-line);
        z-index: 1;
      }
      nav button {
        font: inherit;
        font-size: 0.85em;
        white-space: nowrap;
        min-height: 48px;
        border: 0;
        border-top: 4px solid transparent;
        background: transparent;
        color: var(--hb-ink);
        padding: 0 2px;
        cursor: pointer;
      }
      /* Five tabs (an admin's) still fit a 390 px phone on one line each. */
      nav[data-tabs='5'] button {
        font-size: 0.8em;
      }
      nav button[aria-current='page'] {
        border-top-color: var(--hb-done);
        color: var(--hb-done);
        font-weight: 700;
      }
      /* Something asked of me waits on the chores tab: a dot, and words for screen readers. */
      nav .dot {
        display: inline-block;
        width: 0.55em;
        height: 0.55em;
        margin-left: 0.25em;
        border-radius: 50%;
        background: var(--hb-next);
        vertical-align: super;
      }
      nav .notice {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      nav button:focus-visible {
        outline: 3px solid var(--hb-next);
        outline-offset: -3px;
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  /** This device as the server knows it: its name, and what it may do. */
  @property({ attribute: false }) device?: Device;
  @state() private tab: Tab = tabFromHash();

  private readonly minute = new MinuteController(this);
  private readonly undo = new UndoController(
    this,
    () => this.house?.docs.board,
    () => this.device?.role ?? 'member',
  );
  /** Why the last undo could not be made, for a few seconds. */
  @state() private undoProblem?: string;
  private readonly undoProblemShown = new TimeoutController(this);
  private readonly onHash = () => {
    this.tab = tabFromHash();
  };

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.settings, this.house?.docs.board]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  override render() {
    const house = this.house;
    const device = this.device;
    const now = this.minute.now;
    const name = house ? readSettings(house.docs.settings).houseName : t('app.name');
    const admin = device?.role === 'admin';
    const tabs = TABS.filter(([tab]) => tab !== 'admin' || admin);
    // An Admin tab left in the address on a phone that is no longer admin falls back to chores.
    const current = this.tab === 'admin' && !admin ? 'chores' : this.tab;
    const section = (tab: Tab) => current !== tab;
    return html`
      <header>
        <div class="house">
          <h1 data-testid="house-name">${name}</h1>
          <hb-live-status .connection=${house}></hb-live-status>
        </div>
        ${
          this.undo.canUndo
            ? html`<button
              type="button"
              data-testid="undo"
              aria-label=${t('phone.undoLabel')}
              @click=${this.takeBack}
            >
              ${t('phone.undo')}
            </button>`
            : null
        }
        <button
          type="button"
          data-testid="tab-phone"
          aria-current=${current === 'phone' ? 'page' : 'false'}
          @click=${() => this.show('phone')}
        >
          ${t('phone.thisPhone')}
        </button>
      </header>
      ${this.visitorBanner(now)}
      ${
        this.undoProblem
          ? html`<p class="undo-problem" role="status" data-testid="undo-problem">
              ${this.undoProblem}
            </p>`
          : null
      }
      <main>
        <hb-chores-section
          ?hidden=${section('chores')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-chores-section>
        <hb-groups-section
          ?hidden=${section('groups')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-groups-section>
        <hb-week-section
          ?hidden=${section('week')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-week-section>
        <hb-announcements-section
          ?hidden=${section('announcements')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-announcements-section>
        <hb-shifts-section
          ?hidden=${section('shifts')}
          .house=${house}
          .device=${device}
          .now=${now}
          @show-tab=${(event: CustomEvent<'phone'>) => this.show(event.detail)}
        ></hb-shifts-section>
        <hb-this-phone-section
          ?hidden=${section('phone')}
          .device=${device}
          .house=${house}
          .now=${now}
        ></hb-this-phone-section>
        ${
          admin
            ? html`<hb-admin-section
                ?hidden=${section('admin')}
                .active=${current === 'admin'}
                .house=${house}
                .device=${device}
              ></hb-admin-section>`
            : null
        }
      </main>
      <hb-board-news .house=${house}></hb-board-news>
      <nav aria-label=${t('phone.sections')} data-tabs=${tabs.length}>
        ${tabs.map(
          ([tab, words]) => html`<button
            type="button"
            data-testid="tab-${tab}"
            aria-current=${tab === current ? 'page' : 'false'}
            @click=${() => this.show(tab)}
          >
            ${t(words)}${tab === 'chores' && this.askedOfMe(now) ? this.askedNotice() : null}
          </button>`,
        )}
      </nav>
    `;
  }

  /** Whether someone asked something of me today that I have not answered. */
  private askedOfMe(now: number): boolean {
    const me = myPersonId(this.device);
    const house = this.house;
    if (!me || !house) return false;
    const zone = readSettings(house.docs.settings).timeZone;
    return offersTo(house.docs.board, me, Math.max(now, serverNow()), zone).length > 0;
  }

  private askedNotice() {
    return html`<span class="dot" aria-hidden="true" data-testid="offers-dot"></span
      ><span class="notice">, ${t('offers.tabNotice')}</span>`;
  }

  private readonly takeBack = () => {
    this.undoProblemShown.stop();
    this.undoProblem = this.undo.undo() ? undefined : t(UNDO_REFUSED);
    if (this.undoProblem) {
      this.undoProblemShown.start(6_000, () => {
        this.undoProblem = undefined;
      });
    }
  };

  /** While visitor mode is on, every screen says so: names show as they do on the wall. */
  private visitorBanner(now: number) {
    const house = this.house;
    if (!house) return null;
    const until = visitorModeUntil(house.docs.board, Math.max(now, serverNow()));
    if (until === undefined) return null;
    const zone = readSettings(house.docs.settings).timeZone;
    const staff = !!this.device && isStaff(this.device.role);
    return html`<div class="visitor" role="status" data-testid="visitor-banner">
      <span>${t('visitor.until', { time: instantWords(until, zone) })}</span>
      ${
        staff
          ? html`<button
            type="button"
            data-testid="visitor-banner-off"
            @click=${() => setVisitorMode(house.docs.board, false)}
          >
            ${t('phone.visitorEndNow')}
          </button>`
          : null
      }
    </div>`;
  }

  private show(tab: Tab) {
    this.tab = tab;
    this.undoProblem = undefined;
    history.replaceState(null, '', `#${tab}`);
    scrollTo({ top: 0 });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-phone-app': PhoneApp;
  }
  interface HTMLElementEventMap {
    'show-tab': CustomEvent<'phone'>;
  }
}
