// The next house meeting's agenda, in Today above the groups (placeholder: the agenda's own file replaces it).
// Takes what every section of the phone takes: the house, this device and the time.
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HouseConnection } from '../../ui/connection.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { tabStyles } from './tab-styles.ts';

@customElement('hb-agenda-panel')
export class AgendaPanel extends LitElement {
  static override styles = tabStyles;

  @property({ attribute: false }) house?: HouseConnection;
  @property({ attribute: false }) device?: Device;
  @property({ attribute: false }) now = Date.now();

  override render() {
    return html`<h2>${t('phoneTabs.agenda')}</h2>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-agenda-panel': AgendaPanel;
  }
}
