// The screens' clock (ui/server-clock.ts): the server's time from heartbeat answers, half the
// round trip allowed for, the fastest answer trusted most, a moved clock followed at once; and
// what a screen writes into a record is stamped with it.
import { describe, expect, test } from 'vitest';
import { boardNow } from '../../board/index.ts';
import {
  learnRoughServerTime,
  learnServerTime,
  serverClock,
  serverNow,
  serverOffset,
} from '../../ui/server-clock.ts';

const HOUR = 3_600_000;

describe('the screens’ clock', () => {
  test('before any answer it is the device’s own clock', () => {
    expect(Math.abs(serverNow() - Date.now())).toBeLessThan(50);
  });

  test('before any heartbeat, an HTTP Date header a day off sets it roughly; a second off does not', () => {
    const received = Date.now();
    learnRoughServerTime(new Date(received + 1000).toUTCString(), received);
    expect(serverOffset()).toBe(0);
    learnRoughServerTime('not a date', received);
    expect(serverOffset()).toBe(0);
    learnRoughServerTime(new Date(received + 24 * HOUR).toUTCString(), received);
    expect(Math.abs(serverOffset() - 24 * HOUR)).toBeLessThanOrEqual(1000);
  });

  test('a server three hours ahead: the screen shows its time, allowing for half the round trip', () => {
    let changes = 0;
    serverClock.addEventListener('change', () => changes++);
    const received = Date.now();
    learnServerTime(received + 3 * HOUR - 100, 200, received);
    expect(serverOffset()).toBe(3 * HOUR);
    expect(Number.isInteger(serverOffset())).toBe(true);
    expect(changes).toBe(1);
    expect(Math.abs(boardNow() - (Date.now() + 3 * HOUR))).toBeLessThan(50);
  });

  test('the fastest answer is trusted most; small differences do not re-render the screens', () => {
    let changes = 0;
    serverClock.addEventListener('change', () => changes++);
    const received = Date.now();
    // Slow: its half round trip is a guess 400 ms wide.
    learnServerTime(received + 3 * HOUR + 300, 800, received);
    expect(serverOffset()).toBe(3 * HOUR);
    // Fast: 5 ms there and back, the server 120 ms further on than thought.
    learnServerTime(received + 3 * HOUR + 115, 10, received);
    expect(serverOffset()).toBe(3 * HOUR + 120);
    expect(changes).toBe(0);
  });

  test('answers that say nothing useful are ignored', () => {
    const before = serverOffset();
    const received = Date.now();
    learnServerTime(received, 30_000, received); // a round trip of 30 s
    learnServerTime(Number.NaN, 10, received);
    learnServerTime(0, 10, received);
    learnServerTime(received, -5, received);
    expect(serverOffset()).toBe(before);
  });

  test('a clock that moved (the device’s set right, or the server’s) is followed at once', () => {
    let changes = 0;
    serverClock.addEventListener('change', () => changes++);
    const received = Date.now();
    learnServerTime(received - 24 * HOUR, 40, received);
    expect(Math.abs(serverOffset() + 24 * HOUR)).toBeLessThanOrEqual(20);
    expect(changes).toBe(1);
  });

  test('once a heartbeat has answered, a rough reading changes nothing', () => {
    const before = serverOffset();
    learnRoughServerTime(new Date(Date.now() + 5 * HOUR).toUTCString());
    expect(serverOffset()).toBe(before);
  });
});
