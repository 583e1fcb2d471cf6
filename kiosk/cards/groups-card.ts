// Today's groups on a timeline: earlier ones quiet, the one on now and the next one standing out,
// a countdown when one starts within 15 minutes, cancelled and moved meetings said plainly.
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  dayInZone,
  GROUP_KINDS,
  groupRecords,
  groupsOn,
  type Settings,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import '../../ui/parts/group-item.ts';
import { t } from '../../ui/i18n/index.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { KioskCard, sectionsOf } from './kiosk-card.ts';

@customElement('hb-groups-card')
export class GroupsCard extends KioskCard {
  protected get heading() {
    return t('kiosk.groups');
  }
  protected readonly kind = 'groups' as const;
  protected readonly reads = ['board' as const];
  protected override readonly boardSections = sectionsOf(...GROUP_KINDS);

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const groups = groupsOn(board, dayInZone(this.now, zone), this.now, zone);
    const names = new WallNames(board, this.now);
    const broken = this.broken(groupRecords(board).entries());
    return html`
      ${repeat(
        groups,
        (group) => group.id,
        (group) => html`<hb-group-item
            data-key=${group.id}
            .group=${group}
            .names=${names}
          ></hb-group-item>`,
      )}
      ${broken}
      ${groups.length || broken.length ? null : this.empty(t('kiosk.noGroups'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-groups-card': GroupsCard;
  }
}
