// The announcements still up, pinned first. When more are up than fit, they take turns: a page
// at a time, each long enough to read, with no motion for those who asked for none. They come
// down on their own when they expire (the wall re-renders each minute).
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announcementRecords, currentAnnouncements, type Settings } from '../../board/index.ts';
import type { HouseConnection } from '../../ui/connection.ts';
import '../../ui/parts/announcement-item.ts';
import { t } from '../../ui/i18n/index.ts';
import { TimeoutController } from '../../ui/timeout-controller.ts';
import { WallNames } from '../../ui/wall-names.ts';
import { KioskCard } from './kiosk-card.ts';

/** A page stays up 10 to 30 seconds: longer for more words (about three words a second). */
export function pageSeconds(words: number): number {
  return Math.min(30, Math.max(10, Math.round(4 + words / 3)));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

@customElement('hb-announcements-card')
export class AnnouncementsCard extends KioskCard {
  static override styles = [
    ...KioskCard.styles,
    css`
      .body {
        position: relative;
        overflow: hidden;
      }
      hb-announcement-item {
        flex: none;
        max-height: var(--room, none);
        overflow: hidden;
      }
      /* Measured but not shown: waiting for its turn. */
      hb-announcement-item.off {
        position: absolute;
        top: 0;
        left: 0;
        right: 0;
        visibility: hidden;
        pointer-events: none;
      }
      /* Longer than the card: the end fades out rather than being cut mid-line. */
      hb-announcement-item[data-long] {
        -webkit-mask-image: linear-gradient(to bottom, #000 80%, transparent);
        mask-image: linear-gradient(to bottom, #000 80%, transparent);
      }
      @media (prefers-reduced-motion: no-preference) {
        hb-announcement-item.on {
          animation: arrive 0.6s ease-out;
        }
      }
      @keyframes arrive {
        from {
          opacity: 0;
        }
      }
      .turns {
        font-size: var(--hb-small-text);
        color: var(--hb-muted);
        white-space: nowrap;
      }
    `,
  ];

  protected get heading() {
    return t('kiosk.announcements');
  }
  protected override readonly saysMoreBelow = false;
  protected override readonly adds = 'announcement' as const;
  protected readonly reads = ['board' as const];

  /** The ids on each page, worked out from the heights the items really have on the wall. */
  @state() private pages: string[][] = [];
  @state() private page = 0;
  private words = new Map<string, number>();
  /** The announcements already placed on a page, to notice one just posted. */
  private seen?: Set<string>;
  private readonly turns = new TimeoutController(this);
  private resizing?: ResizeObserver;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizing?.disconnect();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const body = this.body;
    if (body) {
      this.resizing = new ResizeObserver(() => this.paginate());
      this.resizing.observe(body);
    }
    void document.fonts?.ready.then(() => this.paginate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.paginate();
  }

  protected override renderAside() {
    const count = this.pages.length;
    if (count < 2) return nothing;
    return html`<span
      class="turns"
      data-testid="announcement-page"
      data-page=${this.page + 1}
      data-pages=${count}
      >${t('kiosk.pageOf', { page: this.page + 1, pages: count })}</span
    >`;
  }

  protected renderBody(house: HouseConnection, settings: Settings) {
    const board = house.docs.board;
    const notes = currentAnnouncements(board, this.now);
    const names = new WallNames(board, this.now);
    const showing = new Set(this.pages[this.page] ?? []);
    this.words = new Map(notes.map((note) => [note.id, wordCount(note.text)]));
    const broken = this.broken(announcementRecords(board).entries());
    return html`
      ${broken}
      ${notes.map(
        (note) =>
          html`<hb-announcement-item
            class=${showing.has(note.id) ? 'on' : 'off'}
            aria-hidden=${showing.has(note.id) ? 'false' : 'true'}
            .announcement=${note}
            .timeZone=${settings.timeZone}
            .byName=${names.typed(note.author) ?? names.person(note.by)}
            @click=${() => this.turn()}
          ></hb-announcement-item>`,
      )}
      ${notes.length || broken.length ? null : this.empty(t('kiosk.noAnnouncements'))}
    `;
  }

  /** Fills pages in order (pinned first) with as many as fit; one too long has a page alone. */
  private paginate(): void {
    const body = this.body;
    if (!body) return;
    const room = body.clientHeight;
    const gap = Number.parseFloat(getComputedStyle(body).rowGap) || 0;
    body.style.setProperty('--room', `${room}px`);
    const items = [...body.querySelectorAll('hb-announcement-item')];
    const pages: string[][] = [];
    let current: string[] = [];
    let used = 0;
    for (const item of items) {
      const id = item.announcement?.id;
      if (!id) continue;
      item.toggleAttribute('data-long', item.scrollHeight > item.clientHeight + 1);
      const height = item.offsetHeight;
      if (current.length && used + gap + height > room) {
        pages.push(current);
        current = [];
        used = 0;
      }
      used += (current.length ? gap : 0) + height;
      current.push(id);
    }
    if (current.length) pages.push(current);
    if (JSON.stringify(pages) === JSON.stringify(this.pages)) return;
    const seen = this.seen;
    this.seen = new Set(pages.flat());
    // One just posted shows at once, wherever it falls; otherwise the wall stays on the page
    // that showed the same first announcement, if it is still there.
    const fresh = seen ? pages.flat().find((id) => !seen.has(id)) : undefined;
    const keep = fresh ?? this.pages[this.page]?.[0];
    const page = pages.findIndex((ids) => keep !== undefined && ids.includes(keep));
    this.pages = pages;
    this.page = Math.max(page, 0);
    if (fresh) this.restartTurns();
    else this.scheduleTurn();
  }

  private restartTurns(): void {
    this.turns.stop();
    this.scheduleTurn();
  }

  private scheduleTurn(): void {
    if (this.pages.length < 2) {
      this.turns.stop();
      return;
    }
    if (this.turns.waiting) return;
    const words = (this.pages[this.page] ?? []).reduce((n, id) => n + (this.words.get(id) ?? 0), 0);
    this.turns.start(pageSeconds(words) * 1000, () => this.turn());
  }

  /** The next page; a tap on the card turns it too, for someone who has finished reading. */
  private turn(): void {
    if (this.pages.length < 2) return;
    this.page = (this.page + 1) % this.pages.length;
    this.restartTurns();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-announcements-card': AnnouncementsCard;
  }
}
