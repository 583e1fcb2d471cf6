// A house's documents and their names: the name decides who may write, so it must parse strictly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementSection } from '../../board/announcement.ts';
import {
  choreClaimSection,
  choreDoneSection,
  choreSection,
  choreThanksSection,
  choreTurnSection,
} from '../../board/chore.ts';
import {
  DOC_KINDS,
  DOC_SECTIONS,
  docName,
  isDocKind,
  parseDocName,
} from '../../board/documents.ts';
import { groupComingSection, groupDaySection, groupSection } from '../../board/group.ts';
import { newId } from '../../board/ids.ts';
import { personSection } from '../../board/person.ts';
import { writeSettings } from '../../board/settings.ts';
import { handOver, handoffSection, shiftSection } from '../../board/shift.ts';
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
    expect([...DOC_SECTIONS.board]).toEqual([
      choreSection(board).name,
      choreDoneSection(board).name,
      choreClaimSection(board).name,
      choreTurnSection(board).name,
      choreThanksSection(board).name,
      groupSection(board).name,
      groupDaySection(board).name,
      groupComingSection(board).name,
      announcementSection(board).name,
      personSection(board).name,
      'visitor',
    ]);
    expect([...DOC_SECTIONS.board]).toEqual([
      'chores',
      'choreDone',
      'choreClaims',
      'choreTurns',
      'choreThanks',
      'groups',
      'groupDays',
      'groupComing',
      'announcements',
      'people',
      'visitor',
    ]);
    setVisitorMode(board, true, 4);
    expect([...board.share.keys()]).toEqual(['visitor']);
    // The staff document's sections, as its writers' functions create them.
    const shift = shiftSection(staff).add({ name: 'Jo', start: 1, end: 2 });
    handOver(staff, shift, 'All calm.', 3);
    expect([...staff.share.keys()].sort()).toEqual([...DOC_SECTIONS.staff].sort());
    expect(DOC_SECTIONS.staff).toContain(handoffSection(staff).name);
    writeSettings(settings, { houseName: 'Maple House' });
    expect([...settings.share.keys()]).toEqual([...DOC_SECTIONS.settings]);
  });

  it('shifts and handoffs are not part of the board everyone writes', () => {
    for (const section of ['shifts', 'handoffs']) {
      expect(DOC_SECTIONS.board).not.toContain(section);
      expect(DOC_SECTIONS.settings).not.toContain(section);
    }
  });

  it('visitor mode lives in the board document (the kiosk switches it on), not in staff', () => {
    expect(DOC_SECTIONS.board).toContain('visitor');
    expect(DOC_SECTIONS.staff).not.toContain('visitor');
    expect(DOC_SECTIONS.settings).not.toContain('visitor');
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
      expect(DOC_SECTIONS.board).toContain(section);
      expect(DOC_SECTIONS.staff).not.toContain(section);
      expect(DOC_SECTIONS.settings).not.toContain(section);
    }
  });

  it('the old single record per chore day is no longer a section of any document', () => {
    for (const kind of DOC_KINDS) expect(DOC_SECTIONS[kind]).not.toContain('choreDays');
  });
});
