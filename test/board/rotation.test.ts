// Rotations: whose turn a chore is on a day, worked out by every device from the schedule, the
// list and who is away, without asking anyone; and swaps, where two people trade turns.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Chore,
  choreClaimRecords,
  choreDayId,
  choreDoneRecords,
  choreRecords,
  choresOn,
  choreTurnRecords,
  claimChore,
  markChoreDone,
  rotationTurn,
  swapTurn,
} from '../../board/chore.ts';
import { introduce } from '../../board/person.ts';
import { occurrenceIndex, occursOn, type Schedule } from '../../board/schedule.ts';
import { addDays, weekdayOf } from '../../board/time.ts';
import { at, copyOf, exchange } from './helpers.ts';

const ANA = 'ana01';
const BEN = 'ben02';
const CAL = 'cal03';
const DEE = 'dee04';
const ROTA = [ANA, BEN, CAL];

// 30 March 2026 is a Monday.
const MONDAY = '2026-03-30';

/** A board with the rotation's people introduced and one chore on it. */
function board(schedule: Schedule, rotation: string[] = ROTA) {
  const doc = new Y.Doc();
  for (const id of rotation) introduce(doc, id, { name: id.slice(0, 3), nameDisplay: 'full' });
  const chore: Chore = {
    title: 'Bins',
    schedule,
    rotation,
    createdAt: at('2026-03-01T09:00:00Z'),
  };
  const id = choreRecords(doc).add(chore);
  return { doc, id };
}

/** Whose turn it is on a day, as the day's list shows it. */
function turnOn(doc: Y.Doc, id: string, day: string): string | undefined {
  const entry = choresOn(doc, day).find((c) => c.id === id && c.day === day);
  if (!entry) throw new Error(`The chore does not fall on ${day}`);
  return entry.turn;
}

/** The days from `from` for `count` days on which the schedule falls. */
function daysOf(schedule: Schedule, from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i)).filter((d) =>
    occursOn(schedule, d),
  );
}

function tally(turns: Array<string | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of turns) counts[String(t)] = (counts[String(t)] ?? 0) + 1;
  return counts;
}

function setAway(doc: Y.Doc, id: string, awayUntil: string | undefined) {
  introduce(doc, id, { name: id.slice(0, 3), nameDisplay: 'full', awayUntil });
}

describe('turns go round the list in order', () => {
  it('a daily chore over 30 days: each of three people has 10 turns, in list order from the start day', () => {
    const schedule: Schedule = { kind: 'daily', from: MONDAY };
    const { doc, id } = board(schedule);
    const days = daysOf(schedule, MONDAY, 30);
    const turns = days.map((d) => turnOn(doc, id, d));
    // Day i from the start is the i-th turn, so it is ROTA[i mod 3].
    expect(turns).toEqual(days.map((_, i) => ROTA[i % 3]));
    expect(tally(turns)).toEqual({ [ANA]: 10, [BEN]: 10, [CAL]: 10 });
  });

  it('a daily chore with no start day still moves on one person a day and shares the turns evenly', () => {
    const schedule: Schedule = { kind: 'daily' };
    const { doc, id } = board(schedule);
    const turns = daysOf(schedule, '2026-12-15', 30).map((d) => turnOn(doc, id, d));
    for (let i = 1; i < turns.length; i++) {
      expect(ROTA.indexOf(turns[i]!)).toBe((ROTA.indexOf(turns[i - 1]!) + 1) % 3);
    }
    expect(tally(turns)).toEqual({ [ANA]: 10, [BEN]: 10, [CAL]: 10 });
  });

  it('on Mondays and Thursdays the turn moves on only on those days: the week between does not use up turns', () => {
    const schedule: Schedule = { kind: 'weekdays', weekdays: [1, 4], from: MONDAY };
    const { doc, id } = board(schedule);
    const days = daysOf(schedule, MONDAY, 28);
    expect(days.map(weekdayOf)).toEqual([1, 4, 1, 4, 1, 4, 1, 4]);
    expect(days.map((d) => turnOn(doc, id, d))).toEqual([ANA, BEN, CAL, ANA, BEN, CAL, ANA, BEN]);
    // The rotation counts Monday-and-Thursday meetings, not calendar days.
    for (let i = 0; i < days.length; i++) expect(occurrenceIndex(schedule, days[i]!)).toBe(i);
  });

  it('every 2 days over 60 days: 30 turns, 10 each, in list order', () => {
    const schedule: Schedule = { kind: 'every', days: 2, from: MONDAY };
    const { doc, id } = board(schedule);
    const days = daysOf(schedule, MONDAY, 60);
    expect(days).toHaveLength(30);
    const turns = days.map((d) => turnOn(doc, id, d));
    expect(turns).toEqual(days.map((_, i) => ROTA[i % 3]));
    expect(tally(turns)).toEqual({ [ANA]: 10, [BEN]: 10, [CAL]: 10 });
  });

  it('a once-only chore is the first person’s', () => {
    const { doc, id } = board({ kind: 'once', day: '2026-04-02' });
    expect(turnOn(doc, id, '2026-04-02')).toBe(ANA);
  });

  it('with no rotation it is anyone’s: no turn is named', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add({
      title: 'Bins',
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    expect(turnOn(doc, id, MONDAY)).toBeUndefined();
    const withEmpty = choreRecords(doc).add({
      title: 'Mop',
      schedule: { kind: 'daily' },
      rotation: [],
      createdAt: 1,
    });
    expect(turnOn(doc, withEmpty, MONDAY)).toBeUndefined();
  });

  it('a rotation names people by id: a free name is refused', () => {
    const doc = new Y.Doc();
    expect(() =>
      choreRecords(doc).add({
        title: 'Bins',
        schedule: { kind: 'daily' },
        rotation: ['Ana Smith'],
        createdAt: 1,
      }),
    ).toThrow('That person is not on the board.');
  });
});

describe('people who are away', () => {
  const schedule: Schedule = { kind: 'daily', from: MONDAY };
  // Without anyone away: Mon ANA, Tue BEN, Wed CAL, Thu ANA, Fri BEN, Sat CAL, Sun ANA.

  it('are skipped: the next person in the list takes the day', () => {
    const { doc, id } = board(schedule);
    setAway(doc, ANA, MONDAY);
    expect(turnOn(doc, id, MONDAY)).toBe(BEN);
  });

  it('have their usual turns again once back, and the others keep theirs', () => {
    const { doc, id } = board(schedule);
    setAway(doc, ANA, addDays(MONDAY, 4)); // away Mon to Fri, inclusive
    const week = daysOf(schedule, MONDAY, 7).map((d) => turnOn(doc, id, d));
    // Mon (ANA's) → BEN; Thu (ANA's) → BEN; Sun is ANA's and ANA is back.
    expect(week).toEqual([BEN, BEN, CAL, BEN, BEN, CAL, ANA]);
  });

  it('are away until the end of the day they gave, and back the day after', () => {
    const { doc, id } = board(schedule);
    const thursday = addDays(MONDAY, 3); // ANA's turn
    setAway(doc, ANA, thursday);
    expect(turnOn(doc, id, thursday)).toBe(BEN);
    setAway(doc, ANA, addDays(thursday, -1));
    expect(turnOn(doc, id, thursday)).toBe(ANA);
  });

  it('when the next person is away too, the turn goes on round the list', () => {
    const { doc, id } = board(schedule);
    setAway(doc, ANA, MONDAY);
    setAway(doc, BEN, MONDAY);
    expect(turnOn(doc, id, MONDAY)).toBe(CAL);
  });

  it('when everyone is away, nobody’s turn is named', () => {
    const { doc, id } = board(schedule);
    for (const p of ROTA) setAway(doc, p, addDays(MONDAY, 1));
    expect(turnOn(doc, id, MONDAY)).toBeUndefined();
    expect(turnOn(doc, id, addDays(MONDAY, 1))).toBeUndefined();
    expect(turnOn(doc, id, addDays(MONDAY, 2))).toBe(CAL);
  });

  it('someone in the rotation who has not introduced themselves is not away', () => {
    const doc = new Y.Doc();
    const id = choreRecords(doc).add({
      title: 'Bins',
      schedule,
      rotation: [ANA, BEN],
      createdAt: 1,
    });
    expect(turnOn(doc, id, MONDAY)).toBe(ANA);
  });
});

describe('every device agrees whose turn it is, without asking', () => {
  it('two devices compute the same turn for every day of three months', () => {
    const { doc: a, id } = board({ kind: 'weekdays', weekdays: [1, 3, 5] });
    setAway(a, BEN, '2026-04-15');
    const b = copyOf(a); // from here on they do not talk
    const chore = choreRecords(a).get(id)!;
    for (let i = 0; i < 90; i++) {
      const day = addDays(MONDAY, i);
      expect(rotationTurn(b, choreRecords(b).get(id)!, day)).toBe(rotationTurn(a, chore, day));
    }
  });

  it("someone's days away, marked on one device, change the turns on the other once synced", () => {
    const { doc: a, id } = board({ kind: 'daily', from: MONDAY });
    const b = copyOf(a);
    setAway(a, ANA, MONDAY);
    expect(turnOn(b, id, MONDAY)).toBe(ANA);
    exchange(a, b);
    expect(turnOn(b, id, MONDAY)).toBe(BEN);
  });
});

describe('occurrenceIndex: the turn number', () => {
  const zoneBefore = process.env.TZ;
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  // Schedules with a start: the index is the number of days it fell on from the start up to
  // (not including) the day, which we count one by one with occursOn.
  const started: Array<[string, Schedule]> = [
    ['daily from a Saturday', { kind: 'daily', from: '2026-01-03' }],
    [
      'weekdays Mon/Thu from a Wednesday',
      { kind: 'weekdays', weekdays: [1, 4], from: '2026-01-07' },
    ],
    ['weekends from a Sunday', { kind: 'weekdays', weekdays: [0, 6], from: '2026-02-01' }],
    ['every weekday', { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5], from: '2025-12-29' }],
    ['every 3 days', { kind: 'every', days: 3, from: '2025-12-30' }],
    ['every 7 days over the clock changes', { kind: 'every', days: 7, from: '2026-03-22' }],
    ['every 10 days over a leap day', { kind: 'every', days: 10, from: '2027-12-31' }],
  ];

  // From ten days before the start, for over two years: four clock changes in Europe and America,
  // two or three year ends, and (for the last schedule) the leap day.
  const DAYS = 800;

  for (const serverZone of ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland']) {
    it.each(started)(
      `%s: agrees with counting the days one by one, for two years (server in ${serverZone})`,
      (_what, schedule) => {
        process.env.TZ = serverZone;
        const start = (schedule as { from: string }).from;
        let seen = 0;
        for (let i = 0; i < DAYS; i++) {
          const day = addDays(start, i - 10);
          const falls = occursOn(schedule, day);
          if (day >= start) {
            // On the days it falls, the index is exactly how many times it fell before. (Daily
            // and weekday schedules also count exactly on the days between.)
            if (falls || schedule.kind !== 'every') {
              expect(occurrenceIndex(schedule, day), `${day}`).toBe(seen);
            }
          } else {
            expect(falls).toBe(false);
            expect(occurrenceIndex(schedule, day)).toBe(0);
          }
          if (falls) seen += 1;
        }
        expect(seen).toBeGreaterThan(10);
      },
    );
  }

  // Without a start there is nothing to count from that the test can see, but the turn must still
  // move on by exactly one from each time the chore falls to the next.
  it.each([
    ['daily', { kind: 'daily' }],
    ['weekdays Tue/Fri', { kind: 'weekdays', weekdays: [2, 5] }],
    ['Sundays', { kind: 'weekdays', weekdays: [0] }],
  ] as Array<[string, Schedule]>)(
    '%s with no start: goes up by one from one time it falls to the next, for two years',
    (_what, schedule) => {
      const days = daysOf(schedule, '2026-01-01', 800);
      for (let i = 1; i < days.length; i++) {
        expect(occurrenceIndex(schedule, days[i]!) - occurrenceIndex(schedule, days[i - 1]!)).toBe(
          1,
        );
      }
    },
  );

  it('counts the 25-hour and 23-hour days, month ends, year ends and the leap day as one day each', () => {
    const from = (day: string): Schedule => ({ kind: 'daily', from: day });
    expect(occurrenceIndex(from('2026-10-24'), '2026-10-26')).toBe(2); // UK clocks go back on the 25th
    expect(occurrenceIndex(from('2026-03-28'), '2026-03-30')).toBe(2); // UK clocks go forward on the 29th
    expect(occurrenceIndex(from('2026-03-07'), '2026-03-09')).toBe(2); // US clocks go forward on the 8th
    expect(occurrenceIndex(from('2026-01-31'), '2026-02-01')).toBe(1);
    expect(occurrenceIndex(from('2026-12-31'), '2027-01-01')).toBe(1);
    expect(occurrenceIndex(from('2028-02-28'), '2028-03-01')).toBe(2); // 29 Feb 2028 counts
    expect(occurrenceIndex(from('2027-02-28'), '2027-03-01')).toBe(1); // no 29 Feb in 2027
  });

  it('the first time a schedule falls is turn 0, and days before its start are 0 too', () => {
    const mondays: Schedule = { kind: 'weekdays', weekdays: [1], from: MONDAY };
    expect(occurrenceIndex(mondays, MONDAY)).toBe(0);
    expect(occurrenceIndex(mondays, addDays(MONDAY, -30))).toBe(0);
    expect(occurrenceIndex(mondays, addDays(MONDAY, 7))).toBe(1);
    expect(occurrenceIndex({ kind: 'once', day: MONDAY }, MONDAY)).toBe(0);
  });
});

describe('swapping a turn', () => {
  const schedule: Schedule = { kind: 'daily', from: MONDAY };
  // Without swaps: Mon ANA, Tue BEN, Wed CAL, Thu ANA, Fri BEN, Sat CAL.
  const week = (doc: Y.Doc, id: string) =>
    daysOf(schedule, MONDAY, 6).map((d) => turnOn(doc, id, d));

  it('the day goes to the other person, and their next turn goes back', () => {
    const { doc, id } = board(schedule);
    swapTurn(doc, id, MONDAY, BEN);
    expect(week(doc, id)).toEqual([BEN, ANA, CAL, ANA, BEN, CAL]);
  });

  it('swapping back puts both days as they were', () => {
    const { doc, id } = board(schedule);
    swapTurn(doc, id, MONDAY, CAL);
    expect(week(doc, id)).toEqual([CAL, BEN, ANA, ANA, BEN, CAL]);
    swapTurn(doc, id, MONDAY, ANA);
    expect(week(doc, id)).toEqual([ANA, BEN, CAL, ANA, BEN, CAL]);
  });

  it("the other person's next turn goes back only if it is within two weeks", () => {
    // Weekly, four people: Mondays ANA, BEN, CAL, DEE, ANA…; DEE's next turn is 21 days away.
    const weekly: Schedule = { kind: 'weekdays', weekdays: [1], from: MONDAY };
    const { doc, id } = board(weekly, [ANA, BEN, CAL, DEE]);
    const mondays = () => daysOf(weekly, MONDAY, 35).map((d) => turnOn(doc, id, d));
    expect(mondays()).toEqual([ANA, BEN, CAL, DEE, ANA]);
    swapTurn(doc, id, MONDAY, CAL); // CAL's next turn is 14 days away: it goes back to ANA
    expect(mondays()).toEqual([CAL, BEN, ANA, DEE, ANA]);
    swapTurn(doc, id, addDays(MONDAY, 7), DEE); // DEE's next is 14 days after that day: back to BEN
    expect(mondays()).toEqual([CAL, DEE, ANA, BEN, ANA]);
    const { doc: other, id: otherId } = board(weekly, [ANA, BEN, CAL, DEE]);
    swapTurn(other, otherId, MONDAY, DEE); // DEE's next is 21 days away: nothing goes back
    expect(daysOf(weekly, MONDAY, 35).map((d) => turnOn(other, otherId, d))).toEqual([
      DEE,
      BEN,
      CAL,
      DEE,
      ANA,
    ]);
  });

  it('giving the day to someone outside the rotation changes only that day', () => {
    const { doc, id } = board(schedule);
    swapTurn(doc, id, MONDAY, DEE);
    expect(week(doc, id)).toEqual([DEE, BEN, CAL, ANA, BEN, CAL]);
  });

  it('reaches another device as one change, and both show the same turns', () => {
    const { doc: a, id } = board(schedule);
    const b = copyOf(a);
    let updates = 0;
    a.on('update', (update: Uint8Array) => {
      updates++;
      Y.applyUpdate(b, update);
    });
    swapTurn(a, id, MONDAY, BEN);
    expect(updates).toBe(1);
    expect(week(b, id)).toEqual(week(a, id));
  });

  it('two swaps made at once on two devices, on different days, both hold on both', () => {
    const { doc: a, id } = board(schedule);
    const b = copyOf(a);
    swapTurn(a, id, MONDAY, BEN); // Mon → BEN, Tue → ANA
    swapTurn(b, id, addDays(MONDAY, 3), CAL); // Thu → CAL, Sat (CAL's next) → ANA
    exchange(a, b);
    expect(week(a, id)).toEqual([BEN, ANA, CAL, CAL, BEN, ANA]);
    expect(week(b, id)).toEqual(week(a, id));
  });

  it('two swaps of the same day made at once settle on the same turns on both devices', () => {
    const { doc: a, id } = board(schedule);
    const b = copyOf(a);
    swapTurn(a, id, MONDAY, BEN);
    swapTurn(b, id, MONDAY, CAL);
    exchange(a, b);
    const days = daysOf(schedule, MONDAY, 21);
    expect(days.map((d) => turnOn(b, id, d))).toEqual(days.map((d) => turnOn(a, id, d)));
    expect([BEN, CAL]).toContain(turnOn(a, id, MONDAY));
  });

  it('a swap is written under the day ids of the two days, so it survives the rotation list changing', () => {
    const { doc, id } = board(schedule);
    swapTurn(doc, id, MONDAY, BEN);
    expect(choreTurnRecords(doc).name).toBe('choreTurns');
    expect(doc.getMap('choreTurns').toJSON()).toEqual({
      [choreDayId(id, MONDAY)]: { to: BEN },
      [choreDayId(id, addDays(MONDAY, 1))]: { to: ANA },
    });
    choreRecords(doc).update(id, { rotation: [CAL, DEE] });
    expect(turnOn(doc, id, MONDAY)).toBe(BEN);
  });

  it('a swap writes only turns: no claim and no tick', () => {
    const { doc, id } = board(schedule);
    swapTurn(doc, id, MONDAY, BEN);
    expect(choreClaimRecords(doc).map.size).toBe(0);
    expect(choreDoneRecords(doc).map.size).toBe(0);
  });

  it('a swap on one device and a claim and a tick on another, on a brand-new day, all survive', () => {
    const { doc: a, id } = board(schedule);
    const b = copyOf(a);
    swapTurn(a, id, MONDAY, BEN);
    claimChore(b, id, MONDAY, CAL);
    markChoreDone(b, id, MONDAY, CAL, 100);
    exchange(a, b);
    for (const doc of [a, b]) {
      const monday = choresOn(doc, MONDAY).find((c) => c.day === MONDAY);
      expect(monday).toMatchObject({ turn: BEN, claimedBy: CAL, done: { at: 100, by: CAL } });
    }
  });
});
