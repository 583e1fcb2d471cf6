// The announcements still up, pinned first. When more are up than fit, they take turns like any
// card's (kiosk/cards/kiosk-card.ts), each page long enough to read its words, and a tap turns
// to the next for someone who has finished. They come down on their own when they expire (the
// wall re-renders each minute).
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ANNOUNCEMENTS,
  announcementRecords,
  currentAnnouncements,
  type Settings,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import type { AnnouncementItem } from '../../ui/parts/announcement-item.ts';
import '../../ui/parts/announcement-item.ts';
import { t } from '../../ui/i18n/index.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { KioskCard, sectionsOf } from './kiosk-card.ts';

/** A page stays up 10 to 15 seconds: longer for more words (about three words a second). */
export function pageSeconds(words: number): number {
  return Math.min(15, Math.max(10, Math.round(4 + words / 3)));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

@customElement('hb-announcements-card')
export class AnnouncementsCard extends KioskCard {
  protected get heading() {
    return t('kiosk.announcements');
  }
  protected readonly kind = 'announcements' as const;
  protected override readonly adds = 'announcement' as const;
  protected override readonly pageTestId = 'announcement-page';
  protected readonly reads = ['board' as const];
  protected override readonly boardSections = sectionsOf(ANNOUNCEMENTS);

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const notes = currentAnnouncements(board, this.now);
    const names = new WallNames(board, this.now);
    const broken = this.broken(announcementRecords(board).entries());
    return html`
      ${broken}
      ${repeat(
        notes,
        (note) => note.id,
        (note) =>
          html`<hb-announcement-item
            data-key=${note.id}
            .announcement=${note}
            .timeZone=${settings.timeZone}
            .byName=${names.typed(note.author) ?? names.person(note.by)}
            @click=${() => this.turn()}
          ></hb-announcement-item>`,
      )}
      ${notes.length || broken.length ? null : this.empty(t('kiosk.noAnnouncements'))}
    `;
  }

  protected override pageMs(shown: HTMLElement[]): number {
    const words = shown.reduce(
      (n, item) => n + wordCount((item as AnnouncementItem).announcement?.text ?? ''),
      0,
    );
    return pageSeconds(words) * 1000;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcements-card': AnnouncementsCard;
  }
}
