// When a column of the wall cannot give each of its cards room for its title and first item
// whole (the largest text on a 1080p wall, a full day), it shows whole cards in turn rather
// than slivers of all: as many as fit whole, from the one at the front, each with room for its
// tallest item (so whichever page it shows starts whole), with a button at the column's foot
// naming the card that comes next. The column turns every PAGE_MS, like a card's
// own pages, but never by itself for those who asked for no motion: then a tap turns it.
import { css } from 'lit';
import { type KioskCard, PAGE_MS } from './cards/kiosk-card.ts';

/** How long a squeezed column keeps its cards up before the next come round. */
export const COLUMN_MS = PAGE_MS;

/** What a squeezed column shows now, and what comes next. */
export interface ColumnTurn {
  /** The indexes of the cards standing in the column now, in order. */
  shown: number[];
  /** The index of the card a turn brings to the front. */
  next: number;
}

/**
 * Which cards show, from the least room each needs (its title and first item whole), the room
 * each needs to show any of its pages whole (its tallest item), the room the column has, the gap
 * between cards and the card at the front. Undefined when they all fit with their least.
 * At least one card always shows, even one whose first item is taller than the whole column.
 */
export function columnTurn(
  least: number[],
  tallest: number[],
  room: number,
  gap: number,
  front: number,
  footer: number,
): ColumnTurn | undefined {
  const count = least.length;
  const all = least.reduce((sum, each) => sum + each, 0) + gap * Math.max(0, count - 1);
  if (count < 2 || all <= room + 1) return undefined;
  const start = ((front % count) + count) % count;
  const shown = [start];
  let used = tallest[start] ?? 0;
  const left = room - footer - gap;
  for (let step = 1; step < count; step++) {
    const index = (start + step) % count;
    const more = used + gap + (tallest[index] ?? 0);
    if (more > left + 1) break;
    shown.push(index);
    used = more;
  }
  return { shown, next: (start + shown.length) % count };
}

/** Whether the person asked for no motion: then only a tap turns a column. */
export function stillWanted(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Fits one column of the wall: when its cards cannot all show their first item whole, only
 * those that fit whole, whichever page they show, stand in it, from the one at the front; the
 * others wait, measured but not shown (and out of reach of a tap or a screen reader). Marks the
 * column squeezed when even the card at the front alone cannot show its first item whole: it
 * shows what fits, faded.
 * `turned`: the column has just turned (its timer or a tap), so a card that comes round shows
 * its next page.
 */
export function fitColumn(
  column: HTMLElement,
  front: number,
  turned = false,
): ColumnTurn | undefined {
  const cards = [...column.querySelectorAll<KioskCard>(':scope > [data-kind]')];
  const gap = Number.parseFloat(getComputedStyle(column).rowGap) || 0;
  const foot = column.querySelector('.column-next')?.getBoundingClientRect().height ?? 0;
  const least = cards.map((card) => card.least ?? 0);
  // In turns, each card shown has room for whichever of its pages it shows.
  const tallest = cards.map((card) => Math.max(card.tallest ?? 0, card.least ?? 0));
  const height = column.clientHeight;
  const turn = columnTurn(least, tallest, height, gap, front, foot);
  const shown = turn?.shown ?? cards.map((_, index) => index);
  column.toggleAttribute('data-turns', !!turn);
  cards.forEach((card, index) => {
    const waiting = !shown.includes(index);
    // Only a real turn shows a card's next page, not a column that waited for a moment while
    // the wall changed size.
    if (turned && !waiting && card.hasAttribute('data-waiting')) card.comeRound();
    card.toggleAttribute('data-waiting', waiting);
    card.toggleAttribute('inert', waiting);
  });
  // Squeezed as before the turns: even the card at the front alone cannot show its first item
  // whole. Alone, it has the whole column less the foot, and an item taller shows in parts.
  const used = shown.reduce((sum, index) => sum + (least[index] ?? 0), 0);
  const squeezed = used + gap * shown.length + (turn ? foot : -gap) > height + 1;
  column.toggleAttribute('data-squeezed', squeezed);
  column.dataset.cards = String(shown.length);
  return turn;
}

/** The wall's styles for columns that take turns. */
export const columnTurnStyles = css`
      /* A card waiting for its column's turn: measured, not shown. */
      .column {
        position: relative;
      }
      /* The cards a column in turns shows together have room for their tallest item, whichever
         page; one alone grows to the whole column less its foot anyway. */
      .column[data-turns]:not([data-squeezed]):not([data-cards='1']) > [data-kind] {
        min-height: min(var(--tallest, 0px), 100%);
      }
      .column > [data-waiting] {
        position: absolute;
        inset: 0 0 auto;
        height: 100%;
        visibility: hidden;
        pointer-events: none;
      }
      /* The foot of a column that takes turns: the card that comes next, and a tap brings it. */
      .column-next {
        flex: none;
        align-self: stretch;
        min-height: max(48px, 1.5em);
        padding: 0 0.6em;
        border: 2px solid var(--hb-line);
        border-radius: 0.5em;
        background: var(--hb-card);
        color: var(--hb-ink);
        font: inherit;
        font-size: var(--hb-small-text);
        font-weight: 700;
        text-align: start;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        cursor: pointer;
      }
`;
