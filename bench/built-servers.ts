// Both servers as the bench runs them: plain JavaScript, as a house runs ours (`npm start` runs
// the built `dist-server/main.js`, with its node flags). Ours is built by `npm run build`'s own script (only when its
// sources changed); the reference is bundled by esbuild with the same options (NODE_BUNDLE), so
// neither pays for compiling TypeScript at run time and the two are compared alike.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/node-bundle.mjs';
import { SERVER_ENTRY, startNodeFlags } from '../test/helpers/start-command.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The node arguments that start each server: ours with the flags `npm start` gives it. */
export interface BuiltServers {
  ours: string[];
  ref: string[];
}

let built: Promise<BuiltServers> | undefined;

async function buildBoth(): Promise<BuiltServers> {
  const ours = spawnSync(process.execPath, ['scripts/build.mjs', '--if-changed', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (ours.status !== 0) throw new Error('npm run build failed: the bench needs the built server');
  const ref = path.join(ROOT, 'bench', 'out', 'reference-server.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/reference-server.ts'],
    outfile: ref,
    ...NODE_BUNDLE,
  });
  return { ours: [...startNodeFlags(), path.join(ROOT, SERVER_ENTRY)], ref: [ref] };
}

/** How to start each server, built once per bench run. */
export function builtServers(): Promise<BuiltServers> {
  built ??= buildBoth();
  return built;
}
