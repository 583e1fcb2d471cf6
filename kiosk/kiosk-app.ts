// The wall display: the house's name, the date and time in the house, the live status (and a
// band across the top after a long outage), visitor mode, the four cards of the day and the
// corner where phones join. Re-renders each minute for the clock, now/next and expiry. At night
// it dims to the calm night view, and it drifts a few pixels every few minutes against burn-in.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_TEXT_SIZE, readSettings, WALL_CARDS, zonedTime } from '../board/index.ts';
import { DocController } from '../ui/doc-controller.ts';
import type { House } from '../ui/house.ts';
import { dayWords, instantWords } from '../ui/house-time.ts';
import { t } from '../ui/i18n/index.ts';
import { MinuteController } from '../ui/minute-controller.ts';
import '../ui/status.ts';
import type { JoinCode } from '../ui/screen-socket.ts';
import { houseColors, nightColors } from '../ui/theme.ts';
import './birthday-band.ts';
import { burnInOffset } from './burn-in.ts';
import { agendaShows } from './cards/agenda-card.ts';
import {
  COLUMN_MS,
  type ColumnTurn,
  columnTurnStyles,
  fitColumn,
  stillWanted,
} from './column-turns.ts';
import './cards/announcements-card.ts';
import './cards/chores-card.ts';
import './cards/groups-card.ts';
import { mealsShow } from './cards/meals-card.ts';
import './cards/shifts-card.ts';
import './cards/shopping-card.ts';
import { NightModeController } from './night-mode.ts';
import './offline-band.ts';
import type { QuickAddKind } from './kiosk-events.ts';
import './tomorrow-strip.ts';
import type { KioskCard } from './cards/kiosk-card.ts';
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

/*
 * What the first board does not need loads after it: the join code's panel (and its QR
 * encoder), visitor mode and the undo toast once the board has painted from its copy (kiosk/main.ts); then, in the
 * background, quick-add (and the on-screen keyboard), the week ahead and the night view, so a
 * wall cut off from the server later still opens them (each is also asked for when first
 * shown). Lit keeps what is set on an element before its definition loads, so each shows the
 * same as ever once it has.
 */
const loadQuickAdd = () => import('./quick-add.ts');
const loadWeek = () => import('./week-overlay.ts');
const loadNight = () => import('./night-view.ts');
export const afterFirstBoard = async () => {
  await Promise.all([
    import('./join-panel.ts'),
    import('./visitor-switch.ts'),
    import('./undo-toast.ts'),
  ]);
  await Promise.all([loadQuickAdd(), loadWeek(), loadNight()]);
};

type WallCard = 'chores' | 'groups' | 'shifts' | 'announcements' | 'meals' | 'shopping' | 'agenda';

/**
 * Which cards stand in which column, by how many columns the wall has room for: chores down the
 * whole of the first; who is on shift above the day's groups; the announcements with room to
 * take turns in.
 */
const COLUMNS: Record<1 | 2 | 3, WallCard[][]> = {
  3: [['chores'], ['shifts', 'groups', 'meals'], ['announcements', 'agenda', 'shopping']],
  2: [
    ['chores', 'groups', 'meals'],
    ['shifts', 'announcements', 'agenda', 'shopping'],
  ],
  1: [['shifts', 'chores', 'groups', 'meals', 'announcements', 'agenda', 'shopping']],
};

/**
 * How many columns, from the room there is in lines of text, not in pixels: a bigger text size
 * or a narrower screen (upright, or a tablet) gives fewer, wider columns.
 */
export function wallColumns(widthInEm: number): 1 | 2 | 3 {
  if (widthInEm >= 50) return 3;
  if (widthInEm >= 30) return 2;
  return 1;
}

@customElement('hb-kiosk')
export class KioskApp extends LitElement {
  static override styles = [
    houseColors,
    nightColors,
    columnTurnStyles,
    css`
      /* Everything on the wall is sized in em from one body size, a share of the screen's shorter
         side (--hb-step, in vmin, set by the house's text size): the same layout on a 1280×800
         tablet, a 1080p screen either way up and a 4K one, only bigger. */
      :host {
        display: grid;
        /* The offline band (empty unless the board has been offline a long while), the header,
           the birthday band (empty but on someone's birthday), the cards. */
        grid-template-rows: auto auto auto 1fr;
        height: 100vh;
        padding: 0.35em 0.6em 0.4em;
        box-sizing: border-box;
        background: var(--hb-page);
        font-size: calc(var(--hb-step, 2.96) * 1vmin);
        line-height: 1.25;
        /* Secondary text (where, until when, who) is never less than 80% of the body text, so
           at the larger text sizes nothing on the wall is under 2.9% of the screen's height. */
        --hb-small-text: 0.8em;
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
      /* The house and whether it is live; the time and the day; and where a phone joins, up
         where the eye goes first. On an upright wall, the join code takes a row of its own. */
      header {
        display: grid;
        grid-template-columns:
          minmax(min-content, max-content) minmax(min-content, max-content)
          minmax(12.5em, max(12.5em, 30vw));
        justify-content: space-between;
        grid-template-areas:
          'house when join'
          'visit when join';
        align-items: center;
        gap: 0.2em 1em;
        min-height: 3.5em;
        margin-bottom: 0.5em;
      }
      :host([data-upright]) header {
        grid-template-columns: minmax(9em, 1fr) auto;
        justify-content: stretch;
        grid-template-areas:
          'house when'
          'house visit'
          'join join';
      }
      hb-offline-band[showing] {
        margin-bottom: 0.4em;
      }
      .house {
        grid-area: house;
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
        /* A long name wraps to a second line rather than losing its end (a name of 80
           letters at the largest size keeps to two lines). */
        max-height: 2.2em;
        overflow: hidden;
        overflow-wrap: break-word;
      }
      /* Visitor mode: rarely used, so small and to the side, under the name or by the code. */
      hb-visitor-switch {
        grid-area: visit;
        justify-self: start;
        font-size: var(--hb-small-text);
      }
      :host([data-upright]) hb-visitor-switch {
        justify-self: end;
      }
      hb-join-panel {
        grid-area: join;
        justify-self: end;
        width: 100%;
        max-width: 22em;
      }
      :host([data-upright]) hb-join-panel {
        justify-self: stretch;
        max-width: none;
      }
      hb-live-status {
        font-size: var(--hb-small-text);
        max-height: 2.6em;
        overflow: hidden;
      }
      .when {
        grid-area: when;
        text-align: right;
      }
      .day {
        font-size: var(--hb-small-text);
      }
      .time {
        display: block;
        white-space: nowrap;
        font-size: min(2em, 7.8vmin);
        font-weight: 700;
        line-height: 1.05;
        font-variant-numeric: tabular-nums;
      }
      /* The cards stand in columns, and each column shares its height out by what its cards
         hold: an empty card keeps to one line, a full one gets the rest, and one that still
         does not fit takes turns in place (kiosk/cards/kiosk-card.ts). */
      main {
        display: grid;
        gap: 0.5em;
        min-height: 0;
        grid-template-columns: repeat(var(--columns, 3), minmax(0, 1fr));
      }
      .column {
        --gap: 0.5em;
        display: flex;
        flex-direction: column;
        gap: var(--gap);
        min-height: 0;
      }
      /* A squeezed card shows a sliver of its first line at its foot: the gap keeps the next
         card's page tab (which stands above that card's top edge) clear of it. */
      .column[data-squeezed] {
        --gap: 1.2em;
      }
      .column[data-squeezed] > * {
        min-height: min(var(--least, 0px), calc(100% / var(--cards, 1) - var(--gap)));
      }
      .column[data-cards='2'] {
        --cards: 2;
      }
      .column[data-cards='3'] {
        --cards: 3;
      }
      .column[data-cards='4'] {
        --cards: 4;
      }
      .column[data-cards='5'] {
        --cards: 5;
      }
      .column[data-cards='6'] {
        --cards: 6;
      }
      .column[data-cards='7'] {
        --cards: 7;
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  /** The address phones join by now; the server sends a new one every few minutes. */
  @property({ attribute: false }) joinCode?: JoinCode;

  private readonly minute = new MinuteController(this);
  /** How many columns of cards the wall has room for. */
  @state() private columns: 1 | 2 | 3 = 3;
  /** Taller than wide: the join code takes a row of its own. */
  @state() private upright = false;
  private readonly sizing = new ResizeObserver(() => {
    const em = Number.parseFloat(getComputedStyle(this).fontSize) || 16;
    const columns = wallColumns(this.clientWidth / em);
    const upright = this.clientHeight > this.clientWidth;
    if (upright !== this.upright) this.upright = upright;
    this.fitSoon();
    if (columns !== this.columns) this.columns = columns;
  });
  /** What each squeezed column shows now, by column; undefined where every card fits. */
  @state() private turns: Array<ColumnTurn | undefined> = [];
  /** The card at the front of each column that takes turns. */
  private fronts: number[] = [];
  private turning?: ReturnType<typeof setInterval>;
  /** Which quick-add panel is open over the wall, if any. */
  @state() private adding?: QuickAddKind;
  /** The week ahead is open over the wall (a tap on the Tomorrow strip). */
  @state() private showingWeek = false;
  /**
   * The house's settings, once there are any: before the wall's copy (or the server) has given
   * them, the defaults (another time zone, other night hours) would say nothing true, and could
   * put the night view up for a moment in a house where it is day.
   */
  private readonly settings = () => {
    const doc = this.house?.docs.settings;
    return doc && doc.store.clients.size > 0 ? readSettings(doc) : undefined;
  };
  private readonly nightMode = new NightModeController(this, this.settings);

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.settings, this.house?.docs.board]);
    new WakeLockController(this, () => !this.nightMode.night());
    this.addEventListener('kiosk-add', (event) => {
      void loadQuickAdd();
      this.adding = event.detail;
    });
    this.addEventListener('quick-add-close', () => {
      this.adding = undefined;
    });
    this.addEventListener('card-room', () => this.fitSoon());
    // A card with something just added comes to the front of its column.
    this.addEventListener('card-news', (event) => {
      const card = event.composedPath()[0] as HTMLElement;
      const column = card.parentElement;
      const columns = [...this.renderRoot.querySelectorAll('.column')];
      const at = column ? columns.indexOf(column) : -1;
      if (at < 0 || !this.turns[at]) return;
      this.fronts[at] = [...column!.querySelectorAll('[data-kind]')].indexOf(card);
      this.fitSoon();
    });
    this.addEventListener('week-open', () => {
      void loadWeek();
      this.showingWeek = true;
    });
    this.addEventListener('week-close', () => (this.showingWeek = false));
    this.addEventListener('kiosk-change', (event) => {
      const words = event.detail.words;
      void import('./undo-toast.ts').then(() =>
        this.renderRoot.querySelector('hb-undo-toast')?.offer(words),
      );
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizing.observe(this);
    this.turning = setInterval(() => {
      if (!stillWanted())
        this.turns.forEach((_, at) => {
          this.turnColumn(at);
        });
    }, COLUMN_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizing.disconnect();
    clearInterval(this.turning);
    cancelAnimationFrame(this.fitting);
  }

  protected override updated(): void {
    this.fitSoon();
  }

  protected override willUpdate(): void {
    const settings = this.settings();
    this.dataset.textSize = String(settings?.textSize ?? DEFAULT_TEXT_SIZE);
    this.dataset.view = this.nightMode.view();
    if (this.dataset.view === 'night') {
      void loadNight();
      this.showingWeek = false;
    }
    this.style.setProperty('--hb-drift', burnInOffset(this.minute.now));
    this.style.setProperty('--columns', String(this.shownColumns().length));
    this.dataset.columns = String(this.columns);
    this.toggleAttribute('data-upright', this.upright);
  }

  private fitting = 0;

  private fitSoon(): void {
    cancelAnimationFrame(this.fitting);
    this.fitting = requestAnimationFrame(() => this.fitColumns());
  }

  /**
   * A column whose cards cannot all show their first item whole (very large text on a small
   * screen) shows whole cards in turn: as many as fit, from the one at the front, and says which
   * comes next (kiosk/column-turns.ts). One card whose first item is taller than the whole
   * column still shows what fits, faded at the end, and takes turns in parts as ever.
   */
  private fitColumns(turning?: number): void {
    const columns = [...this.renderRoot.querySelectorAll<HTMLElement>('.column')];
    const turns = columns.map((column, at) => {
      const turn = fitColumn(column, this.fronts[at] ?? 0, at === turning);
      this.fronts[at] = turn?.shown[0] ?? 0;
      return turn;
    });
    // A wall with no column in turns, before or now (the first board, most days), is not drawn
    // again for them.
    const any = turns.some(Boolean) || this.turns.some(Boolean);
    if (any && JSON.stringify(turns) !== JSON.stringify(this.turns)) this.turns = turns;
  }

  /** Brings the next cards of a column that takes turns to the front. */
  private turnColumn(at: number): void {
    const turn = this.turns[at];
    if (!turn) return;
    this.fronts[at] = turn.next;
    this.fitColumns(at);
  }

  /** The foot of a column that takes turns: which card comes next, and a tap brings it. */
  private renderNext(at: number) {
    const turn = this.turns[at];
    if (!turn) return nothing;
    const column = this.renderRoot.querySelectorAll('.column')[at];
    const card = column?.querySelectorAll<KioskCard>(':scope > [data-kind]')[turn.next];
    const title = card?.cardTitle ?? '';
    return html`<button
      type="button"
      class="column-next"
      data-testid="column-next"
      data-next=${card?.dataset.kind ?? ''}
      @click=${() => this.turnColumn(at)}
    >
      ${t('kiosk.nextCard', { title })}
    </button>`;
  }

  /**
   * The columns of cards the house chose to show (settings `wallCards`), less the cards with
   * nothing to say today (the agenda on a day without a house meeting, the meals on a day
   * without one still to come); a column left empty goes, and the others share the room.
   */
  private shownColumns(): WallCard[][] {
    const shown: readonly string[] = this.settings()?.wallCards ?? WALL_CARDS;
    const now = this.minute.now;
    const today = (card: WallCard) =>
      card === 'agenda'
        ? agendaShows(this.house, now)
        : card === 'meals'
          ? mealsShow(this.house, now)
          : true;
    return COLUMNS[this.columns]
      .map((column) => column.filter((card) => shown.includes(card) && today(card)))
      .filter((column) => column.length > 0);
  }

  /** One card of the wall, to stand in a column. */
  private renderCard(card: WallCard, now: number) {
    const house = this.house;
    switch (card) {
      case 'chores':
        return html`<hb-chores-card .house=${house} .now=${now}></hb-chores-card>`;
      case 'groups':
        return html`<hb-groups-card .house=${house} .now=${now}></hb-groups-card>`;
      case 'shifts':
        return html`<hb-shifts-card .house=${house} .now=${now}></hb-shifts-card>`;
      case 'announcements':
        return html`<hb-announcements-card .house=${house} .now=${now}></hb-announcements-card>`;
      case 'meals':
        return html`<hb-meals-card .house=${house} .now=${now}></hb-meals-card>`;
      case 'shopping':
        return html`<hb-shopping-card .house=${house} .now=${now}></hb-shopping-card>`;
      case 'agenda':
        return html`<hb-agenda-card .house=${house} .now=${now}></hb-agenda-card>`;
    }
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
        <span class="when" data-testid="house-clock">
          <span class="time" data-copy-hidden>${instantWords(now, zone)}</span>
          <span class="day">${dayWords(zonedTime(now, zone).day)}</span>
        </span>
        <hb-join-panel
          data-copy-hidden
          .joinCode=${this.joinCode}
          .now=${now}
          ?compact=${this.upright}
        ></hb-join-panel>
        <hb-visitor-switch .house=${house} .now=${now} .timeZone=${zone}></hb-visitor-switch>
      </header>
      <hb-birthday-band .house=${house} .now=${now}></hb-birthday-band>
      <main>
        ${this.shownColumns().map(
          (column, at) =>
            html`<div class="column">
              ${column.map((card) => this.renderCard(card, now))}${this.renderNext(at)}
            </div>`,
        )}
      </main>
      <hb-tomorrow-strip .house=${house} .now=${now}></hb-tomorrow-strip>
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
      ${this.showingWeek ? html`<hb-week-overlay .house=${house}></hb-week-overlay>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-kiosk': KioskApp;
  }
}
