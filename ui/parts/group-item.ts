// One of today's groups on the time-ordered list: the one on now and the next one stand out, a
// countdown when it starts within 15 minutes, a cancelled or moved meeting said plainly, and how
// many are coming (names only of those who show them).
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type GroupToday, kindOfGroup } from '../../board/index.ts';
import { timeWords } from '../house-time.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { houseColors } from '../theme.ts';
import { listWords, type WallNames } from '../wall-names.ts';
import { ItemPart } from './item-part.ts';

const BADGES: Partial<Record<GroupToday['status'], MessageKey>> = {
  now: 'groups.badgeNow',
  next: 'groups.badgeNext',
  cancelled: 'groups.badgeCancelled',
};

/** "3 coming: Sam and J." — the count is everyone, the names only those who show them. */
export function comingWords(item: GroupToday, names?: WallNames): string | undefined {
  const count = item.coming.length;
  if (!count) return undefined;
  const shown = names
    ? item.coming.flatMap((id) => names.person(id) ?? []).sort((a, b) => a.localeCompare(b))
    : [];
  return shown.length
    ? t('groups.comingNames', { n: count, names: listWords(shown) })
    : t('groups.coming', { n: count });
}

/** What changed for today's meeting: "Moved today (was 2 pm, Lounge)". */
export function movedWords(item: GroupToday): string | undefined {
  if (!item.moved) return undefined;
  const { group } = item;
  const was = [];
  if (item.start !== group.start) was.push(timeWords(group.start));
  if (item.place !== group.place && group.place) was.push(group.place);
  return was.length ? t('groups.moved', { was: was.join(', ') }) : t('groups.changed');
}

@customElement('hb-group-item')
export class GroupItem extends ItemPart {
  static override styles = [
    houseColors,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        grid-template-columns: 5.2em 1fr;
        gap: 0 0.5em;
        padding: 0.3em 0.5em;
        border-radius: 0.5em;
        border: 2px solid transparent;
      }
      [data-status='now'] {
        border: 4px solid var(--hb-done);
        background: var(--hb-done-tint);
      }
      [data-status='next'] {
        border: 4px solid var(--hb-next);
        background: var(--hb-calm-tint);
      }
      [data-status='past'] {
        color: var(--hb-muted);
        padding-top: 0.1em;
        padding-bottom: 0.1em;
      }
      [data-status='cancelled'] {
        border: 2px dashed var(--hb-line);
        padding-top: 0.1em;
        padding-bottom: 0.1em;
      }
      [data-status='cancelled'] .time {
        text-decoration: line-through;
        color: var(--hb-muted);
      }
      .time {
        grid-row: 1 / span 6;
        white-space: nowrap;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .badge {
        display: inline-block;
        margin-right: 0.4em;
        padding: 0 0.4em;
        border-radius: 0.3em;
        color: var(--hb-card);
        background: var(--hb-done);
        font-weight: 700;
      }
      [data-status='next'] .badge {
        background: var(--hb-next);
      }
      [data-status='cancelled'] .badge {
        color: var(--hb-ink);
        background: transparent;
        border: 2px solid var(--hb-ink);
      }
      /* What it is, when it is not an ordinary group: "House meeting", "Outing". */
      .kind {
        display: inline-block;
        margin-right: 0.4em;
        padding: 0 0.3em;
        border: 2px solid currentColor;
        border-radius: 0.3em;
        font-size: var(--hb-small-text, 0.85em);
        font-weight: 700;
      }
      .line {
        grid-column: 2;
        font-size: var(--hb-small-text, 0.85em);
        overflow-wrap: anywhere;
      }
      .meta,
      .note {
        color: var(--hb-muted);
      }
      .soon {
        font-weight: 700;
        color: var(--hb-next);
      }
      .moved,
      .coming {
        font-weight: 600;
      }
      .until {
        display: block;
        font-size: var(--hb-small-text, 0.85em);
        font-weight: 400;
      }
      /* Earlier today, or not on today: one quiet line, so the rest of the day keeps the room. */
      [data-status='past'] .line,
      [data-status='cancelled'] .line {
        display: none;
      }
      [data-status='past'] .until,
      [data-status='cancelled'] .until {
        display: none;
      }
    `,
  ];

  @property({ attribute: false }) group?: GroupToday;
  /** The wall's names, for who leads and who is coming. */
  @property({ attribute: false }) names?: WallNames;

  protected readonly what = 'a group';

  protected renderItem() {
    const item = this.group;
    if (!item) return null;
    const { group, status } = item;
    const badgeKey = BADGES[status];
    const badge = badgeKey && t(badgeKey);
    const kind = kindOfGroup(group);
    const kindWord =
      kind === 'meeting'
        ? t('agenda.badgeMeeting')
        : kind === 'outing'
          ? t('agenda.badgeOuting')
          : undefined;
    const leader = this.names ? this.names.leader(group.leader) : group.leader;
    const meta = [item.place, leader ? t('groups.with', { name: leader }) : undefined].filter(
      Boolean,
    );
    const moved = status === 'cancelled' ? undefined : movedWords(item);
    const coming = status === 'cancelled' ? undefined : comingWords(item, this.names);
    const soon =
      item.startsInMinutes === undefined
        ? undefined
        : item.startsInMinutes <= 1
          ? t('groups.startsInAMinute')
          : t('groups.startsIn', { n: item.startsInMinutes });
    return html`
      <article data-testid="group-item" data-id=${item.id} data-status=${status}>
        <span class="time">
          ${timeWords(item.start)}<span class="until">${t('groups.to', { time: timeWords(item.end) })}</span>
        </span>
        <span class="title">
          ${badge ? html`<span class="badge">${badge}</span>` : null}${
            kindWord ? html`<span class="kind" data-testid="group-kind">${kindWord}</span>` : null
          }${group.title}
        </span>
        ${soon ? html`<span class="line soon" data-testid="group-countdown">${soon}</span>` : nothing}
        ${moved ? html`<span class="line moved" data-testid="group-moved">${moved}</span>` : nothing}
        ${meta.length ? html`<span class="line meta">${meta.join(' · ')}</span>` : nothing}
        ${coming ? html`<span class="line coming" data-testid="group-coming-count">${coming}</span>` : nothing}
        ${group.note && status !== 'cancelled' ? html`<span class="line note">${group.note}</span>` : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-group-item': GroupItem;
  }
}
