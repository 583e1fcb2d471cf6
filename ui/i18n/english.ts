// Every English message, gathered from the parts the screens load (words/*.ts): the type every
// message key is checked against, and the whole catalog for what compares words across languages
// (catalog.ts) and for tests. A screen loads only the parts it shows (index.ts `wordsFor`): add an
// area's messages to the part of each screen that shows them, and its Spanish to words/es/.
import type { Catalog } from './define.ts';
import { words as board } from './words/board.ts';
import { words as night } from './words/night.ts';
import { words as phone } from './words/phone.ts';
import { words as phoneLater } from './words/phone-later.ts';
import { words as wall } from './words/wall.ts';

export const english = { ...board, ...wall, ...night, ...phone, ...phoneLater };

export type Messages = typeof english;
export type MessageKey = keyof Messages & string;

/** Every message, in a language the screens may load later. */
export type Translation = Record<MessageKey, Catalog[string]>;
