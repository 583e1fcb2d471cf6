// A new staff code, made on request and shown once, large, for the admin to pass on in person.
// Making one retires the code before it; phones that are already staff stay staff. The server
// keeps only a hash, so "again" can only mean a new code: asked for behind a confirm that says so.
// The code goes from the screen when the admin says they have it, leaves the Admin tab, puts the
// phone away, or after a few minutes, whichever comes first.
import './later-words.ts';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, sentenceFor } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { TimeoutController } from '../../ui/timeout-controller.ts';
import { bigCode, bigCodeStyles } from './big-code.ts';

/** The longest a code stays on the screen, for someone who walked away from it. */
export const STAFF_CODE_SHOWN_MS = 5 * 60_000;

type Step = 'idle' | 'asking' | 'shown';

@customElement('hb-staff-code-maker')
export class StaffCodeMaker extends LitElement {
  static override styles = [
    houseColors,
    controls,
    bigCodeStyles,
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
      .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
      .ask {
        display: grid;
        gap: 0.5em;
        padding: 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .actions button {
        max-width: 100%;
      }
    `,
  ];

  @state() private step: Step = 'idle';
  @state() private code?: string;
  /** Said once a shown code went away, until the next code is asked for. */
  @state() private wentAway = false;
  @state() private problem?: string;
  @state() private busy = false;
  private readonly hideLater = new TimeoutController(this);
  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') this.hide();
  };

  override render() {
    return html`
      <p class="hint">${t('admin.staffCodeHint')}</p>
      ${this.step === 'shown' && this.code ? this.shown(this.code) : nothing}
      ${this.step === 'asking' ? this.asking() : nothing}
      ${
        this.wentAway && this.step === 'idle'
          ? html`<p data-testid="staff-code-hidden">${t('devices.staffCodeHidden')}</p>`
          : nothing
      }
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        this.step === 'idle'
          ? html`<button
              type="button"
              data-testid="staff-code-new"
              @click=${() => {
                this.step = 'asking';
                this.problem = undefined;
              }}
            >
              ${t('admin.staffCodeNew')}
            </button>`
          : nothing
      }
    `;
  }

  private shown(code: string) {
    return html`${bigCode(code, 'staff-code-shown')}
      <p>${t('admin.staffCodeOnce')}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="staff-code-done" @click=${this.hide}>
          ${t('devices.staffCodeDone')}
        </button>
      </div>`;
  }

  private asking() {
    return html`<div class="ask" data-testid="staff-code-ask">
      <p>${t('devices.staffCodeAsk')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="staff-code-confirm"
          ?disabled=${this.busy}
          @click=${this.make}
        >
          ${t('devices.staffCodeYes')}
        </button>
        <button
          type="button"
          data-testid="staff-code-keep"
          @click=${() => {
            this.step = 'idle';
          }}
        >
          ${t('form.cancel')}
        </button>
      </div>
    </div>`;
  }

  private async make() {
    this.busy = true;
    try {
      this.code = (await api.newStaffCode()).code;
      this.problem = undefined;
      this.wentAway = false;
      this.step = 'shown';
      this.hideLater.start(STAFF_CODE_SHOWN_MS, () => this.hide());
    } catch (error) {
      this.problem = sentenceFor(error);
      this.step = 'idle';
    } finally {
      this.busy = false;
    }
  }

  /** The code goes from the screen, for good: the server cannot show it again. */
  private hide() {
    this.hideLater.stop();
    if (this.step !== 'shown') return;
    this.code = undefined;
    this.step = 'idle';
    this.wentAway = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The focus follows the step: to the confirm when asked, to the way back in when done.
    if (!changed.has('step' as keyof StaffCodeMaker)) return;
    const next = { idle: 'staff-code-new', asking: 'staff-code-keep', shown: 'staff-code-done' }[
      this.step
    ];
    if (changed.get('step' as keyof StaffCodeMaker) === undefined) return;
    this.renderRoot.querySelector<HTMLElement>(`[data-testid="${next}"]`)?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onHidden);
  }

  override disconnectedCallback(): void {
    // Shown once: not kept on the screen for the next person who picks the phone up.
    document.removeEventListener('visibilitychange', this.onHidden);
    this.code = undefined;
    this.step = 'idle';
    super.disconnectedCallback();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-staff-code-maker': StaffCodeMaker;
  }
}
