// Form fields as small template functions, so a label, its input and the validator's sentence
// share one shadow root (labels work, screen readers hear the sentence with the field).
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { t } from '../../ui/i18n/index.ts';
import { typedClock } from './typed-time.ts';

/** A form's problems by field, each already in the screen's language (say, sentenceFor, t). */
export type Problems = Record<string, string>;

export interface TextFieldOptions {
  /** The field's name, as the validator names it in a ValidationError. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problems: Problems;
  optional?: boolean;
  hint?: string;
  /** A date has a field of its own (date-field.ts `dateField`). */
  type?: 'text' | 'time' | 'number';
  multiline?: boolean;
  /** Shows "12 / 500" as the person types, without cutting off what they paste. */
  limit?: number;
  testid?: string;
  autocomplete?: string;
}

/**
 * A text field bound to one key of a form's draft: it shows the draft's value and hands back a
 * new draft as the person types.
 */
export function draftField<D extends Record<K, string>, K extends keyof D & string>(
  draft: D,
  key: K,
  onDraft: (next: D) => void,
  options: Omit<TextFieldOptions, 'value' | 'onInput' | 'name'> & { name?: string },
) {
  return textField({
    name: key,
    ...options,
    value: draft[key],
    onInput: (value) => onDraft({ ...draft, [key]: value }),
  });
}

export function problemLine(problems: Problems, name: string) {
  const problem = problems[name];
  return problem
    ? html`<p class="problem" id="${name}-problem" data-testid="problem-${name}" role="alert">
        ${problem}
      </p>`
    : nothing;
}

export function textField(o: TextFieldOptions) {
  const id = `field-${o.name}`;
  const problem = o.problems[o.name];
  const described = problem ? `${o.name}-problem` : o.hint ? `${o.name}-hint` : undefined;
  // size=1: the stylesheet sets the width; the browser's default of 20 letters would push the
  // form wider than the phone at the largest text.
  // A time is typed in the board's 24-hour HH:MM whatever the browser's locale: the browser's
  // own time input would show AM/PM on a Spanish page. What is typed becomes HH:MM once whole.
  const time = o.type === 'time';
  const typed = (event: Event, finished = false) => {
    const raw = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    o.onInput(time ? (typedClock(raw, finished) ?? raw) : raw);
  };
  const read = (event: Event) => typed(event);
  const attrs = {
    id,
    testid: o.testid ?? `field-${o.name}`,
    invalid: problem ? 'true' : 'false',
    described,
  };
  return html`
    <div class="field">
      <label for=${id}>
        ${o.label}${o.optional ? html` <span class="optional">${t('form.optional')}</span>` : nothing}
      </label>
      ${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : nothing}
      ${
        o.multiline
          ? html`<textarea
            id=${attrs.id}
            data-testid=${attrs.testid}
            aria-invalid=${attrs.invalid}
            aria-describedby=${ifDefined(attrs.described)}
            .value=${live(o.value)}
            @input=${read}
          ></textarea>`
          : html`<input
            id=${attrs.id}
            data-testid=${attrs.testid}
            type=${o.type === 'number' ? 'number' : 'text'}
            inputmode=${ifDefined(o.type === 'number' ? 'numeric' : time ? 'decimal' : undefined)}
            placeholder=${ifDefined(time ? t('picker.timePlaceholder') : undefined)}
            size="1"
            autocomplete=${o.autocomplete ?? 'off'}
            aria-invalid=${attrs.invalid}
            aria-describedby=${ifDefined(attrs.described)}
            .value=${live(o.value)}
            @input=${read}
            @change=${(event: Event) => time && typed(event, true)}
          />`
      }
      ${
        o.limit
          ? html`<p class="count" aria-live="polite">${o.value.length} / ${o.limit}</p>`
          : nothing
      }
      ${problemLine(o.problems, o.name)}
    </div>
  `;
}

export interface ChoiceOptions<T extends string> {
  name: string;
  legend: string;
  choices: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChoose: (value: T) => void;
}

/** A row of big buttons for a one-of-a-few choice (when it happens, how long it stays up). */
export function choiceField<T extends string>(o: ChoiceOptions<T>) {
  return html`
    <fieldset class="choices" data-testid="choice-${o.name}">
      <legend>${o.legend}</legend>
      ${o.choices.map(
        ([value, words]) => html`<button
          type="button"
          aria-pressed=${value === o.value ? 'true' : 'false'}
          data-value=${value}
          @click=${() => o.onChoose(value)}
        >
          ${words}
        </button>`,
      )}
    </fieldset>
  `;
}
