// What "undo my last change" on a phone may take back: everything a person edits on the board,
// but not visitor mode — ending it early is for staff, so taking back "on" is not for everyone.
import type * as Y from 'yjs';
import { DOC_SECTIONS } from './documents.ts';

export const UNDOABLE_SECTIONS = DOC_SECTIONS.board.filter((name) => name !== 'visitor');

/** The board's sections an undo manager watches for this device's own edits. */
export function undoScope(board: Y.Doc): Y.Map<unknown>[] {
  return UNDOABLE_SECTIONS.map((name) => board.getMap(name));
}
