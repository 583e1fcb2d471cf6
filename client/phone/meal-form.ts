// Adds or edits a meal plan: dinner or lunch, on which days, at what time, the usual menu, a
// note, and whether everyone cooks together (a Sunday house dinner).
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { type MealKindOf, mealRecords, removeMeal, saveMeal } from '../../board/index.ts';
import { todayIn } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { EditorForm } from './editor-form.ts';
import { choiceField, draftField } from './fields.ts';
import {
  type ScheduleDraft,
  scheduleDraft,
  scheduleFields,
  scheduleFromDraft,
} from './schedule-fields.ts';

type MealDraft = { time: string; menu: string; note: string };

@customElement('hb-meal-form')
export class MealForm extends EditorForm {
  static override styles = [
    ...EditorForm.styles,
    css`
      .check {
        display: flex;
        align-items: center;
        gap: 0.6em;
        min-height: 48px;
      }
      .check input {
        flex: none;
        width: 28px;
        height: 28px;
        margin: 0;
      }
    `,
  ];
  protected readonly shownFields = ['kind', 'schedule', 'time', 'menu', 'note'];
  @state() private draft: MealDraft = { time: '19:00', menu: '', note: '' };
  @state() private kind: MealKindOf = 'dinner';
  @state() private everyoneCooks = false;
  @state() private schedule?: ScheduleDraft;

  override connectedCallback(): void {
    super.connectedCallback();
    // Filled once, from the plan as it is now; later edits by others never overwrite typing.
    const meal = this.doc && this.editId ? mealRecords(this.doc).get(this.editId) : undefined;
    this.draft = { time: meal?.time ?? '19:00', menu: meal?.menu ?? '', note: meal?.note ?? '' };
    this.kind = meal?.kind ?? 'dinner';
    this.everyoneCooks = meal?.everyoneCooks === true;
    this.schedule = scheduleDraft(meal?.schedule, 'daily', todayIn(this.timeZone));
  }

  protected save(doc: Y.Doc): void {
    saveMeal(doc, this.editId, {
      ...this.draft,
      kind: this.kind,
      everyoneCooks: this.everyoneCooks || undefined,
      schedule: scheduleFromDraft(this.schedule!),
    });
  }

  /** Taken off the board but kept for a week, so it can be brought back. */
  protected removeItem(doc: Y.Doc, id: string): void {
    removeMeal(doc, id);
  }

  override render() {
    const problems = this.problems;
    const field = (
      key: keyof MealDraft,
      label: string,
      extra: { optional?: boolean; type?: 'time'; hint?: string; limit?: number } = {},
    ) => draftField(this.draft, key, (next) => (this.draft = next), { label, problems, ...extra });
    return html`
      <form novalidate data-testid="meal-form" @submit=${this.submit}>
        <h2>${this.editId ? t('meals.change') : t('meals.add')}</h2>
        ${choiceField<MealKindOf>({
          name: 'meal-kind',
          legend: t('meals.kind'),
          choices: [
            ['dinner', t('meals.dinner')],
            ['lunch', t('meals.lunch')],
          ],
          value: this.kind,
          onChoose: (kind) => {
            this.kind = kind;
          },
        })}
        ${scheduleFields(this.schedule!, ['daily', 'weekdays', 'once'], problems, (d) => {
          this.schedule = d;
        })}
        ${field('time', t('meals.time'), { type: 'time' })}
        ${field('menu', t('meals.usualMenu'), { optional: true, hint: t('meals.usualMenuHint') })}
        ${field('note', t('meals.note'), { optional: true, hint: t('meals.noteHint') })}
        <label class="check">
          <input
            type="checkbox"
            data-testid="everyone-cooks"
            .checked=${this.everyoneCooks}
            @change=${(event: Event) => {
              this.everyoneCooks = (event.target as HTMLInputElement).checked;
            }}
          />
          ${t('meals.everyoneCooksField')}
        </label>
        ${this.actions(t('meals.addShort'))}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-meal-form': MealForm;
  }
}
