// How a house starts the built server: the node flags of `npm start` (package.json's start
// script), which the Dockerfile's CMD and the systemd unit's ExecStart repeat. The bench starts
// ours with them, and test/deploy/packaging.test.ts checks the three agree.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server-process.ts';

export const SERVER_ENTRY = 'dist-server/main.js';

/** The flags between `node` and dist-server/main.js in a command line; undefined if none runs it. */
export function nodeFlagsOf(command: string): string[] | undefined {
  const words = command.trim().split(/\s+/);
  const entry = words.lastIndexOf(SERVER_ENTRY);
  if (entry < 0) return undefined;
  let node = entry - 1;
  while (node >= 0 && words[node]!.startsWith('--')) node--;
  if (node < 0 || !/(^|\/)node$/.test(words[node]!)) return undefined;
  return words.slice(node + 1, entry);
}

/** The node flags `npm start` runs the built server with. */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const flags = nodeFlagsOf(pkg.scripts.start);
  if (!flags) throw new Error(`npm start does not run node ${SERVER_ENTRY}`);
  return flags;
}
