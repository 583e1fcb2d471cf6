// "Move to a new phone": the person asks for a code, and this phone shows it big, with the one
// step to take on the new phone; under it, the person's other phones, to let an old one go. The code works once, for ten minutes; it is not kept on screen
// for the next person who picks the phone up.
import './later-words.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, sentenceFor } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { bigCode, bigCodeStyles } from './big-code.ts';
import './my-phones.ts';

/** How long the code shows: its ten minutes, as this phone's own clock counts them. */
const MOVE_CODE_SHOWN_MS = 10 * 60_000;

@customElement('hb-move-phone-panel')
export class MovePhonePanel extends LitElement {
  static override styles = [
    houseColors,
    controls,
    bigCodeStyles,
    css`
      :host {
        display: grid;
        gap: 0.6em;
      }
      h2 {
        margin: 0;
      }
      p {
        margin: 0;
      }
      .hint {
        color: var(--hb-muted);
      }
      .steps {
        font-size: 1.1em;
        font-weight: 600;
      }
      .address {
        overflow-wrap: anywhere;
      }
      .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    `,
  ];

  @state() private code?: string;
  @state() private problem?: string;
  @state() private busy = false;
  private expiry?: ReturnType<typeof setTimeout>;

  override render() {
    return html`
      <h2 id="move-heading">${t('move.open')}</h2>
      ${this.code ? this.shown(this.code) : this.asking()}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <hb-my-phones></hb-my-phones>
    `;
  }

  private asking() {
    return html`<p class="hint">${t('move.openHint')}</p>
      <div class="row">
        <button type="button" data-testid="move-open" ?disabled=${this.busy} @click=${this.make}>
          ${t('move.open')}
        </button>
      </div>`;
  }

  private shown(code: string) {
    return html`<div data-testid="move-code-panel" role="group" aria-labelledby="move-heading">
      <p>${t('move.codeLabel')}</p>
      ${bigCode(code, 'move-code')}
      <p class="steps">${t('move.steps')}</p>
      <p class="address">${t('move.address', { address: location.host })}</p>
      <p>${t('move.validFor')}</p>
      <p class="hint">${t('move.keepsWorking')}</p>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="move-done"
          @click=${() => {
            this.code = undefined;
          }}
        >
          ${t('move.done')}
        </button>
      </div>
    </div>`;
  }

  private async make() {
    this.busy = true;
    try {
      const made = await api.moveCode();
      this.code = made.code;
      this.problem = undefined;
      // A code that has run out is not left on screen to be typed in vain.
      clearTimeout(this.expiry);
      this.expiry = setTimeout(() => {
        this.code = undefined;
      }, MOVE_CODE_SHOWN_MS);
    } catch (error) {
      this.problem = sentenceFor(error);
    } finally {
      this.busy = false;
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.expiry);
    this.code = undefined;
    super.disconnectedCallback();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-move-phone-panel': MovePhonePanel;
  }
}
