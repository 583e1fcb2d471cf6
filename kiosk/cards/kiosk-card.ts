// What every card on the wall shares: a heading with the card's own icon and colour, a body that
// re-renders when its documents change, and a fallback card when drawing it throws — one bad
// card never blanks the wall. A card asks for the room its content needs (the wall gives an
// empty card one line and a full one more); when a busy day holds more than the room it got, the
// card takes turns in place, a page at a time, with "2 of 3" beside its title. Nothing is ever
// cut off without a word.
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  PEOPLE,
  type RecordKind,
  readSettings,
  type Settings,
  VISITOR,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { type CardKind, cardIcon } from '../../ui/parts/card-icons.ts';
import { drawSafely } from '../../ui/parts/problem-card.ts';
import { cardAccents, controls, houseColors } from '../../ui/theme.ts';
import { TimeoutController } from '../../ui/timeout-controller.ts';
import { kioskAdd, type QuickAddKind } from '../kiosk-events.ts';
import { type CardPage, pagesOf } from './card-pages.ts';

/** How long a page of a card that takes turns stays up, when the card does not say. */
export const PAGE_MS = 12_000;

/** The room a card asks of its column, worked out from what it holds. */
export interface CardRoom {
  /** All of it, every page at once. */
  want: number;
  /** Its title and its first item whole: less than this and the card would be a sliver. */
  least: number;
  /**
   * Its title and its tallest item whole, so whichever page it turns to starts whole: what a
   * column that takes turns gives each card it shows. An item taller than the whole column
   * shows in parts anyway, and asks no more than the first.
   */
  tallest: number;
}

/**
 * The board's sections a card reads: its own kinds of record, and the people and visitor mode
 * every card's names follow. A change to any other section leaves the card as it is.
 */
export function sectionsOf(...kinds: RecordKind[]): readonly string[] {
  return [...kinds, PEOPLE, VISITOR].map((kind) => kind.name);
}

/** An element's height to the fraction of a pixel (offsetHeight rounds). */
function heightOf(element: Element): number {
  return element.getBoundingClientRect().height;
}

/** What a card measured of itself, to page it by. */
interface Measured {
  body: HTMLElement;
  items: HTMLElement[];
  heights: number[];
  gap: number;
  room: number;
  line: number;
  /** The card's height less its body's: the heading and the padding. */
  chrome: number;
  /** The height of the column the card stands in. */
  column: number;
}

/** Cards drawn since the last paging, to be paged together. */
const drawn = new Set<KioskCard>();

/**
 * Pages every card drawn in this turn of the event loop together, once they have all drawn:
 * every card measures, then every card writes. Paging one card at a time, as each drew, forced
 * the browser to lay the wall out again for each card (a card's writes undo the layout the next
 * card reads).
 */
function laidOut(card: KioskCard): void {
  if (drawn.size === 0) {
    queueMicrotask(() => {
      const cards = [...drawn];
      drawn.clear();
      const measured = cards.map((each) => each.measureForPaging());
      cards.forEach((each, index) => {
        const found = measured[index];
        if (found) each.arrangeForPaging(found);
      });
    });
  }
  drawn.add(card);
}

export abstract class KioskCard extends HouseView {
  static override styles = [
    houseColors,
    cardAccents,
    controls,
    css`
      :host {
        position: relative;
        display: flex;
        flex-direction: column;
        /* The wall's column shares its height out by what each card asks (set by the card
           itself, below), up to a fair share each (--cards: how many share the column), and
           the rest goes to those with more; an empty card keeps to its one line. */
        flex: var(--grow, 1) 1 min(var(--want, 100%), calc(100% / var(--cards, 1)));
        min-height: min(var(--least, 0px), 75%);
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-top: 0.25em solid var(--hb-accent);
        border-radius: 0.5em;
        padding: 0.25em 0.6em 0.4em;
        box-sizing: border-box;
      }
      :host([empty]) {
        flex-grow: 0;
      }
      /* A title too long to share its line puts what is beside it on the next one. */
      .head {
        container: head / inline-size;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.2em 0.4em;
        margin: 0 0 0.2em;
      }
      /* Titles grow with the text size, up to what a two-column wall has room for. */
      h2 {
        flex: 1 1 auto;
        display: flex;
        align-items: center;
        gap: 0.35em;
        margin: 0;
        font-size: min(1.25em, 5.2vmin);
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      h2 svg {
        flex: none;
        width: 1.1em;
        height: 1.1em;
        color: var(--hb-accent);
      }
      .add {
        flex: none;
        margin-left: auto;
        align-self: center;
        min-height: max(48px, 1.6em);
        padding: 0 0.6em;
        font-size: var(--hb-small-text);
        font-weight: 700;
        border-color: var(--hb-accent);
        color: var(--hb-accent-ink);
      }
      /* A narrow card keeps its title on one line: the button says only "+" (its label says
         the rest to a screen reader). */
      @container head (width < 22em) {
        .add .word {
          display: none;
        }
        .add {
          padding: 0 0.3em;
        }
      }
      .body {
        position: relative;
        flex: 1;
        min-height: 0;
        overflow: hidden;
        display: flex;
        flex-direction: column;
        gap: 0.3em;
      }
      .body > * {
        flex: none;
      }
      /* Measured but not shown: waiting for its turn. */
      .body > .off {
        position: absolute;
        top: 0;
        left: 0;
        right: 0;
        visibility: hidden;
        pointer-events: none;
      }
      /* One item longer than the whole card shows a part at a time; where more follows, the
         foot of the card fades out rather than stopping mid-line. */
      .body > .on {
        translate: 0 calc(-1 * var(--from, 0px));
      }
      .body[data-more]::after {
        content: '';
        position: absolute;
        left: 0;
        right: 0;
        bottom: 0;
        height: 1.4em;
        background: linear-gradient(to bottom, transparent, var(--hb-card));
        pointer-events: none;
      }
      @media (prefers-reduced-motion: no-preference) {
        .body.turned > .on {
          animation: arrive 0.6s ease-out;
        }
      }
      @keyframes arrive {
        from {
          opacity: 0;
        }
      }
      /* Short lines break where the phrase does, evenly, not one word left on its own. */
      .empty {
        margin: 0;
        color: var(--hb-muted);
        text-wrap: balance;
      }
      /* Which page shows: a tab on the card's top edge, in its colour, taking no line of its
         own from a card that is short of room already. */
      .turns {
        position: absolute;
        top: -0.65em;
        /* On the left, clear of the Add button on the right. */
        left: 0.9em;
        padding: 0 0.5em;
        border-radius: 0.6em;
        background: var(--hb-accent-ink);
        color: var(--hb-card);
        font-size: var(--hb-small-text);
        font-weight: 700;
        line-height: 1.15;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** The items' indexes on each page, from the heights they really have on the wall. */
  @state() private pages: CardPage[] = [];
  @state() private page = 0;
  /** The key of the first item shown, so a change elsewhere keeps the page in view. */
  private showing?: string;
  /** The keys already placed on a page, to notice one just added. */
  private placed?: Set<string>;
  private readonly turns = new TimeoutController(this);
  private watching?: ResizeObserver;
  /** Each item's height when last measured, to tell its own growth from the card's paging. */
  private readonly heights = new WeakMap<Element, number>();
  private measuring = 0;

  /** The card came round again in its crowded column: it shows its next page. */
  private cameRound = false;
  /** The least room the card can do with, in px, as last asked of its column. */
  least = 0;
  /** The room for its title and its tallest item whole, as last asked of its column. */
  tallest = 0;
  /** The card's kind: its icon and its colour. */
  protected abstract readonly kind: CardKind;
  /** What a tap on the card's Add button adds on the wall, if it has one. */
  protected readonly adds?: QuickAddKind;
  protected abstract readonly heading: string;
  /** The card's title, as its heading says it: for the wall to name the card that comes next. */
  get cardTitle(): string {
    return this.heading;
  }
  protected abstract renderBody(house: House, settings: Settings): unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.dataset.kind = this.kind;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watching?.disconnect();
    cancelAnimationFrame(this.measuring);
  }

  override render(): TemplateResult {
    const house = this.house;
    return html`
      <div class="head">
        <h2>${cardIcon(this.kind)}<span>${this.heading}</span></h2>
        ${this.renderTurns()}${this.renderAdd()}
      </div>
      <div class="body">
        ${
          house
            ? drawSafely(
                () => this.renderBody(house, readSettings(house.docs.settings)),
                this.heading,
              )
            : null
        }
      </div>
    `;
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    const body = this.body;
    if (!body) return;
    // Observing changes of size calls back during layout: measure in the next frame instead.
    // The items are watched too: each draws itself after the card does, and may grow later.
    this.watching = new ResizeObserver((entries) => {
      const moved = entries.some(({ target }) => {
        if (target === body) return true;
        const item = target as HTMLElement;
        return !item.hasAttribute('data-long') && this.heights.get(item) !== heightOf(item);
      });
      if (moved) this.measureSoon();
    });
    this.watching.observe(body);
    void document.fonts?.ready.then(() => this.measureSoon());
  }

  protected override updated(_changed: PropertyValues<this>): void {
    laidOut(this);
  }

  protected get body(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.body');
  }

  /** How long the page now showing stays up. */
  protected pageMs(_items: HTMLElement[]): number {
    return PAGE_MS;
  }

  /** The next page; a card may turn on a tap too, for someone who has finished reading. */
  protected turn(): void {
    if (this.pages.length < 2) return;
    this.page = (this.page + 1) % this.pages.length;
    // The page turned on purpose: it is no longer the one to stay on.
    this.showing = undefined;
    this.turns.stop();
    this.body?.classList.add('turned');
  }

  private measureSoon(): void {
    cancelAnimationFrame(this.measuring);
    this.measuring = requestAnimationFrame(() => laidOut(this));
  }

  private items(): HTMLElement[] {
    return [...(this.body?.children ?? [])] as HTMLElement[];
  }

  /**
   * Asks the column for the room the content needs, and splits it into pages of the room given:
   * first measures in one go what paging needs (the items' heights, the room, the gap, the line).
   * Only reads the layout, so the wall's cards all measure before any of them writes (`laidOut`).
   */
  measureForPaging(): Measured | undefined {
    const body = this.body;
    if (!body) return undefined;
    const items = this.items();
    const heights = items.map(heightOf);
    return {
      body,
      items,
      heights,
      gap: Number.parseFloat(getComputedStyle(body).rowGap) || 0,
      room: body.clientHeight,
      line: Number.parseFloat(getComputedStyle(this).fontSize) * 1.3,
      chrome: heightOf(this) - heightOf(body),
      column: this.parentElement?.clientHeight ?? Number.POSITIVE_INFINITY,
    };
  }

  /** Pages the card from what was measured; writes, never reads the layout. */
  arrangeForPaging({ body, items, heights, gap, room, line, chrome, column }: Measured): void {
    for (const item of items) {
      if (!this.heights.has(item)) this.watching?.observe(item);
    }
    items.forEach((item, index) => {
      this.heights.set(item, heights[index]!);
    });
    this.askRoom(body, heights, gap, chrome, column);
    // Waiting for its column's turn: it tells the column the room it needs, and keeps its page.
    if (this.hasAttribute('data-waiting')) {
      this.turns.stop();
      return;
    }
    const pages = pagesOf(heights, room, gap, line);
    const keys = items.map((item, index) => item.dataset.key ?? String(index));
    const placed = this.placed;
    this.placed = new Set(keys);
    // One just added shows at once, wherever it falls; otherwise the card stays on the page
    // that showed the same first item, if it is still there.
    const fresh = placed ? keys.find((key) => !placed.has(key)) : undefined;
    const keep = keys.indexOf(fresh ?? this.showing ?? '');
    let page = Math.max(0, Math.min(this.page, pages.length - 1));
    if (keep >= 0 && (fresh || !pages[page]?.items.includes(keep))) {
      const found = pages.findIndex((p) => p.items.includes(keep));
      if (found >= 0) page = found;
    }
    if (this.cameRound && !fresh && pages.length > 1) page = (page + 1) % pages.length;
    this.cameRound = false;
    // Something new on a card waiting for its column's turn brings the card to the front.
    if (fresh) this.dispatchEvent(new Event('card-news', { bubbles: true, composed: true }));
    if (page !== this.page || JSON.stringify(pages) !== JSON.stringify(this.pages)) {
      this.pages = pages;
      this.page = page;
      if (fresh) this.turns.stop();
    }
    const shown = pages[this.page];
    const on = new Set(shown?.items ?? []);
    items.forEach((item, index) => {
      item.classList.toggle('on', on.has(index));
      item.classList.toggle('off', !on.has(index));
      item.toggleAttribute('inert', !on.has(index));
      const long = on.has(index) && heights[index]! > room + 0.5;
      item.toggleAttribute('data-long', long);
      item.style.setProperty('--from', `${long ? (shown?.from ?? 0) : 0}px`);
    });
    body.toggleAttribute('data-more', !!shown?.more);
    this.showing = keys[shown?.items[0] ?? -1];
    this.scheduleTurn(items.filter((_, index) => on.has(index)));
  }

  /** Tells the column what the card would like, and the least it can do with. */
  private askRoom(
    body: HTMLElement,
    heights: number[],
    gap: number,
    chrome: number,
    column: number,
  ): void {
    const content = heights.reduce((sum, h) => sum + h, 0) + gap * Math.max(0, heights.length - 1);
    const tallest = Math.max(
      heights[0] ?? 0,
      ...heights.filter((height) => chrome + height <= column),
    );
    // Rounded up, and a pixel over: never a fraction of a pixel short of the last line.
    const room: CardRoom = {
      want: Math.ceil(chrome + content) + 1,
      least: Math.ceil(chrome + (heights[0] ?? 0)) + 1,
      tallest: Math.ceil(chrome + tallest) + 1,
    };
    this.toggleAttribute('empty', !!body.querySelector(':scope > .empty'));
    let changed = false;
    for (const [name, px] of Object.entries(room)) {
      const value = `${px}px`;
      if (this.style.getPropertyValue(`--${name}`) === value) continue;
      this.style.setProperty(`--${name}`, value);
      changed = true;
    }
    this.least = room.least;
    this.tallest = room.tallest;
    if (changed) this.dispatchEvent(new Event('card-room', { bubbles: true, composed: true }));
  }

  /**
   * The card comes to the front of its crowded column again: it shows the page after the one
   * it showed last time, so every page comes round in the end.
   */
  comeRound(): void {
    this.cameRound = this.pages.length > 1;
    this.measureSoon();
  }

  private scheduleTurn(shown: HTMLElement[]): void {
    // In a column that takes turns, the column turns the page: the card shows its next page
    // each time it comes round.
    if (this.pages.length < 2 || this.parentElement?.hasAttribute('data-turns')) {
      this.turns.stop();
      return;
    }
    if (this.turns.waiting) return;
    this.turns.start(this.pageMs(shown), () => this.turn());
  }

  private renderTurns() {
    const count = this.pages.length;
    if (count < 2) return nothing;
    return html`<span
      class="turns"
      data-testid=${this.pageTestId}
      data-page=${this.page + 1}
      data-pages=${count}
      >${t('kiosk.pageOf', { page: this.page + 1, pages: count })}</span
    >`;
  }

  /** The test id of the "2 of 3" beside the title. */
  protected readonly pageTestId: string = 'card-page';

  /** The card's Add button, for adding on the wall without any keyboard of the screen's own. */
  private renderAdd() {
    const kind = this.adds;
    if (!kind) return nothing;
    const label =
      kind === 'shopping'
        ? t('shopping.addLabel')
        : t(kind === 'chore' ? 'touch.addChoreLabel' : 'touch.addAnnouncementLabel');
    return html`<button
      type="button"
      class="add"
      data-testid="kiosk-add-${kind}"
      aria-label=${label}
      @click=${() => this.dispatchEvent(kioskAdd(kind))}
    >
      + <span class="word">${t('touch.add')}</span>
    </button>`;
  }
}
