// People and their names on the wall: each person chooses whether their name shows in full, as
// an initial or not at all; visitor mode brings every name down to an initial at most. Everything
// on the board names people by id and shows them through these rules.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { introduce, isAway, personName, personRecords, setAway } from '../../board/person.ts';
import { shownName, wallName } from '../../board/roles.ts';
import { copyOf, exchange, refusal } from './helpers.ts';

describe('wallName: a name as the wall may show it', () => {
  it('full shows the name as written; initial its first letter and a full stop; hidden nothing', () => {
    expect(wallName('full', 'Priya')).toBe('Priya');
    expect(wallName('initial', 'Priya')).toBe('P.');
    expect(wallName('hidden', 'Priya')).toBeUndefined();
  });

  it('in visitor mode a full name shows as its initial, an initial stays one, hidden stays hidden', () => {
    expect(wallName('full', 'Priya', true)).toBe('P.');
    expect(wallName('initial', 'Priya', true)).toBe('P.');
    expect(wallName('hidden', 'Priya', true)).toBeUndefined();
  });

  it('the initial is a capital, and spaces before the name do not count', () => {
    expect(wallName('initial', 'sam')).toBe('S.');
    expect(wallName('initial', '  jo')).toBe('J.');
    expect(wallName('full', 'sam')).toBe('sam'); // a full name is shown just as its owner wrote it
  });

  // Decided: the initial is the first character as the person wrote it, capitalised when it has
  // a capital. An accented letter keeps its accent; an emoji someone put first is their initial
  // (it is what they chose to lead with, and it gives away less than a letter would).
  it.each([
    ['Émile', 'É.'],
    ['émile', 'É.'],
    ['Øyvind', 'Ø.'],
    ['łucja', 'Ł.'],
    ['Ђорђе', 'Ђ.'],
    ['🌻 Sunny', '🌻.'],
    ['🌻Sunny', '🌻.'],
    ['李小龙', '李.'],
  ])('the initial of %j is %j', (name, initial) => {
    expect(wallName('initial', name)).toBe(initial);
    expect(wallName('full', name, true)).toBe(initial);
  });

  // The initial is the whole first character a person sees (a grapheme), not its first code
  // point: an accent typed as a separate mark stays on its letter, a flag stays whole, an emoji
  // keeps its skin tone and the rest of a joined sequence.
  it.each([
    ['an accent typed as a separate mark', 'E\u0301mile', 'E\u0301.'],
    ['a lower-case letter with an accent typed as a separate mark', 'e\u0301mile', 'E\u0301.'],
    ['a flag', '🇬🇧 Sam', '🇬🇧.'],
    ['an emoji with a skin tone', '👋🏽 Ade', '👋🏽.'],
    ['an emoji made of several joined emoji', '👩‍🌾 Farah', '👩‍🌾.'],
    ['a letter with two marks', 'a\u0323\u0302nh', 'A\u0323\u0302.'],
  ])('an initial keeps the whole first character a person sees: %s', (_what, name, initial) => {
    expect(wallName('initial', name)).toBe(initial);
    expect(wallName('full', name, true)).toBe(initial);
    expect(wallName('initial', `  ${name}`)).toBe(initial);
  });

  it('a combining accent typed separately looks the same as the one-character accent', () => {
    expect(wallName('initial', 'E\u0301mile')?.normalize('NFC')).toBe('É.');
    expect(wallName('initial', 'Émile')).toBe('É.');
  });

  it('shownName (for a name that may be missing) follows the same rules, without visitor mode', () => {
    expect(shownName('Priya', 'full')).toBe('Priya');
    expect(shownName('Priya', 'initial')).toBe('P.');
    expect(shownName('Priya', 'hidden')).toBeUndefined();
    expect(shownName(undefined, 'full')).toBeUndefined();
    expect(shownName('', 'full')).toBeUndefined();
  });
});

describe('people on the board', () => {
  it('setAway marks a person away until a day, and back again', () => {
    const doc = new Y.Doc();
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    setAway(doc, 'sam01', '2026-07-03');
    expect(personRecords(doc).get('sam01')?.awayUntil).toBe('2026-07-03');
    expect(isAway(personRecords(doc).get('sam01'), '2026-07-03')).toBe(true);
    expect(isAway(personRecords(doc).get('sam01'), '2026-07-04')).toBe(false);
    setAway(doc, 'sam01', undefined);
    expect(personRecords(doc).get('sam01')).toEqual({ name: 'Sam', nameDisplay: 'full' });
    expect(refusal(() => setAway(doc, 'sam01', 'soon')).sentence.key).toBe('notRight');
  });

  it('introduce writes a person under their id; personName shows them as they chose', () => {
    const doc = new Y.Doc();
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    introduce(doc, 'alex02', { name: 'Alex', nameDisplay: 'initial' });
    introduce(doc, 'kai03', { name: 'Kai', nameDisplay: 'hidden' });
    expect(personName(doc, 'sam01')).toBe('Sam');
    expect(personName(doc, 'alex02')).toBe('A.');
    expect(personName(doc, 'kai03')).toBeUndefined();
  });

  it('in visitor mode personName gives initials, and hidden people stay hidden', () => {
    const doc = new Y.Doc();
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    introduce(doc, 'kai03', { name: 'Kai', nameDisplay: 'hidden' });
    expect(personName(doc, 'sam01', true)).toBe('S.');
    expect(personName(doc, 'kai03', true)).toBeUndefined();
  });

  it('an unknown id, or no id at all, has no name', () => {
    const doc = new Y.Doc();
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    expect(personName(doc, 'nobody99')).toBeUndefined();
    expect(personName(doc, undefined)).toBeUndefined();
    expect(personName(new Y.Doc(), 'sam01')).toBeUndefined();
  });

  it('introducing again changes the same entry, and the change shows everywhere at once', () => {
    const doc = new Y.Doc();
    introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    introduce(doc, 'sam01', { name: 'Samira', nameDisplay: 'initial' });
    expect(personRecords(doc).values()).toEqual([
      { id: 'sam01', name: 'Samira', nameDisplay: 'initial' },
    ]);
    expect(personName(doc, 'sam01')).toBe('S.');
  });

  it('a changed choice made on one device shows on the other once synced', () => {
    const a = new Y.Doc();
    introduce(a, 'sam01', { name: 'Sam', nameDisplay: 'full' });
    const b = copyOf(a);
    introduce(a, 'sam01', { name: 'Sam', nameDisplay: 'hidden' });
    exchange(a, b);
    expect(personName(b, 'sam01')).toBeUndefined();
  });

  it('a person needs a name (at most 60 characters) and one of the three ways to show it', () => {
    const doc = new Y.Doc();
    expect(refusal(() => introduce(doc, 'sam01', { name: '  ', nameDisplay: 'full' })).field).toBe(
      'name',
    );
    expect(
      refusal(() => introduce(doc, 'sam01', { name: 'n'.repeat(61), nameDisplay: 'full' })).field,
    ).toBe('name');
    expect(
      refusal(() =>
        introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'loud' as unknown as 'full' }),
      ).field,
    ).toBe('nameDisplay');
    expect(doc.getMap('people').size).toBe(0);
  });

  it('isAway: away up to and including the last day given, not before a day was given', () => {
    const sam = { name: 'Sam', nameDisplay: 'full' as const, awayUntil: '2026-04-03' };
    expect(isAway(sam, '2026-03-30')).toBe(true);
    expect(isAway(sam, '2026-04-03')).toBe(true);
    expect(isAway(sam, '2026-04-04')).toBe(false);
    expect(isAway({ name: 'Sam', nameDisplay: 'full' }, '2026-03-30')).toBe(false);
    expect(isAway(undefined, '2026-03-30')).toBe(false);
  });

  it('days away must be written as a date', () => {
    const doc = new Y.Doc();
    const error = refusal(() =>
      introduce(doc, 'sam01', { name: 'Sam', nameDisplay: 'full', awayUntil: 'next week' }),
    );
    expect(error.field).toBe('awayUntil');
  });
});
