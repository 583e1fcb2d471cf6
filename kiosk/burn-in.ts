// Burn-in care for a screen that shows the same frame all day: the whole wall drifts a few pixels
// every few minutes, round a small square and back, so no edge sits on the same pixels for hours.
// The kiosk's own padding is wider than the drift, so nothing moves off the screen.

/** How long the wall stays at one position. */
export const BURN_IN_STEP_MS = 3 * 60_000;
/** The farthest the wall moves from where it would be, in CSS pixels. */
export const BURN_IN_REACH_PX = 4;

const r = BURN_IN_REACH_PX;
const POSITIONS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [r, 0],
  [r, r],
  [0, r],
  [-r, r],
  [-r, 0],
  [-r, -r],
  [0, -r],
  [r, -r],
];

/** Where the wall sits at `now`, as a CSS `translate` value ("4px -4px"). */
export function burnInOffset(now: number): string {
  const [x, y] = POSITIONS[Math.floor(now / BURN_IN_STEP_MS) % POSITIONS.length]!;
  return `${x}px ${y}px`;
}
