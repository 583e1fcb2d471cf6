// Announcements on the phone: the ones still up, what was taken down this week, and the editor to
// add, change or remove one (staff may pin one on top).
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  announcementRecords,
  currentAnnouncements,
  isStaff,
  type Settings,
} from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { t } from '../../ui/i18n/index.ts';
import '../../ui/parts/announcement-item.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { PhoneSection } from './phone-section.ts';

/** The start of a long announcement, for a list. */
function shortText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 78).trimEnd()}…` : text;
}

@customElement('hb-announcements-section')
export class AnnouncementsSection extends PhoneSection {
  protected readonly reads = ['board' as const];

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const notes = currentAnnouncements(board, this.now);
    const names = new WallNames(board, this.now);
    return html`
      <h2>${t('kiosk.announcements')}</h2>
      <ul data-testid="announcements">
        ${notes.map(
          (note) => html`<li class="row">
            <hb-announcement-item
              .announcement=${note}
              .timeZone=${settings.timeZone}
              .byName=${names.typed(note.author) ?? names.person(note.by)}
            ></hb-announcement-item>
            ${this.editButton(note.id, t('announcements.this'), 'announcement-edit')}
          </li>`,
        )}
      </ul>
      ${notes.length ? nothing : this.empty(t('kiosk.noAnnouncements'))}
      ${this.broken(announcementRecords(board).entries())}
      ${this.recentlyRemoved(
        announcementRecords(board),
        (note) => shortText(note.text),
        t('announcements.recentlyRemoved'),
      )}
      ${this.addButton(t('announcements.add'), 'add-announcement')}
    `;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-announcement-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
      .by=${this.device?.personId}
      .staff=${!!this.device && isStaff(this.device.role)}
    ></hb-announcement-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcements-section': AnnouncementsSection;
  }
}
