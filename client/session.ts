// Which house this device sees. Asked of the server at start; remembered on the device so the
// board still opens from its offline copy when the server cannot be reached.
export interface Session {
  houseId: string;
  houseName?: string;
  build: string;
}

const REMEMBERED = 'houseboard.session';

function remembered(): Session | undefined {
  try {
    const text = localStorage.getItem(REMEMBERED);
    return text ? (JSON.parse(text) as Session) : undefined;
  } catch {
    return undefined;
  }
}

async function askServer(): Promise<Session> {
  const response = await fetch('/api/session', { cache: 'no-store' });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const session = (await response.json()) as Session;
  if (typeof session.houseId !== 'string') throw new Error('the server named no house');
  return session;
}

/**
 * The session from the server, retrying with a growing pause; falls back to the one remembered
 * on this device after the first failure. `onWaiting` hears each failed try.
 */
export async function startSession(onWaiting: (attempt: number) => void): Promise<Session> {
  for (let attempt = 1; ; attempt++) {
    try {
      const session = await askServer();
      localStorage.setItem(REMEMBERED, JSON.stringify(session));
      return session;
    } catch {
      const fallback = remembered();
      if (fallback) return fallback;
      onWaiting(attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** attempt, 10_000)));
    }
  }
}
