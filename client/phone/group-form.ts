// Adds or edits a group: what it is, on which date or weekdays, from when to when, where,
// who leads, and a short note.
import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { type GroupKindOf, groupRecords, removeGroup, saveGroup } from '../../board/index.ts';
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

type GroupDraft = {
  groupTitle: string;
  start: string;
  end: string;
  place: string;
  leader: string;
  note: string;
};

@customElement('hb-group-form')
export class GroupForm extends EditorForm {
  static override styles = [
    ...EditorForm.styles,
    css`
      /* A checkbox with its words, the whole row a thumb's target. */
      .check {
        display: flex;
        align-items: center;
        gap: 0.6em;
        min-height: 48px;
        font-weight: 400;
      }
      .check input {
        flex: none;
        width: 28px;
        height: 28px;
        margin: 0;
      }
    `,
  ];
  protected readonly shownFields = [
    'title',
    'kind',
    'schedule',
    'start',
    'end',
    'place',
    'leader',
    'leaderInFeed',
    'note',
  ];
  @state() private draft: GroupDraft = {
    groupTitle: '',
    start: '',
    end: '',
    place: '',
    leader: '',
    note: '',
  };
  @state() private schedule?: ScheduleDraft;
  /** A group, an outing or the house meeting (the agenda is gathered for the meeting). */
  @state() private kind: GroupKindOf = 'group';
  /** The leader's own yes to their name in people's calendars; off unless they say so. */
  @state() private leaderInFeed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Filled once, from the group as it is now; later edits by others never overwrite typing.
    const today = todayIn(this.timeZone);
    const group = this.doc && this.editId ? groupRecords(this.doc).get(this.editId) : undefined;
    this.draft = {
      groupTitle: group?.title ?? '',
      start: group?.start ?? '',
      end: group?.end ?? '',
      place: group?.place ?? '',
      leader: group?.leader ?? '',
      note: group?.note ?? '',
    };
    this.schedule = scheduleDraft(group?.schedule, 'once', today);
    this.kind = group?.kind ?? 'group';
    this.leaderInFeed = group?.leaderInFeed ?? false;
  }

  protected save(doc: Y.Doc): void {
    const { groupTitle, ...rest } = this.draft;
    const fields = {
      ...rest,
      title: groupTitle,
      schedule: scheduleFromDraft(this.schedule!),
      // Left out for an ordinary group, as groups were before they had kinds.
      kind: this.kind === 'group' ? undefined : this.kind,
      leaderInFeed: this.leaderInFeed || undefined,
    };
    saveGroup(doc, this.editId, fields);
  }

  /** Taken off the board but kept for a week, so it can be brought back. */
  protected removeItem(doc: Y.Doc, id: string): void {
    removeGroup(doc, id);
  }

  override render() {
    const problems = this.problems;
    const field = (
      key: keyof GroupDraft,
      name: string,
      label: string,
      extra: { optional?: boolean; type?: 'time'; multiline?: boolean; hint?: string } = {},
    ) =>
      draftField(this.draft, key, (next) => (this.draft = next), {
        name,
        label,
        problems,
        ...extra,
      });
    return html`
      <form novalidate data-testid="group-form" @submit=${this.submit}>
        <h2>${this.editId ? t('groups.change') : t('groups.add')}</h2>
        ${field('groupTitle', 'title', t('groups.title'), { hint: t('groups.titleHint') })}
        ${choiceField<GroupKindOf>({
          name: 'kind',
          legend: t('agenda.kind'),
          choices: [
            ['group', t('agenda.kindGroup')],
            ['outing', t('agenda.kindOuting')],
            ['meeting', t('agenda.kindMeeting')],
          ],
          value: this.kind,
          onChoose: (kind) => {
            this.kind = kind;
          },
        })}
        ${scheduleFields(this.schedule!, ['once', 'weekdays'], problems, (d) => {
          this.schedule = d;
        })}
        <div class="times">
          ${field('start', 'start', t('groups.starts'), { type: 'time' })}
          ${field('end', 'end', t('groups.ends'), { type: 'time' })}
        </div>
        ${field('place', 'place', t('chores.area'), { optional: true })}
        ${field('leader', 'leader', t('groups.leader'), { optional: true })}
        <label class="check" data-testid="leader-in-feed">
          <input
            type="checkbox"
            name="leaderInFeed"
            .checked=${this.leaderInFeed}
            @change=${(event: Event) => {
              this.leaderInFeed = (event.target as HTMLInputElement).checked;
            }}
          />
          <span>${t('agenda.leaderInFeed')}</span>
        </label>
        ${field('note', 'note', t('groups.note'), { optional: true, multiline: true })}
        ${this.actions(t('groups.addShort'))}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-group-form': GroupForm;
  }
}
