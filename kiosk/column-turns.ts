// When a column of the wall cannot give each of its cards room for its title and first item
// whole (the largest text on a 1080p wall, a full day), it shows whole cards in turn rather
// than slivers of all: as many as fit whole, from the one at the front, with a button at the
// column's foot naming the card that comes next. The column turns every PAGE_MS, like a card's
// own pages, but never by itself for those who asked for no motion: then a tap turns it.
import { PAGE_MS } from './cards/kiosk-card.ts';

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
 * the column has, the gap between cards and the card at the front. Undefined when they all fit.
 * At least one card always shows, even one whose first item is taller than the whole column.
 */
export function columnTurn(
  least: number[],
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
  let used = least[start] ?? 0;
  const left = room - footer - gap;
  for (let step = 1; step < count; step++) {
    const index = (start + step) % count;
    const more = used + gap + (least[index] ?? 0);
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
