// The built screens as a real site serves them: each file in the encoding the browser takes best
// of those built beside it (brotli, gzip — see precompress.ts — or as it is), with the right
// Content-Type, Content-Encoding and `Vary: Accept-Encoding`, and how long it may be kept. The
// browser's Accept-Encoding is read by `negotiator` (express's own): q-values and
// `identity;q=0` as the browser says them, and brotli first when it likes two as much (Chromium
// lists gzip first).
import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import Negotiator from 'negotiator';
import { refusal } from '../../board/wire.ts';
import { ENCODED, type Encoding } from '../precompress.ts';

/** Hashed build files (`/assets/kiosk-<hash>.js`) never change under their name. */
export const FOREVER = 'public, max-age=31536000, immutable';
/** Pages, the service worker: asked again every time, so a new release is picked up at once. */
export const ALWAYS_ASK = 'no-cache';
/** Unhashed files that change only with a release (icons, the manifest). */
export const A_DAY = 'public, max-age=86400';

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Sends `file` (an absolute path inside the build) in the best encoding built for it. Calls
 * `missing` when there is no such file.
 */
export function sendBuilt(
  req: express.Request,
  res: express.Response,
  file: string,
  cacheControl: string,
  missing: () => void,
): void {
  if (!isFile(file)) {
    missing();
    return;
  }
  const built = (Object.keys(ENCODED) as Encoding[]).filter((encoding) =>
    isFile(`${file}${ENCODED[encoding]}`),
  );
  res.vary('Accept-Encoding');
  const offered = [...built, 'identity'];
  const [chosen] = new Negotiator(req).encodings(offered, { preferred: offered });
  if (!chosen) {
    // Even "as it is" is refused (`identity;q=0`) and nothing built fits.
    res.status(406).json(refusal('unreadable'));
    return;
  }
  res.set('Cache-Control', cacheControl);
  res.type(path.extname(file));
  const encoding = chosen === 'identity' ? undefined : (chosen as Encoding);
  if (encoding) res.set('Content-Encoding', encoding);
  const sent = encoding ? `${file}${ENCODED[encoding]}` : file;
  res.sendFile(sent, { cacheControl: false, dotfiles: 'deny' }, (error) => {
    if (!error || res.headersSent) return;
    // Gone between the look and the send (a build being replaced): answered as never there.
    for (const header of ['Content-Encoding', 'Content-Type', 'Cache-Control'])
      res.removeHeader(header);
    missing();
  });
}

/**
 * Serves the files under `dir` at the route it is mounted on. A path that leaves `dir`, or
 * names a compressed copy itself, is not there.
 */
export function builtFiles(dir: string, cacheControl: string): express.RequestHandler {
  const root = path.resolve(dir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let wanted: string;
    try {
      wanted = decodeURIComponent(req.path);
    } catch {
      return next(); // not a path at all
    }
    if (wanted.includes('\0') || /\.(br|gz)$/.test(wanted)) return next();
    const file = path.join(root, wanted);
    if (!file.startsWith(root + path.sep)) return next();
    sendBuilt(req, res, file, cacheControl, () => next());
  };
}
