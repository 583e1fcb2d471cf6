// The shape of the code, checked the way a reviewer would: who may import whom, no import cycles,
// and no two source files sharing a name unless they are one concept on two sides. The import
// graph is madge's (the same tool `.ci/run` runs), read as JSON.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['board', 'server', 'ui', 'client', 'kiosk'];
const MADGE = path.join(ROOT, 'node_modules', '.bin', 'madge');

function madge(...args: string[]): unknown {
  // madge exits 1 when it finds a cycle; its answer is on stdout either way.
  const run = spawnSync(MADGE, ['--json', '--extensions', 'ts', ...args, ...FOLDERS], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || !run.stdout.trim())
    throw new Error(`madge did not run: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout);
}

const graph = madge() as Record<string, string[]>;
const files = Object.keys(graph);
const top = (file: string) => file.split('/')[0]!;

/** Every import from a file in `from` to a file in one of `to`, as "a.ts → b.ts". */
function importsAcross(from: string, to: string[]): string[] {
  return files
    .filter((f) => top(f) === from)
    .flatMap((f) => graph[f]!.filter((t) => to.includes(top(t))).map((t) => `${f} → ${t}`));
}

describe('the architecture', () => {
  it('has read the whole tree', () => {
    for (const folder of FOLDERS) expect(files.some((f) => top(f) === folder)).toBe(true);
  });

  it('has no import cycles', () => {
    expect(madge('--circular')).toEqual([]);
  });

  it('the board model imports only itself: the server and both screens trust it', () => {
    expect(importsAcross('board', ['server', 'ui', 'client', 'kiosk'])).toEqual([]);
  });

  it('the wall and the shared screen parts never import the phone app', () => {
    expect(importsAcross('kiosk', ['client', 'server'])).toEqual([]);
    expect(importsAcross('ui', ['client', 'kiosk', 'server'])).toEqual([]);
  });

  it('the phone app never imports the wall, and the server no screen', () => {
    expect(importsAcross('client', ['kiosk', 'server'])).toEqual([]);
    expect(importsAcross('server', ['ui', 'client', 'kiosk'])).toEqual([]);
  });

  it('no two source files share a name unless they are one concept on two sides', () => {
    // Allowed: the two entry points, a folder's index, the words of one subject under
    // ui/i18n/messages/ and of one part of the screens under ui/i18n/words/ (English and
    // Spanish), a store's sqlite/ and redis/ sides, and the model's and the screen's side of undo.
    const twoSides = (paths: string[]) =>
      paths.every((p) => /\/(sqlite|redis)\/[^/]+$/.test(p)) ||
      paths.join(' ') === 'board/undo.ts ui/undo.ts';
    const byName = new Map<string, string[]>();
    for (const file of files) {
      if (/^ui\/i18n\/(messages|words)\//.test(file)) continue;
      const name = path.basename(file);
      if (name === 'main.ts' || name === 'index.ts') continue;
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    const clashes = [...byName.values()].filter((paths) => paths.length > 1 && !twoSides(paths));
    expect(clashes).toEqual([]);
  });

  it('every file name uses one casing: lower-case words joined by hyphens', () => {
    const odd = files
      .map((f) => path.basename(f))
      .filter((n) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)+$/.test(n));
    expect(odd).toEqual([]);
  });
});
