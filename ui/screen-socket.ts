// The socket.io side channel for what is not board state: which screens are online, the
// server asking a kiosk to reload after an update, and the kiosk's join code for phones.
// The device's cookie says who is connecting; nothing else is sent. A kiosk reloads itself for
// a new version of the screens only once the server answers again and says it serves another
// build: never during an outage, when a reload would leave the wall on the browser's error page.
import { io, type Socket } from 'socket.io-client';

export type Screen = 'kiosk' | 'phone';

/** What a kiosk shows in its QR code: `<origin>/join#<token>`, new every few minutes. */
export interface JoinCode {
  url: string;
  expiresAt: number;
  rotatesAt: number;
}

export interface ScreenEvents {
  onJoinCode?: (code: JoinCode) => void;
  /** The build of the screens this page was opened with; a kiosk reloads for another one. */
  build?: string;
}

/** Where a kiosk notes the build it reloaded for, so it never reloads for it twice in a row. */
const RELOADED_FOR = 'houseboard.reloadedFor';

/**
 * Reloads the page when the server, answering now, serves another build than the page's. Asks
 * /healthz first, so a server that greeted the socket and went straight down is not reloaded
 * into; reloads once per build, so a page that still says the old build never loops.
 */
export async function reloadForNewBuild(pageBuild: string | undefined, serverBuild: unknown) {
  if (!pageBuild || typeof serverBuild !== 'string' || serverBuild === pageBuild) return;
  const health = await fetch('/healthz', { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
  if (health?.build !== serverBuild) return;
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === serverBuild) return;
    sessionStorage.setItem(RELOADED_FOR, serverBuild);
  } catch {
    // Without storage the once-per-build guard is gone; the reload still picks up the build.
  }
  location.reload();
}

export function connectScreen(screen: Screen, events: ScreenEvents = {}): Socket {
  // WebSocket only: the board's sync needs WebSockets anyway, so long-polling would add
  // nothing but extra requests.
  const socket = io({ auth: { screen }, transports: ['websocket'] });
  if (screen === 'kiosk') {
    socket.on('reload', () => location.reload());
    socket.on('hello', (hello: { build?: unknown }) => {
      void reloadForNewBuild(events.build, hello?.build);
    });
    socket.on('join-code', (code: JoinCode) => {
      if (typeof code?.url === 'string' && typeof code.expiresAt === 'number') {
        events.onJoinCode?.(code);
      }
    });
  }
  return socket;
}
