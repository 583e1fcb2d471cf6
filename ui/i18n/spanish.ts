// Every Spanish message at once, for what compares words across languages (catalog.ts) and for
// tests. A screen that speaks Spanish loads only the parts it shows (words/es/, see index.ts).
import type { Translation } from './english.ts';
import { words as board } from './words/es/board.ts';
import { words as night } from './words/es/night.ts';
import { words as phone } from './words/es/phone.ts';
import { words as phoneLater } from './words/es/phone-later.ts';
import { words as wall } from './words/es/wall.ts';

// A missing part or message here is a type error: Spanish says everything English says.
export const spanish: Translation = { ...board, ...wall, ...night, ...phone, ...phoneLater };
