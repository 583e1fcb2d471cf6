// A new house: settings, three starter chores and a welcome note, all keeping the rules.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords, currentAnnouncements } from '../../board/announcement.ts';
import { choreRecords, choresOn } from '../../board/chore.ts';
import type { DocKind } from '../../board/documents.ts';
import { ValidationError } from '../../board/records.ts';
import { seedHouse } from '../../board/seed.ts';
import { LANGUAGES, type Language, readSettings } from '../../board/settings.ts';
import { at, refusal } from './helpers.ts';

const NOW = at('2026-03-29T10:00:00Z');
const DAY = 86_400_000;

function newDocs(): Record<DocKind, Y.Doc> {
  return { board: new Y.Doc(), staff: new Y.Doc(), settings: new Y.Doc() };
}

describe('seedHouse', () => {
  it("writes the house's name and time zone", () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    expect(readSettings(docs.settings)).toMatchObject({
      houseName: 'Maple House',
      timeZone: 'Europe/London',
    });
    expect(docs.settings.getMap('settings').toJSON()).toMatchObject({
      houseName: 'Maple House',
      timeZone: 'Europe/London',
    });
  });

  it('adds three valid daily kitchen chores that show up today and any day', () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    const entries = choreRecords(docs.board).entries();
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.ok)).toBe(true);
    const chores = choreRecords(docs.board).values();
    expect(new Set(chores.map((c) => c.title)).size).toBe(3);
    for (const c of chores) {
      expect(c).toMatchObject({ area: 'kitchen', schedule: { kind: 'daily' }, createdAt: NOW });
    }
    // The day's own chores; yesterday's still-open ones are checked in chore.test.ts.
    const todays = (day: string) => choresOn(docs.board, day).filter((c) => c.day === day);
    expect(todays('2026-03-29')).toHaveLength(3);
    expect(todays('2027-01-01')).toHaveLength(3);
    expect(todays('2026-03-29').every((c) => c.done === undefined)).toBe(true);
  });

  it("on the house's first day the starter chores are not left over from the day before", () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    const stillOpen = (day: string) =>
      choresOn(docs.board, day, 'Europe/London').filter((c) => c.stillOpen);
    expect(stillOpen('2026-03-29')).toEqual([]);
    expect(choresOn(docs.board, '2026-03-29', 'Europe/London')).toHaveLength(3);
    // The next day each daily chore shows once: that day's, never the first day's beside it.
    expect(stillOpen('2026-03-30')).toEqual([]);
    expect(choresOn(docs.board, '2026-03-30', 'Europe/London').map((c) => c.day)).toEqual(
      Array(3).fill('2026-03-30'),
    );
  });

  it('adds a valid welcome announcement naming the house, up for two weeks', () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    const entries = announcementRecords(docs.board).entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.ok).toBe(true);
    const [welcome] = currentAnnouncements(docs.board, NOW);
    expect(welcome?.text).toContain('Maple House');
    expect(welcome?.createdAt).toBe(NOW);
    expect(welcome?.expiresAt).toBe(NOW + 14 * DAY);
    expect(currentAnnouncements(docs.board, NOW + 14 * DAY - 1)).toHaveLength(1);
    expect(currentAnnouncements(docs.board, NOW + 14 * DAY)).toEqual([]);
  });

  it('the welcome still fits for a house name of the longest allowed length', () => {
    const docs = newDocs();
    const houseName = 'M'.repeat(80);
    seedHouse(docs, { houseName, timeZone: 'UTC' }, NOW);
    expect(
      announcementRecords(docs.board)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
  });

  it('leaves the staff document empty: no made-up shifts', () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    expect(docs.staff.share.size).toBe(0);
  });

  it('reaches another device as a single change to the board', () => {
    const docs = newDocs();
    let updates = 0;
    docs.board.on('update', () => updates++);
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/London' }, NOW);
    expect(updates).toBe(1);
  });

  it('an unknown time zone is refused before anything is written to the board', () => {
    const docs = newDocs();
    const error = refusal(() =>
      seedHouse(docs, { houseName: 'Maple House', timeZone: 'Europe/Lundon' }, NOW),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('timeZone');
    expect(docs.board.share.size).toBe(0);
    expect(docs.settings.getMap('settings').size).toBe(0);
  });
});

describe('seedHouse in the house language', () => {
  it('a Spanish house starts with its language set and its chores and welcome in Spanish', () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Casa Arce', timeZone: 'Europe/Madrid', language: 'es' }, NOW);
    expect(readSettings(docs.settings).language).toBe('es');
    expect(docs.settings.getMap('settings').get('language')).toBe('es');
    const chores = choreRecords(docs.board).values();
    expect(chores.map((c) => c.title).sort()).toEqual([
      'Limpiar la mesa de la cocina',
      'Sacar el reciclaje',
      'Vaciar el lavavajillas',
    ]);
    expect(chores.every((c) => c.area === 'cocina')).toBe(true);
    expect(
      choreRecords(docs.board)
        .entries()
        .every((e) => e.ok),
    ).toBe(true);
    const [welcome] = currentAnnouncements(docs.board, NOW);
    expect(welcome?.text).toBe(
      'Te damos la bienvenida al tablón de Casa Arce. Cualquiera puede añadir tareas, grupos y avisos desde su móvil.',
    );
  });

  it('a house made without a language speaks English, and says so in its settings', () => {
    const docs = newDocs();
    seedHouse(docs, { houseName: 'Maple House', timeZone: 'UTC' }, NOW);
    expect(docs.settings.getMap('settings').get('language')).toBe('en');
    expect(
      choreRecords(docs.board)
        .values()
        .map((c) => c.title),
    ).toContain('Empty the dishwasher');
  });

  it('every language has a welcome that fits beside the longest house name', () => {
    for (const language of LANGUAGES) {
      const docs = newDocs();
      seedHouse(docs, { houseName: 'M'.repeat(80), timeZone: 'UTC', language }, NOW);
      expect(
        announcementRecords(docs.board)
          .entries()
          .every((e) => e.ok),
      ).toBe(true);
      expect(choreRecords(docs.board).entries()).toHaveLength(3);
    }
  });

  it('an unknown language is refused before anything is written to the board', () => {
    const docs = newDocs();
    const error = refusal(() =>
      seedHouse(
        docs,
        { houseName: 'Maple House', timeZone: 'UTC', language: 'fr' as unknown as Language },
        NOW,
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('language');
    expect(docs.board.share.size).toBe(0);
  });
});
