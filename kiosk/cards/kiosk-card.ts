// What every card on the wall shares: a heading, a body that re-renders when its documents
// change, and a fallback card when drawing it throws — one bad card never blanks the wall.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type DocKind, readSettings, type Settings } from '../../board/index.ts';
import type { HouseConnection } from '../../client/connection.ts';
import { DocController } from '../../client/doc-controller.ts';
import { drawSafely } from '../../client/parts/problem-card.ts';
import { houseColors } from '../../client/theme.ts';

export abstract class KioskCard extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        background: var(--hb-card);
        border: 2px solid var(--hb-line);
        border-radius: 16px;
        padding: 20px 24px;
        box-sizing: border-box;
      }
      .head {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 16px;
        margin: 0 0 12px;
      }
      h2 {
        margin: 0;
        font-size: 44px;
        line-height: 1.1;
      }
      .body {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .empty {
        margin: 0;
        color: var(--hb-muted);
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  /** The minute the wall is showing, handed down by the kiosk's clock. */
  @property({ type: Number }) now = Date.now();

  protected abstract readonly heading: string;
  /** The documents this card reads; it re-renders when any of them changes. */
  protected abstract readonly reads: DocKind[];
  protected abstract renderBody(house: HouseConnection, settings: Settings): unknown;

  constructor() {
    super();
    new DocController(this, () =>
      this.house ? [...this.reads, 'settings' as const].map((kind) => this.house!.docs[kind]) : [],
    );
  }

  override render(): TemplateResult {
    const house = this.house;
    return html`
      <div class="head"><h2>${this.heading}</h2>${this.renderAside()}</div>
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

  /** Something small beside the heading, such as which page of announcements shows. */
  protected renderAside(): unknown {
    return nothing;
  }

  protected empty(words: string) {
    return html`<p class="empty">${words}</p>`;
  }
}
