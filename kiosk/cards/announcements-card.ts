// The announcements still up, pinned first. They come down on their own when they expire.
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  announcementSection,
  currentAnnouncements,
  personName,
  type Settings,
} from '../../board/index.ts';
import type { HouseConnection } from '../../client/connection.ts';
import '../../client/parts/announcement-item.ts';
import { KioskCard } from './kiosk-card.ts';

@customElement('hb-announcements-card')
export class AnnouncementsCard extends KioskCard {
  protected readonly heading = 'Announcements';
  protected readonly reads = ['board' as const];

  protected renderBody(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const notes = currentAnnouncements(board, this.now);
    const broken = announcementSection(board)
      .entries()
      .filter((entry) => !entry.ok);
    return html`
      ${notes.map(
        (note) =>
          html`<hb-announcement-item
            .announcement=${note}
            .timeZone=${settings.timeZone}
            .byName=${personName(board, note.by)}
          ></hb-announcement-item>`,
      )}
      ${broken.map((entry) => html`<hb-problem-card data-id=${entry.id}></hb-problem-card>`)}
      ${notes.length || broken.length ? null : this.empty('No announcements right now.')}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcements-card': AnnouncementsCard;
  }
}
