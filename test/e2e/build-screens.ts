// Builds dist/ for the browser tests when it is missing or older than the screens' sources,
// so a test never looks at yesterday's build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/server-process.ts';

const SOURCES = ['client', 'ui', 'kiosk', 'board', 'vite.config.ts', 'server/precompress.ts'];
const BUILT = ['dist/client/index.html', 'dist/kiosk/index.html'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

export function ensureScreensBuilt(): void {
  const built = BUILT.map((file) => path.join(REPO_ROOT, file));
  const builtAt = built.every((file) => fs.existsSync(file))
    ? Math.min(...built.map((file) => fs.statSync(file).mtimeMs))
    : 0;
  const changedAt = Math.max(
    ...SOURCES.map((source) => newestChange(path.join(REPO_ROOT, source))),
  );
  if (builtAt > changedAt) return;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
    // vitest sets NODE_ENV=test, which would make Vite bundle Lit's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
