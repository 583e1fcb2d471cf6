// The admin's house calendar link: the address people add to their own calendar apps to see the
// house's groups, outings and house meetings (server/http/calendar-feed-route.ts). Copy it, or
// make a new one when it went somewhere it should not: two taps (ui/confirm-arm.ts), since the
// old link then stops working for everyone who added it.
import './later-words.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { api, sentenceFor } from '../../ui/api.ts';
import { armedButtonStyles, ConfirmArm } from '../../ui/confirm-arm.ts';
import { t } from '../../ui/i18n/index.ts';
import { controls, houseColors } from '../../ui/theme.ts';

@customElement('hb-calendar-link-panel')
export class CalendarLinkPanel extends LitElement {
  static override styles = [
    houseColors,
    controls,
    armedButtonStyles,
    css`
      :host {
        display: grid;
        gap: 0.6em;
      }
      h3 {
        font-size: 1.1em;
        margin: 0.6em 0 0;
      }
      p {
        margin: 0;
      }
      .hint {
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      label {
        display: grid;
        gap: 0.3em;
        font-weight: 600;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        min-height: 48px;
        font-family: ui-monospace, monospace;
        font-size: 0.9em;
        word-break: break-all;
        resize: none;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .actions button {
        min-height: 48px;
        max-width: 100%;
      }
      .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
    `,
  ];

  @state() private url?: string;
  @state() private message?: string;
  @state() private problem?: string;
  @state() private busy = false;
  @query('textarea') private input?: HTMLTextAreaElement;
  private readonly arm = new ConfirmArm(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    this.arm.disarm();
    super.disconnectedCallback();
  }

  private async load() {
    try {
      this.url = (await api.calendarLink()).url;
      this.problem = undefined;
    } catch (error) {
      this.problem = sentenceFor(error);
    }
  }

  override render() {
    const armed = this.arm.isArmed('renew');
    return html`
      <h3>${t('calendar.heading')}</h3>
      <p class="hint">${t('calendar.hint')}</p>
      ${
        this.url
          ? html`<label>
              ${t('calendar.linkLabel')}
              <textarea
                readonly
                rows="3"
                data-testid="calendar-link"
                .value=${this.url}
                @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
              ></textarea>
            </label>`
          : this.problem
            ? nothing
            : html`<p role="status">${t('calendar.loading')}</p>`
      }
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="calendar-link-copy"
          ?disabled=${!this.url}
          @click=${this.copy}
        >
          ${t('calendar.copy')}
        </button>
        <button
          type="button"
          class=${armed ? 'confirm' : ''}
          data-testid="calendar-link-renew"
          ?disabled=${this.busy}
          @click=${this.renew}
        >
          ${armed ? t('calendar.renewSure') : t('calendar.renew')}
        </button>
      </div>
      ${this.message ? html`<p role="status" data-testid="calendar-link-message">${this.message}</p>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
    `;
  }

  private async copy() {
    if (!this.url) return;
    this.arm.disarm();
    try {
      await navigator.clipboard.writeText(this.url);
      this.message = t('calendar.copied');
    } catch {
      // No clipboard here (plain http on a house network): the link is selected to copy by hand.
      this.input?.focus();
      this.input?.select();
      this.message = t('calendar.copyByHand');
    }
  }

  private async renew() {
    if (!this.arm.tap('renew')) return;
    this.busy = true;
    try {
      this.url = (await api.newCalendarLink()).url;
      this.problem = undefined;
      this.message = t('calendar.renewed');
    } catch (error) {
      this.problem = sentenceFor(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-calendar-link-panel': CalendarLinkPanel;
  }
}
