// Adding on the wall by touch alone: a chore or an announcement from a few common ones with one
// tap, or written on the wall's own keyboard. The kiosk is nobody's, so what it adds carries no
// name. A chore is just for today or every day; an announcement stays up until the day ends.
// Left open and untouched, the panel closes itself so the wall never stays covered.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  addQuickChore,
  addShopping,
  addWallAnnouncement,
  choresOn,
  currentAnnouncements,
  dayInZone,
  NAME_MAX,
  type QuickRepeat,
  shoppingChips,
  shoppingList,
  TITLE_MAX,
  ValidationError,
} from '../board/index.ts';
import type { House } from '../ui/house.ts';
import type { MessageKey } from '../ui/i18n/catalog.ts';
import { t } from '../ui/i18n/index.ts';
import { say } from '../ui/i18n/say.ts';
import { controls, houseColors } from '../ui/theme.ts';
import { TimeoutController } from '../ui/timeout-controller.ts';
import { kioskChange, type QuickAddKind } from './kiosk-events.ts';
import './onscreen-keyboard.ts';
import { serverNow } from '../ui/server-clock.ts';
import { openPicks } from './quick-picks.ts';

/** The common ones, one tap each; those already on today's board are not offered again. */
const PICKS: Record<QuickAddKind, MessageKey[]> = {
  chore: [
    'touch.chip.dishwasher',
    'touch.chip.bins',
    'touch.chip.table',
    'touch.chip.hoover',
    'touch.chip.plants',
  ],
  announcement: ['touch.chip.dinner', 'touch.chip.cake', 'touch.chip.meeting', 'touch.chip.walk'],
  // The shopping list's chips are what the house bought before (board/shopping.ts).
  shopping: [],
};

/** Typing on a wall is slow: an announcement written there is a short one. */
const WALL_ANNOUNCEMENT_MAX = 140;
/** Untouched this long, the panel closes by itself. */
const IDLE_CLOSE_MS = 90_000;

@customElement('hb-quick-add')
export class QuickAdd extends LitElement {
  static override styles = [
    houseColors,
    controls,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 10;
        display: grid;
        place-items: center;
        background: rgb(31 35 40 / 0.55);
        /* The panel must fit the screen whatever the house's text size. */
        font-size: min(1em, 3.4vmin);
      }
      .panel {
        box-sizing: border-box;
        width: min(94vw, 60em);
        max-height: 96vh;
        overflow-y: auto;
        display: grid;
        gap: 0.6em;
        padding: 0.8em 1em;
        background: var(--hb-card);
        border: 3px solid var(--hb-ink);
        border-radius: 0.6em;
      }
      .top {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1em;
      }
      h2 {
        margin: 0;
        font-size: 1.3em;
      }
      p {
        margin: 0;
        color: var(--hb-muted);
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .choices button {
        min-height: max(48px, 1.8em);
      }
      [aria-pressed='true'] {
        background: var(--hb-ink);
        color: var(--hb-card);
      }
      .typed {
        min-height: max(48px, 1.8em);
        box-sizing: border-box;
        padding: 0.3em 0.5em;
        border: 2px solid var(--hb-ink);
        border-radius: 0.4em;
        background: var(--hb-page);
        overflow-wrap: anywhere;
        white-space: pre-wrap;
      }
      /* A still caret after the text: it shows where the next letter goes, without blinking. */
      .typed::after {
        content: '';
        display: inline-block;
        width: 3px;
        height: 1.1em;
        margin-left: 2px;
        vertical-align: text-bottom;
        background: var(--hb-ink);
      }
      .problem {
        color: var(--hb-error);
        font-weight: 600;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 0.6em;
      }
    `,
  ];

  @property() kind: QuickAddKind = 'chore';
  @property({ attribute: false }) house?: House;
  @property() timeZone = 'UTC';
  @state() private repeat: QuickRepeat = 'once';
  /** Undefined while picking from the common ones; the words so far while writing. */
  @state() private typed?: string;
  @state() private problem?: string;
  private readonly idle = new TimeoutController(this);

  constructor() {
    super();
    this.addEventListener('pointerdown', () => this.stayOpen());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stayOpen();
  }

  override render() {
    const chore = this.kind === 'chore';
    return html`<div
      class="panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="quick-add-title"
      data-testid="quick-add"
      data-kind=${this.kind}
    >
      <div class="top">
        <h2 id="quick-add-title">${this.heading()}</h2>
        <button type="button" data-testid="quick-add-close" @click=${this.close}>
          ${t('touch.close')}
        </button>
      </div>
      ${chore ? this.renderRepeat() : this.kind === 'shopping' ? nothing : html`<p>${t('touch.upToday')}</p>`}
      ${this.typed === undefined ? this.renderPicks() : this.renderWriting()}
    </div>`;
  }

  private heading(): string {
    if (this.kind === 'shopping') return t('shopping.addTitle');
    return t(this.kind === 'chore' ? 'touch.addChore' : 'touch.addAnnouncement');
  }

  /** The shopping list's chips: what the house bought before and is not on the list now. */
  private chips(): string[] {
    const board = this.house?.docs.board;
    return board ? shoppingChips(board, serverNow()) : [];
  }

  private renderRepeat() {
    const choice = (repeat: QuickRepeat, words: string) =>
      html`<button
        type="button"
        data-testid="quick-repeat-${repeat}"
        aria-pressed=${this.repeat === repeat ? 'true' : 'false'}
        @click=${() => {
          this.repeat = repeat;
        }}
      >
        ${words}
      </button>`;
    return html`<div class="choices" role="group" aria-label=${t('touch.when')}>
      ${choice('once', t('touch.once'))} ${choice('daily', t('touch.daily'))}
    </div>`;
  }

  private renderPicks() {
    const shopping = this.kind === 'shopping';
    const picks = shopping
      ? this.chips()
      : openPicks(PICKS[this.kind], this.alreadyUp()).map((key) => t(key));
    const hint = shopping
      ? t(picks.length ? 'shopping.boughtBefore' : 'shopping.nothingBefore')
      : t('touch.pickOne');
    return html`
      <p>${hint}</p>
      <div class="choices">
        ${picks.map(
          (words) =>
            html`<button type="button" data-testid="quick-pick" @click=${() => this.add(words)}>
              ${words}
            </button>`,
        )}
        <button
          type="button"
          data-testid="quick-write"
          @click=${() => {
            this.typed = '';
          }}
        >
          ${t('touch.writeOwn')}
        </button>
      </div>
    `;
  }

  private renderWriting() {
    const max =
      this.kind === 'chore'
        ? TITLE_MAX
        : this.kind === 'shopping'
          ? NAME_MAX
          : WALL_ANNOUNCEMENT_MAX;
    return html`
      <div class="typed" data-testid="quick-typed" aria-live="polite" aria-label=${t('touch.write')}
        >${this.typed}</div
      >
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <hb-onscreen-keyboard
        aria-label=${t('touch.keyboard')}
        .value=${this.typed ?? ''}
        .maxLength=${max}
        @text-change=${(event: CustomEvent<string>) => {
          this.typed = event.detail;
          this.problem = undefined;
        }}
      ></hb-onscreen-keyboard>
      <div class="actions">
        <button
          type="button"
          data-testid="quick-cancel"
          @click=${() => {
            this.typed = undefined;
            this.problem = undefined;
          }}
        >
          ${t('touch.cancel')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="quick-save"
          @click=${() => this.add(this.typed ?? '')}
        >
          ${t('touch.save')}
        </button>
      </div>
    `;
  }

  /** Today's chores or the announcements up now, so a pick is not doubled. */
  private alreadyUp(): string[] {
    const board = this.house?.docs.board;
    if (!board) return [];
    const now = serverNow();
    const words =
      this.kind === 'chore'
        ? choresOn(board, dayInZone(now, this.timeZone), this.timeZone).map((c) => c.chore.title)
        : this.kind === 'shopping'
          ? shoppingList(board, now, this.timeZone).toBuy.map((item) => item.name)
          : currentAnnouncements(board, now).map((a) => a.text);
    return words;
  }

  private add(words: string): void {
    const board = this.house?.docs.board;
    const text = words.trim();
    if (!board) return;
    if (!text) {
      this.problem = t('touch.empty');
      return;
    }
    const now = serverNow();
    try {
      if (this.kind === 'chore')
        addQuickChore(board, text, this.repeat, dayInZone(now, this.timeZone), now);
      else if (this.kind === 'shopping') addShopping(board, text, {}, now);
      else addWallAnnouncement(board, text, this.timeZone, now);
    } catch (error) {
      this.problem = say(error instanceof ValidationError ? error.sentence : { key: 'notRight' });
      return;
    }
    const what =
      this.kind === 'chore'
        ? t('touch.added', { title: text })
        : this.kind === 'shopping'
          ? t('shopping.added', { name: text })
          : t('touch.posted', { text });
    this.dispatchEvent(kioskChange(what));
    this.close();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('quick-add-close', { bubbles: true, composed: true }));
  }

  private stayOpen(): void {
    this.idle.start(IDLE_CLOSE_MS, () => this.close());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-quick-add': QuickAdd;
  }
}
