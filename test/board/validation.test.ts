// The server's schema check: a document (or just what a transaction touched) holds only known
// sections, each item plain values its record's rules accept, no section past its size; and
// pinning an announcement is for staff. A bad change from any device is refused as a whole.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import {
  choreRecords,
  claimChore,
  markChoreDone,
  markChoreNotDone,
  removeChore,
  swapTurn,
  thankFor,
} from '../../board/chore.ts';
import type { DocKind } from '../../board/documents.ts';
import { cancelGroupOn, groupRecords, moveGroupOn, setComing } from '../../board/group.ts';
import { forgetOldDays } from '../../board/housekeeping.ts';
import { introduce } from '../../board/person.ts';
import { DOC_MAPS, RECORD_LIMITS } from '../../board/record-kinds.ts';
import type { Role } from '../../board/roles.ts';
import { writeSettings } from '../../board/settings.ts';
import { handOver, shiftRecords, takeOver } from '../../board/shift.ts';
import { SchemaViolation, validateChanges } from '../../board/validation.ts';
import { setVisitorMode } from '../../board/visitor.ts';
import { at, validateDocument } from './helpers.ts';

const NOW = at('2026-03-30T09:00:00Z');
const DAY = '2026-03-30';
const HOUR = 3_600_000;

/**
 * A document as the server keeps it (every section created up front), checking each transaction
 * with validateChanges as the given role. Returns the problems found, in order.
 */
function watched(kind: DocKind, role?: Role, now = NOW) {
  const doc = new Y.Doc();
  for (const section of DOC_MAPS[kind]) doc.getMap(section);
  const problems: unknown[] = [];
  const state = { role };
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    try {
      validateChanges(doc, kind, transaction, state.role, now);
    } catch (error) {
      problems.push(error);
    }
  });
  /** Runs a change and returns what the check said about it (undefined when it passed). */
  const check = (change: () => void): unknown => {
    const before = problems.length;
    change();
    return problems[before];
  };
  return {
    doc,
    check,
    as(next: Role | undefined) {
      state.role = next;
    },
  };
}

/** What validateDocument says about a document: undefined when it passes. */
function wholeCheck(doc: Y.Doc, kind: DocKind): unknown {
  try {
    validateDocument(doc, kind);
    return undefined;
  } catch (error) {
    return error;
  }
}

function writeRaw(doc: Y.Doc, section: string, id: string, fields: Record<string, unknown>) {
  doc.getMap(section).set(id, new Y.Map(Object.entries(fields)));
}

/** A board with one of everything, written only through the board's own functions. */
function fullBoard(doc: Y.Doc) {
  introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
  introduce(doc, 'alex02', { name: 'Alex', nameDisplay: 'initial', awayUntil: '2026-04-02' });
  const dishes = choreRecords(doc).add({
    title: 'Dishes',
    schedule: { kind: 'daily' },
    rotation: ['sam01', 'alex02'],
    createdAt: NOW,
  });
  const bins = choreRecords(doc).add({
    title: 'Bins',
    schedule: { kind: 'weekdays', weekdays: [1, 4] },
    createdAt: NOW,
  });
  claimChore(doc, dishes, DAY, 'sam01');
  markChoreDone(doc, dishes, DAY, 'sam01', NOW);
  thankFor(doc, dishes, DAY, 'alex02', NOW);
  thankFor(doc, dishes, DAY, 'kai03', NOW);
  claimChore(doc, bins, DAY, 'alex02');
  claimChore(doc, bins, DAY, undefined);
  markChoreDone(doc, bins, DAY, undefined, NOW);
  markChoreNotDone(doc, bins, DAY);
  swapTurn(doc, dishes, '2026-03-31', 'sam01');
  removeChore(doc, bins, NOW);
  choreRecords(doc).restore(bins);
  forgetOldDays(doc, DAY);
  const art = groupRecords(doc).add({
    title: 'Art',
    schedule: { kind: 'daily' },
    start: '10:00',
    end: '11:00',
  });
  cancelGroupOn(doc, art, DAY);
  moveGroupOn(doc, art, '2026-03-31', { start: '14:00', end: '15:00', place: 'Garden' });
  setComing(doc, art, '2026-03-31', 'sam01', true, NOW);
  setComing(doc, art, '2026-03-31', 'alex02', true, NOW);
  setComing(doc, art, '2026-03-31', 'alex02', false, NOW);
  announcementRecords(doc).add({ text: 'Movie night!', createdAt: NOW, expiresAt: NOW + HOUR });
  setVisitorMode(doc, true, NOW);
}

function fullStaff(doc: Y.Doc) {
  const jo = shiftRecords(doc).add({ name: 'Jo', start: NOW - 8 * HOUR, end: NOW });
  const priya = shiftRecords(doc).add({
    name: 'Priya',
    nameDisplay: 'initial',
    start: NOW,
    end: NOW + 8 * HOUR,
  });
  const handoff = handOver(doc, jo, 'All calm.', NOW - 10 * 60_000);
  takeOver(doc, handoff, priya, NOW - 5 * 60_000);
  handOver(doc, priya, undefined, NOW);
}

describe('documents written through the board’s own functions pass', () => {
  it('a board with people, rotations, claims, thanks, swaps, group days and a removal passes', () => {
    const doc = new Y.Doc();
    fullBoard(doc);
    expect(wholeCheck(doc, 'board')).toBeUndefined();
    // Every per-day section got a record, so each of their rules was checked.
    for (const section of [
      'choreDone',
      'choreClaims',
      'choreTurns',
      'choreThanks',
      'groupComing',
    ]) {
      expect(doc.getMap(section).size, section).toBeGreaterThan(0);
    }
  });

  it('a staff document with shifts, a handoff taken over and one waiting passes', () => {
    const doc = new Y.Doc();
    fullStaff(doc);
    expect(wholeCheck(doc, 'staff')).toBeUndefined();
  });

  it('a board with visitor mode on, and then off, passes', () => {
    const doc = new Y.Doc();
    fullBoard(doc);
    expect(doc.getMap('visitor').size).toBe(1);
    expect(wholeCheck(doc, 'board')).toBeUndefined();
    setVisitorMode(doc, false, NOW);
    expect(wholeCheck(doc, 'board')).toBeUndefined();
  });

  it('each of those changes, checked one transaction at a time as a member, passes', () => {
    const { doc, check } = watched('board', 'member');
    expect(check(() => fullBoard(doc))).toBeUndefined();
  });

  it('a claim, a tick, thanks and "I\'m coming" made on another device at once pass the check as they arrive', () => {
    const { doc, check } = watched('board', 'member');
    fullBoard(doc);
    const [dishes] = choreRecords(doc)
      .values()
      .filter((c) => c.title === 'Dishes');
    const [art] = groupRecords(doc).values();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    claimChore(other, dishes!.id, '2026-03-31', 'alex02');
    markChoreDone(other, dishes!.id, '2026-03-31', undefined, NOW);
    thankFor(other, dishes!.id, '2026-03-31', 'sam01', NOW);
    setComing(other, art!.id, DAY, 'kai03', true, NOW);
    claimChore(doc, dishes!.id, '2026-03-31', 'sam01');
    thankFor(doc, dishes!.id, DAY, 'sam01', NOW);
    expect(
      check(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)))),
    ).toBeUndefined();
    expect(wholeCheck(doc, 'board')).toBeUndefined();
  });

  it('each staff change, checked one transaction at a time as staff, passes', () => {
    const { doc, check } = watched('staff', 'staff');
    expect(check(() => fullStaff(doc))).toBeUndefined();
  });

  it('settings written through writeSettings pass', () => {
    const { doc, check } = watched('settings', 'admin');
    expect(check(() => writeSettings(doc, { houseName: 'Maple House' }))).toBeUndefined();
    expect(wholeCheck(doc, 'settings')).toBeUndefined();
  });
});

describe('bad records in the new sections are refused', () => {
  const sam = { name: 'Sam', nameDisplay: 'full' };
  const chore = { title: 'Dishes', schedule: { kind: 'daily' }, createdAt: 1 };
  const group = { title: 'Art', schedule: { kind: 'daily' }, start: '10:00', end: '11:00' };
  const handoff = { fromShift: 'shift01', at: 1 };

  const board: Array<[string, string, string, Record<string, unknown>]> = [
    ['a person with no name', 'people', 'sam01', { nameDisplay: 'full' }],
    ['a person shown "loud"', 'people', 'sam01', { ...sam, nameDisplay: 'loud' }],
    ['a person away until "soon"', 'people', 'sam01', { ...sam, awayUntil: 'soon' }],
    ['a person with a phone field', 'people', 'sam01', { ...sam, phone: '07700 900123' }],
    ['a chore with a free name in its rotation', 'chores', 'c1', { ...chore, rotation: ['Sam S'] }],
    ['a chore rotation of 31 people', 'chores', 'c1', { ...chore, rotation: Array(31).fill('a') }],
    ['a chore removed at "yesterday"', 'chores', 'c1', { ...chore, removedAt: 'yesterday' }],
    ['a chore done by a free name', 'choreDone', 'c1_2026-03-30', { at: 1, by: 'Sam Smith' }],
    ['a chore done with no time', 'choreDone', 'c1_2026-03-30', { by: 'sam01' }],
    ['a chore done at "now"', 'choreDone', 'c1_2026-03-30', { at: 'now' }],
    ['a chore done the old way (doneAt)', 'choreDone', 'c1_2026-03-30', { doneAt: 1 }],
    ['a chore done with a comment', 'choreDone', 'c1_2026-03-30', { at: 1, comment: 'well done' }],
    ['a chore claimed by a free name', 'choreClaims', 'c1_2026-03-30', { by: 'Sam S' }],
    ['a claim naming nobody', 'choreClaims', 'c1_2026-03-30', {}],
    ['a claim the old way (claimedBy)', 'choreClaims', 'c1_2026-03-30', { claimedBy: 'sam01' }],
    ['a turn given to a free name', 'choreTurns', 'c1_2026-03-30', { to: 'Sam S' }],
    ['a turn given to nobody', 'choreTurns', 'c1_2026-03-30', {}],
    ['a turn the old way (assignedTo)', 'choreTurns', 'c1_2026-03-30', { assignedTo: 'sam01' }],
    ['thanks from a free name', 'choreThanks', 'c1_2026-03-30_Alex B', { at: 1 }],
    ['thanks at "now"', 'choreThanks', 'c1_2026-03-30_alex02', { at: 'now' }],
    ['thanks with no time', 'choreThanks', 'c1_2026-03-30_alex02', {}],
    ['thanks as the old list', 'choreThanks', 'c1_2026-03-30', { thanks: ['alex02'] }],
    ['thanks with a message', 'choreThanks', 'c1_2026-03-30_alex02', { at: 1, note: 'ta!' }],
    ['a group day moved to "2pm"', 'groupDays', 'g1_2026-03-30', { start: '2pm' }],
    ['a group day cancelled "yes"', 'groupDays', 'g1_2026-03-30', { cancelled: 'yes' }],
    ['a group day with the old coming list', 'groupDays', 'g1_2026-03-30', { coming: ['sam01'] }],
    ['"I\'m coming" from a free name', 'groupComing', 'g1_2026-03-30_Sam S', { at: 1 }],
    ['"I\'m coming" at "soon"', 'groupComing', 'g1_2026-03-30_sam01', { at: 'soon' }],
    [
      '"I\'m coming" with a name field',
      'groupComing',
      'g1_2026-03-30_sam01',
      { at: 1, name: 'Sam' },
    ],
    ['an old chore day record', 'choreDays', 'c1_2026-03-30', { doneAt: 1 }],
    [
      'a group day with a 81-character place',
      'groupDays',
      'g1_2026-03-30',
      { place: 'p'.repeat(81) },
    ],
    ['a group removed at "now"', 'groups', 'g1', { ...group, removedAt: 'now' }],
    [
      'an announcement removed at -1',
      'announcements',
      'a1',
      {
        text: 'Hi',
        createdAt: 1,
        expiresAt: 2,
        removedAt: -1,
      },
    ],
  ];

  const staff: Array<[string, string, string, Record<string, unknown>]> = [
    [
      'a handoff note with a phone number',
      'handoffs',
      'h1',
      { ...handoff, note: 'ring 07700 900123' },
    ],
    ['a handoff from a bad shift id', 'handoffs', 'h1', { ...handoff, fromShift: 'no such/shift' }],
    ['a handoff with no time', 'handoffs', 'h1', { fromShift: 'shift01' }],
    ['a handoff taken at "later"', 'handoffs', 'h1', { ...handoff, takenAt: 'later' }],
    ['a handoff with a phone field', 'handoffs', 'h1', { ...handoff, phone: '07700 900123' }],
    ['a shift shown "loud"', 'shifts', 's1', { name: 'Jo', start: 1, end: 2, nameDisplay: 'loud' }],
  ];

  for (const [kind, cases] of [
    ['board', board],
    ['staff', staff],
  ] as const) {
    it.each(cases)(`${kind}: %s fails the whole-document check`, (_what, section, id, fields) => {
      const doc = new Y.Doc();
      writeRaw(doc, section, id, fields);
      expect(wholeCheck(doc, kind)).toBeInstanceOf(SchemaViolation);
    });

    it.each(cases)(`${kind}: %s fails the check of the change`, (_what, section, id, fields) => {
      const { doc, check } = watched(kind, 'admin');
      expect(check(() => writeRaw(doc, section, id, fields))).toBeInstanceOf(SchemaViolation);
    });
  }

  it('a good record made bad by a later field change fails the check of that change', () => {
    const { doc, check } = watched('board', 'member');
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    const person = doc.getMap<Y.Map<unknown>>('people').get('sam01')!;
    expect(check(() => person.set('awayUntil', 'whenever'))).toBeInstanceOf(SchemaViolation);
  });

  it.each([
    ['until as text', { until: 'soon' }],
    ['until below zero', { until: -1 }],
    ['a field other than until', { who: 'Jo' }],
  ])('visitor mode with %s fails both checks', (_what, fields) => {
    const doc = new Y.Doc();
    for (const [key, value] of Object.entries(fields)) doc.getMap('visitor').set(key, value);
    expect(wholeCheck(doc, 'board')).toBeInstanceOf(SchemaViolation);
    const { doc: live, check } = watched('board', 'staff');
    expect(
      check(() => {
        for (const [key, value] of Object.entries(fields)) live.getMap('visitor').set(key, value);
      }),
    ).toBeInstanceOf(SchemaViolation);
  });
});

describe('visitor mode: anyone may switch it on, only staff end it early', () => {
  it.each([['member'], ['kiosk'], ['staff'], ['admin']] as Array<[Role]>)(
    'a %s may switch visitor mode on, and on again',
    (role) => {
      const { doc, check } = watched('board', role);
      expect(check(() => setVisitorMode(doc, true, NOW))).toBeUndefined();
      expect(check(() => setVisitorMode(doc, true, NOW + HOUR))).toBeUndefined();
    },
  );

  it.each([['member'], ['kiosk']] as Array<[Role]>)(
    'a %s switching visitor mode off early is refused',
    (role) => {
      const { doc, check, as } = watched('board', 'staff');
      setVisitorMode(doc, true, NOW);
      as(role);
      const problem = check(() => setVisitorMode(doc, false, NOW + 10 * 60_000));
      expect(problem).toBeInstanceOf(SchemaViolation);
      expect((problem as Error).message).toMatch(/staff/);
    },
  );

  it.each([['staff'], ['admin']] as Array<[Role]>)(
    '%s may switch visitor mode off early',
    (role) => {
      const { doc, check, as } = watched('board', 'member');
      setVisitorMode(doc, true, NOW);
      as(role);
      expect(check(() => setVisitorMode(doc, false, NOW + 10 * 60_000))).toBeUndefined();
    },
  );

  // Ending visitor mode early by moving its end to now or the past is refused like switching it off.
  it.each([['member'], ['kiosk']] as Array<[Role]>)(
    'a %s cannot end visitor mode early by moving its end to now or into the past',
    (role) => {
      const now = Date.now();
      const { doc, check, as } = watched('board', 'staff', now);
      setVisitorMode(doc, true, now);
      as(role);
      expect(check(() => setVisitorMode(doc, true, now, 0))).toBeInstanceOf(SchemaViolation);
      expect(check(() => doc.getMap('visitor').set('until', now - HOUR))).toBeInstanceOf(
        SchemaViolation,
      );
    },
  );
});

describe('pinning an announcement is for staff', () => {
  const note = { text: 'House meeting on Friday', createdAt: NOW, expiresAt: NOW + 24 * HOUR };

  it.each([['member'], ['kiosk']] as Array<[Role]>)(
    'a %s adding a pinned announcement is refused',
    (role) => {
      const { doc, check } = watched('board', role);
      const problem = check(() => announcementRecords(doc).add({ ...note, pinned: true }));
      expect(problem).toBeInstanceOf(SchemaViolation);
      expect((problem as Error).message).toMatch(/staff/);
    },
  );

  it.each([['member'], ['kiosk']] as Array<[Role]>)(
    'a %s pinning, or unpinning, an existing announcement is refused',
    (role) => {
      const { doc, check, as } = watched('board', 'staff');
      const plain = announcementRecords(doc).add(note);
      const pinned = announcementRecords(doc).add({ ...note, pinned: true });
      as(role);
      expect(check(() => announcementRecords(doc).update(plain, { pinned: true }))).toBeInstanceOf(
        SchemaViolation,
      );
      expect(
        check(() => announcementRecords(doc).update(pinned, { pinned: undefined })),
      ).toBeInstanceOf(SchemaViolation);
    },
  );

  it.each([['staff'], ['admin']] as Array<[Role]>)(
    '%s may add a pinned announcement and pin or unpin one',
    (role) => {
      const { doc, check } = watched('board', role);
      expect(check(() => announcementRecords(doc).add({ ...note, pinned: true }))).toBeUndefined();
      const id = announcementRecords(doc).add(note);
      expect(check(() => announcementRecords(doc).update(id, { pinned: true }))).toBeUndefined();
      expect(
        check(() => announcementRecords(doc).update(id, { pinned: undefined })),
      ).toBeUndefined();
    },
  );

  it('a member may add an unpinned announcement, and edit the text of a pinned one', () => {
    const { doc, check, as } = watched('board', 'staff');
    const pinned = announcementRecords(doc).add({ ...note, pinned: true });
    as('member');
    expect(check(() => announcementRecords(doc).add(note))).toBeUndefined();
    expect(
      check(() => announcementRecords(doc).update(pinned, { text: 'House meeting moved to Sat' })),
    ).toBeUndefined();
  });
});

describe('what no document may hold', () => {
  it('a section the document does not have fails both checks', () => {
    const doc = new Y.Doc();
    doc.getMap('secrets').set('x', 1);
    expect(wholeCheck(doc, 'board')).toBeInstanceOf(SchemaViolation);
    const { doc: live, check } = watched('board', 'admin');
    expect(check(() => live.getMap('secrets').set('x', 1))).toBeInstanceOf(SchemaViolation);
  });

  it("the staff document's sections are not sections of the board, and the board's not of staff", () => {
    for (const [kind, section] of [
      ['board', 'handoffs'],
      ['staff', 'visitor'],
      ['settings', 'visitor'],
      ['board', 'shifts'],
      ['staff', 'people'],
      ['staff', 'groupDays'],
      ['staff', 'choreDone'],
      ['staff', 'choreThanks'],
      ['staff', 'groupComing'],
      ['settings', 'choreClaims'],
      ['board', 'choreDays'],
    ] as const) {
      const { doc, check } = watched(kind, 'admin');
      expect(
        check(() => doc.getMap(section).set('x', 1)),
        `${section} in ${kind}`,
      ).toBeInstanceOf(SchemaViolation);
    }
  });

  it('a record holding a shared type instead of plain values fails both checks', () => {
    const nested = () =>
      new Y.Map<unknown>([
        ['name', 'Sam'],
        ['nameDisplay', 'full'],
        ['notes', new Y.Array()],
      ]);
    const doc = new Y.Doc();
    doc.getMap('people').set('sam01', nested());
    expect(wholeCheck(doc, 'board')).toBeInstanceOf(SchemaViolation);
    const { doc: live, check } = watched('board', 'member');
    expect(check(() => live.getMap('people').set('sam01', nested()))).toBeInstanceOf(
      SchemaViolation,
    );
  });

  it('a shared type slipped into an existing record later fails the check of that change', () => {
    const { doc, check } = watched('board', 'member');
    const id = choreRecords(doc).add({
      title: 'Dishes',
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    const item = doc.getMap<Y.Map<unknown>>('chores').get(id)!;
    expect(check(() => item.set('rotation', new Y.Array()))).toBeInstanceOf(SchemaViolation);
  });

  it('a record where a section expects records, or a bad item id, fails', () => {
    const { doc, check } = watched('board', 'member');
    expect(check(() => doc.getMap('groupDays').set('g1_2026-03-30', 'cancelled'))).toBeInstanceOf(
      SchemaViolation,
    );
    expect(
      check(() =>
        doc.getMap('people').set(
          'sam 01',
          new Y.Map<unknown>([
            ['name', 'Sam'],
            ['nameDisplay', 'full'],
          ]),
        ),
      ),
    ).toBeInstanceOf(SchemaViolation);
  });

  it(`the people section holds at most ${RECORD_LIMITS.people} people`, () => {
    const limit = RECORD_LIMITS.people!;
    const { doc, check } = watched('board', 'member');
    expect(
      check(() =>
        doc.transact(() => {
          for (let i = 0; i < limit; i++)
            introduce(doc, `p${i}`, { name: 'P', nameDisplay: 'full' });
        }),
      ),
    ).toBeUndefined();
    expect(wholeCheck(doc, 'board')).toBeUndefined();
    expect(
      check(() => introduce(doc, 'one_more', { name: 'P', nameDisplay: 'full' })),
    ).toBeInstanceOf(SchemaViolation);
    expect(wholeCheck(doc, 'board')).toBeInstanceOf(SchemaViolation);
  });

  it('each new section has a size limit', () => {
    for (const section of ['people', 'groupDays', 'handoffs']) {
      expect(RECORD_LIMITS[section], section).toBeGreaterThan(0);
    }
  });

  it('every section of records in every document has a size limit', () => {
    for (const kind of ['board', 'staff'] as const) {
      for (const section of DOC_MAPS[kind]) {
        if (section === 'visitor') continue; // one map of fields, not a map of records
        expect(RECORD_LIMITS[section], section).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['choreThanks', 'c1_2026-03-30_'],
    ['groupComing', 'g1_2026-03-30_'],
  ])(
    '%s holds one record per person, and past its limit the check refuses it',
    (section, prefix) => {
      const limit = RECORD_LIMITS[section]!;
      expect(limit).toBeGreaterThanOrEqual(RECORD_LIMITS.choreDone!);
      const doc = new Y.Doc();
      doc.transact(() => {
        for (let i = 0; i <= limit; i++) writeRaw(doc, section, `${prefix}p${i}`, { at: 1 });
      });
      expect(wholeCheck(doc, 'board')).toBeInstanceOf(SchemaViolation);
      doc.getMap(section).delete(`${prefix}p0`);
      expect(wholeCheck(doc, 'board')).toBeUndefined();
    },
  );
});
