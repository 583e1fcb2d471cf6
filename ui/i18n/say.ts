// Sentences that reach the screens from elsewhere — the board's validators, the server's
// refusals, the sync server's close codes — said in the screen's language by their stable key.
// They arrive as `{ key, values }` (or a close reason); no English is read back into a key.
import type { CloseReason, Sentence } from '../../board/index.ts';
import { type MessageKey, t } from './index.ts';

/** A sentence from the board or the server, in the screen's language. */
export function say(sentence: Sentence): string {
  const { what, ...values } = sentence.values ?? {};
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) words[name] = value;
  if (what !== undefined) words.what = t(`thing.${what}`);
  return t(`sentence.${sentence.key}` as MessageKey, words);
}

/** Why the sync server closed the connection, in the screen's language. */
export function sayClose(reason: CloseReason): string {
  return t(`close.${reason}`);
}
