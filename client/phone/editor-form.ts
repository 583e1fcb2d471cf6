// What every editor on the phone shares: save through the board's own validators, show the
// validator's sentence beside its field, keep everything the person typed, and say when done.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { ValidationError } from '../../board/index.ts';
import { t } from '../../ui/i18n/index.ts';
import { say } from '../../ui/i18n/say.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import type { Problems } from './fields.ts';

export interface EditorDone {
  saved: boolean;
}

export const editorStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: 1em;
    padding-top: 0.8em;
  }
  h2 {
    margin: 0;
    font-size: 1.3em;
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .optional,
  .hint,
  .count {
    font-weight: 400;
    color: var(--hb-muted);
    margin: 0;
    font-size: 0.9em;
  }
  .count {
    text-align: right;
  }
  .problem {
    margin: 0;
    color: var(--hb-error);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--hb-error);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  legend {
    padding: 0;
    margin-bottom: 0.3em;
  }
  fieldset .hint {
    flex-basis: 100%;
  }
  fieldset button[aria-pressed='true'] {
    background: var(--hb-ink);
    color: var(--hb-card);
  }
  .times {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.6em;
  }
  .actions {
    position: sticky;
    bottom: var(--hb-tabbar-height, 0px);
    display: flex;
    gap: 0.6em;
    padding: 0.6em 0;
    background: var(--hb-page);
  }
  .actions .primary {
    flex: 1;
  }
`;

export abstract class EditorForm extends LitElement {
  static override styles = [houseColors, controls, editorStyles];

  @property({ attribute: false }) doc?: Y.Doc;
  @property() timeZone = 'UTC';
  /** The item being edited; unset when adding a new one. */
  @property() editId?: string;

  @state() protected problems: Problems = {};
  @state() private confirmingRemove = false;

  /** Writes the form to the board; throws the board's ValidationError when something is off. */
  protected abstract save(doc: Y.Doc): void;
  protected abstract removeItem(doc: Y.Doc, id: string): void;
  /** The fields this form shows a sentence under; any other problem shows above the buttons. */
  protected abstract readonly shownFields: readonly string[];

  /** Where the validator's sentence for `field` ("schedule.weekdays") shows in this form. */
  protected fieldFor(field: string): string {
    const top = field.split('.')[0] ?? field;
    return this.shownFields.includes(top) ? top : 'form';
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.doc) return;
    try {
      this.save(this.doc);
      this.problems = {};
      this.finish(true);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.problems = { [error.field ? this.fieldFor(error.field) : 'form']: say(error.sentence) };
    }
  }

  protected override firstUpdated(): void {
    // An opened form takes the focus, so a keyboard or screen reader lands in its first field.
    this.renderRoot.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Take the person to the sentence that needs them, keeping everything they typed.
    if (changed.has('problems' as keyof EditorForm) && Object.keys(this.problems).length) {
      const field = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (field) field.focus();
      else this.renderRoot.querySelector('.problem')?.scrollIntoView({ block: 'center' });
    }
  }

  protected finish(saved: boolean): void {
    const detail: EditorDone = { saved };
    this.dispatchEvent(new CustomEvent('editor-done', { detail, bubbles: true, composed: true }));
  }

  /** Save, cancel, and — when editing — remove after a second tap. `addWords`: "Add chore". */
  protected actions(addWords: string) {
    const removing = this.editId
      ? html`<button
          type="button"
          data-testid="remove"
          @click=${() => {
            if (!this.confirmingRemove) this.confirmingRemove = true;
            else if (this.doc && this.editId) {
              this.removeItem(this.doc, this.editId);
              this.finish(true);
            }
          }}
        >
          ${this.confirmingRemove ? t('form.removeAgain') : t('form.remove')}
        </button>`
      : nothing;
    return html`
      ${
        this.problems.form
          ? html`<p class="problem" role="alert" data-testid="problem-form">
              ${this.problems.form}
            </p>`
          : nothing
      }
      <div class="actions">
        ${removing}
        <button type="button" data-testid="cancel" @click=${() => this.finish(false)}>
          ${t('form.cancel')}
        </button>
        <button type="submit" class="primary" data-testid="save">
          ${this.editId ? t('form.save') : addWords}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementEventMap {
    'editor-done': CustomEvent<EditorDone>;
  }
}
