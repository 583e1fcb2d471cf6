// The house's own settings, for admins: its name on every screen, the time zone its clocks,
// chores and groups follow, its language, the text size on the wall, when the wall's night is,
// what the wall says at night when nobody is on shift, whether the wall itself may end
// visitor mode, how many days the board waits before it forgets someone who left, and which
// cards the wall shows.
// Written to the settings document, which only admins may change.
import './later-words.ts';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import {
  DEFAULT_NIGHT_HOURS,
  LANGUAGES,
  type Language,
  NIGHT_NOBODY_MAX,
  readSettings,
  TEXT_SIZES,
  type TextSize,
  ValidationError,
  WALL_CARDS,
  type WallCardName,
  writeSettings,
} from '../../board/index.ts';
import { LANGUAGE_NAMES, t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { checkRow, checkRowStyles } from './check-row.ts';
import { editorStyles } from './editor-form.ts';
import { choiceField, type Problems, problemLine, textField } from './fields.ts';
import {
  type NightDraft,
  nightDraftFrom,
  nightFieldFor,
  nightFieldStyles,
  nightHoursFields,
  nightSettingsFrom,
} from './night-hours-fields.ts';

/** The settings this form edits; each shows its problem under its own field. */
const SHOWN_FIELDS = [
  'houseName',
  'timeZone',
  'language',
  'textSize',
  'visitorEndsOnWall',
  'nightNobodyWords',
  'forgetAfterDays',
  'wallCards',
];

/** The days typed, as a number only when they are a plain whole number (else refused). */
const daysFrom = (typed: string) => (/^\d{1,3}$/.test(typed.trim()) ? Number(typed) : Number.NaN);

/** Every time zone the browser knows, with the house's own first if the list lacks it. */
function timeZones(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

@customElement('hb-house-settings-form')
export class HouseSettingsForm extends LitElement {
  static override styles = [
    houseColors,
    controls,
    editorStyles,
    nightFieldStyles,
    checkRowStyles,
    css`
      fieldset.wall-cards {
        display: grid;
        gap: 0;
      }
    `,
  ];

  @property({ attribute: false }) doc?: Y.Doc;
  /** Filled from the document each time the Admin tab opens, unless the admin is mid-edit. */
  @property({ type: Boolean }) active = false;

  @state() private houseName = '';
  @state() private timeZone = 'UTC';
  @state() private language: Language = 'en';
  @state() private textSize: TextSize = 2;
  @state() private visitorEndsOnWall = true;
  @state() private night: NightDraft = nightDraftFrom({
    nightHours: DEFAULT_NIGHT_HOURS,
    nightHoursByWeekday: {},
  });
  /** Empty: the wall's own kind default. */
  @state() private nightNobodyWords = '';
  /** As typed; a whole number of days from 0 to 90 when saved. */
  @state() private forgetAfterDays = '';
  /** The cards the wall shows, in the order of WALL_CARDS. */
  @state() private wallCards: WallCardName[] = [...WALL_CARDS];
  @state() private problems: Problems = {};
  @state() private saved = false;
  private dirty = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('active') || changed.has('doc')) && this.active && this.doc && !this.dirty) {
      const settings = readSettings(this.doc);
      this.houseName = settings.houseName;
      this.timeZone = settings.timeZone;
      this.language = settings.language;
      this.textSize = settings.textSize;
      this.visitorEndsOnWall = settings.visitorEndsOnWall;
      this.night = nightDraftFrom(settings);
      this.nightNobodyWords = settings.nightNobodyWords ?? '';
      this.forgetAfterDays = String(settings.forgetAfterDays);
      this.wallCards = settings.wallCards;
    }
  }

  override render() {
    return html`
      <form novalidate data-testid="house-settings-form" @submit=${this.submit}>
        ${textField({
          name: 'houseName',
          label: t('admin.houseName'),
          value: this.houseName,
          problems: this.problems,
          onInput: (value) => this.edit({ houseName: value }),
        })}
        <div class="field">
          <label for="field-timeZone">${t('admin.timeZone')}</label>
          <p class="hint">${t('admin.timeZoneHint')}</p>
          <select
            id="field-timeZone"
            data-testid="field-timeZone"
            aria-invalid=${this.problems.timeZone ? 'true' : 'false'}
            @change=${(event: Event) =>
              this.edit({ timeZone: (event.target as HTMLSelectElement).value })}
          >
            ${timeZones(this.timeZone).map(
              (zone) =>
                html`<option value=${zone} ?selected=${zone === this.timeZone}>
                  ${zone.replaceAll('_', ' ')}
                </option>`,
            )}
          </select>
          ${problemLine(this.problems, 'timeZone')}
        </div>
        <div class="field">
          <label for="field-language">${t('night.form.language')}</label>
          <p class="hint">${t('night.form.languageHint')}</p>
          <select
            id="field-language"
            data-testid="field-language"
            aria-invalid=${this.problems.language ? 'true' : 'false'}
            @change=${(event: Event) =>
              this.edit({ language: (event.target as HTMLSelectElement).value as Language })}
          >
            ${LANGUAGES.map(
              (code) =>
                html`<option value=${code} lang=${code} ?selected=${code === this.language}>
                  ${LANGUAGE_NAMES[code]}
                </option>`,
            )}
          </select>
          ${problemLine(this.problems, 'language')}
        </div>
        ${choiceField({
          name: 'textSize',
          legend: t('night.form.textSize'),
          choices: TEXT_SIZES.map(
            (size) => [String(size), t(`night.form.textSize${size}`)] as const,
          ),
          value: String(this.textSize),
          onChoose: (size) => this.edit({ textSize: Number(size) as TextSize }),
        })}
        ${problemLine(this.problems, 'textSize')}
        ${nightHoursFields(this.night, this.problems, (night) => this.edit({ night }))}
        ${choiceField({
          name: 'visitorEndsOnWall',
          legend: t('admin.visitorEnd'),
          choices: [
            ['wall', t('admin.visitorEndOnWall')],
            ['staff', t('admin.visitorEndStaffOnly')],
          ] as const,
          value: this.visitorEndsOnWall ? 'wall' : 'staff',
          onChoose: (who) => this.edit({ visitorEndsOnWall: who === 'wall' }),
        })}
        ${problemLine(this.problems, 'visitorEndsOnWall')}
        ${textField({
          name: 'nightNobodyWords',
          label: t('night.form.nobodyWords'),
          hint: t('night.form.nobodyWordsHint', { words: t('night.nobodyDefault') }),
          optional: true,
          limit: NIGHT_NOBODY_MAX,
          value: this.nightNobodyWords,
          problems: this.problems,
          onInput: (value) => this.edit({ nightNobodyWords: value }),
        })}
        ${textField({
          name: 'forgetAfterDays',
          label: t('leaving.waitLabel'),
          hint: t('leaving.waitHint'),
          type: 'number',
          value: this.forgetAfterDays,
          problems: this.problems,
          onInput: (value) => this.edit({ forgetAfterDays: value }),
        })}
        <fieldset class="wall-cards" data-testid="wall-cards" aria-describedby="wallCards-hint">
          <legend>${t('wallCards.legend')}</legend>
          <p class="hint" id="wallCards-hint">${t('wallCards.hint')}</p>
          ${WALL_CARDS.map((card) =>
            checkRow({
              id: `wall-card-${card}`,
              words: t(`wallCards.${card}`),
              checked: this.wallCards.includes(card),
              onChange: (on) =>
                this.edit({
                  wallCards: WALL_CARDS.filter((c) =>
                    c === card ? on : this.wallCards.includes(c),
                  ),
                }),
            }),
          )}
          ${problemLine(this.problems, 'wallCards')}
        </fieldset>
        ${
          this.saved
            ? html`<p class="hint" role="status" data-testid="settings-saved">
                ${t('admin.settingsSaved')}
              </p>`
            : nothing
        }
        ${problemLine(this.problems, 'form')}
        <button type="submit" class="primary" data-testid="settings-save">
          ${t('admin.saveSettings')}
        </button>
      </form>
    `;
  }

  private edit(
    patch: Partial<{
      houseName: string;
      timeZone: string;
      language: Language;
      textSize: TextSize;
      visitorEndsOnWall: boolean;
      night: NightDraft;
      nightNobodyWords: string;
      forgetAfterDays: string;
      wallCards: WallCardName[];
    }>,
  ) {
    Object.assign(this, patch);
    this.dirty = true;
    this.saved = false;
  }

  private submit(event: Event) {
    event.preventDefault();
    if (!this.doc) return;
    try {
      writeSettings(this.doc, {
        houseName: this.houseName,
        timeZone: this.timeZone,
        language: this.language,
        textSize: this.textSize,
        visitorEndsOnWall: this.visitorEndsOnWall,
        ...nightSettingsFrom(this.night),
        nightNobodyWords: this.nightNobodyWords,
        forgetAfterDays: daysFrom(this.forgetAfterDays),
        wallCards: this.wallCards,
      });
      this.problems = {};
      this.saved = true;
      this.dirty = false;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const path = (error.field ?? '').replace(/^wallCards\..*$/, 'wallCards');
      const field = SHOWN_FIELDS.includes(path) ? path : (nightFieldFor(path) ?? 'form');
      this.problems = { [field]: say(error.sentence) };
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-house-settings-form': HouseSettingsForm;
  }
}
