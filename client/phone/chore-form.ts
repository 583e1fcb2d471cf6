// Adds or edits a chore: what it is, where, when it comes round, and — if people volunteer —
// who takes turns. Nobody is put on a rota by the board; people choose to be on it.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { choreRecords, removeChore, saveChore } from '../../board/index.ts';
import { todayIn } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { listWords, WallNames } from '../../ui/wall-names.ts';
import { EditorForm } from './editor-form.ts';
import { problemLine, textField } from './fields.ts';
import {
  type ScheduleDraft,
  scheduleDraft,
  scheduleFields,
  scheduleFromDraft,
} from './schedule-fields.ts';

@customElement('hb-chore-form')
export class ChoreForm extends EditorForm {
  protected readonly shownFields = ['title', 'area', 'schedule', 'rotation'];
  /** This phone's person, shown as "(you)" among the volunteers. */
  @property() me?: string;
  @state() private choreTitle = '';
  @state() private area = '';
  @state() private schedule?: ScheduleDraft;
  /** The volunteers, in the order they take turns. */
  @state() private rotation: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Filled once, from the chore as it is now; later edits by others never overwrite typing.
    const today = todayIn(this.timeZone);
    const chore = this.doc && this.editId ? choreRecords(this.doc).get(this.editId) : undefined;
    this.choreTitle = chore?.title ?? '';
    this.area = chore?.area ?? '';
    this.rotation = [...(chore?.rotation ?? [])];
    this.schedule = scheduleDraft(chore?.schedule, 'daily', today);
  }

  protected save(doc: Y.Doc): void {
    const fields = {
      title: this.choreTitle,
      area: this.area,
      schedule: scheduleFromDraft(this.schedule!),
      rotation: this.rotation.length ? this.rotation : undefined,
    };
    saveChore(doc, this.editId, fields);
  }

  protected removeItem(doc: Y.Doc, id: string): void {
    removeChore(doc, id);
  }

  private volunteers() {
    if (!this.doc) return nothing;
    const names = new WallNames(this.doc, serverNow());
    const people = names.people(this.me);
    const wordsFor = (id: string) =>
      people.find((person) => person.id === id)?.words ?? t('chores.someoneWhoLeft');
    const toggle = (id: string) => {
      this.rotation = this.rotation.includes(id)
        ? this.rotation.filter((other) => other !== id)
        : [...this.rotation, id];
    };
    return html`
      <fieldset class="choices" data-testid="choice-rotation">
        <legend>${t('chores.turns')} <span class="optional">${t('form.optional')}</span></legend>
        <p class="hint">${t('chores.turnsHint')}</p>
        ${people.map(
          (person) => html`<button
            type="button"
            data-person-id=${person.id}
            aria-pressed=${this.rotation.includes(person.id) ? 'true' : 'false'}
            @click=${() => toggle(person.id)}
          >
            ${person.words}
          </button>`,
        )}
      </fieldset>
      ${
        this.rotation.length > 1
          ? html`<p class="hint" data-testid="rotation-order">
              ${t('chores.turnsOrder', { names: listWords(this.rotation.map(wordsFor)) })}
            </p>`
          : nothing
      }
      ${problemLine(this.problems, 'rotation')}
    `;
  }

  override render() {
    const problems = this.problems;
    return html`
      <form novalidate data-testid="chore-form" @submit=${this.submit}>
        <h2>${this.editId ? t('chores.change') : t('chores.add')}</h2>
        ${textField({
          name: 'title',
          label: t('chores.title'),
          value: this.choreTitle,
          problems,
          onInput: (v) => {
            this.choreTitle = v;
          },
        })}
        ${textField({
          name: 'area',
          label: t('chores.area'),
          hint: t('chores.areaHint'),
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
        ${this.volunteers()} ${this.actions(t('chores.addShort'))}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-chore-form': ChoreForm;
  }
}
