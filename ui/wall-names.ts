// Names as the wall shows them at a moment: each person's own choice (as written, initial, or
// nothing), and in visitor mode an initial at most. Phones use the same rules, so a phone never
// shows more of a name than the wall in the common room does.
import type * as Y from 'yjs';
import {
  isHere,
  personName,
  personRecords,
  type Shift,
  shiftName,
  visitorModeUntil,
  wallName,
} from '../board/index.ts';
import { t } from './i18n/index.ts';
import { listFormat } from './intl-formats.ts';

export class WallNames {
  /** Until when visitor mode is on; undefined when it is off. */
  readonly visitorUntil?: number;

  /**
   * `me`: the person whose phone this is, told "you" about their own doings — which shows
   * nothing of them the wall does not. The wall has no "me".
   */
  constructor(
    readonly board: Y.Doc,
    now: number,
    readonly me?: string,
  ) {
    this.visitorUntil = visitorModeUntil(board, now);
  }

  get visitorMode(): boolean {
    return this.visitorUntil !== undefined;
  }

  /** A person's name by their id, or undefined when no name may show. */
  person(id: string | undefined): string | undefined {
    return personName(this.board, id, this.visitorMode);
  }

  /** A name someone typed in a free field (who leads, an announcement's author). */
  typed(name: string | undefined): string | undefined {
    return name ? wallName('full', name, this.visitorMode) : undefined;
  }

  /**
   * Who leads a group, as written: free text ("everyone, Kai notes"). In visitor mode each
   * name of someone on the board in it is shortened to an initial ("everyone, K. notes"); the
   * rest, naming nobody, stays as written.
   */
  leader(text: string | undefined): string | undefined {
    if (!text || !this.visitorMode) return text;
    const names = this.boardNames();
    if (!names) return text;
    return text.replace(names, (name) => wallName('full', name, true) ?? name);
  }

  /** Every board person's name as a whole word or words, longest first; undefined if none. */
  private boardNames(): RegExp | undefined {
    const names = new Set<string>();
    for (const person of personRecords(this.board).values()) {
      const name = person.name.trim();
      if (name) names.add(name);
    }
    if (names.size === 0) return undefined;
    const alternatives = [...names]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  shift(shift: Shift): string | undefined {
    return shiftName(shift, this.visitorMode);
  }

  /** Everyone on the board with the words a picker shows for them; hidden names stay hidden. */
  people(me = this.me): Array<{ id: string; words: string; hidden: boolean }> {
    return personRecords(this.board)
      .values()
      .filter(isHere)
      .map((person) => {
        const shown = this.person(person.id);
        const base = shown ?? t('names.hidden');
        return {
          id: person.id,
          words: person.id === me ? t('names.you', { name: base }) : base,
          hidden: !shown,
        };
      })
      .sort(
        (a, b) =>
          Number(b.id === me) - Number(a.id === me) ||
          Number(a.hidden) - Number(b.hidden) ||
          a.words.localeCompare(b.words),
      );
  }
}

/** "Sam", "Sam and J.", "Sam, J. and Kit" — "Sam, J. y Kit" in Spanish. */
export function listWords(names: string[]): string {
  return listFormat().format(names);
}
