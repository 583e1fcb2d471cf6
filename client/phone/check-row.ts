// A tick box with its words as one big target (the whole row is the label, at least 48 px high):
// for a switch ("Show on the wall on the day") or one of a list ("Cards on the wall").
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface CheckRowOptions {
  id: string;
  words: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A switch is said as on or off; a box in a list as ticked or not. */
  asSwitch?: boolean;
  disabled?: boolean;
  hint?: string;
  testid?: string;
}

export function checkRow(o: CheckRowOptions) {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<label class="check" for=${o.id}>
    <input
      id=${o.id}
      type="checkbox"
      role=${ifDefined(o.asSwitch ? 'switch' : undefined)}
      data-testid=${o.testid ?? o.id}
      aria-describedby=${ifDefined(hintId)}
      ?disabled=${!!o.disabled}
      .checked=${live(o.checked)}
      @change=${(event: Event) => o.onChange((event.target as HTMLInputElement).checked)}
    />
    <span>
      ${o.words}
      ${o.hint ? html`<span class="hint" id=${hintId}>${o.hint}</span>` : nothing}
    </span>
  </label>`;
}

export const checkRowStyles = css`
  label.check {
    display: flex;
    align-items: flex-start;
    gap: 0.7em;
    min-height: 48px;
    padding: 0.2em 0;
    cursor: pointer;
    font-weight: 600;
  }
  label.check input {
    flex: none;
    width: 1.6em;
    height: 1.6em;
    min-height: 0;
    /* Beside the first line of the words, however many lines they wrap to. */
    margin: 0;
    padding: 0;
    accent-color: var(--hb-done);
  }
  label.check .hint {
    display: block;
    font-weight: 400;
  }
`;
