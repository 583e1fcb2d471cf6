// A date picked in the page's language, not the browser's: selects for the day, the month by its
// name and the year, in the order the language writes a date. Chromium's own date input follows
// the browser's locale, so a Spanish page on an English phone would read mm/dd/yyyy.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { dayInZone } from '../../board/index.ts';
import { locale, t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { problemLine, type TextFieldOptions } from './fields.ts';
import {
  type DatePart,
  datePartOrder,
  dayFromParts,
  daysInMonth,
  monthNames,
} from './typed-time.ts';

/** Years offered around this one; a date already set outside them is offered too. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 4;

@customElement('hb-date-field')
export class DateField extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        margin-bottom: 0.3em;
        font-weight: 600;
      }
      .optional,
      .hint {
        font-weight: 400;
        color: var(--hb-muted);
        margin: 0 0 0.3em;
        font-size: 0.9em;
      }
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      select {
        width: auto;
        min-width: 0;
        max-width: 100%;
        flex: 1 1 auto;
      }
      select.month {
        flex-grow: 3;
      }
      [aria-invalid='true'] {
        border-color: var(--hb-error);
      }
    `,
  ];

  /** The field's name, as the validator names it; the selects' test ids start with it. */
  @property() name = 'date';
  @property() label = '';
  /** The date as the board writes it, YYYY-MM-DD. */
  @property() value = '';
  @property() hint = '';
  @property({ type: Boolean }) optional = false;
  @property({ type: Boolean }) invalid = false;
  @property() testid = '';

  override render() {
    const [year, month, day] = this.parts();
    const id = this.testid || `field-${this.name}`;
    const select = (part: DatePart, options: Array<[number, string]>, chosen: number) =>
      html`<select
        class=${part}
        data-testid="${id}-${part}"
        aria-label=${t(`picker.${part}`)}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-describedby=${this.hint ? 'hint' : nothing}
        @change=${(event: Event) => this.choose(part, Number((event.target as HTMLSelectElement).value))}
      >
        ${options.map(
          ([value, words]) =>
            html`<option value=${value} ?selected=${value === chosen}>${words}</option>`,
        )}
      </select>`;
    const thisYear = Number(dayInZone(serverNow(), 'UTC').slice(0, 4));
    const years = new Set<number>([year]);
    for (let y = thisYear - YEARS_BEFORE; y <= thisYear + YEARS_AFTER; y++) years.add(y);
    const selects: Record<DatePart, ReturnType<typeof select>> = {
      day: select(
        'day',
        Array.from({ length: daysInMonth(year, month) }, (_, i) => [i + 1, String(i + 1)]),
        day,
      ),
      month: select(
        'month',
        monthNames(locale()).map((name, i) => [i + 1, name]),
        month,
      ),
      year: select(
        'year',
        [...years].sort((a, b) => a - b).map((y) => [y, String(y)]),
        year,
      ),
    };
    return html`<fieldset data-testid=${id}>
      <legend>
        ${this.label}${this.optional ? html` <span class="optional">${t('form.optional')}</span>` : nothing}
      </legend>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      <div class="parts">${datePartOrder(locale()).map((part) => selects[part])}</div>
    </fieldset>`;
  }

  /** Year, month (from 1) and day of the value; today's while the value is not a date. */
  private parts(): [number, number, number] {
    const match = this.value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    const day = match ? this.value : dayInZone(serverNow(), 'UTC');
    return day.split('-').map(Number) as [number, number, number];
  }

  private choose(part: DatePart, chosen: number): void {
    const [year, month, day] = this.parts();
    const next =
      part === 'day'
        ? dayFromParts(year, month, chosen)
        : part === 'month'
          ? dayFromParts(year, chosen, day)
          : dayFromParts(chosen, month, day);
    this.value = next;
    this.dispatchEvent(new CustomEvent('date-change', { detail: next }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-date-field': DateField;
  }
}

/** What a date field is given: a text field's options but its type. */
export type DateFieldOptions = Omit<TextFieldOptions, 'type' | 'multiline' | 'limit'>;

/**
 * A date in the page's language (hb-date-field): the browser's own date input would follow the
 * browser's locale instead. It comes with the forms that ask for a date, after the first screen.
 */
export function dateField(o: DateFieldOptions) {
  return html`<div class="field">
    <hb-date-field
      .name=${o.name}
      .label=${o.label}
      .value=${o.value}
      .hint=${o.hint ?? ''}
      .optional=${o.optional ?? false}
      .invalid=${Boolean(o.problems[o.name])}
      .testid=${o.testid ?? ''}
      @date-change=${(event: CustomEvent<string>) => o.onInput(event.detail)}
    ></hb-date-field>
    ${problemLine(o.problems, o.name)}
  </div>`;
}
