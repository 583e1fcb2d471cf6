// The WebSocket a y-websocket provider uses in Node (Node 20 has none of its own), sending a
// device's cookie the way a browser would on the same origin. Tests and the bench use it; it
// imports nothing of vitest, so the bench process stays lean.
import { WebSocket } from 'ws';

/**
 * The ws client for a y-websocket provider in Node (tests and bench), sending a device's cookie
 * (`cookieFor(token)`) the way a browser would on the same origin; `selfSigned` accepts a test's
 * own certificate over wss.
 */
export function socketWithCookie(cookie: string | undefined, selfSigned = false) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, {
        ...(cookie ? { headers: { cookie } } : {}),
        ...(selfSigned ? { rejectUnauthorized: false } : {}),
      });
    }
  } as unknown as typeof globalThis.WebSocket;
}
