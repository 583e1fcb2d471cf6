// The admin's list of the house's devices: who each one is, what it may do, when it was last
// seen — and letting one go, with a confirming second tap. A phone that is let go closes at once.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Role } from '../../board/index.ts';
import { api, type DeviceListing, sentenceFor } from '../../ui/api.ts';
import { agoWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { ROLE_WORDS } from './this-phone-section.ts';

const REFRESH_MS = 30_000;
const ROLE_ORDER: Role[] = ['kiosk', 'admin', 'staff', 'member'];

export function deviceName(device: Pick<DeviceListing, 'name' | 'role'>): string {
  return device.name?.trim() || (device.role === 'kiosk' ? t('admin.kiosk') : t('admin.unnamed'));
}

@customElement('hb-device-list')
export class DeviceList extends LitElement {
  static override styles = [
    houseColors,
    controls,
    plainList,
    css`
      :host {
        display: block;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em 0.6em;
        padding: 0.5em 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
      }
      .who {
        flex: 1 1 10em;
        min-width: 0;
      }
      .who strong {
        display: block;
        overflow-wrap: anywhere;
      }
      .who span {
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      button.confirm {
        background: var(--hb-error);
        border-color: var(--hb-error);
        color: var(--hb-card);
        font-weight: 600;
      }
      .message {
        margin: 0.6em 0 0;
        font-weight: 600;
      }
      .message.bad {
        color: var(--hb-error);
      }
      .empty {
        color: var(--hb-muted);
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) me?: Device;
  /** Loads while true (the Admin tab is showing), and every half minute after. */
  @property({ type: Boolean }) active = false;

  @state() private devices?: DeviceListing[];
  @state() private confirming?: string;
  @state() private message?: { words: string; bad?: boolean };
  private timer?: ReturnType<typeof setInterval>;

  /** Asks the server for the list again (e.g. after pairing a kiosk). */
  async load(): Promise<void> {
    try {
      const { devices } = await api.devices();
      this.devices = devices
        .filter((device) => !device.revokedAt)
        .sort(
          (a, b) =>
            ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || b.lastSeenAt - a.lastSeenAt,
        );
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('active')) return;
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.active) {
      void this.load();
      this.timer = setInterval(() => void this.load(), REFRESH_MS);
    } else {
      this.confirming = undefined;
    }
  }

  override disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  override render() {
    const devices = this.devices;
    const now = serverNow();
    return html`
      ${
        devices === undefined
          ? html`<p class="empty">${t('admin.lookingUp')}</p>`
          : html`<ul data-testid="admin-devices">
              ${devices.map((device) => this.renderDevice(device, now))}
            </ul>`
      }
      ${
        this.message
          ? html`<p
              class="message ${this.message.bad ? 'bad' : ''}"
              role="status"
              data-testid="devices-message"
            >
              ${this.message.words}
            </p>`
          : nothing
      }
    `;
  }

  private renderDevice(device: DeviceListing, now: number) {
    const self = device.id === this.me?.id;
    const confirming = this.confirming === device.id;
    return html`<li data-testid="device-row" data-device-id=${device.id} data-role=${device.role}>
      <div class="who">
        <strong>${deviceName(device)}${self ? ` ${t('admin.thisPhone')}` : ''}</strong>
        <span
          >${t(ROLE_WORDS[device.role])} ·
          ${t('admin.lastSeen', { ago: agoWords(device.lastSeenAt, now) })}</span
        >
      </div>
      ${
        self
          ? nothing
          : html`<button
              type="button"
              class=${confirming ? 'confirm' : ''}
              data-testid="device-revoke"
              @click=${() => this.revoke(device)}
            >
              ${confirming ? t('admin.revokeAgain') : t('admin.revoke')}
            </button>`
      }
    </li>`;
  }

  private async revoke(device: DeviceListing) {
    if (this.confirming !== device.id) {
      this.confirming = device.id;
      return;
    }
    this.confirming = undefined;
    try {
      await api.revoke(device.id);
      this.message = {
        words: t('admin.revoked', { name: deviceName(device) }),
      };
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
    await this.load();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-device-list': DeviceList;
  }
}
