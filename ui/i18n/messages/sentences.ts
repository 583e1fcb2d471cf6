// The board's, the server's and the sync server's sentences (board/sentences.ts,
// board/close-codes.ts) and the things they name. English comes from those tables, so the
// screens say exactly what the server and the tests say; Spanish must say every one.
import {
  type CloseReason,
  CloseReasons,
  SENTENCES,
  type SentenceKey,
  THINGS,
  type Thing,
} from '../../../board/index.ts';
import type { Message } from '../define.ts';

type English = { [K in SentenceKey as `sentence.${K}`]: Message } & {
  [K in Thing as `thing.${K}`]: Message;
} & { [K in CloseReason as `close.${K}`]: Message };

const prefixed = (prefix: string, table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([key, words]) => [`${prefix}.${key}`, words]));

export const sentences = {
  ...prefixed('sentence', SENTENCES),
  ...prefixed('thing', THINGS),
  ...prefixed(
    'close',
    Object.fromEntries(Object.entries(CloseReasons).map(([key, r]) => [key, r.sentence])),
  ),
} as English;
