// "Undo" on a phone: takes back this phone's own last change to the board, never anyone else's.
// Edits made on this phone run with no origin (null), which is all the undo manager tracks; what
// arrives from the server (origin: the provider) or from the offline copy is left alone.
// An undo is tried on a copy first: if someone has built on the change since (a new start time
// after my new end time), taking it back could break the board's rules, which the server would
// refuse by closing this phone's connection. Such an undo is not made, and the phone says why.
// The board's rules (validation.ts, with zod and every schema) load after the phone's first
// screen; undo is offered once they are in.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as Y from 'yjs';
import { type Role, undoScope } from '../board/index.ts';
import type { validateChanges } from '../board/validation.ts';

type Validate = typeof validateChanges;
let validate: Validate | undefined;
/** The board's rules, loaded once for every screen's undo. */
const rulesLoaded = import('../board/validation.ts').then((rules) => {
  validate = rules.validateChanges;
});

/** Why an undo was not made, as a message key. */
export const UNDO_REFUSED = 'common.undoRefused';

/** Whether taking back `item` keeps every record the board's rules allow, tried on a copy. */
function undoKeepsRules(item: unknown, board: Y.Doc, role: Role, validateChanges: Validate) {
  // No garbage collection: the copy keeps deleted content, as the real undo manager does.
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  const trial = new Y.UndoManager(undoScope(copy), { trackedOrigins: new Set([null]) });
  let keeps = true;
  const check = (transaction: Y.Transaction) => {
    try {
      validateChanges(copy, 'board', transaction, role);
    } catch {
      keeps = false;
    }
  };
  copy.on('afterTransaction', check);
  try {
    // A stack item holds only ids of what changed, so it replays on a copy of the same state.
    (trial.undoStack as unknown[]).push(item);
    trial.undo();
  } catch {
    keeps = false;
  } finally {
    copy.off('afterTransaction', check);
    trial.destroy();
    copy.destroy();
  }
  return keeps;
}

export class UndoController implements ReactiveController {
  private manager?: Y.UndoManager;
  private board?: Y.Doc;
  /** Whether the host is on the page: an update of a removed host must not follow the board again. */
  private onPage = false;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly boardDoc: () => Y.Doc | undefined,
    private readonly role: () => Role,
  ) {
    host.addController(this);
  }

  get canUndo(): boolean {
    return !!validate && !!this.manager?.canUndo();
  }

  /** Takes back the last change; false (and the change forgotten) when it cannot be. */
  undo(): boolean {
    const manager = this.manager;
    const board = this.board;
    const last = manager?.undoStack[manager.undoStack.length - 1];
    if (!manager || !board || !last || !validate) return false;
    if (!undoKeepsRules(last, board, this.role(), validate)) {
      manager.undoStack.pop();
      this.host.requestUpdate();
      return false;
    }
    manager.undo();
    return true;
  }

  hostConnected(): void {
    this.onPage = true;
    this.follow();
    if (!validate) void rulesLoaded.then(this.onChange, () => undefined);
  }

  hostUpdate(): void {
    if (this.onPage) this.follow();
  }

  hostDisconnected(): void {
    this.onPage = false;
    this.forget();
  }

  private forget(): void {
    this.manager?.destroy();
    this.manager = undefined;
    this.board = undefined;
  }

  private follow(): void {
    const board = this.boardDoc();
    if (board === this.board) return;
    this.forget();
    this.board = board;
    if (!board) return;
    // Each tap or save is one transaction, and each is its own step back, however quick.
    this.manager = new Y.UndoManager(undoScope(board), {
      trackedOrigins: new Set([null]),
      captureTimeout: 0,
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.onChange);
    }
  }
}
