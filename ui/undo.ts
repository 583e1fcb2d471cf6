// "Undo" on a phone: takes back this phone's own last change to the board, never anyone else's.
// Edits made on this phone run with no origin (null), which is all the undo manager tracks; what
// arrives from the server (origin: the provider) or from the offline copy is left alone.
// An undo is tried on a copy first: if someone has built on the change since (a new start time
// after my new end time), taking it back could break the board's rules, which the server would
// refuse by closing this phone's connection. Such an undo is not made, and the phone says why.
// The board's rules (validation.ts, with zod and every schema) are not among what a screen loads
// before its first board: they load once there is something to undo (the phone) or once the
// wall's undo toast has loaded, after the board; undo is offered once they are in.
// Yjs itself is asked for when there is a board to follow: a screen whose first paint is from its
// plain copy (ui/plain-copy.ts) has none of Yjs yet, and there is nothing to undo on that copy.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Y from 'yjs';
import { type Role, undoScope } from '../board/index.ts';
import type { validateChanges } from '../board/validation.ts';
import { isPlainCopy } from './plain-copy.ts';

/** What undo needs of Yjs: named, so that the build keeps only these of it. */
type Yjs = Pick<
  typeof import('yjs'),
  'Doc' | 'UndoManager' | 'applyUpdate' | 'encodeStateAsUpdate'
>;
let yjs: Yjs | undefined;
/** Yjs, for the undo manager and the trial copy; already loaded wherever a live board is. */
const loadYjs = () =>
  import('yjs').then(({ Doc, UndoManager, applyUpdate, encodeStateAsUpdate }) => {
    yjs = { Doc, UndoManager, applyUpdate, encodeStateAsUpdate };
    return yjs;
  });

type Validate = typeof validateChanges;
let validate: Validate | undefined;
let rulesLoading: Promise<void> | undefined;
/** The board's rules, loaded once for every screen's undo; tried again if they could not be. */
function loadRules(): Promise<void> {
  rulesLoading ??= import('../board/validation.ts').then(
    (rules) => {
      validate = rules.validateChanges;
    },
    (error: unknown) => {
      rulesLoading = undefined;
      throw error;
    },
  );
  return rulesLoading;
}

/**
 * When the rules load: at once when the host is on the page (the wall's undo toast, itself loaded
 * after the first board, offers undo the moment a tap has changed something), or at the first
 * change made here (the phone, whose undo button shows only once it can be used).
 */
export type RulesWhen = 'on-page' | 'first-change';

/** Why an undo was not made, as a message key. */
export const UNDO_REFUSED = 'common.undoRefused';

/** Whether taking back `item` keeps every record the board's rules allow, tried on a copy. */
function undoKeepsRules(
  Y: Yjs,
  item: unknown,
  board: Y.Doc,
  role: Role,
  validateChanges: Validate,
) {
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
    private readonly rulesWhen: RulesWhen = 'on-page',
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
    if (!manager || !board || !last || !validate || !yjs) return false;
    if (!undoKeepsRules(yjs, last, board, this.role(), validate)) {
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
    if (this.rulesWhen === 'on-page') this.wantRules();
  }

  hostUpdate(): void {
    if (this.onPage) this.follow();
  }

  hostDisconnected(): void {
    this.onPage = false;
    this.forget();
  }

  /** Loads the rules unless they are in, and draws the host again once they are. */
  private wantRules(): void {
    if (!validate) void loadRules().then(this.onChange, () => undefined);
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
    // Nothing to undo on a board drawn from the plain copy, and no Yjs to load for it.
    if (!board || isPlainCopy(board)) return;
    if (yjs) this.track(yjs, board);
    else
      void loadYjs().then(
        (Y) => {
          if (this.board === board && !this.manager) this.track(Y, board);
        },
        () => undefined, // no undo on this board; the next board tries again
      );
  }

  private track(Y: Yjs, board: Y.Doc): void {
    // Each tap or save is one transaction, and each is its own step back, however quick.
    this.manager = new Y.UndoManager(undoScope(board), {
      trackedOrigins: new Set([null]),
      captureTimeout: 0,
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.onChange);
    }
    if (this.rulesWhen === 'first-change')
      this.manager.on('stack-item-added', () => this.wantRules());
  }
}
