// The phone's pickers read a time typed on a number pad and write dates in the page's language.
import { describe, expect, it } from 'vitest';
import {
  datePartOrder,
  dayFromParts,
  monthNames,
  typedClock,
} from '../../client/phone/typed-time.ts';

describe('typedClock', () => {
  it.each([
    ['19:30', '19:30'],
    ['9:05', '09:05'],
    ['1930', '19:30'],
    ['0745', '07:45'],
    ['19.30', '19:30'],
    ['19,30', '19:30'],
    ['19h30', '19:30'],
    [' 19 30 ', '19:30'],
    ['7pm', '19:00'],
    ['7:30 pm', '19:30'],
    ['12 am', '00:00'],
    ['12:15 p.m.', '12:15'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads "%s" as %s', (typed, clock) => {
    expect(typedClock(typed)).toBe(clock);
  });

  it.each(['', '1', '19', '193', '24:00', '19:60', '13pm', '0am', 'soon', '19:3', '1:2:3'])(
    'leaves "%s" as typed while it is not a whole time',
    (typed) => {
      expect(typedClock(typed)).toBeUndefined();
    },
  );

  it('reads a bare hour once the person has left the field', () => {
    expect(typedClock('7', true)).toBe('07:00');
    expect(typedClock('19', true)).toBe('19:00');
    expect(typedClock('19h', true)).toBe('19:00');
    expect(typedClock('25', true)).toBeUndefined();
    expect(typedClock('', true)).toBeUndefined();
  });
});

describe('dates in the page language', () => {
  it('puts the day before the month in Spanish and in British English', () => {
    expect(datePartOrder('es-ES')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year']);
  });

  it("names the months in the page's language", () => {
    expect(monthNames('es-ES').slice(0, 3)).toEqual(['enero', 'febrero', 'marzo']);
    expect(monthNames('en-GB')[11]).toBe('December');
  });

  it('keeps the day within the month, leap years included', () => {
    expect(dayFromParts(2026, 2, 31)).toBe('2026-02-28');
    expect(dayFromParts(2028, 2, 31)).toBe('2028-02-29');
    expect(dayFromParts(2026, 12, 31)).toBe('2026-12-31');
    expect(dayFromParts(2026, 4, 0)).toBe('2026-04-01');
  });
});
