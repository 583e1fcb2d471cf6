// The admin's list of the house's devices: who each one is, what it may do, whether it is
// connected now or when it was last seen — and letting one go, with a second tap on the same
// button within a few seconds. Each button says which device it is for; the rows keep their
// order, so a refresh never moves another device under a finger. A phone let go closes at once.
import './later-words.ts';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { type Role, readSettings } from '../../board/index.ts';
import { api, type DeviceListing, type ListedDevice, sentenceFor } from '../../ui/api.ts';
import { armedButtonStyles, ConfirmArm } from '../../ui/confirm-arm.ts';
import { DocController } from '../../ui/doc-controller.ts';
import { agoWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { deviceWords } from './device-words.ts';
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
    armedButtonStyles,
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
      button.revoke {
        max-width: 100%;
        text-align: left;
        overflow-wrap: anywhere;
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
  /** The house's settings: its time zone says the day a device joined, when that tells two apart. */
  @property({ attribute: false }) settings?: Y.Doc;

  @state() private devices?: ListedDevice[];
  @state() private message?: { words: string; bad?: boolean };
  private timer?: ReturnType<typeof setInterval>;
  /** The device whose button waits for its second tap: a tap on another row only puts it back. */
  private readonly arm = new ConfirmArm(this, { otherKeyDisarms: true });
  /** A phone put away (locked, another app) holds its timers: the arm must not outlive that. */
  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') this.arm.disarm();
  };

  constructor() {
    super();
    // The settings arrive after the first render on a fresh phone: the words follow the zone.
    new DocController(this, () => [this.settings]);
  }

  /** Asks the server for the list again (e.g. after pairing a kiosk). */
  async load(): Promise<void> {
    try {
      const { devices } = await api.devices();
      // Kiosks, admins, staff, members, each in the order they joined: an order a refresh keeps.
      this.devices = devices
        .filter((device) => !device.revokedAt)
        .sort(
          (a, b) =>
            ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
            a.createdAt - b.createdAt ||
            a.id.localeCompare(b.id),
        );
      const armed = this.arm.armedKey;
      if (armed && !this.devices.some((device) => device.id === armed)) this.arm.disarm();
    } catch (error) {
      this.message = { words: sentenceFor(error), bad: true };
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onHidden);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('active')) return;
    clearInterval(this.timer);
    this.timer = undefined;
    // Not when Lit updates it once more after it left the page: nothing would stop the timer.
    if (this.active && this.isConnected) {
      void this.load();
      this.timer = setInterval(() => void this.load(), REFRESH_MS);
    } else {
      this.arm.disarm();
    }
  }

  override disconnectedCallback(): void {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.onHidden);
    this.arm.disarm();
    super.disconnectedCallback();
  }

  override render() {
    const devices = this.devices;
    const now = serverNow();
    const zone = this.settings ? readSettings(this.settings).timeZone : 'UTC';
    const words = deviceWords(devices ?? [], zone);
    return html`
      ${
        devices === undefined
          ? html`<p class="empty">${t('admin.lookingUp')}</p>`
          : html`<ul data-testid="admin-devices">
              ${devices.map((device) => this.renderDevice(device, words.get(device.id) ?? '', now))}
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

  private renderDevice(device: ListedDevice, words: string, now: number) {
    const self = device.id === this.me?.id;
    const armed = this.arm.isArmed(device.id);
    const seen = device.connected
      ? t('devices.connectedNow')
      : t('admin.lastSeen', { ago: agoWords(device.lastSeenAt, now) });
    return html`<li
      data-testid="device-row"
      data-device-id=${device.id}
      data-role=${device.role}
      data-connected=${device.connected ? 'yes' : 'no'}
    >
      <div class="who">
        <strong>${deviceName(device)}${self ? ` ${t('admin.thisPhone')}` : ''}</strong>
        <span data-testid="device-seen">${t(ROLE_WORDS[device.role])} · ${seen}</span>
      </div>
      ${
        self
          ? nothing
          : html`<button
              type="button"
              class=${armed ? 'revoke confirm' : 'revoke'}
              data-testid="device-revoke"
              data-armed=${armed ? 'yes' : 'no'}
              @click=${() => this.tap(device)}
            >
              ${armed ? t('devices.letGoAgain', { device: words }) : t('devices.letGo', { device: words })}
            </button>`
      }
    </li>`;
  }

  /**
   * A first tap arms this row's button; a second on the same button in time lets the device go
   * (ui/confirm-arm.ts). A tap on another row's button while one is armed only puts the armed one
   * back, and says so: a slip never lets any device go.
   */
  private tap(device: ListedDevice) {
    const other = this.arm.armedKey !== undefined && !this.arm.isArmed(device.id);
    if (this.arm.tap(device.id)) {
      void this.revoke(device);
      return;
    }
    this.message = other ? { words: t('devices.armDropped') } : undefined;
  }

  private async revoke(device: DeviceListing) {
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
