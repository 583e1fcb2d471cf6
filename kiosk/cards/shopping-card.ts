// The shopping list on the wall: what is still to buy first, then what was bought today, struck
// through until the house's day ends. A tap ticks an item off (or puts it back), without a name:
// the wall is the house's, not a person's. "Add" opens the wall's keyboard with chips of what was
// bought before.
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  type Settings,
  SHOPPING,
  type ShoppingEntry,
  setBought,
  shoppingList,
  shoppingRecords,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { kioskChange } from '../kiosk-events.ts';
import { KioskCard, sectionsOf } from './kiosk-card.ts';

@customElement('hb-shopping-card')
export class ShoppingCard extends KioskCard {
  protected get heading() {
    return t('shopping.title');
  }
  static override styles = [
    ...KioskCard.styles,
    css`
      button.item {
        display: flex;
        align-items: center;
        gap: 0.45em;
        width: 100%;
        min-height: max(48px, 1.6em);
        padding: 0.1em 0.35em;
        text-align: left;
        border: 2px solid var(--hb-line);
        border-radius: 0.4em;
        background: var(--hb-card);
      }
      .box {
        flex: none;
        box-sizing: border-box;
        width: 1.1em;
        height: 1.1em;
        border: 0.12em solid var(--hb-ink);
        border-radius: 0.2em;
        display: grid;
        place-items: center;
        font-size: 0.9em;
        font-weight: 700;
        line-height: 1;
      }
      .name {
        min-width: 0;
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .section {
        margin-left: auto;
        flex: none;
        max-width: 40%;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        color: var(--hb-muted);
        font-size: var(--hb-small-text);
      }
      button.item[aria-pressed='true'] {
        color: var(--hb-muted);
        border-style: dashed;
      }
      button.item[aria-pressed='true'] .name {
        text-decoration: line-through;
        font-weight: 400;
      }
      button.item[aria-pressed='true'] .box {
        background: var(--hb-done);
        border-color: var(--hb-done);
        color: var(--hb-card);
      }
    `,
  ];
  protected readonly kind = 'shopping' as const;
  protected override readonly adds = 'shopping' as const;
  protected readonly reads = ['board' as const];
  protected override readonly boardSections = sectionsOf(SHOPPING);

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const list = shoppingList(board, this.now, settings.timeZone);
    const broken = this.broken(shoppingRecords(board).entries());
    const item = (entry: ShoppingEntry, bought: boolean) =>
      html`<button
        type="button"
        class="item"
        data-key=${entry.id}
        data-testid="wall-shopping-item"
        data-id=${entry.id}
        aria-pressed=${bought ? 'true' : 'false'}
        @click=${() => {
          setBought(board, entry.id, !bought, serverNow());
          const words = t(bought ? 'shopping.notBought' : 'shopping.bought', { name: entry.name });
          this.dispatchEvent(kioskChange(words));
        }}
      >
        <span class="box" aria-hidden="true">${bought ? '✓' : ''}</span>
        <span class="name">${entry.name}</span>
        ${entry.section ? html`<span class="section">${entry.section}</span>` : nothing}
      </button>`;
    const empty = !list.toBuy.length && !list.boughtToday.length && !broken.length;
    return html`
      ${repeat(
        list.toBuy,
        (entry) => entry.id,
        (entry) => item(entry, false),
      )}
      ${repeat(
        list.boughtToday,
        (entry) => entry.id,
        (entry) => item(entry, true),
      )} ${broken}
      ${empty ? this.empty(t('shopping.wallEmpty')) : null}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shopping-card': ShoppingCard;
  }
}
