// `npm run bench:idle`: what a server costs doing nothing. For ours (the built JavaScript, as
// `npm start` runs it: with its node flags) and the reference @y/websocket-server@0.1.1, bundled
// the same way (bench/built-servers.ts, as `npm run bench` starts them), in the same run: time
// from spawn to the first 200 from /healthz, and the resident set size once it has settled
// (IDLE_SETTLE_MS, 3 s) with nothing loaded. Median of IDLE_RUNS (5) runs each, interleaved. Ours
// is also started without the flags, and both through tsx (as development runs them), for
// comparison.
// Writes its own section of bench/RESULTS.md.

import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/free-port.ts';
import { SERVER_ENTRY, startNodeFlags } from '../test/helpers/start-command.ts';
import { builtServers } from './built-servers.ts';
import { writeSection } from './report.ts';
import {
  abortAll,
  cpuSeconds,
  makeTempDir,
  removeTempDir,
  rssMiB,
  spawnTracked,
} from './servers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench', 'RESULTS.md');
const SECTION = '## Idle server: memory and time to /healthz';
const RUNS = Number(process.env.IDLE_RUNS) || 5;
const SETTLE_MS = Number(process.env.IDLE_SETTLE_MS) || 3000;
const START_TIMEOUT_MS = 30_000;
const HOST = '127.0.0.1';

interface Variant {
  label: string;
  args: string[];
  /** A data dir to start in again and again (kept); a fresh one per run otherwise. */
  dataDir?: string;
}

interface Run {
  startMs: number;
  /** CPU the process used until it answered: less swayed than the wall time on a busy machine. */
  startCpuMs: number;
  rssMiB: number;
}

/** Asks /healthz every 5 ms (finer than the tests' 100 ms) so the start time is read closely. */
async function firstHealthy(url: string, exited: () => boolean): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (exited()) throw new Error('the server exited before it answered /healthz');
    try {
      const response = await fetch(`${url}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
  throw new Error(`no 200 from /healthz within ${START_TIMEOUT_MS} ms`);
}

async function once(variant: Variant): Promise<Run> {
  const port = await freePort();
  const dataDir = variant.dataDir ?? makeTempDir('houseboard-idle-');
  const env = { ...process.env, PORT: String(port), HOST, DATA_DIR: dataDir };
  const started = performance.now();
  const server = spawnTracked(process.execPath, variant.args, env);
  try {
    const { child } = server;
    await firstHealthy(`http://${HOST}:${port}`, () => child.exitCode !== null);
    const startMs = performance.now() - started;
    const startCpuMs = cpuSeconds(child.pid!) * 1000;
    await sleep(SETTLE_MS);
    return { startMs, startCpuMs, rssMiB: rssMiB(child.pid!) };
  } catch (error) {
    throw new Error(`${variant.label}: ${(error as Error).message}: ${server.tail()}`);
  } finally {
    await server.stop();
    if (!variant.dataDir) removeTempDir(dataDir);
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function section(variants: Variant[], runs: Map<string, Run[]>, load: { start: string }): string {
  const cell = (xs: number[], unit: string, digits: number) =>
    `${median(xs).toFixed(digits)} ${unit} (${xs.map((x) => x.toFixed(digits)).join(', ')})`;
  const row = (v: Variant) => {
    const r = runs.get(v.label)!;
    return `| ${v.label} | ${cell(
      r.map((x) => x.rssMiB),
      'MiB',
      1,
    )} | ${cell(
      r.map((x) => x.startMs),
      'ms',
      0,
    )} | ${cell(
      r.map((x) => x.startCpuMs),
      'ms',
      0,
    )} |`;
  };
  const ratio = (a: string, b: string, of: (r: Run) => number) =>
    (median(runs.get(a)!.map(of)) / median(runs.get(b)!.map(of))).toFixed(2);
  const [ours, ref, bare] = [variants[0]!.label, variants[1]!.label, variants[3]!.label];
  return [
    SECTION,
    '',
    `\`npm run bench:idle\`, ${new Date().toISOString()}, node ${process.version}, ${RUNS} runs each (interleaved), RSS ${SETTLE_MS / 1000} s after the first 200 from /healthz with nothing loaded (VmRSS), start = spawn → first 200 from /healthz (asked every 5 ms). Each on a fresh temp DATA_DIR (ours makes its first house).`,
    '',
    `Load average (1 min) at the start and end: ${load.start} / ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores: the machine is shared, so the wall times swing; the CPU the process used until it answered swings less.`,
    '',
    '| server | idle RSS, median (runs) | spawn → /healthz 200, median (runs) | CPU used until then, median (runs) |',
    '| --- | --- | --- | --- |',
    ...variants.map(row),
    '',
    `Ours (built, as npm start) / reference (built): idle RSS ${ratio(ours, ref, (r) => r.rssMiB)}, start ${ratio(ours, ref, (r) => r.startMs)}, CPU to start ${ratio(ours, ref, (r) => r.startCpuMs)}. Without the flags: idle RSS ${ratio(bare, ref, (r) => r.rssMiB)} of the reference's.`,
  ].join('\n');
}

async function main(): Promise<void> {
  // Both built alike (bench/built-servers.ts); ours also carries zod inside its bundle.
  const reference = (await builtServers()).ref[0] as string;
  const load = { start: os.loadavg()[0]!.toFixed(2) };
  // A house's server restarts on a data dir that already holds its house: one start makes it.
  const restartDir = makeTempDir('houseboard-idle-restart-');
  const asStarted = [...startNodeFlags(), SERVER_ENTRY];
  await once({ label: 'first start', args: asStarted, dataDir: restartDir });
  const variants: Variant[] = [
    { label: `ours, built, as npm start (node ${asStarted.join(' ')})`, args: asStarted },
    { label: 'reference, built (esbuild, same options)', args: [reference] },
    {
      label: 'ours, built, as npm start, restarted on a data dir with its house',
      args: asStarted,
      dataDir: restartDir,
    },
    { label: `ours, built, without the flags (node ${SERVER_ENTRY})`, args: [SERVER_ENTRY] },
    {
      label: 'ours through tsx (before: server/main.ts)',
      args: ['--import', 'tsx', 'server/main.ts'],
    },
    {
      label: 'reference through tsx (as in development)',
      args: ['--import', 'tsx', 'bench/reference-server.ts'],
    },
  ];
  const runs = new Map<string, Run[]>(variants.map((v) => [v.label, []]));
  for (let round = 0; round < RUNS; round++) {
    // Alternate the order, so no variant always runs right after the same one.
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const run = await once(variant);
      runs.get(variant.label)!.push(run);
      console.log(
        `${variant.label}: ${run.rssMiB.toFixed(1)} MiB, /healthz after ${Math.round(run.startMs)} ms`,
      );
    }
  }
  const text = section(variants, runs, load);
  console.log(`\n${text}`);
  if (!process.env.IDLE_NO_WRITE)
    writeSection(RESULTS_FILE, SECTION.replace(/^## /, ''), text.split('\n').slice(2));
}

main().catch((error) => {
  abortAll();
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
