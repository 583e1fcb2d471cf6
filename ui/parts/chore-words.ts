// What a day's chore says on the wall and on phones, in plain words: whose turn it is, who said
// they'll do it, who did it and when, since when a one-off has waited, and a small warm count of
// thanks. Nothing that ranks people.
import { type ChoreToday, type Day, daysBetween, weekdayOf } from '../../board/index.ts';
import { dayWords, instantWords, weekdayWords } from '../house-time.ts';
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

/**
 * Since when a one-off chore has waited, seen on `today`: "since yesterday", "since Tuesday"
 * within the week, then the date ("since Thursday 27 November").
 */
export function sinceWords(since: Day, today: Day): string | undefined {
  const days = daysBetween(since, today);
  if (days < 1) return undefined;
  if (days === 1) return t('chores.sinceYesterday');
  const day = days < 7 ? weekdayWords(weekdayOf(since), 'long') : dayWords(since);
  return t('chores.sinceDay', { day });
}

/** `today`: the day the list is for, in the house's time zone. */
export function choreWords(
  item: ChoreToday,
  names: WallNames,
  timeZone: string,
  today: Day,
): ChoreWords {
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
  const waiting = item.done
    ? undefined
    : item.since
      ? sinceWords(item.since, today)
      : item.stillOpen
        ? t('chores.stillOpen')
        : undefined;
  if (waiting) status = status ? `${waiting} · ${status}` : waiting;
  return { status, detail, thanks: thanksWords(item.thanks.length) };
}
