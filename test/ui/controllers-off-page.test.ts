// A part removed from the page lets go of what it listened to, even when Lit updates it once more
// after its removal (Lit does, for an element removed while an update was pending: a list redrawn
// on the same edit that changed the item). Before, that last update listened again, and a wall
// kept every such removed item alive and redrew it on every edit for as long as it ran.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { ConnectionController } from '../../ui/connection-controller.ts';
import { DocController } from '../../ui/doc-controller.ts';
import type { HouseConnection } from '../../ui/house-connection.ts';
import { UndoController } from '../../ui/undo.ts';

/** A host as Lit drives one: on the page, updated, off the page, then updated once more. */
function litLikeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
    connect: () => {
      for (const c of controllers) c.hostConnected?.();
    },
    disconnect: () => {
      for (const c of controllers) c.hostDisconnected?.();
    },
    update: () => {
      for (const c of controllers) c.hostUpdate?.();
      for (const c of controllers) c.hostUpdated?.();
    },
  };
  return host as typeof host & ReactiveControllerHost;
}

/** How many handlers a Yjs document calls on `event`. */
const handlers = (doc: Y.Doc, event: string) =>
  (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get(event)?.size ?? 0;

describe('a part taken off the page listens to nothing', () => {
  test('a card no longer hears its documents after one more update off the page', () => {
    const board = new Y.Doc();
    const settings = new Y.Doc();
    const host = litLikeHost();
    new DocController(host, () => [board, settings]);
    host.connect();
    host.update();
    expect(handlers(board, 'update')).toBe(1);
    board.getMap('chores').set('c1', 'x');
    expect(host.updates).toBe(1);

    host.disconnect();
    host.update(); // the update that was pending when the list removed it
    board.getMap('chores').set('c2', 'y');
    settings.getMap('settings').set('language', 'es');
    expect(host.updates).toBe(1);
    expect(handlers(board, 'update')).toBe(0);
    expect(handlers(settings, 'update')).toBe(0);

    // Back on the page (moved within a list), it listens again.
    host.connect();
    board.getMap('chores').set('c3', 'z');
    expect(host.updates).toBe(2);
  });

  test('a status line no longer hears the connection after one more update off the page', () => {
    const connection = new EventTarget() as HouseConnection;
    const host = litLikeHost();
    new ConnectionController(host, () => connection);
    host.connect();
    connection.dispatchEvent(new Event('change'));
    expect(host.updates).toBe(1);

    host.disconnect();
    host.update();
    connection.dispatchEvent(new Event('change'));
    expect(host.updates).toBe(1);
  });

  /** A staff screen's undo, following a board, on the page. */
  function undoOnPage() {
    const board = new Y.Doc();
    const host = litLikeHost();
    new UndoController(
      host,
      () => board,
      () => 'staff',
    );
    host.connect();
    return { board, host };
  }

  test('undo taken off the page before Yjs is in never follows the board', async () => {
    const { board, host } = undoOnPage();
    host.disconnect();
    await import('yjs');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handlers(board, 'afterTransaction')).toBe(0);
  });

  test('undo lets go of the board after one more update off the page', async () => {
    const { board, host } = undoOnPage();
    // Its undo manager follows the board once Yjs is in (ui/undo.ts loads it on demand).
    await expect.poll(() => handlers(board, 'afterTransaction')).toBeGreaterThan(0);

    host.disconnect();
    host.update();
    expect(handlers(board, 'afterTransaction')).toBe(0);
    expect(handlers(board, 'destroy')).toBe(0);
  });
});
