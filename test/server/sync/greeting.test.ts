// The greeting a screen gets on connecting (sync step 1, the server's state vector): made once
// per version of the document and shared, never one from before a change, and let go soon.
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../../board/chore.ts';
import { greetingFor, KEEP_GREETING_MS } from '../../../server/sync/greeting.ts';
import { syncStep1Message } from '../../../server/sync/protocol.ts';

const chore = (title: string) => ({ title, schedule: { kind: 'daily' as const }, createdAt: 1 });

/** A loaded document as the greeting sees it: its Y.Doc and a count bumped on every change. */
function board() {
  const document = { doc: new Y.Doc(), version: 0 };
  document.doc.on('afterTransaction', () => {
    document.version += 1;
  });
  choreRecords(document.doc).add(chore('Dishes'));
  return document;
}

/** The state vector inside a sync step 1 message. */
function stateVectorIn(message: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder); // message type: sync
  decoding.readVarUint(decoder); // sync step 1
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the greeting a connecting screen gets', () => {
  test('screens connecting together share one greeting, the same as one made afresh', () => {
    const document = board();
    const first = greetingFor(document);
    expect(greetingFor(document)).toBe(first);
    expect(first).toEqual(syncStep1Message(document.doc));
  });

  test('after a change, the next screen is greeted with the new state vector', () => {
    const document = board();
    const before = greetingFor(document);
    choreRecords(document.doc).add(chore('Bins'));
    const after = greetingFor(document);
    expect(after).not.toBe(before);
    expect(stateVectorIn(after)).toEqual(Y.decodeStateVector(Y.encodeStateVector(document.doc)));
  });

  test('a document read again from the store (a new Y.Doc) is greeted afresh', () => {
    const document = board();
    const before = greetingFor(document);
    const reread = new Y.Doc();
    Y.applyUpdate(reread, Y.encodeStateAsUpdate(document.doc));
    choreRecords(reread).add(chore('Windows'));
    document.doc = reread; // same version count, other document
    expect(stateVectorIn(greetingFor(document))).not.toEqual(stateVectorIn(before));
    expect(greetingFor(document)).toEqual(syncStep1Message(reread));
  });

  test('an idle house holds no greeting after a few seconds', () => {
    vi.useFakeTimers();
    const document = board();
    const first = greetingFor(document);
    vi.advanceTimersByTime(KEEP_GREETING_MS + 1);
    const later = greetingFor(document);
    expect(later).not.toBe(first);
    expect(later).toEqual(first);
  });
});
