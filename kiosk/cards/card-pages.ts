// How a wall card splits what it holds into pages of the room it has: a pure rule, from the
// heights the items really have, so the card only measures and shows.

/** One page of a card: which items show, and for an item too long for any page, which part. */
export interface CardPage {
  items: number[];
  /** How far down the one long item this page starts, in px. */
  from: number;
  /** Whether more of the long item follows on the next page. */
  more: boolean;
}

/**
 * Splits items of these heights into pages of the room there is, in order: as many as fit on
 * each. One taller than any page takes turns in parts, each starting a line before the last
 * one ended, so a line cut at the foot of one part shows whole at the top of the next; the
 * last part shows the item's end.
 */
export function pagesOf(heights: number[], room: number, gap: number, line: number): CardPage[] {
  const pages: CardPage[] = [];
  let current: number[] = [];
  let used = 0;
  const close = () => {
    if (current.length) pages.push({ items: current, from: 0, more: false });
    current = [];
    used = 0;
  };
  heights.forEach((height, index) => {
    if (height > room + 0.5) {
      close();
      const step = Math.max(line, room - line);
      // The last part ends with the item's end, not with a gap under half a line.
      for (let from = 0; ; from += step) {
        const more = from + room < height - 0.5;
        pages.push({ items: [index], from: more ? from : Math.max(0, height - room), more });
        if (!more) break;
      }
      return;
    }
    if (current.length && used + gap + height > room + 0.5) close();
    used += (current.length ? gap : 0) + height;
    current.push(index);
  });
  close();
  return pages;
}
