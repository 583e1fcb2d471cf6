// Names hold something a person can see and nothing hidden: not only zero-width characters, no
// NUL or other control characters, no line breaks, no bidi overrides or isolates. One rule
// (board/text.ts), used by every name field, each refusal a kind sentence naming the field.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { announcementSchema } from '../../board/announcement-schema.ts';
import { groupSchema } from '../../board/group-schema.ts';
import { DAY_RECORD_ID_PATTERN, PERSON_DAY_RECORD_ID_PATTERN } from '../../board/ids.ts';
import { personSchema } from '../../board/person-schema.ts';
import { profileSchema } from '../../board/profile-schema.ts';
import { firstProblem } from '../../board/records.ts';
import { settingsSchema } from '../../board/settings-schema.ts';
import { shiftSchema } from '../../board/shift-schema.ts';

import { hasHiddenCharacter, hasVisibleCharacter } from '../../board/text.ts';

const INVISIBLE = ['\u200B', '\u200B\u200C\u200D', '\u2060\uFEFF', '\u3164', ' \u00A0\u200B '];
const HIDDEN = [
  'Sam\u0000',
  'Sam\nRivers',
  'Sam\r',
  'Sam\tRivers',
  'Sam\u2028',
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'].map((c) => `Sam ${c}sevir`),
  ...['\u2066', '\u2067', '\u2068', '\u2069'].map((c) => `${c}Sam`),
];
const GOOD = ['Sam', 'Zoë', 'محمد', '李雷', 'Kit 🌻', 'Anne-Marie O’Neil', 'Ana\u0301'];

/** Every schema with a name in it, with that field's name and a valid value around it. */
const NAME_FIELDS: Array<[string, z.ZodMiniType, (name: string) => unknown]> = [
  ['a person', personSchema, (name) => ({ name, nameDisplay: 'full' })],
  ['a profile', profileSchema, (name) => ({ name, nameDisplay: 'full' })],
  ['a staff member on shift', shiftSchema, (name) => ({ name, start: 1, end: 5 })],
  [
    'who wrote an announcement',
    announcementSchema,
    (author) => ({ text: 'Hi', author, createdAt: 1, expiresAt: 2 }),
  ],
  [
    'who leads a group',
    groupSchema,
    (leader) => ({
      title: 'Art',
      schedule: { kind: 'daily' },
      start: '10:00',
      end: '11:00',
      leader,
    }),
  ],
  ['the house', z.partial(settingsSchema), (houseName) => ({ houseName })],
];

describe('what a name may hold', () => {
  it('only zero-width characters, fillers and spaces show nothing', () => {
    for (const name of INVISIBLE)
      expect(hasVisibleCharacter(name), JSON.stringify(name)).toBe(false);
    for (const name of GOOD) expect(hasVisibleCharacter(name), name).toBe(true);
  });

  it('control characters, line breaks and bidi overrides or isolates are hidden characters', () => {
    for (const name of HIDDEN) expect(hasHiddenCharacter(name), JSON.stringify(name)).toBe(true);
    for (const name of GOOD) expect(hasHiddenCharacter(name), name).toBe(false);
  });
});

describe.each(NAME_FIELDS)('the name of %s', (_, schema, withName) => {
  it('is refused when it shows nothing, with a sentence naming the field', () => {
    for (const name of INVISIBLE.filter((n) => n.trim() !== '')) {
      const result = schema.safeParse(withName(name));
      expect(result.success, JSON.stringify(name)).toBe(false);
      const said = firstProblem(result.error!).sentence;
      expect(said.key).toBe('nameInvisible');
      expect(said.values?.what).toMatch(/[nN]ame|leader/);
    }
  });

  it('is refused when it holds a hidden character, with a sentence naming the field', () => {
    for (const name of HIDDEN) {
      const result = schema.safeParse(withName(name));
      expect(result.success, JSON.stringify(name)).toBe(false);
      const said = firstProblem(result.error!).sentence;
      expect(said.key, JSON.stringify(name)).toBe('nameHidden');
      expect(said.values?.what).toMatch(/[nN]ame|leader/);
    }
  });

  it('is welcome in any script, with accents or an emoji', () => {
    for (const name of GOOD) expect(schema.safeParse(withName(name)).success, name).toBe(true);
  });
});

describe('ids of per-day records', () => {
  it('carry a real day, and a person where the record is one person’s', () => {
    expect(DAY_RECORD_ID_PATTERN.test('a1b2c3_2026-03-30')).toBe(true);
    expect(DAY_RECORD_ID_PATTERN.test('a1b2c3')).toBe(false);
    expect(DAY_RECORD_ID_PATTERN.test('a1b2c3_2026-13-01')).toBe(false);
    expect(PERSON_DAY_RECORD_ID_PATTERN.test('a1b2c3_2026-03-30_sam01')).toBe(true);
    expect(PERSON_DAY_RECORD_ID_PATTERN.test('a1b2c3_sam01')).toBe(false);
    expect(PERSON_DAY_RECORD_ID_PATTERN.test('a1b2c3_2026-03-30')).toBe(false);
  });
});
