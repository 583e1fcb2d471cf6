// Same origin only: a change to the house, a sync socket or a socket.io handshake must come from
// the house board's own pages. One check, used by the JSON API, the sync upgrade and socket.io.
import type http from 'node:http';
import type express from 'express';
import { refusal } from '../../board/wire.ts';

/**
 * Why a request is not from the board's own pages, or undefined when it may go on.
 *
 * Browsers send `Origin` on every cross-origin POST and on every WebSocket handshake, so a page
 * of another site (or another port of this host) cannot hide where it comes from. The origin
 * must be the one the browser asked (`Host`, as the browser wrote it) or PUBLIC_URL's.
 * `Sec-Fetch-Site`, where a browser sends it, must say the request came from this origin or
 * from the person themselves (`none`: typed or bookmarked).
 *
 * A request with neither header is not from a browser page (curl, the CLI, tests in Node): it
 * carries only the cookie its sender already holds, so it cannot ride on someone else's.
 */
export function otherOrigin(
  request: http.IncomingMessage,
  publicUrl: string | undefined,
): string | undefined {
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `sec-fetch-site ${fetchSite}`;
  }
  const origin = header(request, 'origin');
  if (origin === undefined) return undefined;
  // "null" is a browser's opaque origin (a sandboxed frame, a file, a redirect across sites).
  const host = hostOf(origin);
  if (host === undefined) return `origin ${origin.slice(0, 100)}`;
  if (publicUrl !== undefined && origin.toLowerCase() === publicUrl.toLowerCase()) {
    return undefined;
  }
  const asked = header(request, 'host')?.toLowerCase();
  if (asked !== undefined && host === asked) return undefined;
  return `origin ${origin.slice(0, 100)}`;
}

/** The host (and port) of an `Origin` value, or undefined for "null" or anything else. */
function hostOf(origin: string): string | undefined {
  if (!/^https?:\/\/[^/?#]+$/i.test(origin)) return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function header(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses every request that changes something (anything but GET, HEAD, OPTIONS) from elsewhere. */
export function sameOriginOnly(
  publicUrl: string | undefined,
  onRefused: (request: express.Request, why: string) => void,
): express.RequestHandler {
  return (req, res, next) => {
    if (READS.has(req.method)) return next();
    const why = otherOrigin(req, publicUrl);
    if (why === undefined) return next();
    onRefused(req, why);
    res.status(403).json(refusal('otherSite'));
  };
}
