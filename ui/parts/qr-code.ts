// A QR code drawn as an SVG of plain rectangles from a Lit template — no markup is ever built
// from text, so nothing in the encoded address can become part of the page.
import { generate, mode } from 'lean-qr';
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';

/** The light border a scanner needs around the code, in modules. */
const QUIET_ZONE = 4;

interface Run {
  x: number;
  y: number;
  width: number;
}

/**
 * The encodings a code may use: every address fits these. Left out is Shift-JIS, whose test
 * builds a table of 7,973 characters on first use: about 40 ms of a small wall's first minute.
 */
const MODES = [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8];

/** The dark modules of a QR code as runs along each row: far fewer shapes than one per module. */
export function qrRuns(text: string): { size: number; runs: Run[] } {
  const code = generate(text, { modes: MODES });
  const runs: Run[] = [];
  for (let y = 0; y < code.size; y++) {
    let start = -1;
    for (let x = 0; x <= code.size; x++) {
      const dark = x < code.size && code.get(x, y);
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return { size: code.size, runs };
}

@customElement('hb-qr-code')
export class QrCode extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: 100%;
    }
  `;

  /** What the code says, e.g. the address a phone opens. */
  @property() text = '';
  /** Read aloud in place of the picture. */
  @property() label?: string;

  override render() {
    if (!this.text) return null;
    const { size, runs } = qrRuns(this.text);
    const side = size + 2 * QUIET_ZONE;
    // The <svg> element itself belongs in an html template; its children in svg templates.
    return html`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${side} ${side}"
      shape-rendering="crispEdges"
      role="img"
      aria-label=${this.label ?? t('common.qrCode')}
    >
      <!-- The card's warm off-white, not full white: the wall shows this block all day (and a
           warm beige on the board by night, still light enough for a scanner). -->
      <rect width=${side} height=${side} style="fill: var(--hb-qr-paper, var(--hb-card, #fbf8f1))"></rect>
      ${runs.map(
        (run) =>
          svg`<rect x=${run.x + QUIET_ZONE} y=${run.y + QUIET_ZONE} width=${run.width} height="1" fill="#000000"></rect>`,
      )}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-qr-code': QrCode;
  }
}
