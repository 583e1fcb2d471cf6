// Right after a phone joins: a welcome, then the name the house will know it by and how that
// name may show on the wall. The name can wait ("Not now"); it can be changed any time later.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../phone/profile-form.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { houseColors } from '../../ui/theme.ts';
import { pageStyles } from './join-page.ts';

@customElement('hb-name-prompt')
export class NamePrompt extends LitElement {
  static override styles = [
    houseColors,
    pageStyles,
    css`
      :host {
        --hb-tabbar-height: 0px;
      }
    `,
  ];

  @property({ attribute: false }) device?: Device;

  override render() {
    const house = this.device?.houseName;
    const welcome = this.device?.role === 'admin' ? t('join.adminNow') : '';
    return html`<main class="page" data-testid="name-prompt">
      <h1>${house ? t('join.welcomeTo', { house }) : t('join.welcome')}</h1>
      ${welcome ? html`<p class="muted">${welcome}</p>` : null}
      <hb-profile-form
        .device=${this.device}
        .heading=${t('join.oneThing')}
        .saveWords=${t('join.done')}
        skippable
      ></hb-profile-form>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-name-prompt': NamePrompt;
  }
}
