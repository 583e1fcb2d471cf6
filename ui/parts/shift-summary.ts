// Who is on shift now and who comes on next, in plain words, with names as each person chose
// (and visitor mode's initials). While a handover waits it says so; after one, the note to the
// house shows for a few hours. When nobody is marked on, it says so rather than leaving a gap.
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type * as Y from 'yjs';
import {
  dayInZone,
  isOnShift,
  pendingHandoff,
  recentHandoffNote,
  type Shift,
  shiftName,
  shiftRecords,
  shiftsAt,
} from '../../board/index.ts';
import { instantWords, shortDayWords } from '../house-time.ts';
import { t } from '../i18n/index.ts';
import { serverNow } from '../server-clock.ts';
import { houseColors, plainList } from '../theme.ts';
import { ItemPart } from './item-part.ts';

export type ShiftWithId = Shift & { id: string };

/** "3 pm", or "Fri 28 Nov, 3 pm" when it is not today in the house. */
export function shiftTimeWords(instant: number, now: number, timeZone: string): string {
  const day = dayInZone(instant, timeZone);
  const time = instantWords(instant, timeZone);
  return day === dayInZone(now, timeZone) ? time : `${shortDayWords(day)}, ${time}`;
}

/** A staff name as the wall shows it; a hidden one is still someone. */
export function staffWords(shift: Shift, visitorMode: boolean): string {
  return shiftName(shift, visitorMode) ?? t('shifts.someoneFromStaff');
}

/**
 * Everything the On shift card shows at a moment. A handover counts as waiting only while the
 * person handing over is still on shift, so an old one never lingers on the wall.
 */
export function shiftState(staff: Y.Doc, now: number) {
  const { onNow, next } = shiftsAt(staff, now);
  const pending = pendingHandoff(staff);
  const from = pending && shiftRecords(staff).get(pending.fromShift);
  const handingOver = pending && from && isOnShift(from, now) ? pending : undefined;
  const handoffNote = recentHandoffNote(staff, now)?.note;
  return { onNow, next, handingOver, handoffNote };
}

/** Which part of the summary one element shows: all of it (a phone), or one part (the wall). */
export type ShiftPart = 'all' | 'now' | 'next' | 'note';

/**
 * The summary of one moment's shifts, as both screens show it: whole on a phone; on the wall, a
 * part per element (who is on now, who is next, the note), so a card short of room takes turns
 * between whole parts rather than cutting one.
 */
export function shiftSummary(
  state: ReturnType<typeof shiftState>,
  now: number,
  timeZone: string,
  visitorMode: boolean,
  parts: ShiftPart[] = ['all'],
) {
  const shown = parts.filter(
    (part) =>
      part === 'all' ||
      part === 'now' ||
      (part === 'next' && state.next) ||
      (part === 'note' && (state.handingOver?.note || state.handoffNote)),
  );
  return shown.map(
    (part) => html`<hb-shift-summary
      data-key=${part}
      .piece=${part}
      .onNow=${state.onNow}
      .next=${state.next}
      .handingOver=${state.handingOver}
      .handoffNote=${state.handoffNote}
      .now=${now}
      .timeZone=${timeZone}
      .visitorMode=${visitorMode}
    ></hb-shift-summary>`,
  );
}

@customElement('hb-shift-summary')
export class ShiftSummary extends ItemPart {
  static override styles = [
    houseColors,
    plainList,
    css`
      :host {
        display: block;
      }
      ul {
        gap: 0.4em;
      }
      .name {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .pronouns,
      .until {
        color: var(--hb-muted);
      }
      .up-for {
        display: block;
        font-size: var(--hb-small-text, 0.85em);
        overflow-wrap: anywhere;
      }
      .handing {
        display: block;
        font-size: var(--hb-small-text, 0.85em);
        font-weight: 700;
        color: var(--hb-next);
      }
      p {
        margin: 0;
      }
      [data-testid='shift-summary'] > * + * {
        margin-top: 0.5em;
      }
      .nobody {
        margin: 0;
        color: var(--hb-muted);
        text-wrap: balance;
      }
      .handoff {
        margin-top: 0.4em;
        padding: 0.4em 0.6em;
        border-left: 0.25em solid var(--hb-next);
        background: var(--hb-calm-tint);
        border-radius: 0 0.4em 0.4em 0;
        overflow-wrap: anywhere;
      }
      .handoff strong {
        color: var(--hb-next);
      }
    `,
  ];

  /** Which part it shows (see shiftSummary). */
  @property() piece: ShiftPart = 'all';
  @property({ attribute: false }) onNow: ShiftWithId[] = [];
  @property({ attribute: false }) next?: ShiftWithId;
  @property({ type: Number }) now = serverNow();
  @property() timeZone = 'UTC';
  @property({ type: Boolean }) visitorMode = false;
  /** A handover waiting for the next person: which shift is handing over, and its note. */
  @property({ attribute: false }) handingOver?: { fromShift: string; note?: string };
  /** The note of a handover taken in the last few hours. */
  @property() handoffNote?: string;

  protected readonly what = 'who is on shift';

  protected renderItem() {
    const zone = this.timeZone;
    const pending = this.handingOver;
    return html`
      <div data-testid="shift-summary">
        ${this.shows('now') ? this.renderNow(zone, pending) : nothing}
        ${this.shows('next') ? this.renderNext(zone) : nothing}
        ${this.shows('note') ? this.renderNote(pending) : nothing}
      </div>
    `;
  }

  private shows(part: ShiftPart): boolean {
    return this.piece === 'all' || this.piece === part;
  }

  private renderNow(zone: string, pending = this.handingOver) {
    return html`
        ${
          this.onNow.length
            ? html`<ul>
              ${this.onNow.map(
                (s) => html`<li data-testid="shift-on-now" data-id=${s.id}>
                  <span class="name">${staffWords(s, this.visitorMode)}</span>
                  ${s.pronouns ? html`<span class="pronouns">(${s.pronouns})</span>` : null}
                  <span class="until"
                    >${t('shifts.until', { time: shiftTimeWords(s.endedAt ?? s.end, this.now, zone) })}</span
                  >
                  ${
                    pending?.fromShift === s.id
                      ? html`<span class="handing" data-testid="shift-handing-over"
                          >${t('shifts.handingOverWaiting')}</span
                        >`
                      : nothing
                  }
                  ${s.upFor ? html`<span class="up-for">${t('shifts.upFor', { what: s.upFor })}</span>` : null}
                </li>`,
              )}
            </ul>`
            : html`<p class="nobody" data-testid="shift-nobody">${t('shifts.nobody')}</p>`
        }`;
  }

  private renderNext(zone: string) {
    return html`
        ${
          this.next
            ? html`<p data-testid="shift-next">
              ${t('shifts.next')} <span class="name">${staffWords(this.next, this.visitorMode)}</span>
              ${t('shifts.from', { time: shiftTimeWords(this.next.start, this.now, zone) })}
            </p>`
            : null
        }`;
  }

  private renderNote(pending = this.handingOver) {
    return html`
        ${
          pending?.note
            ? html`<p class="handoff" data-testid="handoff-pending">
                <strong>${t('shifts.noteToHouse')}</strong> ${pending.note}
              </p>`
            : this.handoffNote
              ? html`<p class="handoff" data-testid="handoff-note">
                  <strong>${t('shifts.fromHandover')}</strong> ${this.handoffNote}
                </p>`
              : nothing
        }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shift-summary': ShiftSummary;
  }
}
