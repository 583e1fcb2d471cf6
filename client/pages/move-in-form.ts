// "I had a phone here before": on a new phone, the person types the code their old phone shows
// and is themselves here — same name, same rights, what they said they would do. Quiet until
// asked for, under the way to join by the kiosk's code.
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { textField } from '../phone/fields.ts';
import { ServerForm } from '../phone/server-form.ts';

@customElement('hb-move-in-form')
export class MoveInForm extends ServerForm {
  static override styles = [
    ...ServerForm.styles,
    css`
      /* In the join page's grid, the field's own width never pushes the page sideways. */
      :host {
        display: block;
        min-width: 0;
      }
      .field {
        min-width: 0;
      }
      h2 {
        margin: 0 0 0.4em;
        font-size: 1.25em;
      }
      /* A short page: the buttons stay under the field instead of sticking to the screen. */
      .actions {
        position: static;
        flex-wrap: wrap;
      }
      .actions button,
      .actions .primary {
        flex: 1 1 auto;
      }
      input {
        box-sizing: border-box;
        width: 100%;
        min-width: 0;
        font-size: 1.3em;
        letter-spacing: 0.06em;
        text-transform: uppercase;
      }
    `,
  ];

  @state() private open = false;
  @state() private code = '';

  override render() {
    if (!this.open) {
      return html`<button
        type="button"
        data-testid="move-in-open"
        @click=${() => {
          this.open = true;
        }}
      >
        ${t('move.hadPhone')}
      </button>`;
    }
    return html`
      <form novalidate data-testid="move-in-form" aria-labelledby="move-in-heading" @submit=${this.submit}>
        <h2 id="move-in-heading">${t('move.hadPhone')}</h2>
        ${textField({
          name: 'moveCode',
          label: t('move.code'),
          hint: t('move.hadPhoneHint'),
          value: this.code,
          problems: this.problems,
          autocomplete: 'one-time-code',
          onInput: (value) => {
            this.code = value;
          },
        })}
        <div class="actions">
          <button
            type="button"
            data-testid="move-in-back"
            @click=${() => {
              this.open = false;
              this.problems = {};
            }}
          >
            ${t('move.back')}
          </button>
          <button type="submit" class="primary" data-testid="move-in-submit" ?disabled=${this.busy}>
            ${t('move.submit')}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.code.trim()) {
      this.problems = { moveCode: t('move.codeMissing') };
      return;
    }
    await this.send('moveCode', async () => {
      const { device } = await api.moveHere(this.code);
      this.code = '';
      this.dispatchEvent(
        new CustomEvent<Device>('device-moved', { detail: device, bubbles: true, composed: true }),
      );
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-move-in-form': MoveInForm;
  }
  interface HTMLElementEventMap {
    'device-moved': CustomEvent<Device>;
  }
}
