// What a day's chore says on the wall and on phones, in plain words: whose turn it is, who said
// they'll do it, who did it and when, and a small warm count of thanks. Nothing that ranks people.
import type { ChoreToday } from '../../board/index.ts';
import { instantWords } from '../house-time.ts';
import type { WallNames } from '../wall-names.ts';

export interface ChoreWords {
  /** Who and what: "Sam will do it", "J.'s turn", "Done by Sam at 9:40 am". */
  status?: string;
  /** Where: "kitchen". */
  detail: string;
  /** "♥ Thanks from 2", when someone said thanks. */
  thanks?: string;
}

export function thanksWords(count: number): string | undefined {
  return count > 0 ? `♥ Thanks from ${count}` : undefined;
}

export function choreWords(item: ChoreToday, names: WallNames, timeZone: string): ChoreWords {
  // Today's list needs no "daily": where it is says enough.
  const detail = item.chore.area ?? '';
  const mine = (id: string | undefined) => !!id && id === names.me;
  let status: string | undefined;
  if (item.done) {
    const by = mine(item.done.by) ? 'you' : names.person(item.done.by);
    const at = instantWords(item.done.at, timeZone);
    status = by ? `Done by ${by} at ${at}` : `Done at ${at}`;
  } else if (item.claimedBy) {
    status = mine(item.claimedBy)
      ? "You'll do it"
      : `${names.person(item.claimedBy) ?? 'Someone'} will do it`;
  } else if (item.turn) {
    const turn = names.person(item.turn);
    status = mine(item.turn) ? 'Your turn' : turn ? `${turn}'s turn` : "Someone's turn";
  }
  if (item.stillOpen && !item.done) {
    status = status ? `Still open from yesterday · ${status}` : 'Still open from yesterday';
  }
  return { status, detail, thanks: thanksWords(item.thanks.length) };
}
