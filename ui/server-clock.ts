// The house's clock on a screen: the server's time, not the device's. A wall whose clock is off
// (a Raspberry Pi with no clock battery and no time sync) still shows the house's day, night
// hours, who is on now and a join code that works. The offset is learned from each heartbeat
// answer (ui/heartbeat.ts), half the round trip allowed for; before the first answer the device's
// own clock counts, moved by the offset this device last knew.
import { useBoardClock } from '../board/index.ts';

/** Where this device keeps the last offset it learned, for a reload with no network. */
const KEPT_OFFSET = 'houseboard.serverOffset';
/** Answers compared: the one that came back fastest is the most exact. */
const SAMPLES = 5;
/** A change of the offset by more than this is the clock moving, not noise: screens re-render. */
const NOTICEABLE_MS = 1000;
/** An answer slower than this says too little about the time. */
const SLOWEST_USEFUL_MS = 10_000;

interface Sample {
  offset: number;
  roundTrip: number;
}

function keptOffset(): number {
  try {
    const value = Number(localStorage.getItem(KEPT_OFFSET));
    return Number.isFinite(value) ? Math.round(value) : 0;
  } catch {
    return 0;
  }
}

let offset = keptOffset();
let samples: Sample[] = [];
/** How far a rough reading (whole seconds) may differ before it is worth taking. */
const ROUGH_MS = 2000;

/** Fires `change` when the screens' time moved noticeably (a wrong device clock corrected). */
export const serverClock = new EventTarget();

/** Now, in milliseconds since 1970, by the server's clock as this screen knows it. */
export function serverNow(): number {
  return Date.now() + offset;
}

/** How far the server's clock is ahead of this device's (negative when behind). */
export function serverOffset(): number {
  return offset;
}

/**
 * One heartbeat answer: the server said `serverTime`, `roundTrip` ms after the ask left, and the
 * answer came at `receivedAt` by this device's clock.
 */
export function learnServerTime(serverTime: number, roundTrip: number, receivedAt: number): void {
  if (!Number.isFinite(serverTime) || serverTime <= 0) return;
  if (!(roundTrip >= 0 && roundTrip <= SLOWEST_USEFUL_MS)) return;
  // Whole milliseconds: records keep their times as integers.
  const sample = { offset: Math.round(serverTime + roundTrip / 2 - receivedAt), roundTrip };
  // A jump past what the round trip explains is a clock that moved (the device's or the
  // server's): start again from this answer rather than trust the older ones.
  const jumped = Math.abs(sample.offset - offset) > Math.max(NOTICEABLE_MS, roundTrip);
  samples = jumped ? [sample] : [...samples, sample].slice(-SAMPLES);
  const best = samples.reduce((a, b) => (b.roundTrip < a.roundTrip ? b : a));
  const moved = Math.abs(best.offset - offset) > NOTICEABLE_MS;
  offset = best.offset;
  if (moved || samples.length === 1) keepOffset(offset);
  if (moved) serverClock.dispatchEvent(new Event('change'));
}

/**
 * A rough reading from an HTTP answer's Date header (whole seconds), for a page no heartbeat has
 * answered yet: an unpaired wall with a wrong clock renews its pairing code by it.
 */
export function learnRoughServerTime(dateHeader: string | null, receivedAt = Date.now()): void {
  if (samples.length > 0 || !dateHeader) return;
  const serverTime = Date.parse(dateHeader);
  if (!Number.isFinite(serverTime)) return;
  // The header rounds down to the second: the middle of that second is the best guess.
  const rough = Math.round(serverTime + 500 - receivedAt);
  if (Math.abs(rough - offset) <= ROUGH_MS) return;
  offset = rough;
  keepOffset(offset);
  serverClock.dispatchEvent(new Event('change'));
}

function keepOffset(value: number): void {
  try {
    localStorage.setItem(KEPT_OFFSET, String(value));
  } catch {
    // Private browsing may refuse storage; this page still knows.
  }
}

// What the screens write into records ("done at") is stamped by the same clock.
useBoardClock(serverNow);
