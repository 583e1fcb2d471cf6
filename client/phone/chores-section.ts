// Chores on the phone: today's to tick off (and untick), the rest of the rota, and the editor
// to add, change or remove any of them.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  choreSection,
  choresOn,
  dayInZone,
  describeSchedule,
  occursOn,
  personName,
  type Settings,
} from '../../board/index.ts';
import type { HouseConnection } from '../connection.ts';
import { shortDayWords } from '../house-time.ts';
import { applyChoreToggle, type ChoreToggle } from '../parts/chore-item.ts';
import '../parts/chore-item.ts';
import './chore-form.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-chores-section')
export class ChoresSection extends PhoneSection {
  protected readonly reads = ['board' as const];

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const day = dayInZone(this.now, settings.timeZone);
    const today = choresOn(board, day);
    const section = choreSection(board);
    const others = section
      .values()
      .filter((chore) => !occursOn(chore.schedule, day))
      .sort((a, b) => a.title.localeCompare(b.title));
    // Ticked as this person: the board shows their name as they chose, or none.
    const by = this.device?.id;
    const toggle = (event: CustomEvent<ChoreToggle>) => applyChoreToggle(board, event.detail, by);
    return html`
      <h2>Chores today</h2>
      <ul data-testid="chores-today">
        ${today.map(
          (item) => html`<li class="row">
            <hb-chore-item
              .chore=${item}
              .doneByName=${personName(board, item.done?.by)}
              @chore-toggle=${toggle}
            ></hb-chore-item>
            ${this.editButton(item.id, item.chore.title, 'chore-edit')}
          </li>`,
        )}
      </ul>
      ${today.length ? nothing : this.empty('No chores for today.')}
      ${this.broken(section.entries())}
      ${
        others.length
          ? html`<h3>Other days</h3>
            <ul data-testid="chores-other-days">
              ${others.map(
                (chore) => html`<li class="row">
                  <div class="plain">
                    <strong>${chore.title}</strong>
                    <span>${
                      chore.schedule.kind === 'once'
                        ? shortDayWords(chore.schedule.day)
                        : describeSchedule(chore.schedule)
                    }${chore.area ? ` · ${chore.area}` : ''}</span>
                  </div>
                  ${this.editButton(chore.id, chore.title, 'chore-edit')}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.addButton('Add a chore', 'add-chore')}
    `;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-chore-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
    ></hb-chore-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chores-section': ChoresSection;
  }
}
