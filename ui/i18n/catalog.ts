// Every message in every language, at once: for what compares words across languages (the
// wall's one-tap picks) and for tests. A screen's own words go through index.ts, which loads a
// language other than English only when the screen speaks it.
import type { Language } from '../../board/index.ts';
import { english, type Messages } from './english.ts';
import { spanish } from './spanish.ts';

export type { MessageKey } from './english.ts';

export const catalog = { en: english, es: spanish as Messages } satisfies Record<
  Language,
  Messages
>;
