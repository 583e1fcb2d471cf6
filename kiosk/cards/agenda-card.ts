// The house meeting's agenda on the wall, on the meeting's day only (on other days the wall
// leaves the card out: agendaShows): the points so far, names only where their authors put them
// and as they chose to show them. Once the meeting has begun, a tap on a point's "Carried to next
// time" marks it (the wall stands in the room at the meeting), and a second tap takes the mark
// back. Drawn on another day all the same, it keeps to one quiet line: when the next meeting is.
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  type AgendaPoint,
  agendaOf,
  agendaRecords,
  carryAgendaItem,
  houseMeetingToday,
  nextHouseMeeting,
  readSettings,
  type Settings,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { instantWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { meetingWhen } from '../../ui/parts/meeting-words.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { KioskCard } from './kiosk-card.ts';

/** Whether the wall shows the agenda card: on a house meeting's day (it may be over). */
export function agendaShows(house: House | undefined, now: number): boolean {
  if (!house) return false;
  const zone = readSettings(house.docs.settings).timeZone;
  return !!houseMeetingToday(house.docs.board, now, zone);
}

@customElement('hb-agenda-card')
export class AgendaCard extends KioskCard {
  static override styles = [
    ...KioskCard.styles,
    css`
      /* Deep teal by day (7:1 as text on the card), pale teal on the night's dark. */
      :host {
        --hb-accent: light-dark(#1f6660, #9cc9c2);
        --hb-accent-ink: light-dark(#185650, #9cc9c2);
      }
      .point {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2em 0.6em;
        padding: 0.2em 0;
        border-bottom: 1px solid var(--hb-line);
      }
      .text {
        flex: 1 1 12em;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .meta {
        flex-basis: 100%;
        color: var(--hb-muted);
        font-size: var(--hb-small-text, 0.85em);
      }
      .carry {
        flex: none;
        min-height: max(48px, 1.6em);
        padding: 0 0.5em;
        font-size: var(--hb-small-text, 0.85em);
      }
      .carry[aria-pressed='true'] {
        background: var(--hb-accent-ink);
        border-color: var(--hb-accent-ink);
        color: var(--hb-card);
        font-weight: 700;
      }
    `,
  ];

  protected get heading() {
    const house = this.house;
    if (!house) return t('agenda.cardTitle');
    const zone = readSettings(house.docs.settings).timeZone;
    const meeting = houseMeetingToday(house.docs.board, this.now, zone);
    return meeting
      ? t('agenda.cardToday', { time: instantWords(meeting.startsAt, zone) })
      : t('agenda.cardTitle');
  }
  protected readonly kind = 'agenda' as const;
  protected readonly reads = ['board' as const];

  protected renderBody(house: House, settings: Settings) {
    const board = house.docs.board;
    const zone = settings.timeZone;
    const meeting = houseMeetingToday(board, this.now, zone);
    if (!meeting) {
      const next = nextHouseMeeting(board, this.now, zone);
      return this.empty(
        next
          ? t('agenda.cardNext', { when: meetingWhen(next, this.now, zone) })
          : t('agenda.cardNone'),
      );
    }
    const items = agendaOf(board, meeting, zone);
    const names = new WallNames(board, this.now);
    const begun = meeting.startsAt <= this.now;
    const broken = this.broken(agendaRecords(board).entries());
    return html`
      ${items.map((item) => this.renderPoint(item, names, begun))} ${broken}
      ${items.length || broken.length ? null : this.empty(t('agenda.cardEmpty'))}
    `;
  }

  private renderPoint(item: AgendaPoint, names: WallNames, begun: boolean) {
    const by = item.by ? names.person(item.by) : undefined;
    const meta = [item.fromBefore ? t('agenda.fromBefore') : undefined, by].filter(Boolean);
    // A point carried in from before is on again; it is marked only at the meeting it was for.
    const canCarry = begun && !item.fromBefore;
    return html`<div class="point" data-key=${item.id} data-testid="agenda-point">
      <p class="text">${item.text}</p>
      ${
        canCarry
          ? html`<button
            type="button"
            class="carry"
            data-testid="agenda-carry"
            aria-pressed=${item.carried ? 'true' : 'false'}
            aria-label=${t('agenda.carriedLabel', { text: item.text })}
            @click=${() => carryAgendaItem(this.house!.docs.board, item.id, !item.carried)}
          >
            ${item.carried ? `✓ ${t('agenda.carried')}` : t('agenda.carried')}
          </button>`
          : null
      }
      ${meta.length ? html`<span class="meta">${meta.join(' · ')}</span>` : null}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-agenda-card': AgendaCard;
  }
}
