// Small helpers shared by the board model tests: catching a refusal, and syncing two Yjs docs
// the way two devices would through the server.
import { expect } from 'vitest';
import * as Y from 'yjs';
import type { DocKind } from '../../board/documents.ts';
import { ValidationError } from '../../board/records.ts';
import { validateChanges } from '../../board/validation.ts';

/** Runs `action` and returns the ValidationError it throws; fails the test if it does not. */
export function refusal(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('Expected a ValidationError, but nothing was refused.');
}

/** A message a resident can read: one sentence, capitalised, ending in a full stop, no jargon. */
export function expectPlainSentence(message: string): void {
  expect(message).toMatch(/^[A-Z][^\n]*\.$/);
  expect(message).not.toMatch(/invalid|expected|received|zod|undefined|NaN|\[object/i);
}

/** Sends each doc's missing changes to the other, both ways. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A second device that starts with everything the first one has. */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** An instant written in UTC. */
export const at = (iso: string): number => {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`Not an instant: ${iso}`);
  return instant;
};

/**
 * Every map and record of a document against the board's schema; throws SchemaViolation at the
 * first problem. The server's own check (validateChanges) run over the whole state, applied to an
 * empty document, so a test asks exactly what the server would.
 */
export function validateDocument(doc: Y.Doc, kind: DocKind): void {
  const fresh = new Y.Doc();
  let problem: unknown;
  fresh.on('afterTransaction', (transaction: Y.Transaction) => {
    try {
      validateChanges(fresh, kind, transaction);
    } catch (error) {
      problem ??= error;
    }
  });
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  if (problem) throw problem;
}
