// House settings: the house's name and time zone, with safe fallbacks for anything broken.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ValidationError } from '../../board/records.ts';
import {
  DEFAULT_TIME_ZONE,
  NIGHT_NOBODY_MAX,
  observeSettings,
  readSettings,
  WALL_CARDS,
  writeSettings,
} from '../../board/settings.ts';
import { copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

/** What a house has for the settings a test does not name. */
const OTHERS = {
  language: 'en',
  textSize: 2,
  nightHours: { start: '22:00', end: '07:00' },
  nightHoursByWeekday: {},
  visitorEndsOnWall: true,
  forgetAfterDays: 14,
  wallCards: ['chores', 'groups', 'shifts', 'announcements', 'meals', 'shopping', 'agenda'],
};

describe('readSettings', () => {
  it('a new house with nothing set reads as "Our house" in UTC', () => {
    expect(DEFAULT_TIME_ZONE).toBe('UTC');
    expect(readSettings(new Y.Doc())).toEqual({
      ...OTHERS,
      houseName: 'Our house',
      timeZone: 'UTC',
    });
  });

  it('reads back what was written', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House', timeZone: 'Europe/London' });
    expect(readSettings(doc)).toEqual({
      ...OTHERS,
      houseName: 'Maple House',
      timeZone: 'Europe/London',
    });
  });

  it.each([
    ['a number', 42],
    ['an empty name', ''],
    ['a blank name', '   '],
    ['a list', ['Maple']],
    ['null', null],
  ])('falls back to "Our house" when the stored name is %s', (_what, value) => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('houseName', value);
    doc.getMap('settings').set('timeZone', 'Europe/London');
    expect(readSettings(doc)).toEqual({
      ...OTHERS,
      houseName: 'Our house',
      timeZone: 'Europe/London',
    });
  });

  it.each([
    ['an unknown zone', 'Mars/Olympus_Mons'],
    ['a misspelt zone', 'Europe/Lundon'],
    ['a number', 1],
    ['an empty string', ''],
    ['an object', { zone: 'Europe/London' }],
  ])('falls back to UTC when the stored time zone is %s', (_what, value) => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('houseName', 'Maple House');
    doc.getMap('settings').set('timeZone', value);
    expect(readSettings(doc)).toEqual({ ...OTHERS, houseName: 'Maple House', timeZone: 'UTC' });
  });
});

describe('writeSettings', () => {
  it('refuses an unknown time zone with a ValidationError on the time zone, and changes nothing', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House', timeZone: 'Europe/London' });
    const error = refusal(() => writeSettings(doc, { timeZone: 'Europe/Lundon' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Please pick a time zone from the list.');
    expect(error.field).toBe('timeZone');
    expectPlainSentence(error.message);
    expect(readSettings(doc)).toEqual({
      ...OTHERS,
      houseName: 'Maple House',
      timeZone: 'Europe/London',
    });
  });

  it('refuses a blank or over-long house name', () => {
    const doc = new Y.Doc();
    expect(refusal(() => writeSettings(doc, { houseName: '  ' })).message).toBe(
      'Please write the name of the house.',
    );
    const error = refusal(() => writeSettings(doc, { houseName: 'h'.repeat(81) }));
    expect(error.message).toBe('Please keep the name of the house to 80 characters or fewer.');
    expect(error.field).toBe('houseName');
    expect(doc.getMap('settings').size).toBe(0);
  });

  it('changing one setting keeps the other', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House', timeZone: 'Pacific/Auckland' });
    writeSettings(doc, { houseName: 'Maple' });
    expect(readSettings(doc)).toEqual({
      ...OTHERS,
      houseName: 'Maple',
      timeZone: 'Pacific/Auckland',
    });
  });

  it('a first partial write fills the rest in with the defaults', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { timeZone: 'America/New_York' });
    expect(doc.getMap('settings').toJSON()).toEqual({
      ...OTHERS,
      houseName: 'Our house',
      timeZone: 'America/New_York',
    });
  });

  it('stores the house name without surrounding spaces', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: '  Maple House ' });
    expect(readSettings(doc).houseName).toBe('Maple House');
  });

  it('writing the same settings again sends nothing', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House', timeZone: 'Europe/London' });
    let updates = 0;
    doc.on('update', () => updates++);
    writeSettings(doc, { houseName: 'Maple House', timeZone: 'Europe/London' });
    expect(updates).toBe(0);
  });

  it('mends a broken stored value when another setting is written', () => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('timeZone', 'Mars/Olympus_Mons');
    writeSettings(doc, { houseName: 'Maple House' });
    expect(doc.getMap('settings').get('timeZone')).toBe('UTC');
  });

  it('observeSettings hears a change made on another device, until stopped', () => {
    const admin = new Y.Doc();
    writeSettings(admin, { houseName: 'Maple House', timeZone: 'Europe/London' });
    const kiosk = copyOf(admin);
    let calls = 0;
    const stop = observeSettings(kiosk, () => calls++);
    writeSettings(admin, { timeZone: 'Europe/Dublin' });
    exchange(admin, kiosk);
    expect(calls).toBe(1);
    expect(readSettings(kiosk).timeZone).toBe('Europe/Dublin');
    stop();
    writeSettings(admin, { houseName: 'Maple' });
    exchange(admin, kiosk);
    expect(calls).toBe(1);
  });
});

describe('language, text size and night hours', () => {
  it('reads back a house in Spanish, with the largest text and late nights on Fridays', () => {
    const doc = new Y.Doc();
    writeSettings(doc, {
      language: 'es',
      textSize: 4,
      nightHours: { start: '21:30', end: '06:30' },
      nightHoursByWeekday: { fri: { start: '23:30', end: '08:00' } },
    });
    expect(readSettings(doc)).toMatchObject({
      language: 'es',
      textSize: 4,
      nightHours: { start: '21:30', end: '06:30' },
      nightHoursByWeekday: { fri: { start: '23:30', end: '08:00' } },
    });
  });

  it.each([
    ['an unknown language', { language: 'tlh' }, 'Please pick a language from the list.'],
    ['a fifth text size', { textSize: 5 }, 'Please pick one of the four text sizes.'],
    [
      'a night that starts at 25:00',
      { nightHours: { start: '25:00', end: '07:00' } },
      'Please give a time like 22:00.',
    ],
  ])('refuses %s and changes nothing', (_what, patch, sentence) => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House' });
    const before = doc.getMap('settings').toJSON();
    const error = refusal(() => writeSettings(doc, patch as never));
    expect(error.message).toBe(sentence);
    expectPlainSentence(error.message);
    expect(doc.getMap('settings').toJSON()).toEqual(before);
  });

  it('falls back to the defaults when stored values are broken', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('settings');
    map.set('language', 'xx');
    map.set('textSize', 9);
    map.set('nightHours', { start: 'late' });
    map.set('nightHoursByWeekday', 'weekends');
    expect(readSettings(doc)).toMatchObject(OTHERS);
  });

  it('writing the same night hours again sends nothing', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { nightHoursByWeekday: { sat: { start: '23:00', end: '09:00' } } });
    let updates = 0;
    doc.on('update', () => updates++);
    writeSettings(doc, { nightHoursByWeekday: { sat: { start: '23:00', end: '09:00' } } });
    expect(updates).toBe(0);
  });
});

describe("the house's words for a night with nobody on shift", () => {
  const KIND = 'Staff are in the house — knock on the office door.';

  it('reads back what the admin wrote, trimmed; none written reads as none', () => {
    const doc = new Y.Doc();
    expect(readSettings(doc).nightNobodyWords).toBeUndefined();
    writeSettings(doc, { nightNobodyWords: `  ${KIND}  ` });
    expect(readSettings(doc).nightNobodyWords).toBe(KIND);
  });

  it('cleared, the words are gone from the document and the wall says its own default again', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House', nightNobodyWords: KIND });
    writeSettings(doc, { nightNobodyWords: '   ' });
    expect(doc.getMap('settings').has('nightNobodyWords')).toBe(false);
    expect(readSettings(doc).nightNobodyWords).toBeUndefined();
    expect(readSettings(doc).houseName).toBe('Maple House');
  });

  it.each([
    ['a phone number', 'Ring Sam on 07700 900123 if you need anyone'],
    ['a phone number with a country code', 'Call +44 20 7946 0958'],
    ['an e-mail address', 'Write to night.staff@example.org'],
    ['a social handle', 'Message @nightstaff'],
    ['a link', 'See www.example.org/staff'],
  ])('refuses %s with the words on contact details, and keeps what was there', (_what, words) => {
    const doc = new Y.Doc();
    writeSettings(doc, { nightNobodyWords: KIND });
    const error = refusal(() => writeSettings(doc, { nightNobodyWords: words }));
    expect(error.message).toBe(
      'Please leave out phone numbers, e-mail addresses and social handles: everyone who passes the wall can read the board.',
    );
    expect(error.field).toBe('nightNobodyWords');
    expect(readSettings(doc).nightNobodyWords).toBe(KIND);
  });

  it('a time like 10.30 or a date is not taken for a phone number', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { nightNobodyWords: 'Staff are in the office until 10.30 on 2026-12-24.' });
    expect(readSettings(doc).nightNobodyWords).toContain('10.30');
  });

  it.each([
    [
      'too long',
      'k'.repeat(NIGHT_NOBODY_MAX + 1),
      `Please keep the words for when nobody is on shift to ${NIGHT_NOBODY_MAX} characters or fewer.`,
    ],
    [
      'with a line break',
      'Staff are in.\nKnock.',
      'Please leave line breaks and hidden characters out of the words for when nobody is on shift.',
    ],
    [
      'written backwards with a direction mark',
      'Staff \u202Eroom eht ni era',
      'Please leave line breaks and hidden characters out of the words for when nobody is on shift.',
    ],
  ])('refuses words %s in a plain sentence', (_what, words, sentence) => {
    const doc = new Y.Doc();
    const error = refusal(() => writeSettings(doc, { nightNobodyWords: words as string }));
    expect(error.message).toBe(sentence);
    expectPlainSentence(error.message);
    expect(error.field).toBe('nightNobodyWords');
    expect(doc.getMap('settings').size).toBe(0);
  });

  it('the server refuses contact details or huge words written straight into the document', () => {
    const NOW = Date.parse('2026-11-28T03:35:00Z');
    const settings = serverCopy('settings', NOW);
    for (const words of ['Ring 07700 900123', 'x'.repeat(100_000), { text: KIND }]) {
      const admin = settings.device();
      admin.getMap('settings').set('nightNobodyWords', words);
      expect(settings.send(admin, writer('admin1', 'admin'))).toBeDefined();
      expect(settings.doc.getMap('settings').has('nightNobodyWords')).toBe(false);
    }
    const admin = settings.device();
    admin.getMap('settings').set('nightNobodyWords', KIND);
    expect(settings.send(admin, writer('admin1', 'admin'))).toBeUndefined();
    expect(readSettings(settings.doc).nightNobodyWords).toBe(KIND);
  });

  it('a stored value that is not allowed reads as none, so the wall never shows it', () => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('nightNobodyWords', 'Text me on 07700 900123');
    expect(readSettings(doc).nightNobodyWords).toBeUndefined();
  });
});

describe('the wait before someone who left is forgotten', () => {
  it('is 14 days unless the house says otherwise; 0 to 90 whole days, anything else refused', () => {
    const doc = new Y.Doc();
    expect(readSettings(doc).forgetAfterDays).toBe(14);
    writeSettings(doc, { forgetAfterDays: 0 });
    expect(readSettings(doc).forgetAfterDays).toBe(0);
    for (const wrong of [-1, 91, 2.5, Number.NaN]) {
      expect(refusal(() => writeSettings(doc, { forgetAfterDays: wrong })).message).toBe(
        'Please give a whole number of days, from 0 to 90.',
      );
    }
    expect(readSettings(doc).forgetAfterDays).toBe(0);
  });
});

describe('wallCards: which cards the wall shows', () => {
  it('a new house shows every card', () => {
    expect(readSettings(new Y.Doc()).wallCards).toEqual([...WALL_CARDS]);
    expect(WALL_CARDS).toEqual([
      'chores',
      'groups',
      'shifts',
      'announcements',
      'meals',
      'shopping',
      'agenda',
    ]);
  });

  it('keeps the cards the admin chose, and a change from one admin reaches the others', () => {
    const doc = new Y.Doc();
    const other = copyOf(doc);
    writeSettings(doc, { wallCards: ['chores', 'shifts'] });
    exchange(doc, other);
    expect(readSettings(other).wallCards).toEqual(['chores', 'shifts']);
  });

  it('refuses an unknown card, no card at all, the same card twice or something not a list, in plain words', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { wallCards: ['chores'] });
    const cases: Array<[unknown, string]> = [
      [['chores', 'calendar'], 'Please pick the cards for the wall from the list.'],
      [['CHORES'], 'Please pick the cards for the wall from the list.'],
      [[], 'Please leave at least one card on the wall.'],
      [['chores', 'chores'], 'Please pick the cards for the wall from the list.'],
      ['chores', 'Please pick the cards for the wall from the list.'],
      [[...WALL_CARDS, 'chores'], 'Please pick the cards for the wall from the list.'],
    ];
    for (const [wallCards, words] of cases) {
      const problem = refusal(() =>
        writeSettings(doc, { wallCards } as unknown as Parameters<typeof writeSettings>[1]),
      );
      expect(problem.message).toBe(words);
      expectPlainSentence(problem.message);
    }
    expect(readSettings(doc).wallCards).toEqual(['chores']);
  });

  it('a broken stored value reads as every card, so the wall never goes blank', () => {
    for (const stored of [[], ['calendar'], 'chores', 7, null]) {
      const doc = new Y.Doc();
      doc.getMap('settings').set('wallCards', stored);
      expect(readSettings(doc).wallCards).toEqual([...WALL_CARDS]);
    }
  });

  it('the server refuses an unknown card or a huge list, even from the admin, and keeps what it had', () => {
    const server = serverCopy('settings', Date.parse('2026-03-30T09:00:00Z'));
    const admin = server.device();
    writeSettings(admin, { wallCards: ['chores', 'groups'] });
    expect(server.send(admin, writer('rosa01', 'admin'))).toBeUndefined();
    const wrong = server.device();
    wrong.getMap('settings').set('wallCards', ['chores', 'calendar']);
    expect(server.send(wrong, writer('rosa01', 'admin'))).toBeDefined();
    const huge = server.device();
    huge.getMap('settings').set(
      'wallCards',
      Array.from({ length: 100_000 }, () => 'chores'),
    );
    expect(server.send(huge, writer('rosa01', 'admin'))).toBeDefined();
    expect(readSettings(server.doc).wallCards).toEqual(['chores', 'groups']);
  });
});
