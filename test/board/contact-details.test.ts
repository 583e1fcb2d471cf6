// No contact details anywhere on the board (issue 15, item 6): every free-text field refuses
// phone numbers, e-mail addresses, social handles and profile links with the same kind sentence,
// and ordinary house text (times, dates, prices, rooms, recipes) passes. Each string of the two
// tables goes through looksLikeContact and through a real announcement; then every free-text
// field of every record kind is tried; then hostile 20,000-character entries are timed.

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addWallAnnouncement, announcementRecords } from '../../board/announcement.ts';
import { choreRecords } from '../../board/chore.ts';
import { groupDayRecords, groupRecords } from '../../board/group.ts';
import { personRecords } from '../../board/person.ts';
import { profileSchema } from '../../board/profile-schema.ts';
import { firstProblem } from '../../board/records.ts';

import { sentence } from '../../board/sentences.ts';
import { readSettings, writeSettings } from '../../board/settings.ts';
import { handoffRecords, shiftRecords } from '../../board/shift.ts';
import { ANNOUNCEMENT_MAX, looksLikeContact } from '../../board/text.ts';
import { refusal } from './helpers.ts';

const NO_CONTACT = sentence('noContact');
const NOW = Date.UTC(2026, 6, 2, 12);
const DAY = 86_400_000;

/** Text that holds contact details, and what kind. */
const REFUSED: Array<[string, string]> = [
  // UK
  ['UK mobile', 'Staff Kai mobile is 07700 900123'],
  ['UK mobile run together', 'ring 07700900123'],
  ['UK mobile, international', '+44 7700 900123'],
  ['UK mobile, international run together', '+447700900123'],
  ['UK mobile with dashes', '07700-900-123'],
  ['UK mobile with dots', '07700.900.123'],
  ['UK London number', '020 7946 0958'],
  ['UK London number in brackets', '(020) 7946-0958'],
  ['UK number with (0)', '+44 (0)20 7946 0958'],
  ['UK Manchester number with dashes', '0161-496-0000'],
  // US
  ['US number in brackets', '(555) 123-4567'],
  ['US number with dots', '555.123.4567'],
  ['US number, international', '+1 555 123 4567'],
  ['US number with dashes', '555-123-4567'],
  ['US number with a leading 1', '1-555-123-4567'],
  ['US local number after "call"', 'call 555-1234'],
  // Spain
  ['Spanish mobile in pairs', '612 34 56 78'],
  ['Spanish mobile, international', '+34 612 345 678'],
  ['Spanish Madrid number', '91 123 45 67'],
  ['Spanish Madrid number in brackets', '(91) 123 45 67'],
  ['Spanish mobile with dots', '612.34.56.78'],
  ['Spanish mobile with 0034', 'Llámame al 0034 612 345 678'],
  ['Spanish number after "móvil"', 'móvil: 612 345 67'],
  // Elsewhere
  ['French mobile', '+33 6 12 34 56 78'],
  ['French mobile with dots', '06.12.34.56.78'],
  ['German number with 0049', '0049 30 1234567'],
  ['German number with a slash', '0171/1234567'],
  ['Irish mobile', '+353 87 123 4567'],
  ['full-width digits', '０７７００ ９００１２３'],
  ['a number split by zero-width spaces', '0770\u200B0900\u200B123'],
  // E-mail
  ['an e-mail address', 'kai@example.com'],
  ['an e-mail address in a sentence', 'any problems: jo.bloggs@example.org'],
  ['an e-mail address in capitals', 'KAI.RIVERS@EXAMPLE.CO.UK'],
  ['an e-mail spelled out', 'kai at example dot com'],
  ['an e-mail with [at] and [dot]', 'kai [at] example [dot] com'],
  ['an e-mail with (at)', 'kai(at)example.com'],
  ['an e-mail spelled out in Spanish', 'kai arroba gmail punto com'],
  ['an e-mail with a spoken "at" and a real ending', 'write to kai at example.co.uk'],
  ['a big mailbox with no ending', 'kai at gmail'],
  ['a big mailbox after an @', 'kai.r@hotmail'],
  ['a mailto link', 'mailto:kai'],
  // Handles and profile links
  ['an @handle', '@kai_r'],
  ['an @handle in a sentence', 'follow @kairivers'],
  ['an @handle in brackets', 'Kai (@kai.rivers)'],
  ['a labelled handle', 'insta: kai.r'],
  ['a handle said in words', 'my insta is kai.r'],
  ['a short label and a handle', 'IG kai_rivers'],
  ['a Facebook name', 'Facebook: kairivers'],
  ['a Snapchat name with digits', 'snap: kai99'],
  ['an Instagram profile link', 'instagram.com/kai'],
  ['a TikTok profile link', 'tiktok.com/@kai'],
  ['a WhatsApp chat link', 'wa.me/447700900123'],
  ['a Telegram link', 't.me/kai_r'],
  ['a link tree', 'linktr.ee/kai'],
  ['a web address', 'https://example.org/jo'],
  ['a www address', 'www.example.org/jo'],
];

/** Ordinary house text that must pass. */
const ORDINARY: Array<[string, string]> = [
  ['a time', 'Dinner at 7:30'],
  ['a time with a dot', 'Bus at 19.30'],
  ['a time range', 'Art group 7:30–9:00'],
  ['a time range with dashes', 'Walk 7:30-9:00'],
  ['a time range with spaces', 'Quiet room 10.30 - 12.00'],
  ['an ISO date', 'Trip on 2026-07-02'],
  ['a day and month', 'Film night 2/12'],
  ['a full date', 'Bins on 12/02/2026'],
  ['a date with dots', 'Party 12.02.2026'],
  ['two dates', 'Away 12.02.2026 - 19.02.2026'],
  ['two ISO dates', 'Painting 2026-07-02 - 2026-07-09'],
  ['a date and a time', '2026-07-02 19:30'],
  ['a date and a time range', '2026-07-02 19:30 - 21:00'],
  ['a room, a time and a date', 'Room 12 at 7:30 on 2/12'],
  ['a week of times', 'Mon 2/12 10:00–12:00, Tue 3/12 10:00–12:00'],
  ['a price in pounds', 'Cinema £3.50 each'],
  ['a price in euros', 'Menú del día 12,50 €'],
  ['a price with thousands', 'New sofa 1.234,56 €'],
  ['a room number', 'Room 12'],
  ['a room with a letter', 'Meeting in room 204B'],
  ['a count', '3 eggs left'],
  ['a recipe', '250 g flour, 500 ml milk, 2 eggs'],
  ['a recipe with fractions', '1/2 cup sugar, 3/4 cup oats'],
  ['a year', 'Summer 2026'],
  ['two years', 'From 1998 to 2026'],
  ['a short list', 'Chores 1, 2, 3'],
  ['a street address', '12 Elm Street'],
  ['a flat and a street', 'Flat 3, 12 Elm Street'],
  ['a bus number', 'bus 12345678'],
  ['a door code', 'door code 4711'],
  ['a spaced @', 'Meet @ the kitchen'],
  ['an @ before a time', 'Lunch @1pm'],
  ['a spaced @ before a time', 'Tea @ 4'],
  ['an @ inside a word', 'Tea@4.30pm'],
  ['a helpline after "call"', 'Call Samaritans on 116 123'],
  ['"call" before a time', 'call me at 7:30'],
  ['"ring" with no number', 'ring the bell twice'],
  ['"phone" with no number', 'Phone charger in the office'],
  ['an emergency number', 'In an emergency call 999'],
  ['a spoken "at" before "the"', 'look at the dot com days'],
  ['a full stop then a word', 'Dinner at home. Come along'],
  ['a platform with no handle', 'art group on insta'],
  ['a platform and a plain word', 'whatsapp group for the walk'],
  ['a platform and its page', 'Facebook: the house group'],
  ['a platform and a count', 'Instagram: 12 photos'],
  ['an everyday word that is a platform', 'snap peas for dinner'],
  ['signal words', 'Signal: 3 short rings'],
  ['a Spanish time', 'Comida a las 14:00'],
  ['a Spanish date', 'Excursión el 2 de julio de 2026'],
  ['a time with h', 'Reunión 19h30'],
  ['a shop and a size', 'Pick up 2 x 400 g tins'],
  ['pronouns', 'she/her'],
  ['calling everyone', '@everyone house meeting at 7'],
  ['calling everyone in Spanish', '@todos reunión a las 19:30'],
  ['dates written year first', 'Away 2026/07/02 - 2026/07/09'],
  ['a bus timetable', 'Buses at 7.10 7.40 8.10 8.40 9.10'],
  ['a Spanish address', 'Calle Mayor 12, 28013 Madrid'],
  ['a sewing note', 'threads 2.5mm and snap 2x'],
];

describe('the two tables', () => {
  it('hold at least 40 strings each', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(40);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(40);
  });
});

const note = (text: string) => ({ text, createdAt: NOW, expiresAt: NOW + DAY });

describe('contact details are refused', () => {
  it.each(REFUSED)('%s: %j', (_what, text) => {
    expect(looksLikeContact(text)).toBe(true);
    const announcements = announcementRecords(new Y.Doc());
    const error = refusal(() => announcements.add(note(text)));
    expect(error.message).toBe(NO_CONTACT);
    expect(error.sentence).toEqual({ key: 'noContact' });
    expect(error.field).toBe('text');
    expect(announcements.map.size).toBe(0);
  });
});

describe('ordinary text passes', () => {
  it.each(ORDINARY)('%s: %j', (_what, text) => {
    expect(looksLikeContact(text)).toBe(false);
    const announcements = announcementRecords(new Y.Doc());
    const id = announcements.add(note(text));
    expect(announcements.get(id)?.text).toBe(text);
  });
});

describe('choices made on purpose (README, "No contact details")', () => {
  it.each([
    ['a handle glued to a place is read as a handle', '@kitchen', true],
    ['a list of numbers with spaces only cannot be told from a number', 'Rooms 101 102 103', true],
    ['a helpline of six digits passes', 'Call Samaritans on 116 123', false],
    ['a short date with dots passes', 'Back 2.12.26', false],
    ['CSS in markup is not a handle', '<style>@import url(x.css)</style><b>styled</b>', false],
    ['a number with no word before it counts from nine digits', 'number 12345678', false],
    ['after "text", seven digits count', 'text 555 1234', true],
  ])('%s: %j', (_why, text, refused) => {
    expect(looksLikeContact(text)).toBe(refused);
  });
});

/** One free-text field of one kind of record: writes `text` into it on a fresh board. */
type Field = [string, string, (doc: Y.Doc, text: string) => unknown];

const FIELDS: Field[] = [
  ['announcement', 'text', (doc, text) => announcementRecords(doc).add(note(text))],
  [
    'announcement',
    'author',
    (doc, text) => announcementRecords(doc).add({ ...note('Cake in the kitchen'), author: text }),
  ],
  [
    'chore',
    'title',
    (doc, title) => choreRecords(doc).add({ title, schedule: { kind: 'daily' }, createdAt: NOW }),
  ],
  [
    'chore',
    'area',
    (doc, area) =>
      choreRecords(doc).add({
        title: 'Hoover',
        area,
        schedule: { kind: 'daily' },
        createdAt: NOW,
      }),
  ],
  ...(['title', 'place', 'leader', 'note'] as const).map(
    (field): Field => [
      'group',
      field,
      (doc, text) =>
        groupRecords(doc).add({
          title: 'Art group',
          schedule: { kind: 'daily' },
          start: '10:00',
          end: '11:00',
          [field]: text,
        }),
    ],
  ),
  ['day of a group', 'place', (doc, place) => groupDayRecords(doc).add({ place }, 'g1_2026-07-02')],
  [
    'name entry',
    'name',
    (doc, name) => personRecords(doc).add({ name, nameDisplay: 'full' }, 'p1'),
  ],
  ...(['name', 'pronouns', 'upFor'] as const).map(
    (field): Field => [
      'shift',
      field,
      (doc, text) =>
        shiftRecords(doc).add({ name: 'Jo', start: NOW, end: NOW + DAY / 3, [field]: text }),
    ],
  ),
  [
    'handoff',
    'note',
    (doc, text) => handoffRecords(doc).add({ fromShift: 's1', note: text, at: NOW }),
  ],
  ['settings', 'houseName', (doc, houseName) => writeSettings(doc, { houseName })],
  [
    'settings',
    'nightNobodyWords',
    (doc, nightNobodyWords) => writeSettings(doc, { nightNobodyWords }),
  ],
  [
    'wall announcement',
    'text',
    (doc, text) => addWallAnnouncement(doc, text, 'Europe/London', NOW),
  ],
];

describe('every free-text field on the board', () => {
  const contact = ['07700 900123', 'kai@example.com', '@kai_r', 'wa.me/447700900123'];
  for (const [kind, field, write] of FIELDS) {
    it.each(contact)(`${kind} ${field}: %j is refused with the kind sentence`, (text) => {
      const doc = new Y.Doc();
      const error = refusal(() => write(doc, `Kai ${text}`));
      expect(error.message).toBe(NO_CONTACT);
      expect(error.field).toBe(field);
    });

    it(`${kind} ${field}: ordinary words with a time and a room pass`, () => {
      const doc = new Y.Doc();
      expect(() => write(doc, 'Room 12 at 7:30 on 2/12')).not.toThrow();
    });
  }

  it('a contact detail cannot be slipped into an announcement later with an update', () => {
    const announcements = announcementRecords(new Y.Doc());
    const id = announcements.add(note('Cake in the kitchen'));
    const error = refusal(() => announcements.update(id, { text: 'Cake, ring 07700 900123' }));
    expect(error.message).toBe(NO_CONTACT);
    expect(announcements.get(id)?.text).toBe('Cake in the kitchen');
  });

  it('a house name with contact details leaves the settings as they were', () => {
    const doc = new Y.Doc();
    writeSettings(doc, { houseName: 'Maple House' });
    refusal(() => writeSettings(doc, { houseName: 'Maple House 020 7946 0958' }));
    expect(readSettings(doc).houseName).toBe('Maple House');
  });

  it.each([
    ['a phone number', 'Kai 07700 900123'],
    ['an e-mail address', 'kai@example.com'],
    ['a handle', 'Kai @kai_r'],
  ])('the name a phone sends to the server (its profile) refuses %s', (_what, name) => {
    const checked = profileSchema.safeParse({ name, nameDisplay: 'full' });
    expect(checked.success).toBe(false);
    const problem = firstProblem(checked.error!);
    expect(problem.message).toBe(NO_CONTACT);
    expect(problem.field).toBe('name');
    expect(profileSchema.safeParse({ name: 'Kai R.', nameDisplay: 'full' }).success).toBe(true);
  });
});

describe('hostile entries of 20,000 characters are judged in one pass', () => {
  const LENGTH = 20_000;
  const fill = (piece: string) => piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH);
  it.each([
    ['digits and spaces', fill('1 ')],
    ['digits and dots', fill('1.')],
    ['dates run together', fill('12-')],
    ['times', fill('12:30 ')],
    ['spaces after a digit', `1${' '.repeat(LENGTH)}x`],
    ['spoken "at" again and again', fill('a at ')],
    ['spaces before "at"', `a${' '.repeat(LENGTH)}at`],
    ['an address with no ending', `a at ${fill('b.')}`],
    ['spelled dots', `a at b${fill(' dot b')}`],
    ['brackets', fill('a [')],
    ['@ signs', fill('a@')],
    ['@handles', fill('@a')],
    ['a platform then spaces', `insta${' '.repeat(LENGTH)}!`],
    ['"call" again and again', fill('call ')],
    ['"call me on" with no number', fill('call me on ')],
    ['zero-width spaces', fill('1\u200B')],
    ['slashes', fill('1/')],
  ])('%s', (_what, text) => {
    const started = performance.now();
    looksLikeContact(text);
    expect(performance.now() - started).toBeLessThan(250);
    // Through a real schema too: refused (far too long), and quickly.
    const before = performance.now();
    expect(text.length).toBeGreaterThan(ANNOUNCEMENT_MAX);
    refusal(() => announcementRecords(new Y.Doc()).add(note(text)));
    expect(performance.now() - before).toBeLessThan(250);
  });
});
