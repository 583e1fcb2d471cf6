// Stands in for one item or card that could not be shown, so one bad record never blanks a
// screen. Small and calm — no alarm colour: the rest of the board carries on around it.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { houseColors } from '../theme.ts';

@customElement('hb-problem-card')
export class ProblemCard extends LitElement {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      div {
        padding: 0.35em 0.6em;
        border: 2px dashed var(--hb-line);
        border-radius: 0.5em;
        color: var(--hb-muted);
        font-size: var(--hb-small-text, 0.85em);
      }
      small {
        display: block;
        color: var(--hb-muted);
      }
    `,
  ];

  /** A plain reason, when there is one worth showing. */
  @property() reason?: string;

  override render() {
    return html`<div data-testid="problem-card" role="note">
      ${t('offline.partNotShown')}${this.reason ? html`<small>${this.reason}</small>` : null}
    </div>`;
  }
}

/** Renders `draw()`, or a problem card if it throws, and tells the console why. */
export function drawSafely<T>(draw: () => T, what: string) {
  try {
    return draw();
  } catch (error) {
    console.error(`Could not show ${what}`, error);
    return html`<hb-problem-card></hb-problem-card>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-problem-card': ProblemCard;
  }
}
