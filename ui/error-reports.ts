// Tells the server about a script error nobody caught (window 'error', 'unhandledrejection'), so
// whoever looks after the house board hears of it. The page carries on as it was: nothing here
// stops the error reaching the console, and nothing here may throw. A screen sends a few a
// minute at most, and the same message once.
import type { Screen } from './screen-socket.ts';

/** Reports this page sends per minute at most; the server has its own limit too. */
const PER_MINUTE = 5;
const cut = (text: string | undefined, max: number) => text?.slice(0, max) || undefined;

export function reportUncaughtErrors(screen: Screen): void {
  const sent = new Set<string>();
  let windowStart = 0;
  let inWindow = 0;

  const send = (kind: 'error' | 'rejection', error: unknown, where?: ErrorEvent) => {
    try {
      const message =
        cut(error instanceof Error ? error.message : String(error ?? where?.message), 1000) ??
        'an error without a message';
      if (sent.has(`${kind} ${message}`)) return;
      const now = Date.now();
      if (now - windowStart > 60_000) {
        windowStart = now;
        inWindow = 0;
      }
      if (++inWindow > PER_MINUTE) return;
      sent.add(`${kind} ${message}`);
      const report = {
        screen,
        kind,
        message,
        source: cut(where?.filename, 500),
        line: where?.lineno || undefined,
        column: where?.colno || undefined,
        stack: cut(error instanceof Error ? error.stack : undefined, 4000),
      };
      void fetch('/api/client-errors', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
        credentials: 'same-origin',
        keepalive: true,
      }).catch(() => undefined);
    } catch {
      // Reporting must never become an error of its own.
    }
  };

  window.addEventListener('error', (event) => send('error', event.error, event));
  window.addEventListener('unhandledrejection', (event) => send('rejection', event.reason));
}
