// The house meeting's agenda: points added with or without a name, the list for the coming
// meeting, its points fading after it while those carried move to the next one, a cancelled
// meeting's points waiting for the next, the week summer time starts, points added at once on two
// phones, and what the server refuses (a member carrying a point, someone else's name, huge or
// malformed words) — losing nothing.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AGENDA,
  addAgendaItem,
  agendaFor,
  agendaRecords,
  carryAgendaItem,
  houseMeetingToday,
  nextHouseMeeting,
  removeAgendaItem,
} from '../../board/agenda.ts';
import { cancelGroupOn, type Group, groupRecords, moveGroupOn } from '../../board/group.ts';
import { forgetOldDays } from '../../board/housekeeping.ts';
import { DOC_MAPS } from '../../board/record-kinds.ts';
import type { Role } from '../../board/roles.ts';
import { validateChanges, type Writer } from '../../board/validation.ts';
import { at, copyOf, exchange, expectPlainSentence, refusal, validateDocument } from './helpers.ts';

const LONDON = 'Europe/London';

/** The house meeting: Wednesdays 19:00–20:00, house time. */
const meeting: Group = {
  title: 'House meeting',
  schedule: { kind: 'weekdays', weekdays: [3] },
  start: '19:00',
  end: '20:00',
  kind: 'meeting',
};

function houseWithMeeting() {
  const doc = new Y.Doc();
  const groupId = groupRecords(doc).add(meeting);
  // An ordinary group on Wednesdays too, earlier: it is no house meeting.
  groupRecords(doc).add({ ...meeting, title: 'Art', start: '10:00', end: '11:00', kind: 'group' });
  return { doc, groupId };
}

const texts = (doc: Y.Doc, now: number) =>
  agendaFor(doc, now, LONDON)?.items.map((item) => item.text) ?? [];

describe('the next house meeting', () => {
  it('is the coming Wednesday evening, then the one on now, then next week', () => {
    const { doc, groupId } = houseWithMeeting();
    // Monday 4 January 2027, GMT.
    expect(nextHouseMeeting(doc, at('2027-01-04T12:00:00Z'), LONDON)).toEqual({
      groupId,
      day: '2027-01-06',
      startsAt: at('2027-01-06T19:00:00Z'),
      endsAt: at('2027-01-06T20:00:00Z'),
    });
    expect(nextHouseMeeting(doc, at('2027-01-06T19:30:00Z'), LONDON)?.day).toBe('2027-01-06');
    expect(nextHouseMeeting(doc, at('2027-01-06T20:00:00Z'), LONDON)?.day).toBe('2027-01-13');
  });

  it('there is none without a group that is the house meeting', () => {
    const doc = new Y.Doc();
    groupRecords(doc).add({ ...meeting, kind: undefined });
    expect(nextHouseMeeting(doc, at('2027-01-04T12:00:00Z'), LONDON)).toBeUndefined();
    expect(agendaFor(doc, at('2027-01-04T12:00:00Z'), LONDON)).toBeUndefined();
    expect(addAgendaItem(doc, 'Bins', LONDON, undefined, at('2027-01-04T12:00:00Z'))).toBe(
      undefined,
    );
    expect(agendaRecords(doc).values()).toEqual([]);
  });

  it('a meeting moved later today is found at its new time', () => {
    const { doc, groupId } = houseWithMeeting();
    moveGroupOn(doc, groupId, '2027-01-06', { start: '20:00' });
    const next = nextHouseMeeting(doc, at('2027-01-06T19:30:00Z'), LONDON);
    expect(next?.startsAt).toBe(at('2027-01-06T20:00:00Z'));
    expect(next?.endsAt).toBe(at('2027-01-06T21:00:00Z'));
  });
});

describe('adding to the agenda', () => {
  it('a point goes without a name by default, with one when its author chooses', () => {
    const { doc, groupId } = houseWithMeeting();
    const now = at('2027-01-04T12:00:00Z');
    const quiet = addAgendaItem(doc, 'The noise at night', LONDON, undefined, now)!;
    const named = addAgendaItem(doc, 'A film night?', LONDON, 'sam01', now + 1000)!;
    expect(quiet).toMatch(/_2027-01-06$/);
    const records = agendaRecords(doc);
    expect(records.get(quiet)).toEqual({
      text: 'The noise at night',
      for: `${groupId}_2027-01-06`,
      addedAt: now,
    });
    expect(records.get(quiet)).not.toHaveProperty('by');
    expect(records.get(named)?.by).toBe('sam01');
    expect(texts(doc, now + 2000)).toEqual(['The noise at night', 'A film night?']);
    validateDocument(doc, 'board');
  });

  it('a point taken back leaves the agenda', () => {
    const { doc } = houseWithMeeting();
    const now = at('2027-01-04T12:00:00Z');
    const id = addAgendaItem(doc, 'Bins', LONDON, 'sam01', now)!;
    removeAgendaItem(doc, id, now + 1000);
    expect(texts(doc, now + 2000)).toEqual([]);
  });

  it('empty, huge, contact details and a bad meeting are refused in plain words', () => {
    const records = agendaRecords(new Y.Doc());
    const point = { text: 'Bins', for: 'g1_2027-01-06', addedAt: 1 };
    for (const text of ['', '   ', 'x'.repeat(201), 'Call me on 07700 900123']) {
      expectPlainSentence(refusal(() => records.add({ ...point, text }, 'a_2027-01-06')).message);
    }
    expect(refusal(() => records.add({ ...point, for: 'nonsense' })).message).toMatch(/\.$/);
    expect(() => records.add({ ...point, extra: 1 } as never)).toThrow();
    expect(() => records.add({ ...point, by: 'not a person!' })).toThrow();
    expect(records.values()).toEqual([]);
  });
});

describe('after the meeting', () => {
  it("the meeting's points fade when it ends; carried ones move to the next meeting", () => {
    const { doc } = houseWithMeeting();
    const monday = at('2027-01-04T12:00:00Z');
    const bins = addAgendaItem(doc, 'Bins', LONDON, undefined, monday)!;
    const garden = addAgendaItem(doc, 'The garden', LONDON, undefined, monday + 1)!;
    // During the meeting: its own points, and one added now still joins it.
    const during = at('2027-01-06T19:30:00Z');
    addAgendaItem(doc, 'Late one', LONDON, undefined, during);
    expect(texts(doc, during)).toEqual(['Bins', 'The garden', 'Late one']);
    carryAgendaItem(doc, garden, true);
    // Marked by mistake and taken back: nothing lost.
    carryAgendaItem(doc, bins, true);
    carryAgendaItem(doc, bins, false);
    expect(agendaRecords(doc).get(bins)).not.toHaveProperty('carried');
    // After it: only the carried point, now on next week's agenda, and what is added since.
    const after = at('2027-01-06T20:00:00Z');
    expect(agendaFor(doc, after, LONDON)?.meeting.day).toBe('2027-01-13');
    addAgendaItem(doc, 'Heating', LONDON, undefined, after + 60_000);
    const next = agendaFor(doc, after + 120_000, LONDON)!;
    expect(next.items.map((i) => [i.text, i.fromBefore])).toEqual([
      ['Heating', false],
      ['The garden', true],
    ]);
    // The wall still has today's meeting, with its own points, to mark them after it.
    expect(houseMeetingToday(doc, after + 60_000, LONDON)?.day).toBe('2027-01-06');
    // A carried point stays on until someone takes it off.
    expect(texts(doc, at('2027-01-13T21:00:00Z'))).toEqual(['The garden']);
  });

  it("housekeeping forgets a meeting's points two weeks after its day", () => {
    const { doc } = houseWithMeeting();
    const id = addAgendaItem(doc, 'Bins', LONDON, undefined, at('2027-01-04T12:00:00Z'))!;
    forgetOldDays(doc, '2027-01-20', 14, LONDON);
    expect(agendaRecords(doc).has(id)).toBe(true);
    forgetOldDays(doc, '2027-01-21', 14, LONDON);
    expect(agendaRecords(doc).has(id)).toBe(false);
  });

  it("a cancelled meeting's points wait for the next one that takes place", () => {
    const { doc, groupId } = houseWithMeeting();
    addAgendaItem(doc, 'Bins', LONDON, undefined, at('2027-01-04T12:00:00Z'));
    cancelGroupOn(doc, groupId, '2027-01-06');
    const wednesday = at('2027-01-06T19:30:00Z');
    expect(nextHouseMeeting(doc, wednesday, LONDON)?.day).toBe('2027-01-13');
    expect(houseMeetingToday(doc, wednesday, LONDON)).toBeUndefined();
    expect(texts(doc, wednesday)).toEqual(['Bins']);
    // Added now, it is for the next meeting that takes place.
    addAgendaItem(doc, 'Heating', LONDON, undefined, wednesday);
    expect(texts(doc, at('2027-01-13T19:30:00Z'))).toEqual(['Bins', 'Heating']);
    expect(texts(doc, at('2027-01-13T20:30:00Z'))).toEqual([]);
  });

  it('the week summer time starts: the meeting is at 19:00 house time on both sides of it', () => {
    const { doc } = houseWithMeeting();
    // Wednesday 24 March 2027 is GMT; summer time starts Sunday 28 March; 31 March is BST.
    const before = nextHouseMeeting(doc, at('2027-03-24T12:00:00Z'), LONDON)!;
    expect(before.startsAt).toBe(at('2027-03-24T19:00:00Z'));
    const id = addAgendaItem(doc, 'Clocks go forward', LONDON, undefined, before.startsAt)!;
    carryAgendaItem(doc, id, true);
    addAgendaItem(doc, 'Not carried', LONDON, undefined, before.startsAt + 1);
    // At night as the clocks change, the next meeting is already BST's 19:00, 18:00 UTC.
    const night = at('2027-03-28T02:30:00Z');
    const after = agendaFor(doc, night, LONDON)!;
    expect(after.meeting.day).toBe('2027-03-31');
    expect(after.meeting.startsAt).toBe(at('2027-03-31T18:00:00Z'));
    expect(after.items.map((i) => i.text)).toEqual(['Clocks go forward']);
    expect(texts(doc, at('2027-03-31T18:59:00Z'))).toEqual(['Clocks go forward']);
  });
});

describe('two phones at once', () => {
  it('points added on two phones at the same moment both stay', () => {
    const { doc } = houseWithMeeting();
    const now = at('2027-01-04T12:00:00Z');
    const other = copyOf(doc);
    addAgendaItem(doc, 'Bins', LONDON, 'sam01', now);
    addAgendaItem(other, 'Heating', LONDON, undefined, now);
    exchange(doc, other);
    expect(texts(doc, now).sort()).toEqual(['Bins', 'Heating']);
    expect(texts(other, now).sort()).toEqual(['Bins', 'Heating']);
  });
});

// The server's copy of a board: applies screens' updates, checking each as its sender would be.
const NOW = at('2027-01-06T19:30:00Z');

function serverBoard() {
  const { doc, groupId } = houseWithMeeting();
  for (const section of DOC_MAPS.board) doc.getMap(section);
  const writers = new Map<string, Writer>();
  return {
    doc,
    groupId,
    receive(update: Uint8Array, personId: string, role: Role): string | undefined {
      const writer = writers.get(personId) ?? { role, personId, ownClients: new Set<number>() };
      writers.set(personId, writer);
      const trial = new Y.Doc();
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
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

function screen(server: Server, personId: string, role: Role = 'member') {
  return {
    edit(change: (doc: Y.Doc) => void): string | undefined {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server.doc));
      const vector = Y.encodeStateVector(doc);
      change(doc);
      return server.receive(Y.encodeStateAsUpdate(doc, vector), personId, role);
    },
  };
}

describe('what the server refuses', () => {
  function withPoint(by?: string) {
    const server = serverBoard();
    let id = '';
    const author = by ?? 'sam01';
    expect(
      screen(server, author).edit((doc) => {
        id = addAgendaItem(doc, 'Bins', LONDON, by, NOW)!;
      }),
    ).toBeUndefined();
    return { server, id };
  }

  it('a member may not mark a point carried, on their own point or anyone else’s', () => {
    const { server, id } = withPoint('sam01');
    for (const who of ['sam01', 'alex02']) {
      expect(screen(server, who).edit((doc) => carryAgendaItem(doc, id, true))).toMatch(
        /only staff can carry/,
      );
    }
    expect(agendaRecords(server.doc).get(id)).not.toHaveProperty('carried');
    expect(agendaRecords(server.doc).get(id)?.text).toBe('Bins');
  });

  it('nor add a point already carried, nor replace a point with a carried copy', () => {
    const { server, id } = withPoint();
    const carried = {
      text: 'Sneaky',
      for: `${server.groupId}_2027-01-06`,
      addedAt: NOW,
      carried: true,
    };
    expect(
      screen(server, 'alex02').edit((doc) => agendaRecords(doc).add(carried, 'x1_2027-01-06')),
    ).toMatch(/only staff/);
    expect(
      screen(server, 'alex02').edit((doc) => agendaRecords(doc).add({ ...carried, text: 'B' }, id)),
    ).toMatch(/only staff/);
    expect(
      agendaRecords(server.doc)
        .values()
        .map((p) => p.text),
    ).toEqual(['Bins']);
  });

  it('staff, an admin and the wall may mark it carried, and take the mark back', () => {
    const { server, id } = withPoint();
    for (const [who, role] of [
      ['kim03', 'staff'],
      ['ana04', 'admin'],
      ['wall1', 'kiosk'],
    ] as const) {
      expect(screen(server, who, role).edit((doc) => carryAgendaItem(doc, id, true))).toBe(
        undefined,
      );
      expect(agendaRecords(server.doc).get(id)?.carried).toBe(true);
      expect(screen(server, who, role).edit((doc) => carryAgendaItem(doc, id, false))).toBe(
        undefined,
      );
      expect(agendaRecords(server.doc).get(id)?.carried).toBeUndefined();
    }
  });

  it("someone else's name on a point is refused, new or on a point already up; the wall signs none", () => {
    const { server, id } = withPoint('sam01');
    const alex = screen(server, 'alex02');
    expect(alex.edit((doc) => addAgendaItem(doc, 'Heating', LONDON, 'sam01', NOW))).toMatch(
      /its own person/,
    );
    expect(alex.edit((doc) => agendaRecords(doc).update(id, { by: 'alex02' }))).toMatch(
      /its own person|someone else/,
    );
    expect(
      screen(server, 'wall1', 'kiosk').edit((doc) =>
        addAgendaItem(doc, 'Heating', LONDON, 'wall1', NOW),
      ),
    ).toMatch(/its own person/);
    expect(
      agendaRecords(server.doc)
        .values()
        .map((p) => [p.text, p.by]),
    ).toEqual([['Bins', 'sam01']]);
  });

  it('huge, malformed and dayless points are refused and nothing is lost', () => {
    const { server, id } = withPoint();
    const alex = screen(server, 'alex02');
    const point = { text: 'x', for: `${server.groupId}_2027-01-06`, addedAt: NOW };
    const raw = (fields: Record<string, unknown>, key = 'y1_2027-01-06') =>
      alex.edit((doc) => {
        const item = new Y.Map<unknown>();
        for (const [k, v] of Object.entries(fields)) item.set(k, v);
        doc.getMap(AGENDA.name).set(key, item);
      });
    expect(raw({ ...point, text: 'x'.repeat(250_000) })).toBeDefined();
    expect(raw({ ...point, text: 42 })).toBeDefined();
    expect(raw({ ...point, for: '<script>' })).toBeDefined();
    expect(raw({ ...point, addedAt: -1 })).toBeDefined();
    expect(raw(point, 'no-day')).toMatch(/carries no day/);
    expect(alex.edit((doc) => agendaRecords(doc).remove(id))).toMatch(/softly/);
    expect(
      agendaRecords(server.doc)
        .values()
        .map((p) => p.text),
    ).toEqual(['Bins']);
  });

  it('a point added and taken back by its author passes', () => {
    const { server, id } = withPoint('sam01');
    expect(screen(server, 'sam01').edit((doc) => removeAgendaItem(doc, id, NOW))).toBeUndefined();
    expect(agendaRecords(server.doc).values()).toEqual([]);
  });
});
