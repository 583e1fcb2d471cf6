// Sentences that reach the screens in English from elsewhere — the board's validators, the
// server's refusals, the sync server's close codes — said in the screen's language by their
// stable key. Anything not in the tables shows as it came.
import { closeReasonOf, readSentence, thingOf } from '../../board/index.ts';
import { type MessageKey, t } from './index.ts';

/** An English sentence from the board, the server or a close code, in the screen's language. */
export function localSentence(english: string): string {
  const close = closeReasonOf(english);
  if (close) return t(`close.${close}`);
  const found = readSentence(english);
  if (!found) return english;
  const values = { ...found.values };
  const thing = values.what === undefined ? undefined : thingOf(values.what);
  if (thing) values.what = t(`thing.${thing}`);
  return t(`sentence.${found.key}` as MessageKey, values);
}
