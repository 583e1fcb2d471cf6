// "I'm staff": a member who works shifts here types the staff code the admin gave them in
// person, and this phone becomes a staff phone. Quiet until asked for.
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, sentenceFor } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { editorStyles } from './editor-form.ts';
import { type Problems, textField } from './fields.ts';
import { deviceChanged } from './profile-form.ts';

@customElement('hb-staff-code-form')
export class StaffCodeForm extends LitElement {
  static override styles = [houseColors, controls, editorStyles];

  @state() private open = false;
  @state() private code = '';
  @state() private problems: Problems = {};
  @state() private busy = false;

  override render() {
    if (!this.open) {
      return html`<button
        type="button"
        class="quiet"
        data-testid="staff-code-open"
        @click=${() => {
          this.open = true;
        }}
      >
        ${t('shifts.imStaff')}
      </button>`;
    }
    return html`
      <form novalidate data-testid="staff-code-form" @submit=${this.submit}>
        ${textField({
          name: 'staffCode',
          label: t('admin.staffCode'),
          hint: t('admin.staffCodeFormHint'),
          value: this.code,
          problems: this.problems,
          autocomplete: 'off',
          onInput: (value) => {
            this.code = value;
          },
        })}
        <div class="actions">
          <button
            type="button"
            data-testid="staff-code-cancel"
            @click=${() => {
              this.open = false;
              this.problems = {};
            }}
          >
            ${t('form.cancel')}
          </button>
          <button type="submit" class="primary" data-testid="staff-code-submit" ?disabled=${this.busy}>
            ${t('admin.staffCodeEnter')}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.code.trim()) {
      this.problems = { staffCode: t('admin.staffCodeMissing') };
      return;
    }
    this.busy = true;
    try {
      const { device } = await api.becomeStaff(this.code);
      this.problems = {};
      this.code = '';
      this.open = false;
      deviceChanged(this, device);
    } catch (error) {
      this.problems = { staffCode: sentenceFor(error) };
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-staff-code-form': StaffCodeForm;
  }
}
