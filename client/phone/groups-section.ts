// Groups on the phone: today's in time order with now and next, the ones on other days, and
// the editor to add, change or remove them.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  dayInZone,
  describeSchedule,
  groupSection,
  groupsOn,
  occursOn,
  type Settings,
} from '../../board/index.ts';
import type { HouseConnection } from '../connection.ts';
import { shortDayWords, timeWords } from '../house-time.ts';
import '../parts/group-item.ts';
import './group-form.ts';
import { PhoneSection } from './phone-section.ts';

@customElement('hb-groups-section')
export class GroupsSection extends PhoneSection {
  protected readonly reads = ['board' as const];

  protected renderList(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const day = dayInZone(this.now, settings.timeZone);
    const today = groupsOn(board, day, this.now, settings.timeZone);
    const section = groupSection(board);
    // Past one-off groups are history; weekly ones and upcoming dates stay to be changed.
    const others = section
      .values()
      .filter((g) => !occursOn(g.schedule, day))
      .filter((g) => g.schedule.kind !== 'once' || g.schedule.day > day)
      .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
    return html`
      <h2>Groups today</h2>
      <ul data-testid="groups-today">
        ${today.map(
          (item) => html`<li class="row">
            <hb-group-item .group=${item}></hb-group-item>
            ${this.editButton(item.id, item.group.title, 'group-edit')}
          </li>`,
        )}
      </ul>
      ${today.length ? nothing : this.empty('No groups today.')} ${this.broken(section.entries())}
      ${
        others.length
          ? html`<h3>Other days</h3>
            <ul data-testid="groups-other-days">
              ${others.map(
                (group) => html`<li class="row">
                  <div class="plain">
                    <strong>${group.title}</strong>
                    <span>
                      ${
                        group.schedule.kind === 'once'
                          ? shortDayWords(group.schedule.day)
                          : describeSchedule(group.schedule)
                      },
                      ${timeWords(group.start)} to ${timeWords(group.end)}
                    </span>
                  </div>
                  ${this.editButton(group.id, group.title, 'group-edit')}
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.addButton('Add a group', 'add-group')}
    `;
  }

  protected renderEditor(house: HouseConnection, settings: Settings) {
    return html`<hb-group-form
      .doc=${house.docs.board}
      .timeZone=${settings.timeZone}
      .editId=${this.editId()}
    ></hb-group-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-groups-section': GroupsSection;
  }
}
