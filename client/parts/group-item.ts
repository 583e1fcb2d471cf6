// One of today's groups on the time-ordered list; the one on now and the next one stand out.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupToday } from '../../board/index.ts';
import { timeWords } from '../house-time.ts';
import { houseColors } from '../theme.ts';
import { drawSafely } from './problem-card.ts';

const BADGES: Partial<Record<GroupToday['status'], string>> = { now: 'Now', next: 'Next' };

@customElement('hb-group-item')
export class GroupItem extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        grid-template-columns: 5.6em 1fr;
        gap: 0.1em 0.6em;
        padding: 0.45em 0.6em;
        border-radius: 0.5em;
        border: 2px solid transparent;
      }
      [data-status='now'] {
        border-color: var(--hb-done);
        background: var(--hb-done-tint);
      }
      [data-status='next'] {
        border-color: var(--hb-next);
      }
      [data-status='past'] {
        color: var(--hb-muted);
      }
      .time {
        white-space: nowrap;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .badge {
        display: inline-block;
        margin-right: 0.4em;
        padding: 0 0.4em;
        border-radius: 0.3em;
        color: var(--hb-card);
        background: var(--hb-done);
        font-weight: 700;
      }
      [data-status='next'] .badge {
        background: var(--hb-next);
      }
      .meta,
      .note {
        grid-column: 2;
        font-size: var(--hb-small-text, 0.85em);
        color: var(--hb-muted);
        overflow-wrap: anywhere;
      }
      .until {
        display: block;
        font-size: var(--hb-small-text, 0.85em);
        font-weight: 400;
      }
    `,
  ];

  @property({ attribute: false }) group?: GroupToday;

  // An item that cannot be drawn shows a problem card in its place, never a blank.
  override render() {
    return drawSafely(() => this.renderItem(), 'a group');
  }

  private renderItem() {
    const item = this.group;
    if (!item) return null;
    const { group, status } = item;
    const badge = BADGES[status];
    const meta = [group.place, group.leader ? `with ${group.leader}` : undefined].filter(Boolean);
    return html`
      <article data-testid="group-item" data-status=${status}>
        <span class="time">
          ${timeWords(group.start)}<span class="until">to ${timeWords(group.end)}</span>
        </span>
        <span class="title">
          ${badge ? html`<span class="badge">${badge}</span>` : null}${group.title}
        </span>
        ${meta.length ? html`<span class="meta">${meta.join(' · ')}</span>` : null}
        ${group.note ? html`<span class="note">${group.note}</span>` : null}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-group-item': GroupItem;
  }
}
