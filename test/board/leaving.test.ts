// A person leaving (board/leaving.ts): off every rota, claim, turn and "I'm coming" from today on,
// at once, and shown nowhere; after the wait, everything that names them is forgotten, and the
// encoded document holds none of their name — while nobody else's things change.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import {
  choreRecords,
  choresOn,
  choreTurnRecords,
  claimChore,
  markChoreDone,
  thankFor,
} from '../../board/chore.ts';
import { groupComingRecords, setComing } from '../../board/group.ts';
import { departFromBoard, forgetOnBoard, forgetOnStaff, SOMEONE } from '../../board/leaving.ts';
import { introduce, personName, personRecords } from '../../board/person.ts';
import { shiftRecords } from '../../board/shift.ts';
import { choreOfferRecords, inviteToRota, offerSwap } from '../../board/turn-offer.ts';
import { at, validateDocument } from './helpers.ts';

const ZED = 'zed0000000000001';
const SAM = 'sam0000000000002';
const YESTERDAY = '2026-03-29';
const TODAY = '2026-03-30';
const TOMORROW = '2026-03-31';
const NOW = at('2026-03-30T09:00:00Z');

function house() {
  const board = new Y.Doc();
  introduce(board, ZED, { name: 'Zebedee Quince', nameDisplay: 'full' });
  introduce(board, SAM, { name: 'Sam', nameDisplay: 'full' });
  const dishes = choreRecords(board).add({
    title: 'Dishes',
    schedule: { kind: 'daily' },
    rotation: [ZED, SAM],
    createdAt: at('2026-03-01T00:00:00Z'),
  });
  for (const day of [YESTERDAY, TODAY, TOMORROW]) {
    claimChore(board, dishes, day, ZED);
    setComing(board, 'art', day, ZED, true, NOW);
    setComing(board, 'art', day, SAM, true, NOW);
  }
  markChoreDone(board, dishes, YESTERDAY, ZED, at('2026-03-29T10:00:00Z'));
  thankFor(board, dishes, YESTERDAY, SAM, at('2026-03-29T11:00:00Z'));
  thankFor(board, dishes, YESTERDAY, ZED, at('2026-03-29T11:00:00Z'));
  choreTurnRecords(board).add({ to: ZED }, `${dishes}_${TOMORROW}`);
  announcementRecords(board).add(
    { text: 'Film night, bring a blanket', by: ZED, createdAt: NOW, expiresAt: NOW + 86_400_000 },
    'post1',
  );
  announcementRecords(board).add(
    { text: 'Garden tidy', by: SAM, createdAt: NOW, expiresAt: NOW + 86_400_000 },
    'post2',
  );
  offerSwap(board, dishes, TOMORROW, ZED, SAM, NOW);
  offerSwap(board, dishes, TOMORROW, SAM, ZED, NOW);
  inviteToRota(board, dishes, SAM, ZED, 'UTC', NOW);
  const staff = new Y.Doc();
  shiftRecords(staff).add(
    { name: 'Zebedee Quince', person: ZED, start: NOW, end: NOW + 3_600_000 },
    'shift1',
  );
  shiftRecords(staff).add({ name: 'Sam', person: SAM, start: NOW, end: NOW + 3_600_000 }, 'shift2');
  return { board, staff, dishes };
}

const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');

describe('leaving the house', () => {
  it('takes them off every rota, claim, turn and "I\'m coming" from today on, at once', () => {
    const { board, dishes } = house();
    departFromBoard(board, ZED, TODAY, NOW);
    expect(choreRecords(board).get(dishes)?.rotation).toEqual([SAM]);
    for (const day of [TODAY, TOMORROW]) {
      const chore = choresOn(board, day).find((c) => c.id === dishes)!;
      expect(chore.claimedBy).toBeUndefined();
      expect(chore.turn).toBe(SAM);
      expect(groupComingRecords(board).has(`art_${day}_${ZED}`)).toBe(false);
      expect(groupComingRecords(board).has(`art_${day}_${SAM}`)).toBe(true);
    }
    // What they did before today stays until they are forgotten, with no name shown.
    expect(choresOn(board, YESTERDAY).find((c) => c.id === dishes)?.claimedBy).toBe(ZED);
    expect(personName(board, ZED)).toBeUndefined();
    expect(personName(board, SAM)).toBe('Sam');
    expect(personRecords(board).get(ZED)?.leftAt).toBe(NOW);
    // No offer waits on them, or from them.
    expect(choreOfferRecords(board).values()).toEqual([]);
    validateDocument(board, 'board');
  });

  it('forgets everything that names them, and nothing of anyone else', () => {
    const { board, staff, dishes } = house();
    departFromBoard(board, ZED, TODAY, NOW);
    forgetOnBoard(board, ZED);
    forgetOnStaff(staff, ZED);
    expect(personRecords(board).has(ZED)).toBe(false);
    const yesterday = choresOn(board, YESTERDAY).find((c) => c.id === dishes)!;
    expect(yesterday.claimedBy).toBeUndefined(); // a past "I'll do it" of nobody says nothing
    expect(yesterday.done?.by).toBe(SOMEONE);
    expect(yesterday.thanks).toEqual([SAM]);
    expect(announcementRecords(board).get('post1')?.by).toBe(SOMEONE);
    expect(announcementRecords(board).get('post2')?.by).toBe(SAM);
    expect(choreOfferRecords(board).values()).toEqual([]);
    expect(shiftRecords(staff).has('shift1')).toBe(false);
    expect(shiftRecords(staff).has('shift2')).toBe(true);
    expect(personName(board, SAM)).toBe('Sam');
    validateDocument(board, 'board');
    validateDocument(staff, 'staff');
    // Deleted content is garbage-collected: the encoded documents hold no name of theirs. (The
    // keys of deleted entries, random ids, stay in Yjs's structure; they name no one.)
    for (const doc of [board, staff]) expect(bytesOf(doc)).not.toContain('Zebedee');
    expect(bytesOf(board)).toContain('Sam');
  });

  it('forgetting reaches another copy of the document as an update, and that copy forgets too', () => {
    const { board } = house();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
    const vector = Y.encodeStateVector(board);
    forgetOnBoard(board, ZED);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board, vector));
    expect(personRecords(copy).has(ZED)).toBe(false);
    expect(bytesOf(copy)).not.toContain('Zebedee');
  });
});
