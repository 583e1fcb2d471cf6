// How each kind of record names a person, in one table (board/person-refs.ts): a board where two
// people each have one of everything, and `thingsNaming` finds each kind of Jo's and nothing of
// Sam's — removed records too, since the board still holds them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { choreDayId, choreRecords, choreThanksId, claimChore } from '../../board/chore.ts';
import type { DocKind } from '../../board/documents.ts';
import { groupDayId, setComing } from '../../board/group.ts';
import { type KindNaming, PERSON_REFS, sameName, thingsNaming } from '../../board/person-refs.ts';
import { RECORD_KINDS } from '../../board/record-kinds.ts';
import { schemaOf } from '../../board/rules.ts';
import { shiftRecords } from '../../board/shift.ts';
import { DAY, JO, SAM, T, twoPeoplesHouse } from './two-people.ts';

const idsOf = (found: Record<string, KindNaming>) =>
  Object.fromEntries(
    Object.entries(found).map(([kind, { records }]) => [kind, records.map((r) => r.id).sort()]),
  );

describe('the table of how records name a person', () => {
  it('has a line for every kind of record, and each field it names is one the kind has', () => {
    expect(Object.keys(PERSON_REFS).sort()).toEqual(RECORD_KINDS.map((k) => k.name).sort());
    for (const kind of RECORD_KINDS) {
      const shape = (schemaOf(kind) as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const ref of PERSON_REFS[kind.name]!) {
        if (ref.how === 'key' || ref.how === 'id-suffix') expect(ref.field).toBeUndefined();
        else expect(Object.keys(shape), `${kind.name}.${ref.field}`).toContain(ref.field);
        if (Array.isArray(ref.forget))
          for (const field of ref.forget) expect(Object.keys(shape)).toContain(field);
      }
    }
  });

  it("a person's own per-day kind names them by the end of its id; the rest never do", () => {
    for (const kind of RECORD_KINDS) {
      const bySuffix = PERSON_REFS[kind.name]!.some((ref) => ref.how === 'id-suffix');
      const own = kind.owner === 'person';
      expect(bySuffix, kind.name).toBe(own && kind.perDay === 'person-day');
      // A kind owned by a person, not per day, is keyed by them.
      if (own && !kind.perDay) expect(PERSON_REFS[kind.name]!.map((r) => r.how)).toEqual(['key']);
    }
  });
});

describe('thingsNaming: everything the board holds of one person', () => {
  it("finds each kind of Jo's, and nothing of Sam's or of someone whose id ends like Jo's", () => {
    const { docs, ids } = twoPeoplesHouse();
    const found = thingsNaming(docs, JO);
    const announcements = found.announcements!.records;
    expect(idsOf(found)).toEqual({
      chores: [ids.dishes, ids.plants].sort(),
      choreDone: [choreDayId(ids.plants, DAY)],
      choreClaims: [choreDayId(ids.dishes, DAY)],
      choreTurns: [choreDayId(ids.plants, '2026-12-03')],
      choreThanks: [choreThanksId(ids.dishes, DAY, JO)],
      choreOffers: [],
      groupComing: [`${groupDayId(ids.walk, DAY)}_${JO}`],
      mealCooks: [],
      mealEaters: [],
      mealCookReplies: [],
      shopping: [],
      agenda: [],
      announcements: [announcements[0]!.id],
      people: [JO],
      shifts: [ids.jos],
      handoffs: [ids.fromJo, ids.fromSam].sort(),
    });
    expect(announcements[0]!.fields.text).toBe('Film night on Friday, I will bring popcorn');
    expect(found.people!.records[0]!.fields).toEqual({
      name: 'Jo Park',
      nameDisplay: 'initial',
      awayUntil: '2026-12-24',
    });
    // A handoff names Jo as the one who wrote its note, or as the one who took over.
    const handoffs = Object.fromEntries(
      found.handoffs!.records.map((r) => [r.id, r.refs.map((ref) => ref.field)]),
    );
    expect(handoffs).toEqual({ [ids.fromJo]: ['fromShift'], [ids.fromSam]: ['toShift'] });
  });

  it("Sam's things are Sam's, and none of Jo's", () => {
    const { docs, ids } = twoPeoplesHouse();
    const found = thingsNaming(docs, SAM);
    expect(idsOf(found)).toEqual({
      chores: [ids.dishes, ids.bins, ids.plants].sort(),
      choreDone: [choreDayId(ids.dishes, DAY)],
      choreClaims: [],
      choreTurns: [choreDayId(ids.dishes, '2026-12-04')],
      choreThanks: [choreThanksId(ids.plants, DAY, SAM)],
      choreOffers: [],
      groupComing: [`${groupDayId(ids.walk, DAY)}_${SAM}`],
      mealCooks: [],
      mealEaters: [],
      mealCookReplies: [],
      shopping: [],
      agenda: [],
      announcements: [found.announcements!.records[0]!.id],
      people: [SAM],
      shifts: [ids.sams],
      handoffs: [ids.fromJo, ids.fromSam].sort(),
    });
    expect(JSON.stringify(found)).not.toContain('Jo Park');
    expect(JSON.stringify(found)).not.toContain('popcorn');
  });

  it('what was taken back is still held, so it is still found', () => {
    const { docs, ids } = twoPeoplesHouse();
    claimChore(docs.board, ids.dishes, DAY, undefined, T + 5000);
    setComing(docs.board, ids.walk, DAY, JO, false, T + 5000);
    choreRecords(docs.board).softRemove(ids.plants, T + 5000);
    const found = thingsNaming(docs, JO);
    expect(found.choreClaims!.records[0]!.fields).toEqual({ by: JO, removedAt: T + 5000 });
    expect(found.groupComing!.records[0]!.fields.removedAt).toBe(T + 5000);
    expect(found.chores!.records.map((r) => r.id)).toContain(ids.plants);
  });

  it('a staff member’s shifts are known by their name as written, whatever its spaces or capitals', () => {
    const { docs, ids } = twoPeoplesHouse();
    const later = shiftRecords(docs.staff).add({
      name: '  jo   PARK ',
      start: T + 86_400_000,
      end: T + 90_000_000,
    });
    shiftRecords(docs.staff).add({ name: 'Jo Parker', start: T, end: T + 1 });
    expect(
      thingsNaming(docs, JO)
        .shifts!.records.map((r) => r.id)
        .sort(),
    ).toEqual([ids.jos, later].sort());
    expect(sameName('Jo Park', 'jo park')).toBe(true);
    expect(sameName('', '  ')).toBe(false);
  });

  it('without their name entry no shift is theirs, unless the name is given', () => {
    const { docs, ids } = twoPeoplesHouse();
    docs.board.getMap('people').delete(JO);
    expect(thingsNaming(docs, JO).shifts!.records).toEqual([]);
    expect(thingsNaming(docs, JO, { name: 'Jo Park' }).shifts!.records.map((r) => r.id)).toEqual([
      ids.jos,
    ]);
  });

  it('reads only the documents it is given', () => {
    const { docs } = twoPeoplesHouse();
    const found = thingsNaming({ board: docs.board }, JO);
    expect(found.shifts).toBeUndefined();
    expect(found.handoffs).toBeUndefined();
    expect(found.people!.records).toHaveLength(1);
  });

  it.each([
    ['empty', ''],
    ['with an underscore', 'jo_phone'],
    ['far too long', 'j'.repeat(10_000)],
    ['a regular expression', '.*'],
    // An old screen's session from before devices had persons: "undefined" fits the pattern.
    ['not a string at all', undefined as unknown as string],
  ])('an id that cannot be a person (%s) names nothing', (_what, id) => {
    const { docs } = twoPeoplesHouse();
    expect(thingsNaming(docs, id)).toEqual({});
  });

  it('records that are not records, and fields of the wrong type, are passed over without a fault', () => {
    const { docs } = twoPeoplesHouse();
    const board = docs.board;
    board.getMap('choreClaims').set(`x_${DAY}`, 'not a record' as never);
    const odd = new Y.Map<unknown>();
    board.getMap('chores').set('odd', odd);
    odd.set('rotation', { [JO]: true });
    const byList = new Y.Map<unknown>();
    board.getMap('choreClaims').set(`y_${DAY}`, byList);
    byList.set('by', [JO]);
    const found = thingsNaming(docs as Record<DocKind, Y.Doc>, JO);
    expect(found.chores!.records.map((r) => r.id)).not.toContain('odd');
    expect(found.choreClaims!.records).toHaveLength(1);
  });
});
