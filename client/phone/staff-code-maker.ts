// A new staff code, made on request and shown once, large, for the admin to pass on in person.
// Making one retires the code before it; phones that are already staff stay staff.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatCode } from '../../board/wire.ts';
import { api, sentenceFor } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { controls, houseColors } from '../../ui/theme.ts';

@customElement('hb-staff-code-maker')
export class StaffCodeMaker extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: grid;
        gap: 0.6em;
      }
      p {
        margin: 0;
      }
      .hint {
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      .code {
        font-size: 2.2em;
        font-weight: 700;
        letter-spacing: 0.08em;
        font-variant-numeric: tabular-nums;
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        text-align: center;
        padding: 0.3em 0.2em;
        border: 3px solid var(--hb-done);
        border-radius: 0.4em;
        background: var(--hb-card);
        user-select: all;
      }
      .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
    `,
  ];

  @state() private code?: string;
  @state() private problem?: string;
  @state() private busy = false;

  override render() {
    return html`
      <p class="hint">${t('admin.staffCodeHint')}</p>
      ${
        this.code
          ? html`<p class="code" data-testid="staff-code-shown" aria-live="polite">
                ${formatCode(this.code)}
              </p>
              <p>${t('admin.staffCodeOnce')}</p>`
          : nothing
      }
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <button type="button" data-testid="staff-code-new" ?disabled=${this.busy} @click=${this.make}>
        ${t('admin.staffCodeNew')}
      </button>
    `;
  }

  private async make() {
    this.busy = true;
    try {
      this.code = (await api.newStaffCode()).code;
      this.problem = undefined;
    } catch (error) {
      this.problem = sentenceFor(error);
    } finally {
      this.busy = false;
    }
  }

  override disconnectedCallback(): void {
    // Shown once: not kept on the screen for the next person who picks the phone up.
    this.code = undefined;
    super.disconnectedCallback();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-staff-code-maker': StaffCodeMaker;
  }
}
