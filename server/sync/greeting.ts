// The sync step 1 a screen is greeted with: the document's state vector, as a ready message. When
// a house's screens connect together (the server or the Wi-Fi came back), each would encode the
// same one; it is made once per version of the document and shared while that version holds.
// The version changes with every change to the document, so a kept greeting is at worst a little
// old, and an old state vector only makes the screen send something the server already has (Yjs
// takes it once). Kept greetings are let go after a few seconds, so an idle house holds none.
import type * as Y from 'yjs';
import type { Answerable } from './answer-cache.ts';
import { syncStep1Message } from './protocol.ts';

/** How long a greeting stays, at most, after it was made. */
export const KEEP_GREETING_MS = 5_000;

interface Kept {
  version: number;
  message: Uint8Array;
}

/** By the Y.Doc it was made from: a document that sleeps or is read again lets its greeting go. */
const kept = new WeakMap<Y.Doc, Kept>();

/** The sync step 1 message for the document as it is now. */
export function greetingFor(document: Answerable): Uint8Array {
  const doc = document.doc;
  const entry = kept.get(doc);
  if (entry && entry.version === document.version) return entry.message;
  const message = syncStep1Message(doc);
  if (!entry) {
    // Let go after KEEP_GREETING_MS, without holding the document meanwhile.
    const ref = new WeakRef(doc);
    setTimeout(() => {
      const held = ref.deref();
      if (held) kept.delete(held);
    }, KEEP_GREETING_MS).unref();
  }
  kept.set(doc, { version: document.version, message });
  return message;
}
