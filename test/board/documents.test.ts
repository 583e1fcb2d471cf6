// A house's documents and their names: the name decides who may write, so it must parse strictly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaRecords } from '../../board/agenda.ts';
import { announcementRecords } from '../../board/announcement.ts';
import {
  choreClaimRecords,
  choreDoneRecords,
  choreRecords,
  choreThanksRecords,
  choreTurnRecords,
} from '../../board/chore.ts';
import { DOC_KINDS, docName, isDocKind, parseDocName } from '../../board/documents.ts';
import { groupComingRecords, groupDayRecords, groupRecords } from '../../board/group.ts';
import { newId } from '../../board/ids.ts';
import { MEAL_KINDS } from '../../board/meal.ts';
import { personRecords } from '../../board/person.ts';
import { DOC_MAPS } from '../../board/record-kinds.ts';
import { writeSettings } from '../../board/settings.ts';
import { handOver, handoffRecords, shiftRecords } from '../../board/shift.ts';
import { shoppingRecords } from '../../board/shopping.ts';
import { choreOfferRecords } from '../../board/turn-offer.ts';
import { setVisitorMode } from '../../board/visitor.ts';

describe('document names', () => {
  it('a house has a board, a staff and a settings document', () => {
    expect([...DOC_KINDS].sort()).toEqual(['board', 'settings', 'staff']);
  });

  it.each(DOC_KINDS.map((kind) => [kind]))(
    'docName and parseDocName round-trip the %s document',
    (kind) => {
      const houseId = newId();
      const name = docName(houseId, kind);
      expect(name).toBe(`${houseId}/${kind}`);
      expect(parseDocName(name)).toEqual({ houseId, kind });
    },
  );

  it('accepts house ids with letters, digits, dashes and underscores', () => {
    expect(parseDocName('maple-house_2/staff')).toEqual({
      houseId: 'maple-house_2',
      kind: 'staff',
    });
  });

  it.each([
    ['a/b/c'],
    ['house1/board/extra'],
    ['../x/board'],
    ['../board'],
    ['./board'],
    ['house1/admin'],
    ['house1/Board'],
    ['house1/'],
    ['/board'],
    ['/'],
    [''],
    ['house1'],
    ['house 1/board'],
    ['house%2F1/board'],
    [`${'h'.repeat(65)}/board`],
  ])('refuses %j', (name) => {
    expect(parseDocName(name)).toBeUndefined();
  });

  it('isDocKind knows only the three kinds', () => {
    expect(isDocKind('board')).toBe(true);
    expect(isDocKind('settings')).toBe(true);
    expect(isDocKind('shifts')).toBe(false);
    expect(isDocKind('toString')).toBe(false);
    expect(isDocKind('')).toBe(false);
  });
});

describe('which sections live in which document', () => {
  it('each section is written to the document whose writers may change it', () => {
    const board = new Y.Doc();
    const staff = new Y.Doc();
    const settings = new Y.Doc();
    expect([...DOC_MAPS.board]).toEqual([
      choreRecords(board).name,
      choreDoneRecords(board).name,
      choreClaimRecords(board).name,
      choreTurnRecords(board).name,
      choreThanksRecords(board).name,
      choreOfferRecords(board).name,
      groupRecords(board).name,
      groupDayRecords(board).name,
      groupComingRecords(board).name,
      ...MEAL_KINDS.map((kind) => kind.name),
      announcementRecords(board).name,
      personRecords(board).name,
      'visitor',
      shoppingRecords(board).name,
      agendaRecords(board).name,
    ]);
    expect([...DOC_MAPS.board]).toEqual([
      'chores',
      'choreDone',
      'choreClaims',
      'choreTurns',
      'choreThanks',
      'choreOffers',
      'groups',
      'groupDays',
      'groupComing',
      'meals',
      'mealDays',
      'mealCooks',
      'mealEaters',
      'mealCookReplies',
      'announcements',
      'people',
      'visitor',
      'shopping',
      'agenda',
    ]);
    setVisitorMode(board, true, 4);
    expect([...board.share.keys()]).toEqual(['visitor']);
    // The staff document's sections, as its writers' functions create them.
    const shift = shiftRecords(staff).add({ name: 'Jo', start: 1, end: 2 });
    handOver(staff, shift, 'All calm.', 3);
    expect([...staff.share.keys()].sort()).toEqual([...DOC_MAPS.staff].sort());
    expect(DOC_MAPS.staff).toContain(handoffRecords(staff).name);
    writeSettings(settings, { houseName: 'Maple House' });
    expect([...settings.share.keys()]).toEqual([...DOC_MAPS.settings]);
  });

  it('shifts and handoffs are not part of the board everyone writes', () => {
    for (const section of ['shifts', 'handoffs']) {
      expect(DOC_MAPS.board).not.toContain(section);
      expect(DOC_MAPS.settings).not.toContain(section);
    }
  });

  it('visitor mode lives in the board document (the kiosk switches it on), not in staff', () => {
    expect(DOC_MAPS.board).toContain('visitor');
    expect(DOC_MAPS.staff).not.toContain('visitor');
    expect(DOC_MAPS.settings).not.toContain('visitor');
  });

  it("people, each day's chore records, group days and who is coming are written to the board, where everyone who joined writes", () => {
    for (const section of [
      'people',
      'choreDone',
      'choreClaims',
      'choreTurns',
      'choreThanks',
      'groupDays',
      'groupComing',
    ]) {
      expect(DOC_MAPS.board).toContain(section);
      expect(DOC_MAPS.staff).not.toContain(section);
      expect(DOC_MAPS.settings).not.toContain(section);
    }
  });

  it('the old single record per chore day is no longer a section of any document', () => {
    for (const kind of DOC_KINDS) expect(DOC_MAPS[kind]).not.toContain('choreDays');
  });
});
