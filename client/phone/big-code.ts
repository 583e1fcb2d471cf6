// A code shown big for someone to copy onto another phone by eye (a staff code, a move code):
// monospace, well spaced, selectable whole, and breaking only after its dash when the screen is
// too narrow for one line.
import { css, html } from 'lit';
import { formatCode } from '../../board/wire.ts';

export const bigCodeStyles = css`
  .code {
    font-size: 2.4em;
    font-weight: 700;
    letter-spacing: 0.08em;
    font-variant-numeric: tabular-nums;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    text-align: center;
    padding: 0.3em 0.2em;
    border: 3px solid var(--hb-done);
    border-radius: 0.4em;
    background: var(--hb-card);
    user-select: all;
  }
  .code span {
    white-space: nowrap;
  }
`;

/** "ABCD-EF23" in a `.code` paragraph, read out when it appears. */
export function bigCode(code: string, testid: string) {
  const [first, second] = formatCode(code).split('-');
  const lines =
    second === undefined ? first : html`<span>${first}-</span><wbr /><span>${second}</span>`;
  return html`<p class="code" data-testid=${testid} aria-live="polite">${lines}</p>`;
}
