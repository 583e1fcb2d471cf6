// The phone app: the house's name and live status on top, one section at a time, and the tabs
// at the bottom where a thumb reaches: Today (the day's chores, groups, announcements and who
// is on shift, through a row of buttons at its top), Week, Food, List and You (this phone, and
// for admins the house's admin). Sections stay in the page when hidden, so a half-written form
// survives a look at another tab. The old addresses (#chores, #phone, #admin…) still open theirs.
// Only Today's sections come with the page; the other tabs load on demand (later-parts.ts).
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  isStaff,
  offersTo,
  readSettings,
  setVisitorMode,
  visitorModeUntil,
} from '../../board/index.ts';
import { DocController } from '../../ui/doc-controller.ts';
import type { House } from '../../ui/house.ts';
import { instantWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { MinuteController } from '../../ui/minute-controller.ts';
import type { Device } from '../../ui/session.ts';
import '../../ui/status.ts';
import { houseColors } from '../../ui/theme.ts';
import { TimeoutController } from '../../ui/timeout-controller.ts';
import { UNDO_REFUSED, UndoController } from '../../ui/undo.ts';
import './agenda-panel.ts';
import './announcements-section.ts';
import './board-news.ts';
import './chores-section.ts';
import './groups-section.ts';
import { isLaterPart, loadEveryPartSoon, loadPart } from './later-parts.ts';
import { myPersonId } from './me.ts';
import './shifts-section.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { tabIcon } from './tab-icons.ts';

const TABS = [
  ['today', 'tab.today'],
  ['week', 'tab.week'],
  ['food', 'tab.food'],
  ['list', 'tab.list'],
  ['you', 'tab.you'],
] as const;

/** Today's sections, in the row at its top; chores first, as the day starts with them. */
const TODAY = [
  ['chores', 'tab.chores'],
  ['groups', 'tab.groups'],
  ['announcements', 'kiosk.announcements'],
  ['shifts', 'kiosk.shifts'],
] as const;

type Tab = (typeof TABS)[number][0];
type TodaySection = (typeof TODAY)[number][0];
type YouSection = 'phone' | 'admin';
/** Where an address points: a tab, and for Today and You which of their sections. */
type Place = { tab: Tab; section?: TodaySection | YouSection };

function placeFromHash(): Place {
  const wanted = location.hash.slice(1);
  const todays = TODAY.find(([section]) => section === wanted)?.[0];
  if (todays) return { tab: 'today', section: todays };
  if (wanted === 'phone' || wanted === 'admin') return { tab: 'you', section: wanted };
  return { tab: TABS.find(([tab]) => tab === wanted)?.[0] ?? 'today' };
}

@customElement('hb-phone-app')
export class PhoneApp extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        /* In em, so the bar grows with the text and what sits above it is never hidden. */
        --hb-tabbar-height: calc(3.6em + env(safe-area-inset-bottom));
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
      header button:focus-visible,
      .sections button:focus-visible {
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
      [hidden] {
        display: none !important;
      }
      /* The row of a tab's own sections (Today's four; You's two for an admin), at its top. */
      .sections {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2em;
        padding: 0.5em 0 0;
      }
      .sections button {
        font: inherit;
        font-size: 0.78em;
        min-height: 48px;
        min-width: 48px;
        padding: 0 0.4em;
        border: 2px solid var(--hb-line);
        border-radius: 999px;
        background: var(--hb-card);
        color: var(--hb-ink);
        cursor: pointer;
      }
      /* The section shown: its colour, a heavier edge and bold words, never colour alone. */
      .sections button[aria-current='true'] {
        border-color: var(--hb-done);
        background: var(--hb-done-tint);
        color: var(--hb-done);
        font-weight: 700;
      }
      nav.tabs {
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
           the bar scrolls sideways, so every tab can still be reached. */
        grid-auto-columns: minmax(max-content, 1fr);
        overflow-x: auto;
        overscroll-behavior-x: contain;
        background: var(--hb-card);
        border-top: 2px solid var(--hb-line);
        z-index: 1;
      }
      nav.tabs button {
        position: relative;
        font: inherit;
        font-size: 0.8em;
        line-height: 1.15;
        white-space: nowrap;
        min-height: 48px;
        min-width: 48px;
        border: 0;
        border-top: 4px solid transparent;
        background: transparent;
        color: var(--hb-ink);
        padding: 0.15em 0.5em;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 0.1em;
      }
      nav.tabs svg {
        width: 1.6em;
        height: 1.6em;
        flex: none;
      }
      nav.tabs button[aria-current='page'] {
        border-top-color: var(--hb-done);
        background: var(--hb-done-tint);
        color: var(--hb-done);
        font-weight: 700;
      }
      /* Something asked of me waits in Today's chores: a dot, and words for screen readers. */
      .dot {
        display: inline-block;
        width: 0.55em;
        height: 0.55em;
        margin-left: 0.25em;
        border-radius: 50%;
        background: var(--hb-next);
        vertical-align: super;
      }
      nav.tabs .dot {
        position: absolute;
        top: 0.3em;
        left: calc(50% + 0.7em);
        margin: 0;
      }
      .notice {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      nav.tabs button:focus-visible {
        outline: 3px solid var(--hb-next);
        outline-offset: -3px;
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  /** This device as the server knows it: its name, and what it may do. */
  @property({ attribute: false }) device?: Device;
  @state() private tab: Tab = 'today';
  /** Which of Today's sections shows; a trip to another tab comes back to it. */
  @state() private todaySection: TodaySection = 'chores';
  /** This phone, or (for an admin) the house's admin. */
  @state() private youSection: YouSection = 'phone';

  private readonly minute = new MinuteController(this);
  private readonly undo = new UndoController(
    this,
    () => this.house?.docs.board,
    () => this.device?.role ?? 'member',
    'first-change',
  );
  /** Why the last undo could not be made, for a few seconds. */
  @state() private undoProblem?: string;
  private readonly undoProblemShown = new TimeoutController(this);
  private readonly onHash = () => this.go(placeFromHash());

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.settings, this.house?.docs.board]);
    this.go(placeFromHash());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  protected override firstUpdated(): void {
    // Right after the first screen, the other tabs come quietly, so each opens at once.
    requestAnimationFrame(() => loadEveryPartSoon());
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
    const tab = this.tab;
    // An Admin section left in the address on a phone that is no longer admin shows this phone.
    const you: YouSection = admin ? this.youSection : 'phone';
    const asked = this.askedOfMe(now);
    const todays = (section: TodaySection) => tab !== 'today' || this.todaySection !== section;
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
        <div
          class="sections"
          role="group"
          aria-label=${t('phoneTabs.todaySections')}
          ?hidden=${tab !== 'today'}
        >
          ${TODAY.map(
            ([section, words]) => html`<button
              type="button"
              data-testid="tab-${section}"
              aria-current=${section === this.todaySection ? 'true' : 'false'}
              @click=${() => this.show('today', section)}
            >
              ${t(words)}${section === 'chores' && asked ? this.askedNotice('offers-dot-chores') : null}
            </button>`,
          )}
        </div>
        ${
          admin
            ? html`<div
              class="sections"
              role="group"
              aria-label=${t('phoneTabs.youSections')}
              ?hidden=${tab !== 'you'}
            >
              <button
                type="button"
                data-testid="tab-phone"
                aria-current=${you === 'phone' ? 'true' : 'false'}
                @click=${() => this.show('you', 'phone')}
              >
                ${t('phone.thisPhone')}
              </button>
              <button
                type="button"
                data-testid="tab-admin"
                aria-current=${you === 'admin' ? 'true' : 'false'}
                @click=${() => this.show('you', 'admin')}
              >
                ${t('tab.admin')}
              </button>
            </div>`
            : null
        }
        <hb-chores-section
          ?hidden=${todays('chores')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-chores-section>
        <hb-agenda-panel
          ?hidden=${todays('groups')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-agenda-panel>
        <hb-groups-section
          ?hidden=${todays('groups')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-groups-section>
        <hb-announcements-section
          ?hidden=${todays('announcements')}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-announcements-section>
        <hb-shifts-section
          ?hidden=${todays('shifts')}
          .house=${house}
          .device=${device}
          .now=${now}
          @show-tab=${() => this.show('you', 'phone')}
        ></hb-shifts-section>
        <hb-week-section
          ?hidden=${tab !== 'week'}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-week-section>
        <hb-food-section
          ?hidden=${tab !== 'food'}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-food-section>
        <hb-list-section
          ?hidden=${tab !== 'list'}
          .house=${house}
          .device=${device}
          .now=${now}
        ></hb-list-section>
        <hb-this-phone-section
          ?hidden=${tab !== 'you' || you !== 'phone'}
          .device=${device}
          .house=${house}
          .now=${now}
        ></hb-this-phone-section>
        ${
          admin
            ? html`<hb-admin-section
                ?hidden=${tab !== 'you' || you !== 'admin'}
                .active=${tab === 'you' && you === 'admin'}
                .house=${house}
                .device=${device}
              ></hb-admin-section>`
            : null
        }
      </main>
      <hb-board-news .house=${house}></hb-board-news>
      <nav class="tabs" aria-label=${t('phone.sections')}>
        ${TABS.map(
          ([each, words]) => html`<button
            type="button"
            data-testid="tab-${each}"
            aria-current=${each === tab ? 'page' : 'false'}
            @pointerdown=${() => this.fetchTab(each)}
            @pointerenter=${() => this.fetchTab(each)}
            @focus=${() => this.fetchTab(each)}
            @click=${() => this.open(each)}
          >
            ${tabIcon(each)}<span>${t(words)}</span>${
              each === 'today' && asked ? this.askedNotice('offers-dot') : null
            }
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

  private askedNotice(testid: string) {
    return html`<span class="dot" aria-hidden="true" data-testid=${testid}></span
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

  /** Shows a tab (and one of its sections, or the one it showed last). */
  private go({ tab, section }: Place) {
    this.fetchTab(tab);
    if (tab === 'you' && section === 'admin') void loadPart('admin').catch(() => {});
    this.tab = tab;
    if (tab === 'today' && section) this.todaySection = section as TodaySection;
    if (tab === 'you' && section) this.youSection = section as YouSection;
  }

  /**
   * A tab opened from the bar. The List tab opens ready to type: adding something is the list's
   * common task, so it takes the tab, the words and Add.
   */
  private open(tab: Tab) {
    this.show(tab);
    if (tab !== 'list') return;
    void loadPart('list')
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector('hb-list-section')?.readyToAdd())
      .catch(() => {});
  }

  /** Starts fetching a tab's section (and You's admin, for an admin) the moment it is wanted. */
  private fetchTab(tab: Tab) {
    if (isLaterPart(tab)) void loadPart(tab).catch(() => {});
    if (tab === 'you' && this.device?.role === 'admin') void loadPart('admin').catch(() => {});
  }

  private show(tab: Tab, section?: TodaySection | YouSection) {
    this.go({ tab, section });
    this.undoProblem = undefined;
    // The address names the section, so a reload (or an old link) opens the same one.
    const place =
      tab === 'today'
        ? this.todaySection
        : tab === 'you' && this.youSection === 'admin'
          ? 'admin'
          : tab;
    history.replaceState(null, '', `#${place}`);
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
