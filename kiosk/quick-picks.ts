// Which one-tap picks the wall still offers. A pick is the same chore or note in every language
// the screens speak, so "Take the bins out" is not offered beside "Sacar la basura" already on
// the board, whatever language the house or the person who wrote it spoke at the time.
import { LANGUAGES } from '../board/index.ts';
import { catalog, type MessageKey } from '../ui/i18n/catalog.ts';

/** How a title is compared: case, spacing and a closing full stop or "!" do not count. */
export function sameWords(words: string): string {
  return words
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!¡]+$/u, '')
    .toLocaleLowerCase();
}

/** A pick's words in every language, as `sameWords` reads them. */
export function pickWords(key: MessageKey): string[] {
  return LANGUAGES.map((language) => {
    const message = catalog[language][key] as unknown;
    return typeof message === 'string' ? sameWords(message) : '';
  }).filter(Boolean);
}

/** The picks whose words, in no language, are already among `onBoard` (titles or notes). */
export function openPicks(keys: readonly MessageKey[], onBoard: Iterable<string>): MessageKey[] {
  const taken = new Set([...onBoard].map(sameWords));
  return keys.filter((key) => !pickWords(key).some((words) => taken.has(words)));
}
