#!/usr/bin/env node
// The size budget: what each page loads before its first screen — its entry chunk and every
// chunk it imports statically, as Vite's dist/.vite/manifest.json lists them — gzipped and
// summed. Exits non-zero when a page is over its budget. Chunks loaded by import() come later
// and are listed apart, not counted.
//
//   node .ci/bundle-budget.mjs [--dist dist] [--budget phone=70,kiosk=60] [--top report.json]
//
// --top also prints the ten heaviest modules from the bundle report (`npm run build:report`).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

/** Kilobytes (1000 bytes) of gzipped JavaScript each page may load before its first screen. */
const BUDGETS_KB = { phone: 70, kiosk: 60 };
/** Each page's HTML entry in the manifest. */
const PAGES = { phone: 'client/index.html', kiosk: 'kiosk/index.html' };

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    budget: { type: 'string' },
    top: { type: 'string' },
  },
});

const budgets = { ...BUDGETS_KB };
for (const pair of values.budget ? values.budget.split(',') : []) {
  const [page, kb] = pair.split('=');
  if (!Object.hasOwn(PAGES, page) || !/^\d+(\.\d+)?$/.test(kb ?? '')) {
    console.error(`bundle-budget: "${pair}" is not page=kilobytes (pages: phone, kiosk)`);
    process.exit(2);
  }
  budgets[page] = Number(kb);
}

const manifestFile = path.join(values.dist, '.vite', 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`bundle-budget: ${manifestFile} is missing; build first (npx vite build)`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

const gzipped = (file) =>
  zlib.gzipSync(fs.readFileSync(path.join(values.dist, file)), { level: 9 }).length;

/** The entry's chunk and what it imports statically, in load order, each once. */
function firstScreenFiles(key) {
  const files = [];
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = manifest[name];
    if (!chunk) throw new Error(`the manifest has no "${name}"`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const css of chunk.css ?? []) files.push(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return files;
}

/** Chunks a page may load later with import(), whatever it loaded first left out. */
function laterFiles(key, first) {
  const later = new Set();
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = manifest[name];
    if (!chunk) return;
    if (!first.includes(chunk.file)) later.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(key);
  return [...later];
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
let over = false;
for (const [page, key] of Object.entries(PAGES)) {
  const first = firstScreenFiles(key);
  const sizes = first.map((file) => [file, gzipped(file)]);
  // The page's own inline scripts run before any of its files: they count too.
  const inline = [
    ...fs
      .readFileSync(path.join(values.dist, key), 'utf8')
      .matchAll(/<script>([\s\S]*?)<\/script>/g),
  ].map(([, script]) => script);
  if (inline.length > 0) {
    const bytes = zlib.gzipSync(inline.join('\n'), { level: 9 }).length;
    sizes.push([`${inline.length} inline script(s) in ${key}`, bytes]);
  }
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  const later = laterFiles(key, first);
  const laterTotal = later.reduce((sum, file) => sum + gzipped(file), 0);
  const fits = total <= budgets[page] * 1000;
  if (!fits) over = true;
  console.log(`\n${page} page — before its first screen (KB gzipped):`);
  for (const [file, bytes] of sizes) console.log(`  ${kb(bytes)}  ${file}`);
  console.log(
    `  ${kb(total)}  total, budget ${budgets[page]} KB: ${fits ? 'fits' : 'OVER BUDGET'}`,
  );
  console.log(`  ${kb(laterTotal)}  later, on demand, in ${later.length} chunks (not counted)`);
}

if (values.top) printTopModules(values.top);

if (over) {
  console.error(
    '\nbundle-budget: a page loads more JavaScript before its first screen than allowed',
  );
  process.exit(1);
}

/** The ten heaviest modules, gzipped, from rollup-plugin-visualizer's raw-data report. */
function printTopModules(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byModule = new Map();
  for (const meta of Object.values(report.nodeMetas)) {
    let bytes = 0;
    for (const uid of Object.values(meta.moduleParts)) bytes += report.nodeParts[uid].gzipLength;
    const id = meta.id.replace(/^.*node_modules\//, '').replace(/^\/+/, '');
    byModule.set(id, (byModule.get(id) ?? 0) + bytes);
  }
  const top = [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log('\nThe ten heaviest modules (KB gzipped, each module alone):');
  for (const [id, bytes] of top) console.log(`  ${kb(bytes)}  ${id}`);
}
