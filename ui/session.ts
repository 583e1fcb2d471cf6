// Who this device is to the house board. Asked of the server at start (the device's cookie says
// it); a joined session is remembered on the device so the board still opens from its offline
// copy when the server cannot be reached, and forgotten the moment the server says otherwise.
import type { Pairing, Session, SessionDevice } from '../board/index.ts';
import { learnRoughServerTime } from './server-clock.ts';

/** What the server says this device and its session are: one type with the server's (wire.ts). */
export type { Pairing, Session, SessionDevice as Device };

export type JoinedSession = Extract<Session, { joined: true }>;

const REMEMBERED = 'houseboard.session';
/** A server that has not answered in this long is treated as away: the board opens offline. */
const ANSWER_WITHIN_MS = 5_000;

/** The joined session this device remembers, if any: a screen may open its board from it at once. */
export function rememberedSession(): JoinedSession | undefined {
  try {
    const text = localStorage.getItem(REMEMBERED);
    const session = text ? (JSON.parse(text) as JoinedSession) : undefined;
    return session?.joined && typeof session.device?.houseId === 'string' ? session : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the joined session on the device, or forgets it when the device is not joined. */
export function remember(session: Session): void {
  try {
    if (session.joined) localStorage.setItem(REMEMBERED, JSON.stringify(session));
    else localStorage.removeItem(REMEMBERED);
  } catch {
    // Private browsing may refuse storage; the board then needs the server to open.
  }
}

/** The server's answer; throws when the server cannot be reached or answers oddly. */
export async function askSession(): Promise<Session> {
  const response = await fetch('/api/session', {
    cache: 'no-store',
    credentials: 'same-origin',
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  learnRoughServerTime(response.headers.get('date'));
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const session = (await response.json()) as Session;
  if (typeof session?.joined !== 'boolean') throw new Error('the server sent no session');
  if (session.joined && typeof session.device?.houseId !== 'string') {
    throw new Error('the server named no house');
  }
  return session;
}

/**
 * The session from the server, retrying with a growing pause; after the first failure falls
 * back to the joined session remembered on this device. `onWaiting` hears each failed try.
 */
export async function startSession(onWaiting: (attempt: number) => void): Promise<Session> {
  for (let attempt = 1; ; attempt++) {
    try {
      const session = await askSession();
      remember(session);
      return session;
    } catch {
      const fallback = rememberedSession();
      if (fallback) return fallback;
      onWaiting(attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** attempt, 10_000)));
    }
  }
}
