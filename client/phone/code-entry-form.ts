// The base of the phone's "type the code you were given" forms (the staff code, the code an old
// phone shows when moving to a new one): quiet until asked for, one field for the code, a way back
// and a submit; an empty field says so, and the server's refusal shows as its own sentence under
// the field. Each form says only its words and what the code does.
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { textField } from './fields.ts';
import { ServerForm } from './server-form.ts';

export interface CodeEntry {
  /** The field's name, as the server's refusal names it. */
  name: string;
  /** Prefix of the test ids: `<prefix>-open`, `<prefix>-form`, `<prefix>-submit`. */
  prefix: string;
  /** The button that opens the form; with `heading`, also the form's heading. */
  open: string;
  quietOpener?: boolean;
  heading?: boolean;
  label: string;
  hint: string;
  autocomplete: string;
  back: { words: string; testid: string };
  submit: string;
  /** Said when the field is empty. */
  missing: string;
}

export abstract class CodeEntryForm extends ServerForm {
  @state() protected open = false;
  @state() protected code = '';

  /** This form's words and test ids. */
  protected abstract get entry(): CodeEntry;

  /** Sends the code; resolves once the server took it (the field then empties). */
  protected abstract enter(code: string): Promise<void>;

  override render() {
    const e = this.entry;
    if (!this.open) {
      return html`<button
        type="button"
        class=${e.quietOpener ? 'quiet' : nothing}
        data-testid="${e.prefix}-open"
        @click=${() => {
          this.open = true;
        }}
      >
        ${e.open}
      </button>`;
    }
    const headingId = `${e.prefix}-heading`;
    return html`
      <form
        novalidate
        data-testid="${e.prefix}-form"
        aria-labelledby=${e.heading ? headingId : nothing}
        @submit=${this.submit}
      >
        ${e.heading ? html`<h2 id=${headingId}>${e.open}</h2>` : nothing}
        ${textField({
          name: e.name,
          label: e.label,
          hint: e.hint,
          value: this.code,
          problems: this.problems,
          autocomplete: e.autocomplete,
          onInput: (value) => {
            this.code = value;
          },
        })}
        <div class="actions">
          <button
            type="button"
            data-testid=${e.back.testid}
            @click=${() => {
              this.open = false;
              this.problems = {};
            }}
          >
            ${e.back.words}
          </button>
          <button type="submit" class="primary" data-testid="${e.prefix}-submit" ?disabled=${this.busy}>
            ${e.submit}
          </button>
        </div>
      </form>
    `;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const e = this.entry;
    if (!this.code.trim()) {
      this.problems = { [e.name]: e.missing };
      return;
    }
    await this.send(e.name, async () => {
      await this.enter(this.code);
      this.code = '';
    });
  }
}
