// The second tap that confirms (ui/confirm-arm.ts): only the same key within the window confirms,
// the wait running out disarms, a phone that slept past the window (its timers held) confirms
// nothing, and with `otherKeyDisarms` a slip onto another row only puts the arm back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CONFIRM_WINDOW_MS, ConfirmArm } from '../../ui/confirm-arm.ts';

/** The least an element is to a controller: it takes controllers and is asked to redraw. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    controllers,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h satisfies ReactiveControllerHost;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a second tap to confirm', () => {
  test('the first tap arms and asks for a redraw; a second on the same key in time confirms', () => {
    const h = host();
    const arm = new ConfirmArm(h);
    expect(arm.tap('jo')).toBe(false);
    expect(arm.isArmed('jo')).toBe(true);
    expect(arm.armedKey).toBe('jo');
    expect(h.updates).toBeGreaterThan(0);
    vi.advanceTimersByTime(CONFIRM_WINDOW_MS - 1);
    expect(arm.tap('jo')).toBe(true);
    expect(arm.isArmed('jo')).toBe(false);
    expect(arm.armedKey).toBeUndefined();
  });

  test('after the window the arm drops, and the next tap only arms again', () => {
    const arm = new ConfirmArm(host());
    arm.tap('jo');
    vi.advanceTimersByTime(CONFIRM_WINDOW_MS);
    expect(arm.isArmed('jo')).toBe(false);
    expect(arm.tap('jo')).toBe(false);
    expect(arm.isArmed('jo')).toBe(true);
  });

  test('a phone that slept held its timer: the clock at the tap says too late, and it only arms', () => {
    const arm = new ConfirmArm(host());
    arm.tap('jo');
    // The clock moves on but no timer runs, as on a phone put away.
    vi.setSystemTime(Date.now() + CONFIRM_WINDOW_MS + 60_000);
    expect(arm.isArmed('jo')).toBe(true);
    expect(arm.tap('jo')).toBe(false);
    expect(arm.isArmed('jo')).toBe(true);
    // Armed afresh: a second tap now does confirm.
    vi.advanceTimersByTime(1_000);
    expect(arm.tap('jo')).toBe(true);
  });

  test('by default a tap on another key moves nothing: it arms that key alone', () => {
    const arm = new ConfirmArm(host());
    arm.tap('jo');
    expect(arm.tap('rosa')).toBe(false);
    expect(arm.isArmed('jo')).toBe(false);
    expect(arm.isArmed('rosa')).toBe(true);
    expect(arm.tap('jo')).toBe(false);
    expect(arm.tap('jo')).toBe(true);
  });

  test('with otherKeyDisarms, a tap on another key only disarms; the next tap there arms it', () => {
    const arm = new ConfirmArm(host(), { otherKeyDisarms: true });
    arm.tap('jo');
    expect(arm.tap('rosa')).toBe(false);
    expect(arm.armedKey).toBeUndefined();
    expect(arm.tap('rosa')).toBe(false);
    expect(arm.isArmed('rosa')).toBe(true);
    expect(arm.tap('rosa')).toBe(true);
  });

  test('disarm drops the arm and its timer; a host that leaves the page stops the timer', () => {
    const h = host();
    const arm = new ConfirmArm(h);
    arm.tap('jo');
    arm.disarm();
    expect(arm.isArmed('jo')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    arm.tap('jo');
    expect(vi.getTimerCount()).toBe(1);
    for (const c of h.controllers) c.hostDisconnected?.();
    expect(vi.getTimerCount()).toBe(0);
  });
});
