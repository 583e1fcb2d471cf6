// "This phone": the name this phone goes by on the board and how it shows, what the phone may
// do in the house, and — for members who work shifts — the way in with the staff code.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Role } from '../../board/index.ts';
import type { Device } from '../session.ts';
import { controls, houseColors } from '../theme.ts';
import './profile-form.ts';
import './staff-code-form.ts';

/** What a role means, in the house's own words. */
export const ROLE_WORDS: Record<Role, string> = {
  kiosk: 'kiosk',
  member: 'member',
  staff: 'staff',
  admin: 'admin',
};

const ROLE_SENTENCES: Record<Role, string> = {
  kiosk: 'This screen is the house kiosk.',
  member: 'This phone can add to the board: chores, groups and announcements.',
  staff: 'This is a staff phone: it can add to the board and go on shift.',
  admin:
    'This is an admin phone: it can add to the board, go on shift, and look after the devices and house settings.',
};

@customElement('hb-this-phone-section')
export class ThisPhoneSection extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      h2 {
        font-size: 1.3em;
        margin: 0.4em 0 0.3em;
      }
      p {
        margin: 0.3em 0;
      }
      .role {
        color: var(--hb-muted);
      }
      .staff {
        margin-top: 1.6em;
        padding-top: 0.6em;
        border-top: 2px solid var(--hb-line);
      }
    `,
  ];

  @property({ attribute: false }) device?: Device;

  override render() {
    const device = this.device;
    if (!device) return nothing;
    return html`
      <h2>This phone</h2>
      <p class="role" data-testid="this-phone-role" data-role=${device.role}>
        ${ROLE_SENTENCES[device.role]}
      </p>
      <hb-profile-form .device=${device}></hb-profile-form>
      ${
        device.role === 'member'
          ? html`<div class="staff"><hb-staff-code-form></hb-staff-code-form></div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-this-phone-section': ThisPhoneSection;
  }
}
