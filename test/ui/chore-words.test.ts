// What a chore carried over from an earlier day says, on the wall and on phones, in English and
// Spanish: a one-off waits "since" its day; a recurring chore left yesterday is "still open".
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Chore, choreRecords, choresOn, markChoreDone } from '../../board/chore.ts';
import type { Day } from '../../board/time.ts';
import { loadLanguage, setHouseLanguage } from '../../ui/i18n/index.ts';
import { choreWords, sinceWords } from '../../ui/parts/chore-words.ts';
import { WallNames } from '../../ui/wall-names.ts';

// Spanish words load on demand on a screen; here they are fetched once, before the tests.
beforeAll(() => loadLanguage('es'));

const ZONE = 'Europe/London';
const NOW = Date.parse('2027-03-26T12:00:00Z');
// 26 March 2027 is a Friday.
const TODAY = '2027-03-26';

afterEach(() => setHouseLanguage('en'));

/** The status line the wall shows for the only chore on `today`. */
function statusOf(
  chore: Omit<Chore, 'createdAt'>,
  today: Day = TODAY,
  change?: (doc: Y.Doc, id: string) => void,
) {
  const doc = new Y.Doc();
  const id = choreRecords(doc).add({ ...chore, createdAt: Date.parse('2027-02-01T10:00:00Z') });
  change?.(doc, id);
  const [item] = choresOn(doc, today, ZONE);
  return item && choreWords(item, new WallNames(doc, NOW), ZONE, today).status;
}

describe('since when a one-off chore has waited', () => {
  it('says yesterday, then the weekday within the week, then the date', () => {
    setHouseLanguage('en');
    expect(sinceWords('2027-03-25', TODAY)).toBe('Waiting since yesterday');
    expect(sinceWords('2027-03-23', TODAY)).toBe('Waiting since Tuesday');
    expect(sinceWords('2027-03-20', TODAY)).toBe('Waiting since Saturday');
    expect(sinceWords('2027-03-19', TODAY)).toBe('Waiting since Friday 19 March');
    expect(sinceWords(TODAY, TODAY)).toBeUndefined();
  });

  it('in Spanish', () => {
    setHouseLanguage('es');
    expect(sinceWords('2027-03-25', TODAY)).toBe('Pendiente desde ayer');
    expect(sinceWords('2027-03-23', TODAY)).toBe('Pendiente desde el martes');
    expect(sinceWords('2027-03-19', TODAY)).toBe('Pendiente desde el viernes, 19 de marzo');
  });

  it('leads the status line of a waiting one-off, before who will do it; not once it is done', () => {
    setHouseLanguage('en');
    const once = {
      title: 'Defrost the freezer',
      schedule: { kind: 'once' as const, day: '2027-03-24' },
    };
    expect(statusOf(once)).toBe('Waiting since Wednesday');
    expect(statusOf(once, '2027-03-24')).toBeUndefined();
    const done = statusOf(once, TODAY, (doc, id) =>
      markChoreDone(doc, id, '2027-03-24', undefined, Date.parse('2027-03-26T09:40:00Z')),
    );
    expect(done).toBe('Done at 9:40 am');
  });

  it('a recurring chore left yesterday, not due today, is still open from yesterday', () => {
    setHouseLanguage('es');
    // Thursdays only: 25 March 2027 is a Thursday.
    const weekly = { title: 'Bins', schedule: { kind: 'weekdays' as const, weekdays: [4] } };
    expect(statusOf(weekly)).toBe('Pendiente de ayer');
  });
});
