// House settings: the house's name and time zone, with safe fallbacks for anything broken.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ValidationError } from '../../board/records.ts';
import {
  DEFAULT_TIME_ZONE,
  observeSettings,
  readSettings,
  writeSettings,
} from '../../board/settings.ts';
import { copyOf, exchange, expectPlainSentence, refusal } from './helpers.ts';

/** What a house has for the settings a test does not name. */
const OTHERS = {
  language: 'en',
  textSize: 2,
  nightHours: { start: '22:00', end: '07:00' },
  nightHoursByWeekday: {},
  visitorEndsOnWall: true,
} as const;

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
