// The base of every view that shows part of the house's board, on the wall (a card) and on the
// phone (a tab): it is handed the house and the minute to show, re-renders whenever one of the
// documents it reads (or the house settings) changes, and shows a problem card for each entry
// that cannot be read, so one bad record never blanks the screen.
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DocKind } from '../board/index.ts';
import { DocController } from './doc-controller.ts';
import type { House } from './house.ts';
import './parts/problem-card.ts';
import { serverNow } from './server-clock.ts';

export abstract class HouseView extends LitElement {
  @property({ attribute: false }) house?: House;
  /** The minute the screen is showing, handed down by the app's clock. */
  @property({ type: Number }) now = serverNow();

  /** The documents this view reads besides the settings; it re-renders when any of them changes. */
  protected abstract readonly reads: DocKind[];
  /**
   * The sections of the board document this view reads, when it reads only some (a wall card):
   * a change to another card's section leaves it be. Undefined: any change re-renders it.
   */
  protected readonly boardSections?: readonly string[];

  constructor() {
    super();
    new DocController(
      this,
      () =>
        this.house
          ? [...this.reads, 'settings' as const].map((kind) => this.house!.docs[kind])
          : [],
      (doc) => (doc === this.house?.docs.board ? this.boardSections : undefined),
    );
  }

  /** A calm line in place of an empty list. */
  protected empty(words: string): TemplateResult {
    return html`<p class="empty">${words}</p>`;
  }

  /** A problem card for each entry of a section that does not read as a record. */
  protected broken(entries: Array<{ id: string; ok: boolean }>): TemplateResult[] {
    return entries
      .filter((entry) => !entry.ok)
      .map((entry) => html`<hb-problem-card data-id=${entry.id}></hb-problem-card>`);
  }
}
