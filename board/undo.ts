// What "undo my last change" on a phone may take back: everything a person edits on the board,
// as each kind of record declares it (visitor mode is not: ending it early is for staff).
import type * as Y from 'yjs';
import { UNDOABLE_MAPS } from './record-kinds.ts';

/** The board's maps an undo manager watches for this device's own edits. */
export function undoScope(board: Y.Doc): Y.Map<unknown>[] {
  return UNDOABLE_MAPS.map((name) => board.getMap(name));
}
