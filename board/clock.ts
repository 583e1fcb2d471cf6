// The clock the board's model stamps its records with ("done at", "removed at") when a caller
// gives no time. The server keeps its own; a screen sets the server's (ui/server-clock.ts), so
// what a wall with a wrong clock writes agrees with what every other screen writes.

let read: () => number = () => Date.now();

/** Now, by the clock this side of the house trusts. */
export function boardNow(): number {
  return read();
}

/** Makes the board's model read `clock` for now (a screen hands it the server's time). */
export function useBoardClock(clock: () => number): void {
  read = clock;
}
