// Adds or edits a chore: what it is, where, and when it comes round.
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { choreSection, removeChore } from '../../board/index.ts';
import { todayIn } from '../house-time.ts';
import { EditorForm } from './editor-form.ts';
import { textField } from './fields.ts';
import {
  draftFromSchedule,
  newScheduleDraft,
  type ScheduleDraft,
  scheduleFields,
  scheduleFromDraft,
} from './schedule-fields.ts';

@customElement('hb-chore-form')
export class ChoreForm extends EditorForm {
  protected readonly shownFields = ['title', 'area', 'schedule'];
  @state() private choreTitle = '';
  @state() private area = '';
  @state() private schedule?: ScheduleDraft;

  override connectedCallback(): void {
    super.connectedCallback();
    // Filled once, from the chore as it is now; later edits by others never overwrite typing.
    const today = todayIn(this.timeZone);
    const chore = this.doc && this.editId ? choreSection(this.doc).get(this.editId) : undefined;
    this.choreTitle = chore?.title ?? '';
    this.area = chore?.area ?? '';
    this.schedule = chore
      ? draftFromSchedule(chore.schedule, today)
      : newScheduleDraft('daily', today);
  }

  protected save(doc: Y.Doc): void {
    const section = choreSection(doc);
    const fields = {
      title: this.choreTitle,
      area: this.area,
      schedule: scheduleFromDraft(this.schedule!),
    };
    if (this.editId) section.update(this.editId, fields);
    else section.add({ ...fields, createdAt: Date.now() });
  }

  protected removeItem(doc: Y.Doc, id: string): void {
    removeChore(doc, id);
  }

  override render() {
    const problems = this.problems;
    return html`
      <form novalidate data-testid="chore-form" @submit=${this.submit}>
        <h2>${this.editId ? 'Change a chore' : 'Add a chore'}</h2>
        ${textField({
          name: 'title',
          label: 'What needs doing',
          value: this.choreTitle,
          problems,
          onInput: (v) => {
            this.choreTitle = v;
          },
        })}
        ${textField({
          name: 'area',
          label: 'Where',
          hint: 'e.g. kitchen, garden, bathroom upstairs',
          optional: true,
          value: this.area,
          problems,
          onInput: (v) => {
            this.area = v;
          },
        })}
        ${scheduleFields(this.schedule!, ['once', 'daily', 'weekdays', 'every'], problems, (d) => {
          this.schedule = d;
        })}
        ${this.actions('Add chore')}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chore-form': ChoreForm;
  }
}
