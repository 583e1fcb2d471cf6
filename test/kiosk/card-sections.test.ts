// A wall card re-renders only when its own section of the board changed: ticking a chore does
// not redraw the announcements, and the names every card shows (people, visitor mode) redraw all.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  ANNOUNCEMENTS,
  CHORE_DONE,
  CHORE_KINDS,
  CHORES,
  GROUPS,
  PEOPLE,
  SETTINGS,
  VISITOR,
} from '../../board/index.ts';
import { sectionsOf } from '../../kiosk/cards/kiosk-card.ts';
import { DocController } from '../../ui/doc-controller.ts';

/** A host that counts the updates asked of it. */
function countingHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (controller) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
    connect: () => {
      for (const c of controllers) c.hostConnected?.();
    },
  } as ReactiveControllerHost & { updates: number; connect(): void };
}

describe('a card redraws for its own section only', () => {
  test('a chore card hears chores, people and visitor mode, not announcements or groups', () => {
    const board = new Y.Doc();
    const settings = new Y.Doc();
    const host = countingHost() as ReturnType<typeof countingHost> & { connect(): void };
    const chores = sectionsOf(...CHORE_KINDS);
    new DocController(
      host,
      () => [board, settings],
      (doc) => (doc === board ? chores : undefined),
    );
    host.connect();
    board.getMap(ANNOUNCEMENTS.name).set('a1', new Y.Map());
    board.getMap(GROUPS.name).set('g1', new Y.Map());
    expect(host.updates).toBe(0);
    board.getMap(CHORES.name).set('c1', new Y.Map());
    expect(host.updates).toBe(1);
    // A change deep inside a record of its own section.
    const done = new Y.Map<unknown>();
    board.getMap(CHORE_DONE.name).set('c1:2026-12-03', done);
    done.set('at', 1);
    expect(host.updates).toBe(3);
    board.getMap(PEOPLE.name).set('p1', new Y.Map());
    board.getMap(VISITOR.name).set('mode', new Y.Map());
    expect(host.updates).toBe(5);
    // Every change to the settings: their own document, not filtered.
    settings.getMap(SETTINGS.name).set('textSize', 3);
    expect(host.updates).toBe(6);
  });

  test('a view that names no sections redraws for every change, as before', () => {
    const board = new Y.Doc();
    const host = countingHost() as ReturnType<typeof countingHost> & { connect(): void };
    new DocController(host, () => [board]);
    host.connect();
    board.getMap(ANNOUNCEMENTS.name).set('a1', 1);
    board.getMap(CHORES.name).set('c1', 1);
    expect(host.updates).toBe(2);
  });

  test('an update applied from elsewhere (the server, the copy) is sorted the same way', () => {
    const source = new Y.Doc();
    source.getMap(ANNOUNCEMENTS.name).set('a1', 1);
    const board = new Y.Doc();
    const host = countingHost() as ReturnType<typeof countingHost> & { connect(): void };
    const chores = sectionsOf(...CHORE_KINDS);
    new DocController(
      host,
      () => [board],
      () => chores,
    );
    host.connect();
    Y.applyUpdate(board, Y.encodeStateAsUpdate(source));
    expect(host.updates).toBe(0);
    source.getMap(CHORES.name).set('c1', 1);
    Y.applyUpdate(board, Y.encodeStateAsUpdate(source));
    expect(host.updates).toBe(1);
  });
});
