// What a day's chore says on the wall and on phones, in plain words: whose turn it is, who said
// they'll do it, who did it and when, and a small warm count of thanks. Nothing that ranks people.
import type { ChoreToday } from '../../board/index.ts';
import { instantWords } from '../house-time.ts';
import { t } from '../i18n/index.ts';
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
  return count > 0 ? t('chores.thanksFrom', { n: count }) : undefined;
}

export function choreWords(item: ChoreToday, names: WallNames, timeZone: string): ChoreWords {
  // Today's list needs no "daily": where it is says enough.
  const detail = item.chore.area ?? '';
  const mine = (id: string | undefined) => !!id && id === names.me;
  let status: string | undefined;
  if (item.done) {
    const by = names.person(item.done.by);
    const time = instantWords(item.done.at, timeZone);
    status = mine(item.done.by)
      ? t('chores.doneByYou', { time })
      : by
        ? t('chores.doneBy', { name: by, time })
        : t('chores.doneAt', { time });
  } else if (item.claimedBy) {
    status = mine(item.claimedBy)
      ? t('chores.youWillDoIt')
      : t('chores.willDoIt', { name: names.person(item.claimedBy) ?? t('names.someone') });
  } else if (item.turn) {
    const turn = names.person(item.turn);
    status = mine(item.turn)
      ? t('chores.yourTurn')
      : turn
        ? t('chores.turnOf', { name: turn })
        : t('chores.someonesTurn');
  }
  if (item.stillOpen && !item.done) {
    const stillOpen = t('chores.stillOpen');
    status = status ? `${stillOpen} · ${status}` : stillOpen;
  }
  return { status, detail, thanks: thanksWords(item.thanks.length) };
}
