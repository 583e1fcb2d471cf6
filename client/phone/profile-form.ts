// A person's name on the board and how it may show on the wall: as written, initial only, or
// hidden — with a preview of the wall. Checked with the same validator the server uses. There
// is no field for contact details, by design.
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { firstProblem, type NameDisplay, profileSchema, shownName } from '../../board/index.ts';
import { api } from '../../ui/api.ts';
import { type MessageKey, t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import type { Device } from '../../ui/session.ts';
import { choiceField, problemLine, textField } from './fields.ts';
import { ServerForm } from './server-form.ts';

const DISPLAYS: ReadonlyArray<readonly [NameDisplay, MessageKey]> = [
  ['full', 'profile.full'],
  ['initial', 'profile.initial'],
  ['hidden', 'profile.hidden'],
];

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
    css`
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
  @property() heading?: string;
  /** Offer "Not now" (after joining, the name can wait). */
  @property({ type: Boolean }) skippable = false;
  @property() saveWords?: string;

  @state() private name = '';
  @state() private nameDisplay: NameDisplay = 'full';
  @state() private saved = false;
  private filledFrom?: Device;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Filled from the device once; a save elsewhere never overwrites what is being typed.
    if (changed.has('device') && this.device && !this.filledFrom) {
      this.filledFrom = this.device;
      this.name = this.device.name ?? '';
      this.nameDisplay = this.device.nameDisplay ?? 'full';
    }
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
    await this.send('form', async () => {
      const { device } = await api.setProfile(checked.data.name, checked.data.nameDisplay);
      this.saved = true;
      this.filledFrom = device;
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
