// A band above the wall's cards on someone's birthday, in the house's time zone: "Happy birthday,
// Jo!", "Happy birthday, Jo and Sam!". Only people who turned "Show on the wall on the day" on
// are in it, each name as they chose to show it on the wall (an initial in visitor mode, never a
// hidden name); with no name to show there is no band. The dim night view leaves it out, so the
// night stays calm; a tap at night shows the board with the band in the night's colours.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { birthdaysOnWall, dayInZone, readSettings } from '../board/index.ts';
import { DocController } from '../ui/doc-controller.ts';
import type { House } from '../ui/house.ts';
import { t } from '../ui/i18n/index.ts';
import { houseColors } from '../ui/theme.ts';
import { listWords, WallNames } from '../ui/wall-names.ts';

/** The names the wall wishes a happy birthday today, as each person chose to show theirs. */
export function birthdayNames(house: House, now: number): string[] {
  const { timeZone } = readSettings(house.docs.settings);
  const names = new WallNames(house.docs.board, now);
  return birthdaysOnWall(house.docs.board, dayInZone(now, timeZone))
    .map((id) => names.person(id))
    .filter((name): name is string => !!name)
    .sort((a, b) => a.localeCompare(b));
}

@customElement('hb-birthday-band')
export class BirthdayBand extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      /* In em, from the wall's own text size: a line a little bigger than the cards' text. */
      p {
        margin: 0 0 0.4em;
        padding: 0.3em 0.75em;
        border: 2px solid var(--hb-done);
        border-radius: 0.4em;
        background: var(--hb-done-tint);
        color: var(--hb-ink);
        font-size: 1.15em;
        font-weight: 700;
        line-height: 1.25;
        text-align: center;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) house?: House;
  /** The minute the wall is showing (the day turns at midnight in the house's time zone). */
  @property({ type: Number }) now = 0;

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.board, this.house?.docs.settings]);
  }

  override render() {
    const names = this.house ? birthdayNames(this.house, this.now) : [];
    this.toggleAttribute('showing', names.length > 0);
    if (names.length === 0) return nothing;
    return html`<p data-testid="birthday-band">
      ${t('birthday.band', { names: listWords(names) })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-birthday-band': BirthdayBand;
  }
}
