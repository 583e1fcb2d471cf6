// A keyboard drawn on the wall itself, for a chore title or a short announcement: kiosk browsers
// often show no keyboard of their own. Letters with ñ and the Spanish accents, digits, a few
// marks, capitals (one tap for the next letter, two to keep them), space and delete; every key a
// big target. It holds no text: it hands each change up as a `text-change` event.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../ui/i18n/index.ts';
import { controls, houseColors } from '../ui/theme.ts';

const ROWS = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ñ'],
  ['shift', 'z', 'x', 'c', 'v', 'b', 'n', 'm', 'backspace'],
  ['á', 'é', 'í', 'ó', 'ú', ',', '.', '?', '!', "'"],
  ['-', 'space', ':'],
] as const;

type Key = (typeof ROWS)[number][number];
/** Capitals: off, for the next letter only, or kept on until tapped again. */
type Shift = 'off' | 'once' | 'lock';

/** The text after one key, with capitals as the shift says. */
export function typeKey(text: string, key: Key, shift: Shift, maxLength: number): string {
  if (key === 'backspace') return [...text].slice(0, -1).join('');
  if (key === 'shift') return text;
  const typed = key === 'space' ? ' ' : shift === 'off' ? key : key.toLocaleUpperCase();
  return [...text].length < maxLength ? text + typed : text;
}

@customElement('hb-onscreen-keyboard')
export class OnscreenKeyboard extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        display: grid;
        gap: 0.25em;
        user-select: none;
        -webkit-user-select: none;
      }
      .row {
        display: flex;
        gap: 0.25em;
        justify-content: center;
      }
      button {
        flex: 1 1 0;
        max-width: 3.2em;
        min-height: max(48px, 1.9em);
        min-width: 48px;
        padding: 0;
        border-color: var(--hb-line);
        font-weight: 600;
      }
      button:active {
        background: var(--hb-calm-tint);
      }
      [data-key='shift'],
      [data-key='backspace'] {
        max-width: 4.8em;
        flex-grow: 1.5;
      }
      [data-key='space'] {
        max-width: 16em;
        flex-grow: 6;
        font-weight: 400;
      }
      [aria-pressed='true'] {
        background: var(--hb-ink);
        border-color: var(--hb-ink);
        color: var(--hb-card);
      }
      [data-shift='lock'] {
        text-decoration: underline;
      }
    `,
  ];

  /** The text as it is now; the keyboard only ever proposes the next text. */
  @property() value = '';
  @property({ type: Number }) maxLength = 120;
  @state() private shift: Shift = 'once';

  override render() {
    return html`${ROWS.map(
      (row) => html`<div class="row">${row.map((key) => this.renderKey(key))}</div>`,
    )}`;
  }

  private renderKey(key: Key) {
    const capitals = this.shift !== 'off';
    switch (key) {
      case 'shift':
        return html`<button
          type="button"
          data-key="shift"
          data-shift=${this.shift}
          aria-pressed=${capitals ? 'true' : 'false'}
          aria-label=${t('touch.key.shift')}
          @click=${this.toggleShift}
        >
          ⇧
        </button>`;
      case 'backspace':
        return html`<button
          type="button"
          data-key="backspace"
          aria-label=${t('touch.key.backspace')}
          @click=${() => this.press(key)}
        >
          ⌫
        </button>`;
      case 'space':
        return html`<button type="button" data-key="space" @click=${() => this.press(key)}>
          ${t('touch.key.space')}
        </button>`;
      default:
        return html`<button type="button" data-key=${key} @click=${() => this.press(key)}>
          ${capitals ? key.toLocaleUpperCase() : key}
        </button>`;
    }
  }

  /** Off → the next letter → kept on → off. */
  private toggleShift(): void {
    this.shift = this.shift === 'off' ? 'once' : this.shift === 'once' ? 'lock' : 'off';
  }

  private press(key: Key): void {
    const value = typeKey(this.value, key, this.shift, this.maxLength);
    if (this.shift === 'once' && key !== 'backspace' && key !== 'space') this.shift = 'off';
    // A new sentence starts with a capital, as people expect on a phone.
    if (this.shift === 'off' && /(^|[.!?]\s)$/.test(value)) this.shift = 'once';
    this.dispatchEvent(new CustomEvent('text-change', { detail: value, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-onscreen-keyboard': OnscreenKeyboard;
  }
  interface HTMLElementEventMap {
    'text-change': CustomEvent<string>;
  }
}
