// Builds what a house runs: the two screens (vite, into dist/) and the server itself (esbuild, into
// dist-server/), so the server starts as plain JavaScript, without a TypeScript loader.
//   node scripts/build.mjs               build both, always (`npm run build`)
//   node scripts/build.mjs --if-changed  build only when the sources changed since the last
//                                        build (`npm start`; `npm run houseboard` adds --quiet,
//                                        saying nothing when there is nothing to build)
// A stamp (a hash of the sources, the build setup and package-lock.json) is written last, so a
// build that stopped half way is built again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './node-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_OUT = path.join(ROOT, 'dist-server');
const STAMP_FILE = path.join(SERVER_OUT, 'build-stamp.json');
/** Folders whose files make up the screens or the server. */
const SOURCE_DIRS = ['board', 'server', 'ui', 'client', 'kiosk'];
/** Files that change what a build makes. */
const SETUP_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'scripts/node-bundle.mjs',
];
/** What a finished build leaves; a stamp without them is no build. */
const OUTPUTS = [
  'dist/client/index.html',
  'dist/kiosk/index.html',
  'dist-server/main.js',
  'dist-server/server.js',
  'dist-server/cli.js',
];

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) => (entry.isFile() ? [path.join(entry.parentPath, entry.name)] : []));
}

/** One hash over every source and setup file, by path and content. */
function sourceHash() {
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir))),
    ...SETUP_FILES.map((file) => path.join(ROOT, file)).filter((file) => fs.existsSync(file)),
    fileURLToPath(import.meta.url),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function builtFor(sources) {
  if (!OUTPUTS.every((file) => fs.existsSync(path.join(ROOT, file)))) return false;
  try {
    return JSON.parse(fs.readFileSync(STAMP_FILE, 'utf8')).sources === sources;
  } catch {
    return false;
  }
}

async function buildScreens() {
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * Packages bundled into the server rather than left as imports: zod's package entry loads every
 * module of it (its 40 languages of messages, JSON Schema output) where the board's schemas use a
 * few; bundled, only those are kept, and an idle server holds about 3 MiB less heap. zod finds
 * no files of its own at run time, so it runs the same bundled.
 */
const BUNDLED_PACKAGES = /^zod(\/|$)/;

/** Leaves every package as an import (as NODE_BUNDLE's `packages: 'external'`) but those above. */
const bundleOnly = (pattern) => ({
  name: 'bundle-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      pattern.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
});

/**
 * The server as ES modules for Node 20 (NODE_BUNDLE): the project's own code bundled, packages
 * from node_modules left as imports but zod (BUNDLED_PACKAGES). Code splitting keeps what an idle
 * server never loads (the Redis stores, the calendar feed) in chunks of their own, imported only
 * when needed.
 */
async function buildServer() {
  const esbuild = await import('esbuild');
  const { packages: _allExternal, ...serverBundle } = NODE_BUNDLE;
  fs.rmSync(SERVER_OUT, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {
      'node-version': 'server/node-version.ts',
      server: 'server/main.ts',
      cli: 'server/cli.ts',
    },
    outdir: SERVER_OUT,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    ...serverBundle,
    splitting: true,
    plugins: [bundleOnly(BUNDLED_PACKAGES)],
  });
  // A bundle evaluates every package it imports before its own first line; this entry checks the
  // Node version before any package loads, then starts the server.
  fs.writeFileSync(
    path.join(SERVER_OUT, 'main.js'),
    "// Refuses too old a Node in one line, before any package loads; then starts the server.\nimport './node-version.js';\nawait import('./server.js');\n",
  );
}

/** The same floor as package.json `engines` and server/node-version.ts: vite 7 needs it. */
function nodeFits([major, minor] = process.versions.node.split('.').map(Number)) {
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
}

async function main() {
  if (!nodeFits()) {
    console.error(
      `houseboard: this is Node ${process.version}; Houseboard needs Node 20.19 or newer (20.19+, or 22.12+). See .nvmrc and the README.`,
    );
    process.exit(1);
  }
  const ifChanged = process.argv.includes('--if-changed');
  const sources = sourceHash();
  if (ifChanged && builtFor(sources)) {
    if (!process.argv.includes('--quiet'))
      console.error('houseboard: the screens and the server are built for these sources.');
    return;
  }
  if (ifChanged) console.error('houseboard: building the screens and the server, once…');
  const started = Date.now();
  await buildScreens();
  await buildServer();
  fs.writeFileSync(
    STAMP_FILE,
    `${JSON.stringify({ sources, builtAt: new Date().toISOString() })}\n`,
  );
  console.error(`houseboard: built dist/ and dist-server/ in ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error(`houseboard: the build failed: ${error?.message ?? error}`);
  process.exit(1);
});
