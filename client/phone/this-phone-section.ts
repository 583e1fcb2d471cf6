// "This phone": the name this phone goes by on the board and how it shows, days away (chore turns
// skip you), visitor mode for the wall, what the phone may do in the house, and — for members who
// work shifts — the way in with the staff code.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  addDays,
  isStaff,
  personSection,
  type Role,
  readSettings,
  setVisitorMode,
  ValidationError,
  visitorModeUntil,
} from '../../board/index.ts';
import type { HouseConnection } from '../connection.ts';
import { DocController } from '../doc-controller.ts';
import { instantWords, shortDayWords, todayIn } from '../house-time.ts';
import type { Device } from '../session.ts';
import { controls, houseColors } from '../theme.ts';
import { editorStyles } from './editor-form.ts';
import { problemLine, textField } from './fields.ts';
import './profile-form.ts';
import './staff-code-form.ts';

/** What a role means, in the house's own words. */
export const ROLE_WORDS: Record<Role, string> = {
  kiosk: 'kiosk',
  member: 'member',
  staff: 'staff',
  admin: 'admin',
};

const ROLE_SENTENCES: Record<Role, string> = {
  kiosk: 'This screen is the house kiosk.',
  member: 'This phone can add to the board: chores, groups and announcements.',
  staff: 'This is a staff phone: it can add to the board and go on shift.',
  admin:
    'This is an admin phone: it can add to the board, go on shift, and look after the devices and house settings.',
};

@customElement('hb-this-phone-section')
export class ThisPhoneSection extends LitElement {
  static override styles = [
    houseColors,
    controls,
    editorStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      h2 {
        font-size: 1.3em;
        margin: 0.4em 0 0.3em;
      }
      p {
        margin: 0.3em 0;
      }
      .role {
        color: var(--hb-muted);
      }
      .block {
        margin-top: 1.6em;
        padding-top: 0.6em;
        border-top: 2px solid var(--hb-line);
        display: grid;
        gap: 0.6em;
      }
      .block h2 {
        margin: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .on {
        padding: 0.5em 0.7em;
        border-radius: 0.5em;
        background: var(--hb-calm-tint);
        border: 2px solid var(--hb-next);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) device?: Device;
  @property({ attribute: false }) house?: HouseConnection;
  @property({ type: Number }) now = Date.now();
  @state() private awayDay = '';
  @state() private awayProblem?: string;

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.board, this.house?.docs.settings]);
  }

  override render() {
    const device = this.device;
    if (!device) return nothing;
    return html`
      <h2>This phone</h2>
      <p class="role" data-testid="this-phone-role" data-role=${device.role}>
        ${ROLE_SENTENCES[device.role]}
      </p>
      <hb-profile-form .device=${device}></hb-profile-form>
      ${this.away(device)} ${this.visitorMode(device)}
      ${
        device.role === 'member'
          ? html`<div class="block"><hb-staff-code-form></hb-staff-code-form></div>`
          : nothing
      }
    `;
  }

  /** "I'm away until…": chore turns skip you until then; the board forgets it afterwards. */
  private away(device: Device) {
    const board = this.house?.docs.board;
    if (!board) return nothing;
    const zone = readSettings(this.house!.docs.settings).timeZone;
    const today = todayIn(zone, this.now);
    const people = personSection(board);
    const me = people.get(device.id);
    const away = me?.awayUntil && me.awayUntil >= today ? me.awayUntil : undefined;
    const save = () => {
      const day = this.awayDay || addDays(today, 1);
      if (day < today) {
        this.awayProblem = 'Please pick today or a day after.';
        return;
      }
      try {
        people.update(device.id, { awayUntil: day });
        this.awayProblem = undefined;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.awayProblem = error.message;
      }
    };
    return html`<div class="block" data-testid="away">
      <h2>Away for a while?</h2>
      ${
        !me
          ? html`<p>Once your name is saved above, you can say when you're away.</p>`
          : away
            ? html`<p class="on" data-testid="away-until">
                  You're away until ${shortDayWords(away)}. Chore turns skip you until then.
                </p>
                <div class="row">
                  <button
                    type="button"
                    data-testid="away-back"
                    @click=${() => people.update(device.id, { awayUntil: undefined })}
                  >
                    I'm back
                  </button>
                </div>`
            : html`<p class="hint">Chore turns skip you while you're away.</p>
                ${textField({
                  name: 'awayUntil',
                  label: "I'm away until (and including)",
                  type: 'date',
                  value: this.awayDay || addDays(today, 1),
                  problems: {},
                  onInput: (value) => {
                    this.awayDay = value;
                  },
                })}
                ${problemLine(this.awayProblem ? { away: this.awayProblem } : {}, 'away')}
                <div class="row">
                  <button type="button" class="primary" data-testid="away-save" @click=${save}>
                    I'm away until then
                  </button>
                </div>`
      }
    </div>`;
  }

  /** Visitor mode: anyone may switch it on; only staff end it early (it ends by itself anyway). */
  private visitorMode(device: Device) {
    const board = this.house?.docs.board;
    if (!board) return nothing;
    const zone = readSettings(this.house!.docs.settings).timeZone;
    const until = visitorModeUntil(board, Math.max(this.now, Date.now()));
    return html`<div class="block" data-testid="visitor-mode">
      <h2>Visitors in the house?</h2>
      ${
        until === undefined
          ? html`<p class="hint">
                Visitor mode hides every name on the wall — initials at most — for two hours.
              </p>
              <div class="row">
                <button
                  type="button"
                  class="primary"
                  data-testid="visitor-mode-on"
                  @click=${() => setVisitorMode(board, true)}
                >
                  Visitor mode on
                </button>
              </div>`
          : html`<p class="on" data-testid="visitor-mode-until">
                Visitor mode is on: names hidden until ${instantWords(until, zone)}.
              </p>
              ${
                isStaff(device.role)
                  ? html`<div class="row">
                    <button
                      type="button"
                      data-testid="visitor-mode-off"
                      @click=${() => setVisitorMode(board, false)}
                    >
                      End visitor mode now
                    </button>
                  </div>`
                  : html`<p class="hint">It ends by itself; staff can end it sooner.</p>`
              }`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-this-phone-section': ThisPhoneSection;
  }
}
