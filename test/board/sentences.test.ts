// The sentences people read, under stable keys: a validator's refusal carries its key and values
// (never English to read back), each key has its English, and the things they name have words.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { announcementSchema } from '../../board/announcement-schema.ts';
import { choreSchema } from '../../board/chore-schema.ts';
import { groupSchema } from '../../board/group-schema.ts';
import {
  english,
  fromZodMessage,
  SENTENCES,
  type SentenceKey,
  says,
  sentence,
  THINGS,
  ValidationError,
} from '../../board/index.ts';
import { personSchema } from '../../board/person-schema.ts';
import { profileSchema } from '../../board/profile-schema.ts';
import { firstProblem } from '../../board/records.ts';
import { scheduleSchema } from '../../board/schedule-schema.ts';
import { settingsSchema } from '../../board/settings-schema.ts';
import { shiftSchema } from '../../board/shift-schema.ts';

const DAY = '2026-11-27';
const LONG = 'x'.repeat(600);

/** Everyday mistakes, one per case, as a form on a phone would send them. */
const MISTAKES: Array<[string, z.ZodMiniType, unknown]> = [
  ['a chore with no title', choreSchema, { title: ' ', schedule: { kind: 'daily' }, createdAt: 1 }],
  [
    'a chore title too long',
    choreSchema,
    { title: LONG, schedule: { kind: 'daily' }, createdAt: 1 },
  ],
  [
    'a shift with a phone number',
    shiftSchema,
    { name: 'Kit', upFor: 'call me on 0612 345 678', start: 1, end: 5 },
  ],
  ['no weekday picked', scheduleSchema, { kind: 'weekdays', weekdays: [] }],
  ['every 0 days', scheduleSchema, { kind: 'every', days: 0, from: DAY }],
  ['every 400 days', scheduleSchema, { kind: 'every', days: 400, from: DAY }],
  ['no date', scheduleSchema, { kind: 'once', day: '' }],
  ['no kind', scheduleSchema, {}],
  [
    'a group with no start',
    groupSchema,
    { title: 'Art', schedule: { kind: 'once', day: DAY }, start: '', end: '15:00' },
  ],
  [
    'a group ending before it starts',
    groupSchema,
    { title: 'Art', schedule: { kind: 'once', day: DAY }, start: '15:00', end: '14:00' },
  ],
  ['an empty announcement', announcementSchema, { text: '', createdAt: 1, expiresAt: 2 }],
  [
    'an announcement that never stays up',
    announcementSchema,
    { text: 'Hi', createdAt: 5, expiresAt: 5 },
  ],
  ['a shift ending before it starts', shiftSchema, { name: 'Kit', start: 10, end: 5 }],
  ['a shift with no name', shiftSchema, { name: '', start: 1, end: 5 }],
  ['a person with a name too long', personSchema, { name: LONG }],
  ['an empty profile name', profileSchema, { name: ' ', nameDisplay: 'full' }],
  ['no name display', profileSchema, { name: 'Sam', nameDisplay: 'loud' }],
  ['an unknown time zone', z.partial(settingsSchema), { timeZone: 'Mars/Olympus' }],
  ['an unknown language', z.partial(settingsSchema), { language: 'xx' }],
  ['an empty house name', z.partial(settingsSchema), { houseName: '' }],
];

describe('sentences', () => {
  it("every sentence is said in English with its values put in, {what} as the thing's words", () => {
    for (const key of Object.keys(SENTENCES) as SentenceKey[]) {
      const said = sentence(key, { what: 'chore', max: 80 });
      expect(said, key).not.toMatch(/[{}]/);
      expect(said, key).toMatch(/^[A-Za-z].*\.$/);
      if (SENTENCES[key].includes('{what}')) expect(said, key).toContain(THINGS.chore);
    }
    expect(sentence('tooLong', { what: 'area', max: 80 })).toBe(
      'Please keep the area to 80 characters or fewer.',
    );
  });

  it('a sentence rides in a zod message as its key and values, and comes back the same', () => {
    const values = { what: 'chore', max: 120 } as const;
    expect(fromZodMessage(says('tooLong', values))).toEqual({ key: 'tooLong', values });
    expect(fromZodMessage(says('noContact'))).toEqual({ key: 'noContact' });
    // Zod's own English, or a key the board does not have, is "not right": never shown as is.
    expect(fromZodMessage('Invalid input: expected string')).toEqual({ key: 'notRight' });
    expect(fromZodMessage('{"key":"toString"}')).toEqual({ key: 'notRight' });
    expect(fromZodMessage(undefined)).toEqual({ key: 'notRight' });
  });

  it.each(MISTAKES)(
    '%s is refused with a sentence the screens can translate',
    (_, schema, value) => {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      const problem = firstProblem(result.error!);
      expect(problem.sentence.key, problem.message).not.toBe('notRight');
      expect(problem.message).toBe(english(problem.sentence));
      const what = problem.sentence.values?.what;
      if (what !== undefined) expect(THINGS[what], what).toBeDefined();
    },
  );

  it('a ValidationError carries its key and values, and says them in English', () => {
    const error = new ValidationError(
      { key: 'tooLong', values: { what: 'chore', max: 120 } },
      'title',
    );
    expect(error.message).toBe('Please keep the chore to 120 characters or fewer.');
    expect(error.field).toBe('title');
    const result = choreSchema.safeParse({
      title: 'x'.repeat(121),
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    expect(firstProblem(result.error!).sentence).toEqual({
      key: 'tooLong',
      values: { what: 'chore', max: 120 },
    });
  });
});
