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
  version: number;
  answers: Map<string, Uint8Array>;
}

/**
 * Kept answers by the Y.Doc they were made from: a document that goes to sleep or is read again
 * has a new Y.Doc, and the old one, with its answers, is let go with it (nothing here holds it).
 */
const kept = new WeakMap<Y.Doc, Kept>();

/** Lets a document's kept answers go after KEEP_ANSWERS_MS, without holding the document. */
function forgetLater(doc: Y.Doc): void {
  const ref = new WeakRef(doc);
  setTimeout(() => {
    const held = ref.deref();
    if (held) kept.delete(held);
  }, KEEP_ANSWERS_MS).unref();
}

/** The sync step 2 message answering `stateVector` now, made once and shared while it holds. */
export function syncAnswerFor(document: Answerable, stateVector: Uint8Array): Uint8Array {
  const doc = document.doc;
  const entry = kept.get(doc);
  const current = entry?.version === document.version ? entry : undefined;
  const key = Buffer.from(stateVector).toString('base64');
  const known = current?.answers.get(key);
  if (known) return known;
  const answer = syncStep2Message(Y.encodeStateAsUpdate(doc, stateVector));
  if (answer.length < MIN_KEPT_BYTES) return answer;
  if (current) {
    if (current.answers.size < MAX_ANSWERS) current.answers.set(key, answer);
    return answer;
  }
  if (!entry) forgetLater(doc);
  kept.set(doc, { version: document.version, answers: new Map([[key, answer]]) });
  return answer;
}
