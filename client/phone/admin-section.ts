// The Admin tab, on admin phones only: the house's devices, pairing a kiosk, a new staff code,
// the house settings, and asking the kiosks to reload.
import './later-words.ts';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api, sentenceFor } from '../../ui/api.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { canInstall } from '../install/register.ts';
import './calendar-link-panel.ts';
import './device-list.ts';
import type { DeviceList } from './device-list.ts';
import './house-settings-form.ts';
import './pair-kiosk-form.ts';
import './same-person-form.ts';
import './staff-code-maker.ts';
import { tabStyles } from './tab-styles.ts';

@customElement('hb-admin-section')
export class AdminSection extends LitElement {
  static override styles = [
    houseColors,
    controls,
    tabStyles,
    css`
      :host {
        padding-bottom: 1.5em;
      }
      section {
        margin-bottom: 1.6em;
      }
      section + section {
        padding-top: 0.4em;
        border-top: 2px solid var(--hb-line);
      }
      h3 {
        font-size: 1.1em;
        margin: 0.6em 0 0.5em;
      }
      .hint {
        margin: 0 0 0.6em;
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      .status {
        margin: 0.5em 0 0;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) house?: HouseConnection;
  @property({ attribute: false }) device?: Device;
  /** True while the Admin tab is the one showing. */
  @property({ type: Boolean }) active = false;

  @state() private reloadWords?: string;
  @query('hb-device-list') private deviceList?: DeviceList;

  override render() {
    return html`
      <h2>${t('tab.admin')}</h2>
      <section data-testid="admin-devices-section">
        <h3>${t('admin.devices')}</h3>
        <p class="hint">${t('admin.devicesHint')}</p>
        <hb-device-list
          .me=${this.device}
          .active=${this.active}
          .settings=${this.house?.docs.settings}
        ></hb-device-list>
      </section>
      <section @devices-changed=${() => void this.deviceList?.load()}>
        ${this.active ? html`<hb-same-person-form level="3" .me=${this.device}></hb-same-person-form>` : nothing}
      </section>
      <section @devices-changed=${() => void this.deviceList?.load()}>
        <h3>${t('admin.pair')}</h3>
        <hb-pair-kiosk-form></hb-pair-kiosk-form>
      </section>
      <section>
        <h3>${t('admin.staffCode')}</h3>
        ${this.active ? html`<hb-staff-code-maker></hb-staff-code-maker>` : nothing}
      </section>
      <section>${this.active ? html`<hb-calendar-link-panel></hb-calendar-link-panel>` : nothing}</section>
      <section>
        <h3>${t('admin.houseSettings')}</h3>
        <hb-house-settings-form
          .doc=${this.house?.docs.settings}
          .active=${this.active}
        ></hb-house-settings-form>
      </section>
      <section>
        <h3>${t('admin.kiosks')}</h3>
        <p class="hint">${t('admin.kiosksHint')}</p>
        <button type="button" data-testid="reload-kiosks" @click=${this.reloadKiosks}>
          ${t('admin.reload')}
        </button>
        ${
          this.reloadWords
            ? html`<p class="status" role="status" data-testid="reload-status">${this.reloadWords}</p>`
            : nothing
        }
      </section>
      ${this.installing()}
    `;
  }

  /** Whether phones can install the board here, and when they cannot, why, in plain words. */
  private installing() {
    const secure = canInstall();
    return html`<section data-testid="install-section">
      <h3>${t('install.heading')}</h3>
      <p
        class=${secure ? 'hint' : 'status'}
        data-testid="install-notice"
        data-secure=${secure ? 'yes' : 'no'}
      >
        ${secure ? t('install.secure') : t('install.insecure')}
      </p>
    </section>`;
  }

  private async reloadKiosks() {
    try {
      await api.reloadKiosks();
      this.reloadWords = t('admin.reloaded');
    } catch (error) {
      this.reloadWords = sentenceFor(error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-admin-section': AdminSection;
  }
}
