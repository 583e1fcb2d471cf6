// Puts someone on shift for today: their name, pronouns if they like, what they are up for, and
// from when until when. There is no field for contact details, by design.
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import {
  instantInZone,
  type NameDisplay,
  shiftRecords,
  TIME_PATTERN,
  USUAL_SHIFT_HOURS,
  ValidationError,
} from '../../board/index.ts';
import { instantClock, todayIn } from '../../ui/house-time.ts';
import { t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { EditorForm } from './editor-form.ts';
import { draftField } from './fields.ts';

type ShiftDraft = { name: string; pronouns: string; upFor: string; start: string; end: string };

/** A shift's usual length, to fill in "until" for the person. */

@customElement('hb-shift-form')
export class ShiftForm extends EditorForm {
  protected readonly shownFields = ['name', 'pronouns', 'upFor', 'start', 'end'];
  @state() private draft: ShiftDraft = { name: '', pronouns: '', upFor: '', start: '', end: '' };
  /** The name this phone goes by, to fill in for the person. */
  @property() signature?: string;
  /** How that name may show on the wall, as the person chose under This phone. */
  @property() nameDisplay?: NameDisplay;
  /** The phone's person: a shift under their own name is theirs, and forgotten with them. */
  @property() person?: string;
  /** This phone's person is on shift now: the form adds a shift, it does not put them on. */
  @property({ type: Boolean }) onShift = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const now = serverNow();
    const start = instantClock(now, this.timeZone);
    const later = instantClock(now + USUAL_SHIFT_HOURS * 3_600_000, this.timeZone);
    // Shifts are for today: past midnight, "until" stops at the end of the day.
    this.draft = {
      ...this.draft,
      name: this.signature ?? '',
      start,
      end: later > start ? later : '23:59',
    };
  }

  /** A time today in the house, or the sentence the person needs if the box is empty. */
  private instant(time: string, field: 'start' | 'end'): number {
    if (!TIME_PATTERN.test(time)) {
      throw new ValidationError(
        { key: field === 'start' ? 'giveShiftStart' : 'giveShiftEnd' },
        field,
      );
    }
    return instantInZone(todayIn(this.timeZone), time, this.timeZone);
  }

  protected save(doc: Y.Doc): void {
    const { start, end, ...words } = this.draft;
    // Under the phone's own name, the wall shows it as the person chose to be shown.
    const own = words.name.trim() === this.signature?.trim();
    shiftRecords(doc).add({
      ...words,
      nameDisplay: own ? this.nameDisplay : undefined,
      person: own ? this.person : undefined,
      start: this.instant(start, 'start'),
      end: this.instant(end, 'end'),
    });
  }

  protected removeItem(): void {
    // A shift is ended from the list, not removed from here.
  }

  override render() {
    const problems = this.problems;
    const field = (
      key: keyof ShiftDraft,
      label: string,
      extra: { optional?: boolean; type?: 'time'; hint?: string; autocomplete?: string } = {},
    ) => draftField(this.draft, key, (next) => (this.draft = next), { label, problems, ...extra });
    const heading = this.onShift ? t('shifts.addShift') : t('shifts.goOn');
    return html`
      <form novalidate data-testid="shift-form" @submit=${this.submit}>
        <h2>${heading}</h2>
        ${field('name', t('announcements.author'), { autocomplete: 'given-name' })}
        ${field('pronouns', t('shifts.pronouns'), { optional: true, hint: t('shifts.pronounsHint') })}
        ${field('upFor', t('shifts.upForLabel'), { optional: true, hint: t('shifts.upForHint') })}
        <div class="times">
          ${field('start', t('groups.from'), { type: 'time' })}
          ${field('end', t('groups.until'), { type: 'time' })}
        </div>
        ${this.actions(heading)}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-shift-form': ShiftForm;
  }
}
