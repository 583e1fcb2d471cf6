// The inline scripts of the built pages, by hash, for the Content-Security-Policy: the wall puts
// up its last look from one before any of its files loads (kiosk/index.html). Any other inline
// script, injected or changed, is refused as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PAGES = ['kiosk/index.html', 'client/index.html'];
/** A script element with no attributes (not `src`, not `type="module"`) and its text. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` for each inline script in the built pages; none when they are not built. */
export function inlineScriptHashes(distDir: string): string[] {
  const hashes = new Set<string>();
  for (const page of PAGES) {
    let html: string;
    try {
      html = fs.readFileSync(path.join(distDir, page), 'utf8');
    } catch {
      continue;
    }
    for (const [, script] of html.matchAll(INLINE_SCRIPT)) {
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(script ?? '')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes];
}
