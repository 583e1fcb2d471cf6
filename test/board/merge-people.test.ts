// Two records of one person become one: every kind of reference to the old record moves to the
// person it is merged into, what each held is kept, and nothing of anyone else changes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords, saveAnnouncement } from '../../board/announcement.ts';
import {
  choreClaimRecords,
  choreDayId,
  choreDoneRecords,
  choreRecords,
  choreThanksId,
  choreThanksRecords,
  choreTurnRecords,
  claimChore,
  markChoreDone,
  saveChore,
  swapTurn,
  thankFor,
} from '../../board/chore.ts';
import { groupComingRecords, groupDayId, saveGroup, setComing } from '../../board/group.ts';
import { mergePeople } from '../../board/merge-people.ts';
import { introduce, personRecords, setAway, setBirthday } from '../../board/person.ts';
import { shiftRecords } from '../../board/shift.ts';

const OLD_JO = 'oldjo0000000001';
const NEW_JO = 'newjo0000000002';
const ROSA = 'rosa00000000003';
const DAY = '2026-03-02';
const NEXT = '2026-03-03';

/** A board where the old Jo, the new Jo and Rosa each hold a bit of everything. */
function board() {
  const doc = new Y.Doc();
  introduce(doc, OLD_JO, { name: 'Jo', nameDisplay: 'full' });
  setAway(doc, OLD_JO, '2026-03-09');
  introduce(doc, NEW_JO, { name: 'Jo B', nameDisplay: 'initial' });
  introduce(doc, ROSA, { name: 'Rosa', nameDisplay: 'full' });
  const dishes = saveChore(
    doc,
    undefined,
    { title: 'Dishes', schedule: { kind: 'daily' }, rotation: [OLD_JO, ROSA, NEW_JO] },
    1,
  );
  const bins = saveChore(
    doc,
    undefined,
    { title: 'Bins', schedule: { kind: 'daily' }, rotation: [ROSA, OLD_JO] },
    1,
  );
  const hoover = saveChore(
    doc,
    undefined,
    { title: 'Hoover', schedule: { kind: 'daily' }, rotation: [ROSA] },
    1,
  );
  claimChore(doc, dishes, DAY, OLD_JO);
  claimChore(doc, bins, DAY, ROSA);
  markChoreDone(doc, dishes, DAY, OLD_JO, 10);
  markChoreDone(doc, bins, DAY, ROSA, 11);
  markChoreDone(doc, hoover, DAY, NEW_JO, 12);
  thankFor(doc, dishes, DAY, OLD_JO, 20);
  thankFor(doc, dishes, DAY, ROSA, 21);
  thankFor(doc, hoover, DAY, OLD_JO, 22);
  thankFor(doc, hoover, DAY, NEW_JO, 23);
  swapTurn(doc, hoover, NEXT, OLD_JO);
  const walk = saveGroup(doc, undefined, {
    title: 'Walk',
    schedule: { kind: 'daily' },
    start: '10:00',
    end: '11:00',
  });
  setComing(doc, walk, DAY, OLD_JO, true, 30);
  setComing(doc, walk, NEXT, OLD_JO, true, 31);
  setComing(doc, walk, NEXT, NEW_JO, true, 32);
  setComing(doc, walk, DAY, ROSA, true, 33);
  const jos = saveAnnouncement(
    doc,
    undefined,
    { text: 'Film night', by: OLD_JO, expiresAt: 99 },
    undefined,
    1,
  );
  const rosas = saveAnnouncement(
    doc,
    undefined,
    { text: 'Garden', by: ROSA, expiresAt: 99 },
    undefined,
    1,
  );
  return { doc, dishes, bins, hoover, walk, jos, rosas };
}

describe('mergePeople: the old record of a person becomes the one they are merged into', () => {
  it('moves every claim, tick, swap, thanks, "I\'m coming", rotation place and announcement', () => {
    const { doc, dishes, bins, hoover, walk, jos } = board();
    expect(mergePeople(doc, OLD_JO, NEW_JO)).toBeGreaterThan(0);

    expect(choreClaimRecords(doc).get(choreDayId(dishes, DAY))?.by).toBe(NEW_JO);
    expect(choreDoneRecords(doc).get(choreDayId(dishes, DAY))?.by).toBe(NEW_JO);
    expect(choreTurnRecords(doc).get(choreDayId(hoover, NEXT))?.to).toBe(NEW_JO);
    expect(announcementRecords(doc).get(jos)?.by).toBe(NEW_JO);
    // A rotation keeps its order and names the person once.
    expect(choreRecords(doc).get(dishes)?.rotation).toEqual([NEW_JO, ROSA]);
    expect(choreRecords(doc).get(bins)?.rotation).toEqual([ROSA, NEW_JO]);
    // Thanks and "I'm coming" are keyed by the person: re-keyed, and the one a person already
    // had for that day stays theirs.
    const thanks = choreThanksRecords(doc);
    expect(thanks.get(choreThanksId(dishes, DAY, NEW_JO))).toEqual({ at: 20 });
    expect(thanks.get(choreThanksId(hoover, DAY, NEW_JO))).toEqual({ at: 23 });
    expect([...thanks.map.keys()].filter((id) => id.endsWith(OLD_JO))).toEqual([]);
    const coming = groupComingRecords(doc);
    expect(coming.get(`${groupDayId(walk, DAY)}_${NEW_JO}`)).toEqual({ at: 30 });
    expect(coming.get(`${groupDayId(walk, NEXT)}_${NEW_JO}`)).toEqual({ at: 32 });
    expect([...coming.map.keys()].filter((id) => id.endsWith(OLD_JO))).toEqual([]);
  });

  it('keeps the name entry of the person merged into and forgets the other', () => {
    const { doc } = board();
    mergePeople(doc, OLD_JO, NEW_JO);
    const people = personRecords(doc);
    expect(people.has(OLD_JO)).toBe(false);
    expect(people.get(NEW_JO)).toEqual({ name: 'Jo B', nameDisplay: 'initial' });
  });

  it('keeps a birthday given only on the old phone, and whether the wall may say it', () => {
    const { doc } = board();
    setBirthday(doc, OLD_JO, { month: 7, day: 14 }, true);
    mergePeople(doc, OLD_JO, NEW_JO);
    expect(personRecords(doc).get(NEW_JO)).toEqual({
      name: 'Jo B',
      nameDisplay: 'initial',
      birthday: { month: 7, day: 14 },
      birthdayOnWall: true,
    });
    // A birthday the new phone gave already stays as it is.
    const again = board().doc;
    setBirthday(again, OLD_JO, { month: 7, day: 14 }, true);
    setBirthday(again, NEW_JO, { month: 8, day: 1 }, false);
    mergePeople(again, OLD_JO, NEW_JO);
    expect(personRecords(again).get(NEW_JO)).toMatchObject({ birthday: { month: 8, day: 1 } });
    expect(personRecords(again).get(NEW_JO)?.birthdayOnWall).not.toBe(true);
  });

  it('gives the person merged into the other name entry when they had none', () => {
    const { doc } = board();
    personRecords(doc).remove(NEW_JO);
    mergePeople(doc, OLD_JO, NEW_JO);
    expect(personRecords(doc).get(NEW_JO)).toEqual({
      name: 'Jo',
      nameDisplay: 'full',
      awayUntil: '2026-03-09',
    });
    expect(personRecords(doc).has(OLD_JO)).toBe(false);
  });

  it("touches nothing of anyone else's", () => {
    const { doc, bins, dishes, walk, rosas } = board();
    const rosaBefore = rosaThings(doc, { bins, dishes, walk, rosas });
    mergePeople(doc, OLD_JO, NEW_JO);
    expect(rosaThings(doc, { bins, dishes, walk, rosas })).toEqual(rosaBefore);
  });

  it('changes nothing when the two are one, or an id is not a person id', () => {
    const { doc } = board();
    const before = JSON.stringify(doc.toJSON());
    expect(mergePeople(doc, OLD_JO, OLD_JO)).toBe(0);
    expect(mergePeople(doc, 'not_a_person', NEW_JO)).toBe(0);
    expect(mergePeople(doc, OLD_JO, '')).toBe(0);
    expect(JSON.stringify(doc.toJSON())).toBe(before);
  });

  it('makes no map in a document that does not hold it, and leaves shifts (they name no person id)', () => {
    const staff = new Y.Doc();
    shiftRecords(staff).add({ name: 'Kai', start: 1, end: 2 });
    const before = JSON.stringify(staff.toJSON());
    expect(mergePeople(staff, OLD_JO, NEW_JO)).toBe(0);
    expect([...staff.share.keys()]).toEqual(['shifts']);
    expect(JSON.stringify(staff.toJSON())).toBe(before);
  });

  it('is one change: another device sees all of it at once, or none', () => {
    const { doc } = board();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    mergePeople(doc, OLD_JO, NEW_JO);
    expect(updates).toHaveLength(1);
  });
});

/** Everything on the board that is Rosa's. */
function rosaThings(
  doc: Y.Doc,
  ids: { bins: string; dishes: string; walk: string; rosas: string },
) {
  return {
    person: personRecords(doc).get(ROSA),
    claim: choreClaimRecords(doc).get(choreDayId(ids.bins, DAY)),
    done: choreDoneRecords(doc).get(choreDayId(ids.bins, DAY)),
    thanks: choreThanksRecords(doc).get(choreThanksId(ids.dishes, DAY, ROSA)),
    coming: groupComingRecords(doc).get(`${groupDayId(ids.walk, DAY)}_${ROSA}`),
    announcement: announcementRecords(doc).get(ids.rosas),
  };
}
