// What a screen may do to records already on the board (board/record-rights.ts through
// validateChanges): take them off only softly, never wipe them, except an undo of what its own
// device just added; change only its own name entry; keep an announcement's author; pin and unpin
// only as staff, in place or by replacing the whole record. The server's own tidying still wipes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import {
  choreRecords,
  claimChore,
  markChoreDone,
  markChoreNotDone,
  thankFor,
} from '../../board/chore.ts';
import { setComing } from '../../board/group.ts';
import { tidy } from '../../board/housekeeping.ts';
import { personRecords } from '../../board/person.ts';
import { DOC_MAPS } from '../../board/record-kinds.ts';
import type { Role } from '../../board/roles.ts';
import { validateChanges, type Writer } from '../../board/validation.ts';
import { at } from './helpers.ts';

const NOW = at('2026-03-30T09:00:00Z');
const DAY = '2026-03-30';

/** The server's copy of a board: applies screens' updates, checking each as its sender. */
function serverBoard() {
  const doc = new Y.Doc();
  for (const section of DOC_MAPS.board) doc.getMap(section);
  const writers = new Map<string, Writer>();
  const writerFor = (personId: string, role: Role): Writer => {
    const known = writers.get(personId) ?? { role, personId, ownClients: new Set<number>() };
    writers.set(personId, { ...known, role });
    return writers.get(personId)!;
  };
  return {
    doc,
    /** Applies a screen's update as the server would; returns the refusal's words, if any. */
    receive(update: Uint8Array, personId: string, role: Role = 'member'): string | undefined {
      const writer = writerFor(personId, role);
      // Tried on a copy, so a refused change leaves the board as it was (the server reads it again).
      const trial = new Y.Doc();
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      for (const section of DOC_MAPS.board) trial.getMap(section);
      let problem: string | undefined;
      trial.on('afterTransaction', (transaction: Y.Transaction) => {
        try {
          validateChanges(trial, 'board', transaction, writer, NOW);
        } catch (error) {
          problem ??= (error as Error).message;
        }
      });
      Y.applyUpdate(trial, update, 'screen');
      if (!problem) Y.applyUpdate(doc, update, 'screen');
      return problem;
    },
  };
}

type Server = ReturnType<typeof serverBoard>;

/** A screen in step with the server; `edit` sends what it changed and returns the answer. */
function screen(server: Server, personId: string, role: Role = 'member') {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server.doc));
  return {
    doc,
    edit(change: (doc: Y.Doc) => void): string | undefined {
      const vector = Y.encodeStateVector(doc);
      change(doc);
      return server.receive(Y.encodeStateAsUpdate(doc, vector), personId, role);
    },
  };
}

function boardWithChore() {
  const server = serverBoard();
  const id = choreRecords(server.doc).add({
    title: 'Dishes',
    schedule: { kind: 'daily' },
    createdAt: NOW,
  });
  return { server, id };
}

const announcement = { text: 'House meeting at 7', createdAt: NOW, expiresAt: NOW + 86_400_000 };

describe('taking records off', () => {
  it('a screen cannot wipe a record someone else added', () => {
    const { server, id } = boardWithChore();
    const sam = screen(server, 'sam01');
    expect(sam.edit((doc) => choreRecords(doc).remove(id))).toMatch(/only be taken off softly/);
    expect(choreRecords(server.doc).has(id)).toBe(true);
  });

  it('a screen takes a record off softly and brings it back', () => {
    const { server, id } = boardWithChore();
    const sam = screen(server, 'sam01');
    expect(sam.edit((doc) => choreRecords(doc).softRemove(id, NOW))).toBeUndefined();
    expect(sam.edit((doc) => choreRecords(doc).restore(id))).toBeUndefined();
    expect(choreRecords(server.doc).values()).toHaveLength(1);
  });

  it('a screen may take back whole what its own device just added (undo on the spot)', () => {
    const server = serverBoard();
    const sam = screen(server, 'sam01');
    const id = 'fresh1';
    expect(sam.edit((doc) => choreRecords(doc).add(chore(), id))).toBeUndefined();
    expect(sam.edit((doc) => choreRecords(doc).remove(id))).toBeUndefined();
    expect(choreRecords(server.doc).has(id)).toBe(false);
  });

  it("another device cannot wipe what someone's device just added", () => {
    const server = serverBoard();
    const sam = screen(server, 'sam01');
    const id = 'fresh1';
    sam.edit((doc) => choreRecords(doc).add(chore(), id));
    const alex = screen(server, 'alex02');
    expect(alex.edit((doc) => choreRecords(doc).remove(id))).toMatch(/softly/);
  });

  it('un-ticking, taking back "I\'ll do it" and "not coming after all" are soft, and pass', () => {
    const { server, id } = boardWithChore();
    const sam = screen(server, 'sam01');
    expect(sam.edit((doc) => markChoreDone(doc, id, DAY, 'sam01', NOW))).toBeUndefined();
    const alex = screen(server, 'alex02');
    expect(alex.edit((doc) => markChoreNotDone(doc, id, DAY, NOW))).toBeUndefined();
    expect(alex.edit((doc) => claimChore(doc, id, DAY, 'alex02'))).toBeUndefined();
    expect(alex.edit((doc) => claimChore(doc, id, DAY, undefined, NOW))).toBeUndefined();
    expect(alex.edit((doc) => setComing(doc, 'art', DAY, 'alex02', true, NOW))).toBeUndefined();
    expect(alex.edit((doc) => setComing(doc, 'art', DAY, 'alex02', false, NOW))).toBeUndefined();
  });

  it('a removal dated back is fine for a few days offline, refused when it would be forgotten at once', () => {
    const { server, id } = boardWithChore();
    const sam = screen(server, 'sam01');
    expect(sam.edit((doc) => choreRecords(doc).softRemove(id, NOW - 6 * 86_400_000))).toMatch(
      /forgotten before anyone could bring it back/,
    );
    const again = screen(server, 'sam01');
    expect(again.edit((doc) => choreRecords(doc).softRemove(id, NOW - 3 * 86_400_000))).toBe(
      undefined,
    );
  });

  it('a screen may date back the removal of what its own device added', () => {
    const server = serverBoard();
    const sam = screen(server, 'sam01');
    sam.edit((doc) => choreRecords(doc).add(chore(), 'mine'));
    expect(sam.edit((doc) => choreRecords(doc).softRemove('mine', 1))).toBeUndefined();
  });

  it("the server's own tidying still forgets what was removed long ago", () => {
    const { server, id } = boardWithChore();
    choreRecords(server.doc).softRemove(id, NOW - 30 * 86_400_000);
    expect(tidy(server.doc, 'board', NOW)).toBe(1);
    expect(choreRecords(server.doc).has(id)).toBe(false);
  });
});

describe('announcements', () => {
  function pinnedByStaff() {
    const server = serverBoard();
    const staff = screen(server, 'kit09', 'staff');
    const id = 'fresh1';
    staff.edit((doc) => announcementRecords(doc).add({ ...announcement, pinned: true }, id));
    return { server, id };
  }

  it('a member replacing a pinned announcement with an unpinned one is refused', () => {
    const { server, id } = pinnedByStaff();
    const sam = screen(server, 'sam01');
    const problem = sam.edit((doc) => {
      const replacement = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ ...announcement, text: 'No meeting' }))
        replacement.set(key, value);
      doc.getMap('announcements').set(id, replacement);
    });
    expect(problem).toMatch(/only staff can pin or unpin/);
  });

  it('staff may replace it unpinned, and a member may replace an unpinned one with new words', () => {
    const { server, id } = pinnedByStaff();
    const kit = screen(server, 'kit09', 'staff');
    expect(kit.edit((doc) => announcementRecords(doc).update(id, { pinned: undefined }))).toBe(
      undefined,
    );
    const sam = screen(server, 'sam01');
    expect(
      sam.edit((doc) => announcementRecords(doc).add({ ...announcement, text: 'Hi' }, id)),
    ).toBe(undefined);
  });

  it("keeps its author while it is up: nobody puts someone else's name to it", () => {
    const server = serverBoard();
    const alex = screen(server, 'alex02');
    const id = 'fresh1';
    alex.edit((doc) => announcementRecords(doc).add({ ...announcement, by: 'alex02' }, id));
    const sam = screen(server, 'sam01');
    expect(sam.edit((doc) => announcementRecords(doc).update(id, { by: 'sam01' }))).toMatch(
      /handed to someone else/,
    );
    // A refused screen starts again from the server's board, as a real one reloads.
    const again = screen(server, 'sam01');
    expect(
      again.edit((doc) => announcementRecords(doc).add({ ...announcement, by: 'sam01' }, id)),
    ).toMatch(/handed to someone else/);
  });
});

describe('name entries', () => {
  function withPeople() {
    const server = serverBoard();
    personRecords(server.doc).add({ name: 'Sam', nameDisplay: 'full' }, 'sam01');
    personRecords(server.doc).add({ name: 'Alex', nameDisplay: 'full' }, 'alex02');
    return server;
  }

  it('a person changes their own entry', () => {
    const sam = screen(withPeople(), 'sam01');
    expect(sam.edit((doc) => personRecords(doc).update('sam01', { awayUntil: DAY }))).toBe(
      undefined,
    );
  });

  it("nobody changes, replaces or wipes another person's entry — staff neither", () => {
    const server = withPeople();
    for (const role of ['member', 'staff', 'admin', 'kiosk'] as const) {
      const sam = screen(server, 'sam01', role);
      expect(sam.edit((doc) => personRecords(doc).update('alex02', { name: 'A thief' }))).toMatch(
        /own devices|writes for no one/,
      );
      expect(
        sam.edit((doc) => personRecords(doc).add({ name: 'A', nameDisplay: 'full' }, 'alex02')),
      ).toMatch(/own devices|writes for no one/);
      expect(sam.edit((doc) => personRecords(doc).remove('alex02'))).toMatch(
        /own devices|writes for no one/,
      );
    }
  });
});

function chore() {
  return { title: 'Bins', schedule: { kind: 'daily' as const }, createdAt: NOW };
}

// Issue 15: only a person's own devices write what is theirs; the wall writes for no one.
describe('what is a person’s own', () => {
  const ALEX = 'alex02';
  const SAM = 'sam01';

  it('a claim that is up is taken back or replaced only by its claimant — staff neither', () => {
    const { server, id } = boardWithChore();
    expect(screen(server, ALEX).edit((doc) => claimChore(doc, id, DAY, ALEX))).toBeUndefined();
    for (const role of ['member', 'staff', 'admin'] as const) {
      const sam = screen(server, SAM, role);
      expect(sam.edit((doc) => claimChore(doc, id, DAY, undefined, NOW))).toMatch(/who said so/);
      const again = screen(server, SAM, role);
      expect(again.edit((doc) => claimChore(doc, id, DAY, SAM))).toMatch(/who said so/);
    }
    expect(screen(server, ALEX).edit((doc) => claimChore(doc, id, DAY, undefined, NOW))).toBe(
      undefined,
    );
    // Taken back, it is anyone's to say "I'll do it" again.
    expect(screen(server, SAM).edit((doc) => claimChore(doc, id, DAY, SAM))).toBeUndefined();
  });

  it('a claim, a tick or an announcement signed with someone else is refused', () => {
    const { server, id } = boardWithChore();
    const sam = () => screen(server, SAM);
    expect(sam().edit((doc) => claimChore(doc, id, DAY, ALEX))).toMatch(/its own person/);
    expect(sam().edit((doc) => markChoreDone(doc, id, DAY, ALEX, NOW))).toMatch(/its own person/);
    expect(
      sam().edit((doc) => announcementRecords(doc).add({ ...announcement, by: ALEX }, 'post1')),
    ).toMatch(/its own person/);
    expect(sam().edit((doc) => markChoreDone(doc, id, DAY, SAM, NOW))).toBeUndefined();
  });

  it('nobody says "I\'m coming" or gives thanks in someone else\'s name', () => {
    const { server, id } = boardWithChore();
    screen(server, SAM).edit((doc) => markChoreDone(doc, id, DAY, SAM, NOW));
    for (const role of ['member', 'staff', 'admin'] as const) {
      const sam = () => screen(server, SAM, role);
      expect(sam().edit((doc) => setComing(doc, 'art', DAY, ALEX, true, NOW))).toMatch(
        /own devices/,
      );
      expect(sam().edit((doc) => thankFor(doc, id, DAY, ALEX, NOW))).toMatch(/own devices/);
    }
    const alex = () => screen(server, ALEX);
    expect(alex().edit((doc) => setComing(doc, 'art', DAY, ALEX, true, NOW))).toBeUndefined();
    expect(alex().edit((doc) => thankFor(doc, id, DAY, ALEX, NOW))).toBeUndefined();
    // …and once said, nobody else takes it back.
    expect(screen(server, SAM).edit((doc) => setComing(doc, 'art', DAY, ALEX, false, NOW))).toMatch(
      /own devices/,
    );
  });

  it('the wall ticks without a name, and writes nothing that names a person', () => {
    const { server, id } = boardWithChore();
    const wall = () => screen(server, 'kiosk1', 'kiosk');
    expect(wall().edit((doc) => markChoreDone(doc, id, DAY, undefined, NOW))).toBeUndefined();
    expect(wall().edit((doc) => markChoreNotDone(doc, id, DAY, NOW))).toBeUndefined();
    expect(wall().edit((doc) => markChoreDone(doc, id, DAY, 'kiosk1', NOW))).toMatch(
      /its own person/,
    );
    expect(wall().edit((doc) => claimChore(doc, id, DAY, 'kiosk1'))).toMatch(/its own person/);
    expect(
      wall().edit((doc) =>
        personRecords(doc).add({ name: 'The wall', nameDisplay: 'full' }, 'kiosk1'),
      ),
    ).toMatch(/writes for no one/);
    expect(wall().edit((doc) => setComing(doc, 'art', DAY, 'kiosk1', true, NOW))).toMatch(
      /writes for no one/,
    );
  });

  it("nobody starts a name entry under someone else's id, even one not on the board yet", () => {
    const server = serverBoard();
    const sam = screen(server, SAM, 'admin');
    expect(
      sam.edit((doc) => personRecords(doc).add({ name: 'Zed', nameDisplay: 'full' }, 'zed09')),
    ).toMatch(/own devices/);
    expect(
      sam.edit((doc) => personRecords(doc).add({ name: 'Sam', nameDisplay: 'full' }, SAM)),
    ).toBeUndefined();
  });
});
