// One announcement: the words as written (Lit escapes them, so typed HTML stays text), who wrote
// it as they chose to show, and until when it stays up.
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Announcement, dayInZone } from '../../board/index.ts';
import { shortDayWords } from '../house-time.ts';
import { t } from '../i18n/index.ts';
import { houseColors } from '../theme.ts';
import { ItemPart } from './item-part.ts';

@customElement('hb-announcement-item')
export class AnnouncementItem extends ItemPart {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      article {
        padding: 0.3em 0.6em;
        border-left: 0.25em solid var(--hb-line);
      }
      [data-pinned] {
        border-left-color: var(--hb-next);
      }
      .text {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0.2em 0 0;
        font-size: var(--hb-small-text, 0.85em);
        color: var(--hb-muted);
      }
      .pin {
        font-weight: 700;
        color: var(--hb-next);
      }
    `,
  ];

  @property({ attribute: false }) announcement?: Announcement & { id: string };
  /** The house's zone, to say which day it comes down. */
  @property() timeZone = 'UTC';
  /**
   * Who posted it as the wall shows it: the name they signed with, or their own as they chose;
   * unset when no name may show.
   */
  @property() byName?: string;

  protected readonly what = 'an announcement';

  protected renderItem() {
    const a = this.announcement;
    if (!a) return null;
    const until = t('announcements.until', {
      day: shortDayWords(dayInZone(a.expiresAt - 1, this.timeZone)),
    });
    return html`
      <article data-testid="announcement-item" data-id=${a.id} ?data-pinned=${a.pinned}>
        <p class="text">${a.text}</p>
        <p class="meta">
          ${a.pinned ? html`<span class="pin">${t('announcements.pinned')} · </span>` : null}${this.byName ? `${this.byName} · ` : ''}${until}
        </p>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcement-item': AnnouncementItem;
  }
}
