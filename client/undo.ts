// "Undo" on a phone: takes back this phone's own last change to the board, never anyone else's.
// Edits made on this phone run with no origin (null), which is all the undo manager tracks; what
// arrives from the server (origin: the provider) or from the offline copy is left alone.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as Y from 'yjs';
import { undoScope } from '../board/index.ts';

export class UndoController implements ReactiveController {
  private manager?: Y.UndoManager;
  private board?: Y.Doc;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly boardDoc: () => Y.Doc | undefined,
  ) {
    host.addController(this);
  }

  get canUndo(): boolean {
    return !!this.manager?.canUndo();
  }

  undo(): void {
    this.manager?.undo();
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.manager?.destroy();
    this.manager = undefined;
    this.board = undefined;
  }

  private follow(): void {
    const board = this.boardDoc();
    if (board === this.board) return;
    this.hostDisconnected();
    this.board = board;
    if (!board) return;
    this.manager = new Y.UndoManager(undoScope(board), { trackedOrigins: new Set([null]) });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.onChange);
    }
  }
}
