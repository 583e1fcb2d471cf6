// "I had a phone here before": on a new phone, the person types the code their old phone shows
// and is themselves here — same name, same rights, what they said they would do. Quiet until
// asked for, under the way to join by the kiosk's code (../phone/code-entry-form.ts).
import '../phone/later-words.ts';
import { css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { api } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import type { Device } from '../../ui/session.ts';
import { type CodeEntry, CodeEntryForm } from '../phone/code-entry-form.ts';

@customElement('hb-move-in-form')
export class MoveInForm extends CodeEntryForm {
  static override styles = [
    ...CodeEntryForm.styles,
    css`
      /* In the join page's grid, the field's own width never pushes the page sideways. */
      :host {
        display: block;
        min-width: 0;
      }
      .field {
        min-width: 0;
      }
      h2 {
        margin: 0 0 0.4em;
        font-size: 1.25em;
      }
      /* A short page: the buttons stay under the field instead of sticking to the screen. */
      .actions {
        position: static;
        flex-wrap: wrap;
      }
      .actions button,
      .actions .primary {
        flex: 1 1 auto;
      }
      input {
        box-sizing: border-box;
        width: 100%;
        min-width: 0;
        font-size: 1.3em;
        letter-spacing: 0.06em;
        text-transform: uppercase;
      }
    `,
  ];

  protected override get entry(): CodeEntry {
    return {
      name: 'moveCode',
      prefix: 'move-in',
      open: t('move.hadPhone'),
      heading: true,
      label: t('move.code'),
      hint: t('move.hadPhoneHint'),
      autocomplete: 'one-time-code',
      back: { words: t('move.back'), testid: 'move-in-back' },
      submit: t('move.submit'),
      missing: t('move.codeMissing'),
    };
  }

  protected override async enter(code: string): Promise<void> {
    const { device } = await api.moveHere(code);
    this.dispatchEvent(
      new CustomEvent<Device>('device-moved', { detail: device, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-move-in-form': MoveInForm;
  }
  interface HTMLElementEventMap {
    'device-moved': CustomEvent<Device>;
  }
}
