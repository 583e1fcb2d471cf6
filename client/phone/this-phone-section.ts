// "This phone": the name this phone goes by on the board and how it shows, days away (chore turns
// skip you), visitor mode for the wall, what the phone may do in the house, and — for members who
// work shifts — the way in with the staff code. Also the language this phone speaks: the house's,
// unless the person picks another for their own phone.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  addDays,
  isStaff,
  personRecords,
  type Role,
  readSettings,
  setAway,
  setVisitorMode,
  ValidationError,
  visitorModeUntil,
} from '../../board/index.ts';
import { instantWords, shortDayWords, todayIn } from '../../ui/house-time.ts';
import { HouseView } from '../../ui/house-view.ts';
import {
  deviceLanguageChoice,
  houseLanguage,
  LANGUAGE_NAMES,
  type MessageKey,
  setDeviceLanguage,
  t,
} from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { dateField } from './date-field.ts';
import { editorStyles } from './editor-form.ts';
import { problemLine } from './fields.ts';
import './leaving-panels.ts';
import './about-me-view.ts';
import './profile-form.ts';
import './staff-code-form.ts';
import './move-phone-panel.ts';
import './same-person-form.ts';
import { say } from '../../ui/i18n/say.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { tabStyles } from './tab-styles.ts';

/** What a role means, in the house's own words. */
export const ROLE_WORDS: Record<Role, MessageKey> = {
  kiosk: 'role.kiosk',
  member: 'role.member',
  staff: 'role.staff',
  admin: 'role.admin',
};

const ROLE_SENTENCES: Record<Role, MessageKey> = {
  kiosk: 'role.kioskSentence',
  member: 'role.memberSentence',
  staff: 'role.staffSentence',
  admin: 'role.adminSentence',
};

/** The choices for this phone's language: the house's (no choice of its own), or one of them. */
const LANGUAGE_CHOICES = [
  ['house', undefined],
  ['en', 'en'],
  ['es', 'es'],
] as const;

@customElement('hb-this-phone-section')
export class ThisPhoneSection extends HouseView {
  static override styles = [
    houseColors,
    controls,
    editorStyles,
    tabStyles,
    css`
      /* Less room under the heading: the role sentence belongs to it. */
      h2 {
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
  @state() private awayDay = '';
  @state() private awayProblem?: string;

  protected readonly reads = ['board' as const];

  override render() {
    const device = this.device;
    if (!device) return nothing;
    return html`
      <h2>${t('phone.thisPhone')}</h2>
      <p class="role" data-testid="this-phone-role" data-role=${device.role}>
        ${t(ROLE_SENTENCES[device.role])}
      </p>
      ${keyed(device.personId, html`<hb-profile-form .device=${device} .house=${this.house}></hb-profile-form>`)}
      ${this.away(device)} ${this.visitorMode(device)} ${this.language()}
      ${
        device.role === 'member'
          ? html`<div class="block"><hb-staff-code-form></hb-staff-code-form></div>`
          : nothing
      }
      ${
        isStaff(device.role)
          ? html`<hb-people-leaving
              class="block"
              .house=${this.house}
              .now=${this.now}
              .device=${device}
              .active=${!this.hidden}
            ></hb-people-leaving>`
          : nothing
      }
      <hb-leaving class="block" .house=${this.house} .now=${this.now} .device=${device}></hb-leaving>
      <div class="block">
        <hb-about-me-view .house=${this.house} .device=${device} .now=${this.now}></hb-about-me-view>
      </div>
      ${device.role === 'kiosk' ? nothing : html`<div class="block"><hb-move-phone-panel></hb-move-phone-panel></div>`}
      ${device.role === 'staff' ? html`<div class="block"><hb-same-person-form .me=${device}></hb-same-person-form></div>` : nothing}
    `;
  }

  /** "I'm away until…": chore turns skip you until then; the board forgets it afterwards. */
  private away(device: Device) {
    const board = this.house?.docs.board;
    if (!board) return nothing;
    const zone = readSettings(this.house!.docs.settings).timeZone;
    const today = todayIn(zone, this.now);
    const people = personRecords(board);
    const me = people.get(device.personId);
    const away = me?.awayUntil && me.awayUntil >= today ? me.awayUntil : undefined;
    const save = () => {
      const day = this.awayDay || addDays(today, 1);
      if (day < today) {
        this.awayProblem = t('phone.awayPickLater');
        return;
      }
      try {
        setAway(board, device.personId, day);
        this.awayProblem = undefined;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.awayProblem = say(error.sentence);
      }
    };
    return html`<div class="block" data-testid="away">
      <h2>${t('phone.awayHeading')}</h2>
      ${
        !me
          ? html`<p>${t('phone.awayNameFirst')}</p>`
          : away
            ? html`<p class="on" data-testid="away-until">
                  ${t('phone.awayUntil', { day: shortDayWords(away) })}
                </p>
                <div class="row">
                  <button
                    type="button"
                    data-testid="away-back"
                    @click=${() => setAway(board, device.personId, undefined)}
                  >
                    ${t('phone.awayBack')}
                  </button>
                </div>`
            : html`<p class="hint">${t('phone.awayHint')}</p>
                ${dateField({
                  name: 'awayUntil',
                  label: t('phone.awayLabel'),
                  value: this.awayDay || addDays(today, 1),
                  problems: {},
                  onInput: (value) => {
                    this.awayDay = value;
                  },
                })}
                ${problemLine(this.awayProblem ? { away: this.awayProblem } : {}, 'away')}
                <div class="row">
                  <button type="button" class="primary" data-testid="away-save" @click=${save}>
                    ${t('phone.awaySave')}
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
    const until = visitorModeUntil(board, Math.max(this.now, serverNow()));
    return html`<div class="block" data-testid="visitor-mode">
      <h2>${t('phone.visitorsHeading')}</h2>
      ${
        until === undefined
          ? html`<p class="hint">${t('phone.visitorHint')}</p>
              <div class="row">
                <button
                  type="button"
                  class="primary"
                  data-testid="visitor-mode-on"
                  @click=${() => setVisitorMode(board, true)}
                >
                  ${t('phone.visitorOn')}
                </button>
              </div>`
          : html`<p class="on" data-testid="visitor-mode-until">
                ${t('phone.visitorIsOn', { time: instantWords(until, zone) })}
              </p>
              ${
                isStaff(device.role)
                  ? html`<div class="row">
                    <button
                      type="button"
                      data-testid="visitor-mode-off"
                      @click=${() => setVisitorMode(board, false)}
                    >
                      ${t('phone.visitorOff')}
                    </button>
                  </div>`
                  : html`<p class="hint">${t('phone.visitorEndsItself')}</p>`
              }`
      }
    </div>`;
  }

  /** The language on this phone: the house's unless the person picks another for themselves. */
  private language() {
    const chosen = deviceLanguageChoice() ?? 'house';
    return html`<div class="block" data-testid="phone-language">
      <h2 id="language-heading">${t('phone.languageHeading')}</h2>
      <p class="hint">${t('phone.languageHint')}</p>
      <div class="row" role="group" aria-labelledby="language-heading">
      ${LANGUAGE_CHOICES.map(
        ([value, language]) => html`<button
          type="button"
          lang=${language ?? ''}
          data-value=${value}
          aria-pressed=${value === chosen ? 'true' : 'false'}
          @click=${() => setDeviceLanguage(language)}
        >
          ${
            language
              ? LANGUAGE_NAMES[language]
              : t('phone.languageHouse', { name: LANGUAGE_NAMES[houseLanguage()] })
          }
        </button>`,
      )}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-this-phone-section': ThisPhoneSection;
  }
}
