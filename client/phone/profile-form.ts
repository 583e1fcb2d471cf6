// A person's name on the board and how it may show on the wall: as written, initial only, or
// hidden — with a preview of the wall. Checked with the same validator the server uses. There
// is no field for contact details, by design. Given the house, it also takes their birthday (a
// day and a month from two lists, never a year) and whether the wall may say it on the day: off
// unless they turn it on. The name goes through the server; the birthday is written to their own
// entry on the board, like "I'm away".
import './later-words.ts';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { birthdaySchema } from '../../board/birthday-schema.ts';
import {
  type Birthday,
  firstProblem,
  type NameDisplay,
  personRecords,
  setBirthday,
  shownName,
} from '../../board/index.ts';
import { profileSchema } from '../../board/profile-schema.ts';
import { api } from '../../ui/api.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { DocController } from '../../ui/doc-controller.ts';
import { locale, type MessageKey, t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import type { Device } from '../../ui/session.ts';
import { checkRow, checkRowStyles } from './check-row.ts';
import { choiceField, problemLine, textField } from './fields.ts';
import { ServerForm } from './server-form.ts';

const DISPLAYS: ReadonlyArray<readonly [NameDisplay, MessageKey]> = [
  ['full', 'profile.full'],
  ['initial', 'profile.initial'],
  ['hidden', 'profile.hidden'],
];

/** How long a first save waits for the server to write the person's entry on the board. */
const ENTRY_WAIT_MS = 15_000;

/** The months' names in the screen's language, January first. */
function monthNames(): string[] {
  const format = new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 1)));
}

/** Whether the screen's language says the month before the day ("March 5" rather than "5 March"). */
function monthFirst(): boolean {
  const parts = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long' }).formatToParts(
    Date.UTC(2000, 2, 5),
  );
  return parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day');
}

/** Resolves once the person's entry is on the board (the server writes it on a first save). */
function entryOnBoard(board: Y.Doc, personId: string): Promise<boolean> {
  const people = personRecords(board);
  if (people.has(personId)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (found: boolean) => {
      clearTimeout(timer);
      stop();
      resolve(found);
    };
    const stop = people.observe(() => {
      if (people.has(personId)) done(true);
    });
    const timer = setTimeout(() => done(false), ENTRY_WAIT_MS);
  });
}

/** Tells the app the server now knows this device differently (name, or role). */
export function deviceChanged(from: HTMLElement, device: Device): void {
  from.dispatchEvent(
    new CustomEvent('device-changed', { detail: device, bubbles: true, composed: true }),
  );
}

@customElement('hb-profile-form')
export class ProfileForm extends ServerForm {
  static override styles = [
    ...ServerForm.styles,
    checkRowStyles,
    css`
      .birthday {
        display: grid;
        gap: 0.5em;
      }
      .birthday .legend {
        margin: 0;
        font-weight: 600;
      }
      .dates {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr));
        gap: 0.6em;
      }
      label.check:has(input:disabled) {
        color: var(--hb-muted);
        cursor: default;
      }
      .preview {
        display: grid;
        gap: 0.3em;
      }
      .wall {
        padding: 0.6em 0.8em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .wall strong {
        display: block;
        overflow-wrap: anywhere;
      }
      .wall span {
        color: var(--hb-muted);
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      .saved {
        margin: 0;
        color: var(--hb-done);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) device?: Device;
  /** The house, for the birthday fields; without it (on joining) the form asks the name only. */
  @property({ attribute: false }) house?: HouseConnection;
  @property() heading?: string;
  /** Offer "Not now" (after joining, the name can wait). */
  @property({ type: Boolean }) skippable = false;
  @property() saveWords?: string;

  @state() private name = '';
  @state() private nameDisplay: NameDisplay = 'full';
  @state() private saved = false;
  /** The birthday as picked: '' for not said, else the day (1–31) and the month (1–12). */
  @state() private birthDay = '';
  @state() private birthMonth = '';
  @state() private birthdayOnWall = false;
  private filledFrom?: Device;
  /** Whether the birthday fields were filled from the person's entry (once, when it is there). */
  private birthdayFilled = false;

  constructor() {
    super();
    new DocController(this, () => [this.house?.docs.board]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Filled from the device once; a save elsewhere never overwrites what is being typed.
    if (changed.has('device') && this.device && !this.filledFrom) {
      this.filledFrom = this.device;
      this.name = this.device.name ?? '';
      this.nameDisplay = this.device.nameDisplay ?? 'full';
    }
    const board = this.house?.docs.board;
    if (board && this.device && !this.birthdayFilled) {
      const me = personRecords(board).get(this.device.personId);
      if (me) {
        this.birthdayFilled = true;
        this.birthDay = me.birthday ? String(me.birthday.day) : '';
        this.birthMonth = me.birthday ? String(me.birthday.month) : '';
        this.birthdayOnWall = !!me.birthday && me.birthdayOnWall === true;
      }
    }
  }

  /** The day and month lists, in the order the screen's language says a date. */
  private birthdayFields(problems: Record<string, string>) {
    if (!this.house) return nothing;
    const invalid = problems.birthday ? 'true' : 'false';
    const picked = (event: Event) => (event.target as HTMLSelectElement).value;
    const changed = () => {
      // What is being picked is never overwritten by the entry arriving from the board.
      this.birthdayFilled = true;
      this.saved = false;
      if (this.problems.birthday) this.problems = {};
    };
    const day = html`<div class="field">
      <label for="field-birthDay">${t('birthday.day')}</label>
      <select
        id="field-birthDay"
        data-testid="birthday-day"
        aria-invalid=${invalid}
        aria-describedby=${problems.birthday ? 'birthday-problem' : 'birthday-hint'}
        @change=${(event: Event) => {
          this.birthDay = picked(event);
          changed();
        }}
      >
        <option value="" ?selected=${this.birthDay === ''}>${t('birthday.notSaid')}</option>
        ${Array.from({ length: 31 }, (_, i) => String(i + 1)).map(
          (value) =>
            html`<option value=${value} ?selected=${value === this.birthDay}>${value}</option>`,
        )}
      </select>
    </div>`;
    const month = html`<div class="field">
      <label for="field-birthMonth">${t('birthday.month')}</label>
      <select
        id="field-birthMonth"
        data-testid="birthday-month"
        aria-invalid=${invalid}
        aria-describedby=${problems.birthday ? 'birthday-problem' : 'birthday-hint'}
        @change=${(event: Event) => {
          this.birthMonth = picked(event);
          changed();
        }}
      >
        <option value="" ?selected=${this.birthMonth === ''}>${t('birthday.notSaid')}</option>
        ${monthNames().map((name, i) => {
          const value = String(i + 1);
          return html`<option value=${value} ?selected=${value === this.birthMonth}>${name}</option>`;
        })}
      </select>
    </div>`;
    const said = this.birthDay !== '' && this.birthMonth !== '';
    return html`<div class="birthday" role="group" aria-labelledby="birthday-legend" data-testid="birthday">
      <p class="legend" id="birthday-legend">${t('birthday.legend')}</p>
      <p class="hint" id="birthday-hint">
        ${t('birthday.hint')}
        ${this.birthDay === '29' && this.birthMonth === '2' ? t('birthday.leapDay') : nothing}
      </p>
      <div class="dates">${monthFirst() ? [month, day] : [day, month]}</div>
      ${problemLine(problems, 'birthday')}
      ${checkRow({
        id: 'birthday-on-wall',
        words: t('birthday.onWall'),
        hint: t('birthday.onWallHint'),
        asSwitch: true,
        checked: said && this.birthdayOnWall,
        disabled: !said,
        onChange: (on) => {
          this.birthdayFilled = true;
          this.birthdayOnWall = on;
          this.saved = false;
        },
      })}
    </div>`;
  }

  /** The birthday picked, undefined when not said; a ValidationError's sentence when not right. */
  private birthdayPicked(): { birthday?: Birthday } | { problem: string } {
    if (this.birthDay === '' && this.birthMonth === '') return {};
    if (this.birthDay === '' || this.birthMonth === '') {
      return { problem: say({ key: 'pickBirthday' }) };
    }
    const checked = birthdaySchema.safeParse({
      day: Number(this.birthDay),
      month: Number(this.birthMonth),
    });
    return checked.success
      ? { birthday: checked.data }
      : { problem: say(firstProblem(checked.error).sentence) };
  }

  /** Writes the birthday to the person's own entry, once the entry is on the board. */
  private async saveBirthday(personId: string, birthday: Birthday | undefined, onWall: boolean) {
    const board = this.house?.docs.board;
    if (!board) return;
    if (!(await entryOnBoard(board, personId))) throw new Error('entry not on the board');
    const me = personRecords(board).get(personId);
    const wall = !!birthday && onWall;
    if (
      me?.birthday?.day === birthday?.day &&
      me?.birthday?.month === birthday?.month &&
      (me?.birthdayOnWall === true) === wall
    ) {
      return;
    }
    setBirthday(board, personId, birthday, wall);
  }

  override render() {
    const problems = this.problems;
    const preview = shownName(this.name.trim() || undefined, this.nameDisplay);
    return html`
      <form novalidate data-testid="profile-form" @submit=${this.submit}>
        <h2>${this.heading ?? t('profile.heading')}</h2>
        ${textField({
          name: 'name',
          label: t('profile.name'),
          hint: t('profile.nameHint'),
          value: this.name,
          problems,
          autocomplete: 'nickname',
          testid: 'profile-name',
          onInput: (value) => {
            this.name = value;
            this.saved = false;
            // The sentence was about what was there before; it goes once the person types.
            if (this.problems.name) this.problems = {};
          },
        })}
        ${choiceField({
          name: 'nameDisplay',
          legend: t('profile.display'),
          choices: DISPLAYS.map(([value, key]) => [value, t(key)] as const),
          value: this.nameDisplay,
          onChoose: (value) => {
            this.nameDisplay = value;
            this.saved = false;
          },
        })}
        ${problemLine(problems, 'nameDisplay')}
        ${this.birthdayFields(problems)}
        <div class="preview">
          <span class="hint">${t('profile.previewHint')}</span>
          <div class="wall" data-testid="name-preview" aria-live="polite">
            <strong>${t('profile.previewChore')}</strong>
            <span>${preview ? t('profile.previewDone', { name: preview }) : t('profile.previewNoName')}</span>
          </div>
        </div>
        ${
          problems.form
            ? html`<p class="problem" role="alert" data-testid="profile-problem">
                ${problems.form}
              </p>`
            : nothing
        }
        ${this.saved ? html`<p class="saved" role="status" data-testid="profile-saved">${t('profile.saved')}</p>` : nothing}
        <div class="actions">
          ${
            this.skippable
              ? html`<button type="button" data-testid="profile-skip" @click=${this.skip}>${t('profile.notNow')}</button>`
              : nothing
          }
          <button type="submit" class="primary" data-testid="profile-save" ?disabled=${this.busy}>
            ${this.saveWords ?? t('form.save')}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const checked = profileSchema.safeParse({ name: this.name, nameDisplay: this.nameDisplay });
    if (!checked.success) {
      const problem = firstProblem(checked.error);
      const field = problem.field?.split('.')[0] ?? 'form';
      this.problems = {
        [field === 'name' || field === 'nameDisplay' ? field : 'form']: say(problem.sentence),
      };
      return;
    }
    const picked = this.birthdayPicked();
    if ('problem' in picked) {
      this.problems = { birthday: picked.problem };
      this.renderRoot.querySelector<HTMLElement>('#field-birthDay')?.focus();
      return;
    }
    const onWall = this.birthdayOnWall;
    await this.send('form', async () => {
      const { device } = await api.setProfile(checked.data.name, checked.data.nameDisplay);
      this.filledFrom = device;
      await this.saveBirthday(device.personId, picked.birthday, onWall);
      this.saved = true;
      deviceChanged(this, device);
    });
  }

  private skip() {
    this.dispatchEvent(new CustomEvent('profile-skipped', { bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('problems' as keyof ProfileForm) && this.problems.name) {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-profile-form': ProfileForm;
  }
  interface HTMLElementEventMap {
    'device-changed': CustomEvent<Device>;
    'profile-skipped': Event;
  }
}
