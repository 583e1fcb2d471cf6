// Says aloud, through a polite live region, what another device just changed that matters to
// someone in the house: a chore ticked (by whom, as the wall names them) and a new announcement.
// Only changes that arrive from the server once this phone is in step count, so opening the
// board or catching up after a drop says nothing.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as Y from 'yjs';
import { choresOn, currentAnnouncements, dayInZone, readSettings } from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import { LANGUAGE_CHANGE, language, t } from '../../ui/i18n/index.ts';
import { serverNow } from '../../ui/server-clock.ts';
import { WallNames } from '../../ui/wall-names.ts';

/** What the news is made from: the day's ticks and the announcements up, as they were. */
interface BoardView {
  ticks: Map<string, { title: string; by?: string }>;
  notes: Map<string, string>;
}

function viewOf(board: Y.Doc, settings: Y.Doc, now: number): BoardView {
  const zone = readSettings(settings).timeZone;
  const ticks = new Map<string, { title: string; by?: string }>();
  for (const item of choresOn(board, dayInZone(now, zone), zone)) {
    if (item.done) ticks.set(item.dayId, { title: item.chore.title, by: item.done.by });
  }
  const notes = new Map(currentAnnouncements(board, now).map((note) => [note.id, note.text]));
  return { ticks, notes };
}

/** Sentences for what changed from `before` to `after`; `names` says who, as the wall would. */
export function newsBetween(before: BoardView, after: BoardView, names: WallNames): string[] {
  const news: string[] = [];
  for (const [dayId, tick] of after.ticks) {
    if (before.ticks.has(dayId)) continue;
    const name = names.person(tick.by);
    news.push(
      name
        ? t('news.ticked', { name, title: tick.title })
        : t('news.tickedNoName', { title: tick.title }),
    );
  }
  for (const [dayId, tick] of before.ticks) {
    if (!after.ticks.has(dayId)) news.push(t('news.unticked', { title: tick.title }));
  }
  for (const [id, text] of after.notes) {
    if (!before.notes.has(id)) news.push(t('news.announcement', { text }));
  }
  return news;
}

@customElement('hb-board-news')
export class BoardNews extends LitElement {
  static override styles = css`
    /* Heard, not seen: the board itself shows the change. */
    p {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `;

  @property({ attribute: false }) house?: HouseConnection;
  @state() private said = '';
  private listening?: { board: Y.Doc; stop: () => void };
  private last?: BoardView;

  override updated(): void {
    // Lit may update it once more after it left the page: it must not start listening then.
    const board = this.isConnected ? this.house?.docs.board : undefined;
    if (board && this.listening?.board !== board) this.listen(board);
  }

  /**
   * Words said in the language before a switch are not left standing in the region: it empties
   * (which is not read out) and the next news is said in the language the phone speaks now.
   */
  private readonly onLanguage = () => {
    this.said = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LANGUAGE_CHANGE, this.onLanguage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener(LANGUAGE_CHANGE, this.onLanguage);
    this.listening?.stop();
    this.listening = undefined;
    super.disconnectedCallback();
  }

  override render() {
    return html`<p aria-live="polite" lang=${language()} data-testid="board-news">${this.said}</p>`;
  }

  /** The same words as last time must be heard again: the region empties for a moment first. */
  private async say(words: string) {
    this.said = '';
    await this.updateComplete;
    this.said = words;
  }

  private listen(board: Y.Doc) {
    this.listening?.stop();
    const house = this.house!;
    this.last = viewOf(board, house.docs.settings, serverNow());
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const now = serverNow();
      const next = viewOf(board, house.docs.settings, now);
      const before = this.last!;
      this.last = next;
      const provider = house.providers.board;
      // From the server, while in step: another device's edit (not this phone's own, not a catch-up).
      if (origin !== provider || !provider.synced) return;
      const news = newsBetween(before, next, new WallNames(board, now));
      if (news.length) void this.say(news.join('. '));
    };
    board.on('update', onUpdate);
    this.listening = { board, stop: () => board.off('update', onUpdate) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-board-news': BoardNews;
  }
}
