// What the four sections of the phone share: they read the house's documents live (as every
// house view does), show a list or one editor at a time, and keep the main button low on the
// screen, within thumb reach.
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RESTORE_DAYS,
  type Records,
  readSettings,
  type Schedule,
  type Settings,
} from '../../board/index.ts';
import type { House } from '../../ui/house.ts';
import { agoWords, scheduleWords, shortDayWords } from '../../ui/house-time.ts';
import { HouseView } from '../../ui/house-view.ts';
import { t } from '../../ui/i18n/index.ts';
import { drawSafely } from '../../ui/parts/problem-card.ts';
import { serverNow } from '../../ui/server-clock.ts';
import type { Device } from '../../ui/session.ts';
import { controls, houseColors, plainList } from '../../ui/theme.ts';
import { loadEditors } from './later-editors.ts';
import { tabStyles } from './tab-styles.ts';

export const NEW = 'new';

export abstract class PhoneSection extends HouseView {
  static override styles = [
    houseColors,
    controls,
    tabStyles,
    plainList,
    css`
      h3 {
        font-size: 1.05em;
        margin: 1.2em 0 0.4em;
        color: var(--hb-muted);
      }
      li.row {
        display: flex;
        align-items: stretch;
        gap: 0.4em;
      }
      li.row > :first-child {
        flex: 1;
        min-width: 0;
      }
      li.row > button {
        padding: 0 0.6em;
      }
      .plain {
        padding: 0.4em 0.6em;
        border-left: 0.25em solid var(--hb-line);
      }
      .plain strong {
        display: block;
        overflow-wrap: anywhere;
      }
      .plain span {
        color: var(--hb-muted);
        font-size: 0.9em;
      }
      .empty {
        color: var(--hb-muted);
        margin: 0.2em 0;
      }
      .add {
        position: sticky;
        bottom: var(--hb-tabbar-height, 0px);
        padding: 0.8em 0;
        background: var(--hb-page);
      }
      .add button {
        width: 100%;
        min-height: 56px;
      }
      /* The things a person can do with one item, under it, each a thumb's width. */
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        margin-top: 0.35em;
      }
      .actions button {
        padding: 0 0.55em;
        font-size: 0.92em;
      }
      /* Each of the day's chores and groups with its buttons, set apart from the next. */
      li[data-testid='chore'],
      li[data-testid='group'] {
        padding-bottom: 0.7em;
        border-bottom: 1px solid var(--hb-line);
      }
      button[aria-pressed='true'] {
        background: var(--hb-done-tint);
        border-color: var(--hb-done);
        color: var(--hb-done);
        font-weight: 700;
      }
      .panel {
        margin-top: 0.4em;
        padding: 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
        display: grid;
        gap: 0.5em;
      }
      .panel p {
        margin: 0;
      }
      .panel .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
      .removed {
        margin-top: 1.4em;
      }
      .field {
        display: grid;
        gap: 0.3em;
      }
      label {
        font-weight: 600;
      }
      .times {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.6em;
      }
      .removed > button {
        width: 100%;
        text-align: left;
      }
      .removed ul {
        margin-top: 0.5em;
      }
      .removed .plain span {
        display: block;
      }
    `,
  ];

  /** This device: whose name goes on what it does, and whether it may edit shifts. */
  @property({ attribute: false }) device?: Device;

  /** Which item is open in the editor: an id, NEW, or none (the list shows). */
  @state() protected editing?: string;
  @state() private showingRemoved = false;
  /** The button that opened the editor, found again by this selector when the editor closes. */
  private returnFocusTo?: string;

  protected abstract renderList(house: House, settings: Settings): unknown;
  protected abstract renderEditor(house: House, settings: Settings): unknown;

  override render(): TemplateResult {
    const house = this.house;
    if (!house) return html`<p class="empty">${t('phone.opening')}</p>`;
    const settings = readSettings(house.docs.settings);
    return html`<div
      @editor-done=${() => {
        this.editing = undefined;
      }}
    >
      ${
        this.editing
          ? this.renderEditor(house, settings)
          : drawSafely(() => this.renderList(house, settings), 'this section')
      }
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An editor opening before its code has come fetches it now (it is usually here already).
    if (this.editing) void loadEditors().catch(() => {});
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A closed editor gives the focus back to the button that opened it (or to "Add" when that
    // item is gone), so a keyboard never lands at the top of the page.
    if (!changed.has('editing' as keyof PhoneSection) || this.editing || !this.returnFocusTo)
      return;
    const opener = this.renderRoot.querySelector<HTMLElement>(this.returnFocusTo);
    (opener ?? this.renderRoot.querySelector<HTMLElement>('.add button'))?.focus();
    this.returnFocusTo = undefined;
  }

  private open(id: string, opener: string) {
    this.returnFocusTo = opener;
    this.editing = id;
  }

  protected editId(): string | undefined {
    return this.editing === NEW ? undefined : this.editing;
  }

  protected editButton(id: string, what: string, testid: string) {
    return html`<button
      type="button"
      data-testid=${testid}
      data-edit-id=${id}
      aria-label=${t('phone.changeItem', { what })}
      @click=${() => this.open(id, `[data-edit-id="${CSS.escape(id)}"]`)}
    >
      ${t('phone.change')}
    </button>`;
  }

  /** The section's add button; `main` false when another action is the main one just now. */
  protected addButton(words: string, testid: string, main = true) {
    return html`<div class="add">
      <button
        type="button"
        class=${main ? 'primary' : ''}
        data-testid=${testid}
        @click=${() => this.open(NEW, `[data-testid="${testid}"]`)}
      >
        ${words}
      </button>
    </div>`;
  }

  /**
   * The items that do not come round today, under "Other days", each with when it does and a
   * Change button. `detail` is the rest of its line: " · kitchen", ", 2 pm to 3 pm".
   */
  protected otherDays<T extends { id: string; title: string; schedule: Schedule }>(
    items: T[],
    testid: string,
    editTestid: string,
    detail: (item: T) => string,
  ) {
    if (!items.length) return nothing;
    const when = (schedule: Schedule) =>
      schedule.kind === 'once' ? shortDayWords(schedule.day) : scheduleWords(schedule);
    return html`<h3>${t('chores.otherDays')}</h3>
      <ul data-testid=${testid}>
        ${items.map(
          (item) => html`<li class="row">
            <div class="plain">
              <strong>${item.title}</strong>
              <span>${when(item.schedule)}${detail(item)}</span>
            </div>
            ${this.editButton(item.id, item.title, editTestid)}
          </li>`,
        )}
      </ul>`;
  }

  /**
   * What was removed in the last week, each with "Bring back". Folded away until asked for:
   * it is there for mistakes, not to look through. `heading`: "Recently removed chores".
   */
  protected recentlyRemoved<T extends object>(
    section: Records<T>,
    words: (item: T) => string,
    heading: string,
  ) {
    const removed = section.recentlyRemoved(this.now - RESTORE_DAYS * 86_400_000);
    if (!removed.length) return nothing;
    return html`<div class="removed" data-testid="recently-removed">
      <button
        type="button"
        class="quiet"
        aria-expanded=${this.showingRemoved ? 'true' : 'false'}
        data-testid="recently-removed-open"
        @click=${() => {
          this.showingRemoved = !this.showingRemoved;
        }}
      >
        ${heading} (${removed.length})
      </button>
      ${
        this.showingRemoved
          ? html`<ul>
            ${removed.map(
              (item) => html`<li class="row" data-testid="removed-item" data-id=${item.id}>
                <div class="plain">
                  <strong>${words(item)}</strong>
                  <span>${t('phone.removedAgo', { ago: agoWords(item.removedAt, serverNow()) })}</span>
                </div>
                <button
                  type="button"
                  data-testid="bring-back"
                  @click=${() => section.restore(item.id)}
                >
                  ${t('phone.bringBack')}
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }
}
