// The server's copy of one document for board tests: what a device changed since it last synced
// is applied as the server applies it, checked as that device's writer, and refused as a whole.
import * as Y from 'yjs';
import { DOC_MAPS, type DocKind, type Role } from '../../board/index.ts';
import { validateChanges, type Writer } from '../../board/validation.ts';

/**
 * The server's copy of one document: `send` applies what a device changed since it last synced,
 * checked as that device's writer, and returns the refusal (undefined when accepted). A refused
 * update leaves the copy as it was, as the server reads its store again.
 */
export function serverCopy(kind: DocKind, now: number) {
  const doc = new Y.Doc();
  for (const name of DOC_MAPS[kind]) doc.getMap(name);
  const send = (device: Y.Doc, writer: Writer): unknown => {
    const update = Y.encodeStateAsUpdate(device, Y.encodeStateVector(doc));
    const trial = new Y.Doc();
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    for (const name of DOC_MAPS[kind]) trial.getMap(name);
    let problem: unknown;
    trial.on('afterTransaction', (transaction: Y.Transaction) => {
      try {
        validateChanges(trial, kind, transaction, writer, now);
      } catch (error) {
        problem ??= error;
      }
    });
    Y.applyUpdate(trial, update);
    if (problem === undefined) Y.applyUpdate(doc, update);
    return problem;
  };
  /** A device in step with the server. */
  const device = () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return copy;
  };
  return { doc, send, device };
}

export const writer = (personId: string, role: Role = 'member'): Writer => ({
  role,
  personId,
  ownClients: new Set(),
});
