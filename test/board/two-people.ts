// A house where two people, Jo and Sam, each did one of everything the board keeps (and a third,
// Xavi, whose person id ends as Jo's does): for the tests of what names whom.
import * as Y from 'yjs';
import { saveAnnouncement } from '../../board/announcement.ts';
import { claimChore, markChoreDone, saveChore, swapTurn, thankFor } from '../../board/chore.ts';
import { saveGroup, setComing } from '../../board/group.ts';
import { introduce, setAway } from '../../board/person.ts';
import { handOver, shiftRecords, takeOver } from '../../board/shift.ts';
import { at } from './helpers.ts';

export const JO = 'jo-phone-1';
export const SAM = 'sam-phone-2';
/** A person whose id ends as Jo's does: a suffix match must be a whole id. */
export const XJO = 'x-jo-phone-1';
export const DAY = '2026-12-02';
export const T = at('2026-12-02T10:00:00Z');

/** A house's three documents where Jo and Sam each did one of everything the board keeps. */
export function twoPeoplesHouse() {
  const docs = { board: new Y.Doc(), staff: new Y.Doc(), settings: new Y.Doc() };
  const { board, staff } = docs;
  introduce(board, JO, { name: 'Jo Park', nameDisplay: 'initial' });
  introduce(board, SAM, { name: 'Sam Rivers', nameDisplay: 'full' });
  introduce(board, XJO, { name: 'Xavi', nameDisplay: 'full' });
  setAway(board, JO, '2026-12-24');
  const chore = (title: string, rotation?: string[]) =>
    saveChore(board, undefined, { title, schedule: { kind: 'daily' }, rotation }, T);
  const dishes = chore('Empty the dishwasher', [JO, SAM]);
  const bins = chore('Take out the bins', [SAM]);
  const plants = chore('Water the plants', [SAM, JO]);
  claimChore(board, dishes, DAY, JO, T);
  claimChore(board, bins, DAY, SAM, T);
  claimChore(board, bins, DAY, XJO, T); // then Xavi says they'll do it instead
  markChoreDone(board, plants, DAY, JO, T);
  markChoreDone(board, dishes, DAY, SAM, T + 1000);
  thankFor(board, plants, DAY, SAM, T + 2000);
  thankFor(board, dishes, DAY, JO, T + 3000);
  thankFor(board, dishes, DAY, XJO, T + 3000);
  swapTurn(board, plants, '2026-12-03', JO);
  swapTurn(board, dishes, '2026-12-04', SAM);
  const walk = saveGroup(board, undefined, {
    title: 'Morning walk',
    schedule: { kind: 'daily' },
    start: '09:00',
    end: '10:00',
    leader: 'Sam Rivers',
  });
  setComing(board, walk, DAY, JO, true, T);
  setComing(board, walk, DAY, SAM, true, T);
  const note = (text: string, by: string, author?: string) =>
    saveAnnouncement(board, undefined, { text, by, author, expiresAt: T + 86_400_000 }, false, T);
  note('Film night on Friday, I will bring popcorn', JO, 'Jo');
  note(`Sam here: the bins go out on Tuesday (not ${JO})`, SAM);
  const jos = shiftRecords(staff).add({
    name: 'Jo Park',
    pronouns: 'they/them',
    start: T,
    end: T + 8 * 3_600_000,
  });
  const sams = shiftRecords(staff).add({
    name: 'Sam Rivers',
    start: T + 8 * 3_600_000,
    end: T + 16 * 3_600_000,
  });
  const fromJo = handOver(staff, jos, 'Quiet day, the kettle is fixed', T + 7 * 3_600_000);
  takeOver(staff, fromJo, sams, T + 8 * 3_600_000);
  const fromSam = handOver(staff, sams, 'All calm tonight', T + 15 * 3_600_000);
  takeOver(staff, fromSam, jos, T + 15 * 3_600_000);
  return { docs, ids: { dishes, bins, plants, walk, jos, sams, fromJo, fromSam } };
}
