// Adds or edits a chore: what it is, where, when it comes round, and who takes turns — shown, not
// picked. Nobody puts anyone on a rota: each person counts themselves in (or out), and anyone may
// invite someone, who says yes or "not this time" on their own phone.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import {
  choreRecords,
  inviteToRota,
  joinRota,
  leaveRota,
  removeChore,
  saveChore,
} from '../../board/index.ts';
import { todayIn } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { listWords, WallNames } from '../../ui/wall-names.ts';
import { EditorForm } from './editor-form.ts';
import { problemLine, textField } from './fields.ts';
import { myOffersAbout } from './offers-panel.ts';
import {
  type ScheduleDraft,
  scheduleDraft,
  scheduleFields,
  scheduleFromDraft,
} from './schedule-fields.ts';

@customElement('hb-chore-form')
export class ChoreForm extends EditorForm {
  protected readonly shownFields = ['title', 'area', 'schedule', 'rotation'];
  /** This phone's person: the only one this form can count in or out. */
  @property() me?: string;
  /** The minute the phone is in, for what became of my invitations today. */
  @property({ type: Number }) now = 0;
  @state() private choreTitle = '';
  @state() private area = '';
  @state() private schedule?: ScheduleDraft;
  /** Whether I take turns at it, as I want it saved. */
  @state() private countMeIn = false;
  /** Whether the list of people I could invite is open. */
  @state() private inviting = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Filled once, from the chore as it is now; later edits by others never overwrite typing.
    const today = todayIn(this.timeZone);
    const chore = this.doc && this.editId ? choreRecords(this.doc).get(this.editId) : undefined;
    this.choreTitle = chore?.title ?? '';
    this.area = chore?.area ?? '';
    this.countMeIn = !!this.me && !!chore?.rotation?.includes(this.me);
    this.schedule = scheduleDraft(chore?.schedule, 'daily', today);
  }

  protected save(doc: Y.Doc): void {
    const fields = {
      title: this.choreTitle,
      area: this.area,
      schedule: scheduleFromDraft(this.schedule!),
    };
    const me = this.me;
    if (!this.editId) {
      saveChore(doc, undefined, { ...fields, rotation: me && this.countMeIn ? [me] : undefined });
      return;
    }
    const id = this.editId;
    doc.transact(() => {
      saveChore(doc, id, fields);
      if (me && this.countMeIn) joinRota(doc, id, me);
      else if (me) leaveRota(doc, id, me);
    });
  }

  protected removeItem(doc: Y.Doc, id: string): void {
    removeChore(doc, id);
  }

  /** Who takes turns now (read only), "Count me in" for me, and inviting someone. */
  private volunteers() {
    if (!this.doc) return nothing;
    const names = new WallNames(this.doc, serverNow(), this.me);
    const people = names.people(this.me);
    const rotation = (this.editId && choreRecords(this.doc).get(this.editId)?.rotation) || [];
    const wordsFor = (id: string) =>
      people.find((person) => person.id === id)?.words ?? t('chores.someoneWhoLeft');
    return html`
      <fieldset class="choices" data-testid="rota">
        <legend>${t('chores.turns')} <span class="optional">${t('form.optional')}</span></legend>
        <p class="hint">${t('chores.turnsHint')}</p>
        <p data-testid="rota-people">
          ${
            rotation.length
              ? t('chores.onRota', { names: listWords(rotation.map(wordsFor)) })
              : t('chores.nobodyOnRota')
          }
        </p>
        ${
          this.me
            ? html`<button
                type="button"
                data-testid="count-me-in"
                aria-pressed=${this.countMeIn ? 'true' : 'false'}
                @click=${() => {
                  this.countMeIn = !this.countMeIn;
                }}
              >
                ${t('chores.join')}
              </button>`
            : nothing
        }
        ${this.invitePart(names, rotation)}
      </fieldset>
      ${problemLine(this.problems, 'rotation')}
    `;
  }

  /** Anyone may ask someone who is not on the rota yet; they answer on their own phone. */
  private invitePart(names: WallNames, rotation: readonly string[]) {
    const { doc, me, editId } = this;
    if (!doc || !me || !editId) return nothing;
    const others = names.people().filter((p) => p.id !== me && !rotation.includes(p.id));
    if (others.length === 0) return nothing;
    const timeZone = this.timeZone;
    const offers = {
      board: doc,
      me,
      now: this.now || serverNow(),
      timeZone,
      names,
      onAnswered: () => {},
    };
    return html`
      <button
        type="button"
        data-testid="invite-open"
        aria-expanded=${this.inviting ? 'true' : 'false'}
        @click=${() => {
          this.inviting = !this.inviting;
        }}
      >
        ${t('chores.invite')}
      </button>
      ${
        this.inviting
          ? html`<div class="panel" data-testid="invite-panel">
              <p>${t('chores.inviteAsk')}</p>
              <div class="actions">
                ${others.map(
                  (person) => html`<button
                    type="button"
                    data-testid="invite-to"
                    data-person-id=${person.id}
                    @click=${() => {
                      inviteToRota(doc, editId, me, person.id, timeZone);
                      this.inviting = false;
                    }}
                  >
                    ${person.words}
                  </button>`,
                )}
              </div>
            </div>`
          : nothing
      }
      ${myOffersAbout(offers, editId)}
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
