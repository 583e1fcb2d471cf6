// What a screen keeps in localStorage for a house, beside its copy of the board in IndexedDB:
// - when the board was last in step with the server, so a page opened offline can say since when
//   it has been showing what it had (ui/house-connection.ts keeps it; the wall's first paint
//   reads it too, before Yjs loads);
// - the wall's plain copy of the board, for that first paint (ui/plain-copy.ts);
// - on a wall, the board as it last looked, drawn before any script loads (kiosk/wall-copy.ts).
// All go when the device is let go (HouseConnection.forget).

const LIVE_UNTIL = 'houseboard.liveUntil.';

export function readLiveUntil(houseId: string): number | undefined {
  try {
    const value = Number(localStorage.getItem(LIVE_UNTIL + houseId));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function keepLiveUntil(houseId: string, at: number): void {
  try {
    localStorage.setItem(LIVE_UNTIL + houseId, String(at));
  } catch {
    // Private browsing may refuse storage; this page still knows.
  }
}

export function forgetLiveUntil(houseId: string): void {
  try {
    localStorage.removeItem(LIVE_UNTIL + houseId);
  } catch {
    // Nothing kept, nothing to wipe.
  }
}

/** Where the wall's plain copy is kept, per house. */
export const PLAIN_COPY_KEY = 'houseboard.plainCopy.';

/** Drops the house's plain copy (the device is let go, or the copy did not read). */
export function forgetPlainCopy(houseId: string): void {
  try {
    localStorage.removeItem(PLAIN_COPY_KEY + houseId);
  } catch {
    // Nothing kept where nothing can be.
  }
}

/**
 * Where a wall keeps the board as it last looked; kiosk/index.html reads it under this name.
 * One per device: a wall shows one house.
 */
export const WALL_COPY_KEY = 'houseboard.wallCopy';

export function forgetWallCopy(): void {
  try {
    localStorage.removeItem(WALL_COPY_KEY);
  } catch {
    // Nothing kept where nothing can be.
  }
}
