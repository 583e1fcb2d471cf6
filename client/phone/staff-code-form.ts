// "I'm staff": a member who works shifts here types the staff code the admin gave them in
// person, and this phone becomes a staff phone. Quiet until asked for.
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { textField } from './fields.ts';
import { deviceChanged } from './profile-form.ts';
import { ServerForm } from './server-form.ts';

@customElement('hb-staff-code-form')
export class StaffCodeForm extends ServerForm {
  @state() private open = false;
  @state() private code = '';

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
    await this.send('staffCode', async () => {
      const { device } = await api.becomeStaff(this.code);
      this.code = '';
      this.open = false;
      deviceChanged(this, device);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-staff-code-form': StaffCodeForm;
  }
}
