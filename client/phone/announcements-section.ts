// Announcements on the phone: the ones still up, and the editor to add, change or remove one.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  announcementSection,
  currentAnnouncements,
  personName,
  type Settings,
} from '../../board/index.ts';
import type { HouseConnection } from '../connection.ts';
import '../parts/announcement-item.ts';
import './announcement-form.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-announcements-section')
export class AnnouncementsSection extends PhoneSection {
  protected readonly reads = ['board' as const];

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const notes = currentAnnouncements(board, this.now);
    return html`
      <h2>Announcements</h2>
      <ul data-testid="announcements">
        ${notes.map(
          (note) => html`<li class="row">
            <hb-announcement-item
              .announcement=${note}
              .timeZone=${settings.timeZone}
            .byName=${personName(board, note.by)}
            ></hb-announcement-item>
            ${this.editButton(note.id, 'this announcement', 'announcement-edit')}
          </li>`,
        )}
      </ul>
      ${notes.length ? nothing : this.empty('No announcements right now.')}
      ${this.broken(announcementSection(board).entries())}
      ${this.addButton('Add an announcement', 'add-announcement')}
    `;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-announcement-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
      .by=${this.device?.id}
    ></hb-announcement-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcements-section': AnnouncementsSection;
  }
}
