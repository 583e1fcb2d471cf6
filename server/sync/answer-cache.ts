// The answer to a sync step 1 — what a screen lacks, as a ready message — encoded once per version
// of the document and state vector asked with. When every screen of a house connects at once (the
// server came back, the Wi-Fi came back), they all ask with an empty state vector; encoding a board
// of thousands of day records once for each of them was most of the server's work (bench `records`).
// The next change to the document makes every kept answer stale; kept answers are let go after a
// few seconds anyway, so an idle house holds no second copy of its board, and a small board's
// answer is not kept at all.
import * as Y from 'yjs';
import { syncStep2Message } from './protocol.ts';

/** What an answer is made from: the document, and a count that changes whenever it does. */
export interface Answerable {
  readonly doc: Y.Doc;
  readonly version: number;
}

/** Different state vectors answered per version: a new screen's empty one, and a few others. */
const MAX_ANSWERS = 8;
/** How long kept answers stay, at most, after the first was made. */
export const KEEP_ANSWERS_MS = 5_000;
/** Smaller answers are made again each time: cheaper than a copy in memory for every house. */
export const MIN_KEPT_BYTES = 4096;

interface Kept {
  doc: Y.Doc;
  version: number;
  answers: Map<string, Uint8Array>;
}

const kept = new WeakMap<Answerable, Kept>();

/** The sync step 2 message answering `stateVector` now, made once and shared while it holds. */
export function syncAnswerFor(document: Answerable, stateVector: Uint8Array): Uint8Array {
  let entry = kept.get(document);
  if (!entry || entry.doc !== document.doc || entry.version !== document.version) {
    entry = { doc: document.doc, version: document.version, answers: new Map() };
    if (!kept.has(document)) setTimeout(() => kept.delete(document), KEEP_ANSWERS_MS).unref();
    kept.set(document, entry);
  }
  const key = Buffer.from(stateVector).toString('base64');
  const known = entry.answers.get(key);
  if (known) return known;
  const answer = syncStep2Message(Y.encodeStateAsUpdate(document.doc, stateVector));
  if (answer.length >= MIN_KEPT_BYTES && entry.answers.size < MAX_ANSWERS)
    entry.answers.set(key, answer);
  return answer;
}
