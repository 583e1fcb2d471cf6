// Who's cooking and who's eating: two people saying "I'll cook" at once both cook, the wall's
// count is the number of "I'll eat", a weekly house dinner falls on its days through a change of
// the clocks, a cook asks someone to cook with them and only that person answers.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerCookAsk,
  answerMeal,
  askToCookWith,
  cancelMealOn,
  cookAsksTo,
  letCookSeeMe,
  mealCookRecords,
  mealsAfter,
  mealsOn,
  myCookAsk,
  myMealAnswer,
  removeMeal,
  saveMeal,
  setCooking,
  setMenuOn,
  shownToCook,
} from '../../board/meal.ts';
import { PER_DAY_KINDS } from '../../board/record-kinds.ts';
import { at, exchange, refusal } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const JO = 'jo-phone-1';
const SAM = 'sam-phone-2';
const KIT = 'kit-phone-3';
const DAY = '2026-12-02';
const T = at('2026-12-02T10:00:00Z');

function houseWithDinner(doc = new Y.Doc()) {
  const dinner = saveMeal(doc, undefined, {
    kind: 'dinner',
    time: '19:00',
    schedule: { kind: 'daily' },
    menu: 'Soup and bread',
  });
  return { doc, dinner };
}

describe('who is cooking', () => {
  it('two people saying "I\'ll cook" at once on two phones both cook, after the merge', () => {
    const server = serverCopy('board', T);
    const { dinner } = houseWithDinner(server.doc);
    const jos = server.device();
    const sams = server.device();
    setCooking(jos, dinner, DAY, JO, true, T);
    setCooking(sams, dinner, DAY, SAM, true, T);
    expect(server.send(jos, writer(JO))).toBeUndefined();
    expect(server.send(sams, writer(SAM))).toBeUndefined();
    exchange(jos, server.doc);
    exchange(sams, server.doc);
    for (const doc of [server.doc, jos, sams])
      expect(mealsOn(doc, DAY, 'Europe/London')[0]?.cooks).toEqual([JO, SAM].sort());
  });

  it('taking back "I\'ll cook" leaves the other cook, and can be said again', () => {
    const { doc, dinner } = houseWithDinner();
    setCooking(doc, dinner, DAY, JO, true, T);
    setCooking(doc, dinner, DAY, SAM, true, T);
    setCooking(doc, dinner, DAY, JO, false, T + 1000);
    expect(mealsOn(doc, DAY, 'UTC')[0]?.cooks).toEqual([SAM]);
    expect(mealCookRecords(doc).get(`${dinner}_${DAY}_${JO}`)?.removedAt).toBe(T + 1000);
    setCooking(doc, dinner, DAY, JO, true, T + 2000);
    expect(mealsOn(doc, DAY, 'UTC')[0]?.cooks).toEqual([SAM, JO]);
  });

  it('a cook asks someone to cook with them; yes makes them a cook too', () => {
    const { doc, dinner } = houseWithDinner();
    askToCookWith(doc, dinner, DAY, JO, SAM, T);
    let meal = mealsOn(doc, DAY, 'UTC')[0]!;
    expect(meal.cooks).toEqual([JO]);
    expect(cookAsksTo(doc, meal, SAM).map((ask) => ask.from)).toEqual([JO]);
    expect(cookAsksTo(doc, meal, KIT)).toEqual([]);
    expect(myCookAsk(doc, meal, JO)?.state).toBe('open');
    answerCookAsk(doc, dinner, DAY, JO, SAM, true, T + 1000);
    meal = mealsOn(doc, DAY, 'UTC')[0]!;
    expect(meal.cooks).toEqual([JO, SAM]);
    expect(myCookAsk(doc, meal, JO)?.state).toBe('accepted');
    expect(cookAsksTo(doc, meal, SAM)).toEqual([]);
  });

  it('"not this time" is said without a reason, and the one who asked sees only that', () => {
    const { doc, dinner } = houseWithDinner();
    askToCookWith(doc, dinner, DAY, JO, SAM, T);
    answerCookAsk(doc, dinner, DAY, JO, SAM, false, T + 1000);
    const meal = mealsOn(doc, DAY, 'UTC')[0]!;
    expect(meal.cooks).toEqual([JO]);
    expect(myCookAsk(doc, meal, JO)?.state).toBe('notThisTime');
    expect(cookAsksTo(doc, meal, SAM)).toEqual([]);
  });

  it('only the person asked answers, and nobody asks themselves', () => {
    const { doc, dinner } = houseWithDinner();
    askToCookWith(doc, dinner, DAY, JO, SAM, T);
    expect(refusal(() => answerCookAsk(doc, dinner, DAY, JO, KIT, true)).sentence.key).toBe(
      'offerGone',
    );
    expect(refusal(() => askToCookWith(doc, dinner, DAY, JO, JO)).sentence.key).toBe('offerToSelf');
  });

  it('the server refuses one person answering an ask for the person asked', () => {
    const server = serverCopy('board', T);
    const { dinner } = houseWithDinner(server.doc);
    const jos = server.device();
    askToCookWith(jos, dinner, DAY, JO, SAM, T);
    expect(server.send(jos, writer(JO))).toBeUndefined();
    const kits = server.device();
    // Kit writes Sam's "not this time", and then Sam's "I'll cook": neither is Kit's to write.
    answerCookAsk(kits, dinner, DAY, JO, SAM, false, T);
    expect(server.send(kits, writer(KIT))).toMatchObject({ reason: 'NotYours' });
    const again = server.device();
    answerCookAsk(again, dinner, DAY, JO, SAM, true, T);
    expect(server.send(again, writer(KIT))).toMatchObject({ reason: 'NotYours' });
    expect(mealsOn(server.doc, DAY, 'UTC')[0]?.cooks).toEqual([JO]);
  });
});

describe('who is eating', () => {
  it('counts "I\'ll eat" and "Not tonight" apart; a changed answer counts once', () => {
    const { doc, dinner } = houseWithDinner();
    answerMeal(doc, dinner, DAY, JO, 'eat', false, T);
    answerMeal(doc, dinner, DAY, SAM, 'eat', true, T);
    answerMeal(doc, dinner, DAY, KIT, 'not', false, T);
    expect(mealsOn(doc, DAY, 'UTC')[0]).toMatchObject({ eating: 2, notEating: 1 });
    answerMeal(doc, dinner, DAY, KIT, 'eat', undefined, T + 1000);
    expect(mealsOn(doc, DAY, 'UTC')[0]).toMatchObject({ eating: 3, notEating: 0 });
    answerMeal(doc, dinner, DAY, SAM, undefined, undefined, T + 2000);
    expect(mealsOn(doc, DAY, 'UTC')[0]).toMatchObject({ eating: 2, notEating: 0 });
    expect(myMealAnswer(doc, `${dinner}_${DAY}`, SAM)).toBeUndefined();
    expect(myMealAnswer(doc, `${dinner}_${DAY}`, JO)?.answer).toBe('eat');
  });

  it('two phones saying "I\'ll eat" at once both count', () => {
    const a = new Y.Doc();
    const { dinner } = houseWithDinner(a);
    const b = new Y.Doc();
    exchange(a, b);
    answerMeal(a, dinner, DAY, JO, 'eat', false, T);
    answerMeal(b, dinner, DAY, SAM, 'eat', false, T);
    exchange(a, b);
    expect(mealsOn(a, DAY, 'UTC')[0]?.eating).toBe(2);
    expect(mealsOn(b, DAY, 'UTC')[0]?.eating).toBe(2);
  });

  it('a cook sees only the names of those who chose to show them; nobody else sees any', () => {
    const { doc, dinner } = houseWithDinner();
    setCooking(doc, dinner, DAY, JO, true, T);
    answerMeal(doc, dinner, DAY, SAM, 'eat', true, T);
    answerMeal(doc, dinner, DAY, KIT, 'eat', false, T);
    let meal = mealsOn(doc, DAY, 'UTC')[0]!;
    expect(shownToCook(doc, meal, JO)).toEqual([{ person: SAM, answer: 'eat' }]);
    expect(shownToCook(doc, meal, KIT)).toEqual([]);
    letCookSeeMe(doc, dinner, DAY, SAM, false);
    meal = mealsOn(doc, DAY, 'UTC')[0]!;
    expect(shownToCook(doc, meal, JO)).toEqual([]);
  });

  it('the server refuses someone else\'s "I\'ll eat" and "I\'ll cook", and the wall\'s', () => {
    const server = serverCopy('board', T);
    const { dinner } = houseWithDinner(server.doc);
    const cases: Array<[(doc: Y.Doc) => void, string, 'member' | 'staff' | 'kiosk']> = [
      [(doc) => answerMeal(doc, dinner, DAY, SAM, 'eat', false, T), JO, 'member'],
      [(doc) => answerMeal(doc, dinner, DAY, SAM, 'not', false, T), JO, 'staff'],
      [(doc) => setCooking(doc, dinner, DAY, SAM, true, T), JO, 'member'],
      [(doc) => setCooking(doc, dinner, DAY, SAM, true, T), SAM, 'kiosk'],
    ];
    for (const [change, as, role] of cases) {
      const phone = server.device();
      change(phone);
      expect(server.send(phone, writer(as, role))).toMatchObject({ reason: 'NotYours' });
    }
    expect(mealsOn(server.doc, DAY, 'UTC')[0]).toMatchObject({ cooks: [], eating: 0 });
    const sams = server.device();
    answerMeal(sams, dinner, DAY, SAM, 'eat', false, T);
    expect(server.send(sams, writer(SAM))).toBeUndefined();
    // Once said, someone else taking it back is refused too.
    const jos = server.device();
    answerMeal(jos, dinner, DAY, SAM, undefined, undefined, T);
    expect(server.send(jos, writer(JO))).toMatchObject({ reason: 'NotYours' });
    expect(mealsOn(server.doc, DAY, 'UTC')[0]?.eating).toBe(1);
  });
});

describe("the day's meals", () => {
  it("in time order, with the day's menu over the usual one, and a day off said plainly", () => {
    const { doc, dinner } = houseWithDinner();
    const lunch = saveMeal(doc, undefined, {
      kind: 'lunch',
      time: '12:30',
      schedule: { kind: 'weekdays', weekdays: [3] },
    });
    let meals = mealsOn(doc, DAY, 'UTC'); // a Wednesday
    expect(meals.map((m) => m.id)).toEqual([lunch, dinner]);
    expect(meals[1]?.menu).toBe('Soup and bread');
    setMenuOn(doc, dinner, DAY, 'Lentil curry');
    cancelMealOn(doc, lunch, DAY);
    meals = mealsOn(doc, DAY, 'UTC');
    expect(meals[1]?.menu).toBe('Lentil curry');
    expect(meals[0]?.cancelled).toBe(true);
    expect(mealsOn(doc, '2026-12-03', 'UTC').map((m) => m.id)).toEqual([dinner]);
    setMenuOn(doc, dinner, DAY, '  ');
    expect(mealsOn(doc, DAY, 'UTC')[1]?.menu).toBe('Soup and bread');
    removeMeal(doc, lunch, T);
    expect(mealsOn(doc, DAY, 'UTC').map((m) => m.id)).toEqual([dinner]);
  });

  it('"Sunday: house dinner, everyone cooks" falls on Sundays, at 18:00 local, across a clock change', () => {
    const doc = new Y.Doc();
    const sunday = saveMeal(doc, undefined, {
      kind: 'dinner',
      time: '18:00',
      schedule: { kind: 'weekdays', weekdays: [0] },
      note: 'House dinner',
      everyoneCooks: true,
    });
    const london = (day: string) => mealsOn(doc, day, 'Europe/London');
    // Europe/London goes from GMT to BST on 2027-03-28.
    expect(london('2027-03-21')[0]?.startsAt).toBe(at('2027-03-21T18:00:00Z'));
    expect(london('2027-03-28')[0]?.startsAt).toBe(at('2027-03-28T17:00:00Z'));
    expect(london('2027-04-04')[0]?.startsAt).toBe(at('2027-04-04T17:00:00Z'));
    expect(london('2027-03-27')).toEqual([]);
    expect(london('2027-03-29')).toEqual([]);
    expect(london('2027-03-28')[0]).toMatchObject({ id: sunday, everyoneCooks: true });
    // America/New_York goes from EST to EDT on 2027-03-14.
    const newYork = (day: string) => mealsOn(doc, day, 'America/New_York')[0]?.startsAt;
    expect(newYork('2027-03-07')).toBe(at('2027-03-07T23:00:00Z'));
    expect(newYork('2027-03-14')).toBe(at('2027-03-14T22:00:00Z'));
    // The next days from the Saturday before: the Sunday only, of seven.
    const week = mealsAfter(doc, '2027-03-27', 7, 'Europe/London');
    expect(week.map((m) => m.day)).toEqual(['2027-03-28']);
  });

  it('day records carry their day in their id, so housekeeping forgets them', () => {
    const names = PER_DAY_KINDS.map((kind) => kind.name);
    for (const name of ['mealDays', 'mealCooks', 'mealEaters', 'mealCookReplies'])
      expect(names).toContain(name);
    const { doc, dinner } = houseWithDinner();
    setCooking(doc, dinner, DAY, JO, true, T);
    answerMeal(doc, dinner, DAY, JO, 'eat', false, T);
    expect([...doc.getMap('mealCooks').keys()]).toEqual([`${dinner}_${DAY}_${JO}`]);
    expect([...doc.getMap('mealEaters').keys()]).toEqual([`${dinner}_${DAY}_${JO}`]);
  });

  it("nothing stores how often anyone cooked: a day's cook record holds when, and no count", () => {
    const { doc, dinner } = houseWithDinner();
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03'])
      setCooking(doc, dinner, day, JO, true, T);
    for (const record of mealCookRecords(doc).values())
      expect(Object.keys(record).sort()).toEqual(['at', 'id']);
    const shared = Object.keys(doc.share).concat([...doc.share.keys()]);
    expect(shared.some((name) => /tally|count|score|stat/i.test(name))).toBe(false);
  });
});
