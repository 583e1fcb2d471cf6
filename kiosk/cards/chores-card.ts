// The day's chores on the wall: whose turn, who said they'll do it, and where. A tap marks one
// done without a name — it is the house's screen, not a person's. Done ones fold into one short
// line at the end ("Done today: …"), where a tap on one undoes it; the room goes to what is
// still to do.
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CHORE_KINDS,
  CHORE_OFFERS,
  choreRecords,
  choresOn,
  dayInZone,
  type Settings,
  setChoreDone,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import type { ChoreToggle } from '../../ui/parts/chore-item.ts';
import '../../ui/parts/chore-item.ts';
import { t } from '../../ui/i18n/index.ts';
import { choreWords } from '../../ui/parts/chore-words.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { kioskChange } from '../kiosk-events.ts';
import { KioskCard, sectionsOf } from './kiosk-card.ts';

@customElement('hb-chores-card')
export class ChoresCard extends KioskCard {
  protected get heading() {
    return t('kiosk.chores');
  }
  static override styles = [
    ...KioskCard.styles,
    css`
      .done {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 0.4em;
        margin: 0;
        padding-top: 0.2em;
      }
      .done-words {
        font-weight: 600;
        color: var(--hb-done);
      }
    `,
  ];
  protected readonly kind = 'chores' as const;
  protected readonly reads = ['board' as const];
  protected override readonly boardSections = sectionsOf(...CHORE_KINDS, CHORE_OFFERS);
  protected override readonly adds = 'chore' as const;

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const today = dayInZone(this.now, zone);
    const chores = choresOn(board, today, zone);
    const names = new WallNames(board, this.now);
    const broken = this.broken(choreRecords(board).entries());
    const toggle = (event: CustomEvent<ChoreToggle>) => {
      const { choreId, day, done } = event.detail;
      setChoreDone(board, choreId, day, done);
      const title = chores.find((chore) => chore.id === event.detail.choreId)?.chore.title ?? '';
      this.dispatchEvent(
        kioskChange(t(event.detail.done ? 'touch.done' : 'touch.notDone', { title })),
      );
    };
    const open = chores.filter((chore) => !chore.done);
    const done = chores.filter((chore) => chore.done);
    return html`
      ${repeat(
        open,
        (chore) => chore.dayId,
        (chore) =>
          html`<hb-chore-item
            data-key=${chore.dayId}
            .chore=${chore}
            .words=${choreWords(chore, names, zone, today)}
            @chore-toggle=${toggle}
          ></hb-chore-item>`,
      )}
      ${
        done.length
          ? html`<p class="done" data-key="done" data-testid="done-today">
              <span class="done-words">${t('kiosk.doneToday')}</span>
              ${repeat(
                done,
                (chore) => chore.dayId,
                (chore) =>
                  html`<hb-chore-item
                    compact
                    .chore=${chore}
                    .words=${choreWords(chore, names, zone, today)}
                    @chore-toggle=${toggle}
                  ></hb-chore-item>`,
              )}
            </p>`
          : null
      }
      ${broken}
      ${chores.length || broken.length ? null : this.empty(t('kiosk.noChores'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chores-card': ChoresCard;
  }
}
