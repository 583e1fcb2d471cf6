// A screen's board from the device's own copy first, then live. The board is drawn once its copy
// is read (a few ms on a device that has one, at most COPY_WITHIN_MS), with every card laid out
// once with the board in it; only after that first paint does the network code load (y-websocket
// for the board's sync and the heartbeat on its sockets, socket.io for the side channel) and the
// board's rules (zod and the schemas), so the first board never waits for the server and that
// code is not among what a screen loads before it. The wall and the phone both open this way
// (kiosk/main.ts, client/main.ts).
import type { Socket } from 'socket.io-client';
import { watchAccess } from './access-watch.ts';
import type { House } from './house.ts';
import type { HouseConnection } from './house-connection.ts';
import { followHouseLanguage } from './i18n/index.ts';
import { readPlainCopy } from './plain-copy.ts';
import type { Screen, ScreenEvents } from './screen-socket.ts';

/** The longest the board waits for its copy to be read before it is drawn anyway. */
export const COPY_WITHIN_MS = 2_000;
/** A page that could not load the live house's code reloads after this long. */
export const RELOAD_AFTER_MS = 5_000;

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the browser has painted what is on the page now. */
export const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Marks a step on the page's performance timeline (`houseboard:<step>`), so a profile or the
 * bench (bench/kiosk-render.ts) can say where a small machine's first seconds go.
 */
export function mark(step: string): void {
  performance.mark?.(`houseboard:${step}`);
}

/**
 * Draws the board at once from the device's plain copy (ui/plain-copy.ts), when it has one, in
 * the house's language; resolves once that board is painted, or at once without a copy.
 */
export async function drawPlainCopy(
  houseId: string,
  draw: (plain: House) => Promise<unknown> | undefined,
): Promise<void> {
  const plain = readPlainCopy(houseId);
  if (!plain) return;
  followHouseLanguage(plain.docs.settings);
  await draw(plain);
  await painted();
  mark('plain-painted');
}

/**
 * The live house's code (Yjs, the device's IndexedDB copy, the plain copy's keeper), loaded
 * after a first paint from the plain copy (kiosk/main.ts, client/main.ts). A page that cannot
 * load it (a new build has replaced the files, the network dropped mid-way) would show that
 * board, not touchable, for good; a browser keeps a failed import failed, so the page reloads
 * after a moment instead, and draws from its plain copy again at once.
 */
export function loadHouseCode() {
  return Promise.all([import('./house-connection.ts'), import('./plain-copy-keeper.ts')]).catch(
    (error: unknown) => {
      console.warn('the board could not load its live code; reloading', error);
      setTimeout(() => location.reload(), RELOAD_AFTER_MS);
      return new Promise<never>(() => {});
    },
  );
}

export interface CopyFirst {
  screen: Screen;
  /** Draws the board; resolves once it is drawn (a Lit element's `updateComplete`). */
  draw: () => Promise<unknown> | undefined;
  /** What the screen loads once the board has painted, before the network code. */
  afterFirstPaint?: () => void;
  /** The side channel's events (the wall's join code and build). */
  events?: () => ScreenEvents;
  /** The device has been let go (access-watch.ts): the screen shows what comes next. */
  onLost: () => void;
}

/** Draws from the copy, then goes live; resolves with the side channel once it is open. */
export async function openFromCopy(house: HouseConnection, screen: CopyFirst): Promise<Socket> {
  mark('copy-asked');
  let lost = false;
  const onLost = () => {
    lost = true;
    screen.onLost();
  };
  // Until the socket is loaded, the board's own sync says when the device is let go.
  let stopWatching = watchAccess(house, undefined, onLost);
  await Promise.race([house.copyRead, wait(COPY_WITHIN_MS)]);
  mark('copy-read');
  await screen.draw();
  mark('board-drawn');
  await painted();
  mark('board-painted');
  screen.afterFirstPaint?.();
  const [{ WebsocketProvider }, { connectScreen }, { Heartbeat }] = await Promise.all([
    import('y-websocket'),
    import('./screen-socket.ts'),
    import('./heartbeat.ts'),
    // The board's rules (zod and the schemas): what the screen writes is checked with them.
    import('../board/rules.ts'),
  ]);
  mark('network-code-loaded');
  house.goOnline({ WebsocketProvider, Heartbeat });
  const socket = connectScreen(screen.screen, screen.events?.());
  stopWatching();
  if (lost) socket.disconnect();
  else stopWatching = watchAccess(house, socket, onLost);
  return socket;
}
