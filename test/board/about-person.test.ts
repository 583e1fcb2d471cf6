// "What the board holds about me" as sections (board/about-person.ts): Jo's name as written and
// as the wall shows it, Jo's devices, chores, thanks, groups, announcements and shifts — and not
// one word of Sam's, not even the names of others on Jo's rotas.
import { describe, expect, it } from 'vitest';
import { aboutPerson } from '../../board/about-person.ts';
import { addAgendaItem } from '../../board/agenda.ts';
import { choreRecords, claimChore } from '../../board/chore.ts';
import { saveGroup } from '../../board/group.ts';
import { answerMeal, askToCookWith, saveMeal, setCooking } from '../../board/meal.ts';
import { introduce } from '../../board/person.ts';
import { addShopping } from '../../board/shopping.ts';
import type { OwnDevice } from '../../board/wire.ts';
import { DAY, JO, SAM, T, twoPeoplesHouse } from './two-people.ts';

const iso = (instant: number) => new Date(instant).toISOString();
const HOUR = 3_600_000;

const JOS_DEVICES: OwnDevice[] = [
  { id: JO, role: 'staff', createdAt: T - 30 * 24 * HOUR, lastSeenAt: T, revokedAt: T - HOUR },
  { id: 'jo-new-phone', role: 'staff', createdAt: T - 2 * HOUR, lastSeenAt: T },
];

describe('aboutPerson: what the board holds about one person', () => {
  it("gathers Jo's things in plain sections, dates as ISO strings, newest first", () => {
    const { docs } = twoPeoplesHouse();
    const about = aboutPerson(docs, JO, {
      thisDevice: 'jo-new-phone',
      devices: JOS_DEVICES,
      now: T,
    });
    expect(about).toEqual({
      madeAt: iso(T),
      name: {
        asWritten: 'Jo Park',
        nameDisplay: 'initial',
        onTheWall: 'J.',
        pronouns: 'they/them',
        awayUntil: '2026-12-24',
      },
      // This phone first, then the others, the most recently used first.
      devices: [
        {
          id: 'jo-new-phone',
          role: 'staff',
          thisDevice: true,
          joinedAt: iso(T - 2 * HOUR),
          lastSeenAt: iso(T),
        },
        {
          id: JO,
          role: 'staff',
          thisDevice: false,
          joinedAt: iso(T - 30 * 24 * HOUR),
          lastSeenAt: iso(T),
          letGoAt: iso(T - HOUR),
        },
      ],
      chores: {
        saidYoudDo: [{ chore: 'Empty the dishwasher', day: DAY }],
        ticked: [{ chore: 'Water the plants', day: DAY, at: iso(T) }],
        rotas: [{ chore: 'Empty the dishwasher' }, { chore: 'Water the plants' }],
        turnsGivenToYou: [{ chore: 'Water the plants', day: '2026-12-03' }],
      },
      thanksYouGave: [{ chore: 'Empty the dishwasher', day: DAY, at: iso(T + 3000) }],
      groupsYouAreComingTo: [{ group: 'Morning walk', day: DAY, at: iso(T) }],
      meals: [],
      listItems: [],
      agendaPoints: [],
      posted: [
        {
          text: 'Film night on Friday, I will bring popcorn',
          signedAs: 'Jo',
          postedAt: iso(T),
          until: iso(T + 24 * HOUR),
          pinned: false,
        },
      ],
      shifts: [
        // Ended at the handover, then on again when Jo took over from Sam.
        { start: iso(T), end: iso(T + 8 * HOUR), pronouns: 'they/them' },
      ],
      handoffNotes: [
        {
          at: iso(T + 7 * HOUR),
          note: 'Quiet day, the kettle is fixed',
          takenOverAt: iso(T + 8 * HOUR),
        },
      ],
    });
  });

  it("tells Jo's meal answers and what carries Jo's name on the list and the agenda, nothing of Sam's", () => {
    const { docs } = twoPeoplesHouse();
    const board = docs.board;
    const dinner = saveMeal(board, undefined, {
      kind: 'dinner',
      time: '19:00',
      schedule: { kind: 'daily' },
    });
    setCooking(board, dinner, DAY, SAM, true, T);
    // Sam asks Jo to cook with them: Sam's record names Jo, but it is Sam's saying, not Jo's.
    askToCookWith(board, dinner, DAY, SAM, JO, T);
    answerMeal(board, dinner, DAY, JO, 'eat', true, T);
    answerMeal(board, dinner, '2026-12-03', JO, 'not', undefined, T + 1000);
    answerMeal(board, dinner, DAY, SAM, 'eat', true, T);
    addShopping(board, 'Oat milk', { by: JO }, T);
    addShopping(board, 'Lentils', { by: SAM }, T);
    addShopping(board, 'Rice', {}, T);
    saveGroup(board, undefined, {
      title: 'House meeting',
      kind: 'meeting',
      schedule: { kind: 'daily' },
      start: '23:00',
      end: '23:30',
    });
    addAgendaItem(board, 'The kettle', 'UTC', JO, T);
    addAgendaItem(board, 'The garden', 'UTC', undefined, T);
    const about = aboutPerson(docs, JO, { now: T });
    expect(about.meals).toEqual([
      { meal: 'dinner', day: '2026-12-03', said: 'notEating' },
      { meal: 'dinner', day: DAY, said: 'eat', showCook: true },
    ]);
    expect(about.listItems).toEqual([{ item: 'Oat milk', addedAt: iso(T) }]);
    expect(about.agendaPoints).toEqual([{ text: 'The kettle', addedAt: iso(T) }]);
    expect(JSON.stringify(about)).not.toMatch(/Lentils|Rice|garden/);
  });

  it("holds nothing of Sam's: no name, no words, no id, not even as Jo's rota partner", () => {
    const { docs } = twoPeoplesHouse();
    const file = JSON.stringify(aboutPerson(docs, JO, { now: T }));
    for (const theirs of [
      'Sam',
      'Rivers',
      SAM,
      'bins go out',
      'All calm tonight',
      'Take out the bins',
    ])
      expect(file).not.toContain(theirs);
  });

  it('says what was taken back, and a chore gone from the board has no title', () => {
    const { docs, ids } = twoPeoplesHouse();
    claimChore(docs.board, ids.dishes, DAY, undefined, T + 5000);
    docs.board.getMap('chores').delete(ids.plants);
    const about = aboutPerson(docs, JO, { now: T });
    expect(about.chores.saidYoudDo).toEqual([
      { chore: 'Empty the dishwasher', day: DAY, takenBackAt: iso(T + 5000) },
    ]);
    expect(about.chores.ticked).toEqual([{ day: DAY, at: iso(T) }]);
    expect(about.chores.rotas).toEqual([{ chore: 'Empty the dishwasher' }]);
    choreRecords(docs.board).softRemove(ids.dishes, T + 6000);
    expect(aboutPerson(docs, JO, { now: T }).chores.rotas).toEqual([
      { chore: 'Empty the dishwasher', choreTakenOffAt: iso(T + 6000) },
    ]);
  });

  it('someone new to the board has empty sections, and no devices when they could not be asked', () => {
    const { docs } = twoPeoplesHouse();
    const about = aboutPerson(docs, 'nobody-yet', { now: T });
    expect(about).toEqual({
      madeAt: iso(T),
      chores: { saidYoudDo: [], ticked: [], rotas: [], turnsGivenToYou: [] },
      thanksYouGave: [],
      groupsYouAreComingTo: [],
      meals: [],
      listItems: [],
      agendaPoints: [],
      posted: [],
      shifts: [],
      handoffNotes: [],
    });
  });

  it('a hidden name is not on the wall at all', () => {
    const { docs } = twoPeoplesHouse();
    introduce(docs.board, JO, { name: 'Jo Park', nameDisplay: 'hidden' });
    expect(aboutPerson(docs, JO, { now: T }).name?.onTheWall).toBeNull();
  });
});
