// The inline scripts the pages may run are those in the built pages, by their exact text.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inlineScriptHashes } from '../../../server/http/inline-scripts.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function distWith(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'houseboard-inline-'));
  dirs.push(dir);
  for (const [page, html] of Object.entries(pages)) {
    fs.mkdirSync(path.join(dir, path.dirname(page)), { recursive: true });
    fs.writeFileSync(path.join(dir, page), html);
  }
  return dir;
}

const hashOf = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

describe('inline script hashes for the Content-Security-Policy', () => {
  test('each inline script of the built pages, by the hash of its exact text', () => {
    const wall = '\n      (function () { document.title = "x"; })();\n    ';
    const dist = distWith({
      'kiosk/index.html': `<head><script type="module" src="/assets/kiosk.js"></script></head><body><script>${wall}</script></body>`,
      'client/index.html': '<body><script type="module">import "x";</script></body>',
    });
    expect(inlineScriptHashes(dist)).toEqual([hashOf(wall)]);
    // A script changed by one character is another script.
    expect(inlineScriptHashes(dist)).not.toContain(hashOf(wall.replace('x', 'y')));
  });

  test('pages not built give none, and the server still starts', () => {
    expect(inlineScriptHashes(path.join(os.tmpdir(), 'houseboard-no-such-dist'))).toEqual([]);
  });

  test('the built wall has its one inline script, and the policy names it', () => {
    const built = inlineScriptHashes(path.resolve('dist'));
    const html = fs.readFileSync(path.resolve('dist/kiosk/index.html'), 'utf8');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toContain('houseboard.wallCopy');
    expect(built).toEqual([hashOf(script!)]);
  });
});
