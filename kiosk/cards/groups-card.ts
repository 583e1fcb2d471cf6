// Today's groups in time order, with the one on now and the next one standing out.
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { dayInZone, groupSection, groupsOn, type Settings } from '../../board/index.ts';
import type { HouseConnection } from '../../client/connection.ts';
import '../../client/parts/group-item.ts';
import { KioskCard } from './kiosk-card.ts';

@customElement('hb-groups-card')
export class GroupsCard extends KioskCard {
  protected readonly heading = 'Groups today';
  protected readonly reads = ['board' as const];

  protected renderBody(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const day = dayInZone(this.now, settings.timeZone);
    const groups = groupsOn(board, day, this.now, settings.timeZone);
    const broken = groupSection(board)
      .entries()
      .filter((entry) => !entry.ok);
    return html`
      ${groups.map((group) => html`<hb-group-item .group=${group}></hb-group-item>`)}
      ${broken.map((entry) => html`<hb-problem-card data-id=${entry.id}></hb-problem-card>`)}
      ${groups.length || broken.length ? null : this.empty('No groups today.')}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-groups-card': GroupsCard;
  }
}
