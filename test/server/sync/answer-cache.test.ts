// The shared answer to a sync step 1: one encoding per version of the board and state vector,
// never an answer from before a change, and no more than a few kept, whatever screens ask with.
import * as decoding from 'lib0/decoding';
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../../board/chore.ts';
import {
  KEEP_ANSWERS_MS,
  MIN_KEPT_BYTES,
  syncAnswerFor,
} from '../../../server/sync/answer-cache.ts';

const chore = (title: string) => ({ title, schedule: { kind: 'daily' as const }, createdAt: 1 });
const FILLER = 'Filler chore';

/**
 * A loaded document as the answers see it: its Y.Doc and a count bumped on every change; with
 * enough chores that its answer is worth keeping.
 */
function board(fillers = 80) {
  const document = { doc: new Y.Doc(), version: 0 };
  document.doc.on('afterTransaction', () => {
    document.version += 1;
  });
  for (let i = 0; i < fillers; i++) choreRecords(document.doc).add(chore(`${FILLER} ${i}`));
  return document;
}

/** The update inside a sync step 2 message. */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0); // sync
  expect(decoding.readVarUint(decoder)).toBe(1); // step 2
  return decoding.readVarUint8Array(decoder);
}

/** What a screen holding nothing would see after applying the answer. */
function titlesFrom(message: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, updateIn(message));
  return choreRecords(doc)
    .values()
    .map((c) => c.title)
    .filter((title) => !title.startsWith(FILLER))
    .sort();
}

const EMPTY = Y.encodeStateVector(new Y.Doc());

describe('the shared answer to a sync step 1', () => {
  test('screens asking with the same state vector while the board stays the same get the same bytes', () => {
    const document = board();
    choreRecords(document.doc).add(chore('Feed the cat'));
    const first = syncAnswerFor(document, EMPTY);
    expect(first.length).toBeGreaterThanOrEqual(MIN_KEPT_BYTES);
    expect(syncAnswerFor(document, EMPTY)).toBe(first);
    expect(titlesFrom(first)).toEqual(['Feed the cat']);
  });

  test('a small board is answered afresh each time: keeping its answer would cost more', () => {
    const document = board(0);
    choreRecords(document.doc).add(chore('Feed the cat'));
    const first = syncAnswerFor(document, EMPTY);
    expect(first.length).toBeLessThan(MIN_KEPT_BYTES);
    expect(syncAnswerFor(document, EMPTY)).not.toBe(first);
    expect(syncAnswerFor(document, EMPTY)).toEqual(first);
  });

  test('after a change, the next screen is given the change', () => {
    const document = board();
    choreRecords(document.doc).add(chore('Feed the cat'));
    syncAnswerFor(document, EMPTY);
    choreRecords(document.doc).add(chore('Water the plants'));
    expect(titlesFrom(syncAnswerFor(document, EMPTY))).toEqual([
      'Feed the cat',
      'Water the plants',
    ]);
  });

  test('a board read again from the store is answered from what it holds now', () => {
    const document = board();
    choreRecords(document.doc).add(chore('Feed the cat'));
    syncAnswerFor(document, EMPTY);
    const again = new Y.Doc();
    choreRecords(again).add(chore('Sweep the hall'));
    const replaced = { doc: again, version: document.version };
    // The same count on another document is not the same board.
    Object.assign(document, replaced);
    expect(titlesFrom(syncAnswerFor(document, EMPTY))).toEqual(['Sweep the hall']);
  });

  test('a screen asking with a state vector of its own is given only what it lacks', () => {
    const document = board();
    choreRecords(document.doc).add(chore('Feed the cat'));
    const screen = new Y.Doc();
    Y.applyUpdate(screen, Y.encodeStateAsUpdate(document.doc));
    choreRecords(document.doc).add(chore('Water the plants'));
    const answer = updateIn(syncAnswerFor(document, Y.encodeStateVector(screen)));
    expect(answer).toEqual(Y.encodeStateAsUpdate(document.doc, Y.encodeStateVector(screen)));
    Y.applyUpdate(screen, answer);
    expect(choreRecords(screen).values()).toHaveLength(82);
  });

  test('a flood of different state vectors is answered right, and only a few answers are kept', () => {
    const document = board();
    choreRecords(document.doc).add(chore('Feed the cat'));
    for (let client = 1; client <= 16; client++) {
      // A state vector naming a client the board never saw: it still lacks the whole board.
      const vector = Y.encodeStateVector(new Map([[client, 3]]));
      const answer = syncAnswerFor(document, vector);
      expect(updateIn(answer)).toEqual(Y.encodeStateAsUpdate(document.doc, vector));
      if (client > 8)
        expect(syncAnswerFor(document, vector)).not.toBe(answer); // not kept
      else expect(syncAnswerFor(document, vector)).toBe(answer);
    }
  });

  test('an idle board keeps no second copy of itself: kept answers are let go after a few seconds', () => {
    vi.useFakeTimers();
    try {
      const document = board();
      choreRecords(document.doc).add(chore('Feed the cat'));
      const first = syncAnswerFor(document, EMPTY);
      vi.advanceTimersByTime(KEEP_ANSWERS_MS - 1);
      expect(syncAnswerFor(document, EMPTY)).toBe(first);
      vi.advanceTimersByTime(1);
      const later = syncAnswerFor(document, EMPTY);
      expect(later).not.toBe(first);
      expect(titlesFrom(later)).toEqual(['Feed the cat']);
    } finally {
      vi.useRealTimers();
    }
  });
});
