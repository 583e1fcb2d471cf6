// The sentences people read, under stable keys: each reads back to its key and values, and the
// validators' refusals for everyday mistakes are all sentences the screens can translate.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  announcementSchema,
  choreSchema,
  groupSchema,
  personSchema,
  profileSchema,
  readSentence,
  SENTENCES,
  type SentenceKey,
  scheduleSchema,
  sentence,
  settingsSchema,
  shiftSchema,
  THINGS,
  thingOf,
  ValidationError,
} from '../../board/index.ts';
import { firstProblem } from '../../board/records.ts';

const DAY = '2026-11-27';
const LONG = 'x'.repeat(600);

/** Everyday mistakes, one per case, as a form on a phone would send them. */
const MISTAKES: Array<[string, z.ZodType, unknown]> = [
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
  ['an unknown time zone', settingsSchema.partial(), { timeZone: 'Mars/Olympus' }],
  ['an unknown language', settingsSchema.partial(), { language: 'xx' }],
  ['an empty house name', settingsSchema.partial(), { houseName: '' }],
];

describe('sentences', () => {
  it('every sentence reads back to its own key and values', () => {
    for (const key of Object.keys(SENTENCES) as SentenceKey[]) {
      const values = { what: THINGS.chore, max: '80' };
      expect(readSentence(sentence(key, values)), key).toEqual({
        key,
        values: Object.fromEntries(
          [...SENTENCES[key].matchAll(/\{(\w+)\}/g)].map(([, name]) => [
            name,
            values[name as 'what'],
          ]),
        ),
      });
    }
    expect(readSentence('Anything else at all.')).toBeUndefined();
  });

  it.each(MISTAKES)(
    '%s is refused with a sentence the screens can translate',
    (_, schema, value) => {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      const problem = firstProblem(result.error!);
      expect(problem.sentence, problem.message).toBeDefined();
      const what = problem.sentence?.values.what;
      if (what !== undefined) expect(thingOf(what), what).toBeDefined();
    },
  );

  it('a ValidationError carries its key and values', () => {
    const error = new ValidationError('Please keep the chore to 120 characters or fewer.', 'title');
    expect(error.sentence).toEqual({ key: 'tooLong', values: { what: 'the chore', max: '120' } });
    expect(new ValidationError('Something only this screen says.').sentence).toBeUndefined();
  });
});
