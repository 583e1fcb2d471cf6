// "Your other phones": a person who moved to a new phone lets go of the old one from here. Only
// their own phones are listed, and only when there are others. A second tap on the same row
// within a few seconds lets one go (ui/confirm-arm.ts); the arm drops after that.
import './later-words.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { OwnDevice } from '../../board/index.ts';
import { api, sentenceFor } from '../../ui/api.ts';
import { armedButtonStyles, ConfirmArm } from '../../ui/confirm-arm.ts';
import { agoWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { InViewController } from '../../ui/in-view-controller.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';

@customElement('hb-my-phones')
export class MyPhones extends LitElement {
  static override styles = [
    houseColors,
    controls,
    plainList,
    armedButtonStyles,
    css`
      :host {
        display: grid;
        gap: 0.5em;
      }
      h3,
      p {
        margin: 0;
      }
      .hint {
        color: var(--hb-muted);
      }
      li {
        display: grid;
        gap: 0.3em;
        padding: 0.5em 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .message {
        font-weight: 600;
      }
    `,
  ];

  @state() private others: OwnDevice[] = [];
  @state() private message?: string;
  private readonly arm = new ConfirmArm(this);

  constructor() {
    super();
    // Asks for the list when it comes into view (the This phone tab shown).
    new InViewController(this, { seen: () => void this.load() });
  }

  override disconnectedCallback(): void {
    this.arm.disarm();
    super.disconnectedCallback();
  }

  async load(): Promise<void> {
    try {
      this.others = (await api.myDevices()).devices.filter((d) => !d.thisOne && !d.revokedAt);
    } catch {
      // Offline: the list waits for the next look.
    }
  }

  override render() {
    if (this.others.length === 0 && !this.message) return nothing;
    return html`
      <h3>${t('mine.heading')}</h3>
      <p class="hint">${t('mine.hint')}</p>
      <ul data-testid="my-phones">
        ${this.others.map((phone) => this.row(phone))}
      </ul>
      ${this.message ? html`<p class="message" role="status">${this.message}</p>` : nothing}
    `;
  }

  private row(phone: OwnDevice) {
    const armed = this.arm.isArmed(phone.id);
    const joined = agoWords(phone.createdAt);
    return html`<li data-testid="my-phone" data-device-id=${phone.id}>
      <span>${t('mine.phone', { ago: joined })} · ${t('mine.seen', { ago: agoWords(phone.lastSeenAt) })}</span>
      <button
        type="button"
        class=${armed ? 'confirm' : ''}
        data-armed=${armed ? 'yes' : 'no'}
        data-testid="my-phone-let-go"
        @click=${() => void this.tap(phone)}
      >
        ${armed ? t('mine.sure') : t('mine.letGo', { ago: joined })}
      </button>
    </li>`;
  }

  private async tap(phone: OwnDevice) {
    if (!this.arm.tap(phone.id)) return;
    try {
      await api.letGoOfMine(phone.id);
      this.message = t('mine.gone');
    } catch (error) {
      this.message = sentenceFor(error);
    }
    await this.load();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-my-phones': MyPhones;
  }
}
