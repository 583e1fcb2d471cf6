// Who is on shift now and who comes on next, in plain words. When nobody is marked on, it says
// so rather than leaving a gap the house has to read something into.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { dayInZone, type Shift } from '../../board/index.ts';
import { instantWords, shortDayWords } from '../house-time.ts';
import { houseColors } from '../theme.ts';
import { drawSafely } from './problem-card.ts';

export type ShiftWithId = Shift & { id: string };

/** "3 pm", or "Fri 28 Nov, 3 pm" when it is not today in the house. */
export function shiftTimeWords(instant: number, now: number, timeZone: string): string {
  const day = dayInZone(instant, timeZone);
  const time = instantWords(instant, timeZone);
  return day === dayInZone(now, timeZone) ? time : `${shortDayWords(day)}, ${time}`;
}

@customElement('hb-shift-summary')
export class ShiftSummary extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
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
      p {
        margin: 0.5em 0 0;
      }
      .nobody {
        margin: 0;
        color: var(--hb-muted);
      }
    `,
  ];

  @property({ attribute: false }) onNow: ShiftWithId[] = [];
  @property({ attribute: false }) next?: ShiftWithId;
  @property({ type: Number }) now = Date.now();
  @property() timeZone = 'UTC';

  // An item that cannot be drawn shows a problem card in its place, never a blank.
  override render() {
    return drawSafely(() => this.renderItem(), 'who is on shift');
  }

  private renderItem() {
    const zone = this.timeZone;
    return html`
      <div data-testid="shift-summary">
        ${
          this.onNow.length
            ? html`<ul>
              ${this.onNow.map(
                (s) => html`<li data-testid="shift-on-now">
                  <span class="name">${s.name}</span>
                  ${s.pronouns ? html`<span class="pronouns">(${s.pronouns})</span>` : null}
                  <span class="until">until ${shiftTimeWords(s.endedAt ?? s.end, this.now, zone)}</span>
                  ${s.upFor ? html`<span class="up-for">Today I'm up for ${s.upFor}</span>` : null}
                </li>`,
              )}
            </ul>`
            : html`<p class="nobody">Nobody is marked on shift right now</p>`
        }
        ${
          this.next
            ? html`<p data-testid="shift-next">
              Next: <span class="name">${this.next.name}</span> from
              ${shiftTimeWords(this.next.start, this.now, zone)}
            </p>`
            : null
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shift-summary': ShiftSummary;
  }
}
