// Adds or edits an announcement: the words, an optional name, and how long it stays up.
// It comes down on its own; nobody has to remember to take it away.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import {
  ANNOUNCEMENT_MAX,
  announcementRecords,
  dayInZone,
  endOfDayIn,
  removeAnnouncement,
  saveAnnouncement,
} from '../../board/index.ts';
import { shortDayWords } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { EditorForm } from './editor-form.ts';
import { choiceField, problemLine, textField } from './fields.ts';

type Expiry = 'keep' | 'today' | 'three-days' | 'week' | 'two-weeks';

const DAY = 86_400_000;

/** When an announcement put up `now` comes down, for each choice the form offers. */
export function expiryFor(choice: Exclude<Expiry, 'keep'>, now: number, timeZone: string): number {
  switch (choice) {
    case 'today':
      return endOfDayIn(now, timeZone);
    case 'three-days':
      return now + 3 * DAY;
    case 'week':
      return now + 7 * DAY;
    case 'two-weeks':
      return now + 14 * DAY;
  }
}

@customElement('hb-announcement-form')
export class AnnouncementForm extends EditorForm {
  protected readonly shownFields = ['text', 'author', 'expiry'];
  @state() private text = '';
  /** The person posting a new announcement: the wall shows their name as they chose, if at all. */
  @property() by?: string;
  @state() private author = '';
  @state() private expiry: Expiry = 'three-days';
  /** Staff may pin one to the top of the wall (the server refuses a pin from anyone else). */
  @property({ type: Boolean }) staff = false;
  @state() private pinned = false;
  private keptUntil?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    const note =
      this.doc && this.editId ? announcementRecords(this.doc).get(this.editId) : undefined;
    this.text = note?.text ?? '';
    this.author = note?.author ?? '';
    this.keptUntil = note?.expiresAt;
    this.expiry = note ? 'keep' : 'three-days';
    this.pinned = !!note?.pinned;
  }

  protected save(doc: Y.Doc): void {
    const now = serverNow();
    const expiresAt =
      this.expiry === 'keep' ? this.keptUntil! : expiryFor(this.expiry, now, this.timeZone);
    // Only staff touch the pin; anyone else's edit leaves it as it is.
    const note = { text: this.text, author: this.author, by: this.by, expiresAt };
    saveAnnouncement(doc, this.editId, note, this.staff ? this.pinned : undefined, now);
  }

  protected override fieldFor(field: string): string {
    return field === 'expiresAt' ? 'expiry' : super.fieldFor(field);
  }

  /** Taken down but kept for a week, so it can be brought back. */
  protected removeItem(doc: Y.Doc, id: string): void {
    removeAnnouncement(doc, id);
  }

  override render() {
    const problems = this.problems;
    const choices: Array<readonly [Expiry, string]> = [
      ['today', t('announcements.today')],
      ['three-days', t('announcements.threeDays')],
      ['week', t('announcements.week')],
      ['two-weeks', t('announcements.twoWeeks')],
    ];
    if (this.keptUntil !== undefined) {
      const day = dayInZone(this.keptUntil - 1, this.timeZone);
      choices.unshift(['keep', t('announcements.keepUntil', { day: shortDayWords(day) })]);
    }
    return html`
      <form novalidate data-testid="announcement-form" @submit=${this.submit}>
        <h2>${this.editId ? t('announcements.change') : t('announcements.add')}</h2>
        ${textField({
          name: 'text',
          label: t('announcements.text'),
          multiline: true,
          limit: ANNOUNCEMENT_MAX,
          value: this.text,
          problems,
          testid: 'announcement-text',
          onInput: (v) => {
            this.text = v;
          },
        })}
        ${textField({
          name: 'author',
          label: t('announcements.author'),
          optional: true,
          hint: this.by ? t('announcements.authorHint') : undefined,
          value: this.author,
          problems,
          testid: 'announcement-author',
          onInput: (v) => {
            this.author = v;
          },
        })}
        ${choiceField({
          name: 'expiry',
          legend: t('announcements.keepFor'),
          choices,
          value: this.expiry,
          onChoose: (expiry) => {
            this.expiry = expiry;
          },
        })}
        ${problemLine(problems, 'expiry')}
        ${
          this.staff
            ? choiceField({
                name: 'pinned',
                legend: t('announcements.onTheWall'),
                choices: [
                  ['no', t('announcements.withOthers')],
                  ['yes', t('announcements.pinnedOnTop')],
                ],
                value: this.pinned ? 'yes' : 'no',
                onChoose: (value) => {
                  this.pinned = value === 'yes';
                },
              })
            : nothing
        }
        ${this.actions(t('announcements.post'))}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcement-form': AnnouncementForm;
  }
}
