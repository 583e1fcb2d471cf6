// A house's documents and their names: the name decides who may write, so it must parse strictly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementSection } from '../../board/announcement.ts';
import { choreDaySection, choreSection } from '../../board/chore.ts';
import {
  DOC_KINDS,
  DOC_SECTIONS,
  docName,
  isDocKind,
  parseDocName,
} from '../../board/documents.ts';
import { groupSection } from '../../board/group.ts';
import { newId } from '../../board/ids.ts';
import { writeSettings } from '../../board/settings.ts';
import { shiftSection } from '../../board/shift.ts';

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
    expect(DOC_SECTIONS.board).toEqual(
      expect.arrayContaining([
        choreSection(board).name,
        choreDaySection(board).name,
        groupSection(board).name,
        announcementSection(board).name,
      ]),
    );
    expect(DOC_SECTIONS.staff).toEqual([shiftSection(staff).name]);
    writeSettings(settings, { houseName: 'Maple House' });
    expect([...settings.share.keys()]).toEqual([...DOC_SECTIONS.settings]);
  });

  it('shifts are not part of the board everyone writes', () => {
    expect(DOC_SECTIONS.board).not.toContain('shifts');
    expect(DOC_SECTIONS.settings).not.toContain('shifts');
  });
});
