// Visitor mode at its edges: a resident's phone or the wall may switch it on, but moving its end
// to under half an hour ahead is ending it early, which only staff may — and the wall, when the
// house lets it; and it is on until the very moment it ends, not a moment more.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setVisitorMode, visitorModeOn, visitorModeUntil } from '../../board/index.ts';
import { at } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const NOW = at('2026-03-30T15:00:00Z');
const MINUTE = 60_000;

describe('ending visitor mode early is for staff', () => {
  it.each([
    [10, 'refused'],
    [29, 'refused'],
    [30, 'accepted'],
    [120, 'accepted'],
  ])('a resident setting its end %i minutes ahead is %s', (minutes, outcome) => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    phone.getMap('visitor').set('until', NOW + minutes * MINUTE);
    const problem = server.send(phone, writer('sam01'));
    expect(problem === undefined ? 'accepted' : 'refused').toBe(outcome);
  });

  it('staff may end it ten minutes from now', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    phone.getMap('visitor').set('until', NOW + 10 * MINUTE);
    expect(server.send(phone, writer('kai03', 'staff'))).toBeUndefined();
  });
});

describe('the wall ends it only when the house lets it', () => {
  const on = () => {
    const server = serverCopy('board', NOW);
    const staff = server.device();
    setVisitorMode(staff, true, NOW);
    expect(server.send(staff, writer('kai03', 'staff'))).toBeUndefined();
    return server;
  };
  const wall = (visitorEndsOnWall?: boolean) => ({
    ...writer('wall01', 'kiosk'),
    house: () => (visitorEndsOnWall === undefined ? undefined : { visitorEndsOnWall }),
  });

  it('the wall ends it when the house lets the wall end it', () => {
    const server = on();
    const kiosk = server.device();
    setVisitorMode(kiosk, false);
    expect(server.send(kiosk, wall(true))).toBeUndefined();
    expect(visitorModeOn(server.doc, NOW)).toBe(false);
  });

  it('the wall cannot end it when the house said staff only', () => {
    const server = on();
    const kiosk = server.device();
    setVisitorMode(kiosk, false);
    expect(String(server.send(kiosk, wall(false)))).toMatch(/only staff/);
    expect(visitorModeOn(server.doc, NOW)).toBe(true);
  });

  it('the wall cannot end it when the server has no settings to hand', () => {
    const server = on();
    const kiosk = server.device();
    setVisitorMode(kiosk, false);
    expect(server.send(kiosk, wall())).toBeDefined();
    expect(visitorModeOn(server.doc, NOW)).toBe(true);
  });

  it('even when let, the wall cannot move its end to a few minutes ahead', () => {
    const server = on();
    const kiosk = server.device();
    kiosk.getMap('visitor').set('until', NOW + 5 * MINUTE);
    expect(server.send(kiosk, wall(true))).toBeDefined();
  });

  it("a resident's phone cannot end it, whatever the house lets the wall do", () => {
    const server = on();
    const phone = server.device();
    setVisitorMode(phone, false);
    expect(
      server.send(phone, { ...writer('sam01'), house: () => ({ visitorEndsOnWall: true }) }),
    ).toBeDefined();
    expect(visitorModeOn(server.doc, NOW)).toBe(true);
  });
});

describe('how long it is on', () => {
  it('is on until the moment it ends, and off from then', () => {
    const doc = new Y.Doc();
    setVisitorMode(doc, true, NOW, 2);
    const end = NOW + 120 * MINUTE;
    expect(visitorModeUntil(doc, end - 1)).toBe(end);
    expect(visitorModeOn(doc, end - 1)).toBe(true);
    expect(visitorModeUntil(doc, end)).toBeUndefined();
    expect(visitorModeOn(doc, end)).toBe(false);
  });

  it('is off when nothing, or something other than a time, says until when', () => {
    const doc = new Y.Doc();
    expect(visitorModeOn(doc, NOW)).toBe(false);
    doc.getMap('visitor').set('until', String(NOW + 60 * MINUTE));
    expect(visitorModeUntil(doc, NOW)).toBeUndefined();
  });
});
