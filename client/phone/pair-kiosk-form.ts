// Pairs a kiosk: the admin types the code the unpaired kiosk shows, and the kiosk shows the
// board a moment later.
import './later-words.ts';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { textField } from './fields.ts';
import { ServerForm } from './server-form.ts';

@customElement('hb-pair-kiosk-form')
export class PairKioskForm extends ServerForm {
  @state() private code = '';
  @state() private paired = false;

  override render() {
    return html`
      <form novalidate data-testid="pair-kiosk-form" @submit=${this.submit}>
        ${textField({
          name: 'pairCode',
          label: t('admin.pairCode'),
          hint: t('admin.pairCodeHint'),
          value: this.code,
          problems: this.problems,
          onInput: (value) => {
            this.code = value;
            this.paired = false;
          },
        })}
        ${
          this.paired
            ? html`<p class="hint" role="status" data-testid="pair-done">
                ${t('admin.paired')}
              </p>`
            : nothing
        }
        <button type="submit" class="primary" data-testid="pair-submit" ?disabled=${this.busy}>
          ${t('admin.pairSubmit')}
        </button>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.code.trim()) {
      this.problems = { pairCode: t('admin.pairCodeMissing') };
      return;
    }
    await this.send('pairCode', async () => {
      await api.pairKiosk(this.code);
      this.code = '';
      this.paired = true;
      this.dispatchEvent(new CustomEvent('devices-changed', { bubbles: true, composed: true }));
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-pair-kiosk-form': PairKioskForm;
  }
  interface HTMLElementEventMap {
    'devices-changed': Event;
  }
}
