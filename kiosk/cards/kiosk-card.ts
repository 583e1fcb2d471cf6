// What every card on the wall shares: a heading, a body that re-renders when its documents
// change, and a fallback card when drawing it throws — one bad card never blanks the wall. When
// a busy day holds more than fits, the card says how many more are below instead of cutting one
// off without a word (the wall is a touchscreen: a finger scrolls it).
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { readSettings, type Settings } from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { drawSafely } from '../../ui/parts/problem-card.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { kioskAdd, type QuickAddKind } from '../kiosk-events.ts';

export abstract class KioskCard extends HouseView {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        position: relative;
        display: flex;
        flex-direction: column;
        min-height: 0;
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        padding: 0.5em 0.6em;
        box-sizing: border-box;
      }
      /* A title too long to share its line puts what is beside it on the next one. */
      .head {
        container: head / inline-size;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.2em 0.4em;
        margin: 0 0 0.3em;
      }
      /* Titles grow with the text size, up to what a two-column wall has room for. */
      h2 {
        flex: 1 1 auto;
        margin: 0;
        font-size: min(1.25em, 5.6vmin);
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .add {
        flex: none;
        margin-left: auto;
        align-self: center;
        min-height: max(48px, 1.6em);
        padding: 0 0.6em;
        /* Tapped from close by, not read from across the room: it keeps to a modest size. */
        font-size: min(var(--hb-small-text, 0.875em), 3.2vmin);
        font-weight: 700;
        border-color: var(--hb-line);
      }
      /* A narrow card keeps its title on one line: the button says only "+" (its label says
         the rest to a screen reader). */
      @container head (width < 17em) {
        .add .word {
          display: none;
        }
        .add {
          padding: 0 0.3em;
        }
      }
      .body {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        scrollbar-width: none;
        display: flex;
        flex-direction: column;
        gap: 0.3em;
      }
      .empty {
        margin: 0;
        color: var(--hb-muted);
      }
      .more {
        position: absolute;
        left: 2px;
        right: 2px;
        bottom: 2px;
        padding: 0.5em 0.6em 0.15em;
        border-radius: 0 0 0.45em 0.45em;
        background: linear-gradient(to bottom, transparent, var(--hb-card) 40%);
        text-align: center;
        font-size: min(var(--hb-small-text, 0.875em), 3.2vmin);
        font-weight: 600;
        color: var(--hb-muted);
        pointer-events: none;
      }
    `,
  ];

  /** How many items are below what the card shows. */
  @state() private below = 0;
  private watching?: ResizeObserver;

  /** Whether the card says how many more are below (a card that pages itself does not). */
  protected readonly saysMoreBelow: boolean = true;
  /** What a tap on the card's Add button adds on the wall, if it has one. */
  protected readonly adds?: QuickAddKind;
  protected abstract readonly heading: string;
  protected abstract renderBody(house: HouseConnection, settings: Settings): unknown;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watching?.disconnect();
  }

  override render(): TemplateResult {
    const house = this.house;
    return html`
      <div class="head"><h2>${this.heading}</h2>${this.renderAside()}${this.renderAdd()}</div>
      <div class="body" @scroll=${() => this.countBelow()}>
        ${
          house
            ? drawSafely(
                () => this.renderBody(house, readSettings(house.docs.settings)),
                this.heading,
              )
            : null
        }
      </div>
      ${
        this.below
          ? html`<div class="more" data-testid="card-more" aria-hidden="true">
              ${t('kiosk.moreBelow', { n: this.below })} ↓
            </div>`
          : nothing
      }
    `;
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    const body = this.body;
    if (!body) return;
    this.watching = new ResizeObserver(() => this.countBelow());
    this.watching.observe(body);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.countBelow();
  }

  protected get body(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.body');
  }

  /** Items not wholly in sight count as below. */
  private countBelow(): void {
    const body = this.body;
    if (!body || !this.saysMoreBelow) return;
    const seen = body.getBoundingClientRect().bottom;
    const items = [...body.children] as HTMLElement[];
    const below = items.filter((item) => {
      if (getComputedStyle(item).position === 'absolute') return false;
      const box = item.getBoundingClientRect();
      return box.bottom > seen + 2;
    }).length;
    if (below !== this.below) this.below = below;
  }

  /** The card's Add button, for adding on the wall without any keyboard of the screen's own. */
  private renderAdd() {
    const kind = this.adds;
    if (!kind) return nothing;
    const label = t(kind === 'chore' ? 'touch.addChoreLabel' : 'touch.addAnnouncementLabel');
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

  /** Something small beside the heading, such as which page of announcements shows. */
  protected renderAside(): unknown {
    return nothing;
  }
}
