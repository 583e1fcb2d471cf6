// `npm run bench`: edit → other-client latency on our server and on the reference
// @y/websocket-server@0.1.1, same workload, interleaved in one run. See bench/README.md.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type LatencySummary, summarize } from './percentiles.ts';
import { abortAll, OURS_ENTRY, type ServerKind, startServer } from './servers.ts';
import { runWorkload, type WorkloadSettings } from './workload.ts';

function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number >= ${min}, not "${raw}"`);
  }
  return value;
}

const ONLY = process.env.BENCH_ONLY ?? '';
const settings = {
  rounds: envInt('BENCH_ROUNDS', 2),
  warmupEdits: envInt('BENCH_WARMUP', 50, 0),
  edits2: envInt('BENCH_EDITS_2', envInt('BENCH_EDITS', 400)),
  edits50: envInt('BENCH_EDITS_50', envInt('BENCH_EDITS', 200)),
  intervalMs: envInt('BENCH_INTERVAL_MS', 20),
  syncTimeoutMs: envInt('BENCH_SYNC_TIMEOUT_MS', 30_000),
  deliveryTimeoutMs: envInt('BENCH_DELIVERY_TIMEOUT_MS', 10_000),
};
const kinds: ServerKind[] = ONLY === 'ref' ? ['ref'] : ONLY === 'ours' ? ['ours'] : ['ours', 'ref'];
const cases = [
  { clients: 2, edits: settings.edits2 },
  { clients: 50, edits: settings.edits50 },
];

interface CaseFigures {
  latencies: number[];
  p99ByRound: number[];
  connectMs: number[];
}

const key = (kind: ServerKind, clients: number) => `${kind}:${clients}`;
const results = new Map<string, CaseFigures>();
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

async function runCase(kind: ServerKind, clients: number, edits: number, round: number) {
  const server = await startServer(kind);
  try {
    const workload: WorkloadSettings = {
      clients,
      edits: Math.ceil(edits / settings.rounds),
      warmupEdits: settings.warmupEdits,
      intervalMs: settings.intervalMs,
      syncTimeoutMs: settings.syncTimeoutMs,
      deliveryTimeoutMs: settings.deliveryTimeoutMs,
    };
    const { latencies, connectMs } = await runWorkload(server, workload);
    const s = summarize(latencies);
    const figures = results.get(key(kind, clients)) ?? {
      latencies: [],
      p99ByRound: [],
      connectMs: [],
    };
    figures.latencies.push(...latencies);
    figures.p99ByRound.push(round3(s.p99));
    figures.connectMs.push(Math.round(connectMs));
    results.set(key(kind, clients), figures);
    console.log(
      `round ${round + 1}  ${kind.padEnd(4)} ${String(clients).padStart(2)} clients: ` +
        `${s.count} deliveries, p50 ${fmt(s.p50)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms, ` +
        `connect ${Math.round(connectMs)} ms`,
    );
  } finally {
    await server.stop();
  }
}

function figuresFor(clients: number) {
  const get = (kind: ServerKind): LatencySummary | null => {
    const f = results.get(key(kind, clients));
    return f ? summarize(f.latencies) : null;
  };
  const ours = get('ours');
  const ref = get('ref');
  const ratio = (a?: number, b?: number) =>
    a !== undefined && b !== undefined && b > 0 ? round3(a / b) : null;
  return {
    clients,
    p50_ms: ours ? round3(ours.p50) : null,
    p99_ms: ours ? round3(ours.p99) : null,
    max_ms: ours ? round3(ours.max) : null,
    deliveries: ours?.count ?? 0,
    ref_p50_ms: ref ? round3(ref.p50) : null,
    ref_p99_ms: ref ? round3(ref.p99) : null,
    ref_max_ms: ref ? round3(ref.max) : null,
    ref_deliveries: ref?.count ?? 0,
    ratio_p50: ratio(ours?.p50, ref?.p50),
    ratio_p99: ratio(ours?.p99, ref?.p99),
    p99_by_round: results.get(key('ours', clients))?.p99ByRound ?? [],
    ref_p99_by_round: results.get(key('ref', clients))?.p99ByRound ?? [],
    connect_ms: results.get(key('ours', clients))?.connectMs ?? [],
    ref_connect_ms: results.get(key('ref', clients))?.connectMs ?? [],
  };
}

function printTable(): void {
  console.log('');
  console.log('clients  server      deliveries    p50 ms    p99 ms    max ms');
  for (const { clients } of cases) {
    const f = figuresFor(clients);
    const row = (
      name: string,
      n: number,
      p50: number | null,
      p99: number | null,
      max: number | null,
    ) =>
      console.log(
        `${String(clients).padStart(7)}  ${name.padEnd(10)}${String(n).padStart(12)}` +
          `${fmt(p50 ?? Number.NaN).padStart(10)}${fmt(p99 ?? Number.NaN).padStart(10)}${fmt(max ?? Number.NaN).padStart(10)}`,
      );
    if (kinds.includes('ours')) row('ours', f.deliveries, f.p50_ms, f.p99_ms, f.max_ms);
    if (kinds.includes('ref'))
      row('reference', f.ref_deliveries, f.ref_p50_ms, f.ref_p99_ms, f.ref_max_ms);
    if (f.ratio_p99 !== null) {
      console.log(`${' '.repeat(9)}ours/ref ratio: p50 ${f.ratio_p50}  p99 ${f.ratio_p99}`);
    }
  }
  console.log('');
}

async function main(): Promise<void> {
  const started = performance.now();
  if (kinds.includes('ours') && !fs.existsSync(OURS_ENTRY)) {
    throw new Error(
      `${OURS_ENTRY} does not exist yet (set BENCH_ONLY=ref to run the reference alone)`,
    );
  }
  console.log(
    `Houseboard bench: ${settings.rounds} round(s), warm-up ${settings.warmupEdits} edits, ` +
      `${settings.edits2} edits (2 clients) / ${settings.edits50} edits (50 clients) in total, ` +
      `one edit every ${settings.intervalMs} ms`,
  );
  for (let round = 0; round < settings.rounds; round++) {
    // Alternate who goes first, so neither server always runs on a "warmer" machine.
    const order = round % 2 === 0 ? kinds : [...kinds].reverse();
    for (const { clients, edits } of cases) {
      for (const kind of order) {
        await runCase(kind, clients, edits, round);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  printTable();
  const many = figuresFor(50);
  const { clients: _c, ...two } = figuresFor(2);
  console.log(
    JSON.stringify({
      ...many,
      clients2: two,
      settings: {
        ...settings,
        only: ONLY || null,
        sqlite_sync: process.env.SQLITE_SYNC || 'server default',
        node: process.version,
      },
      duration_s: Math.round((performance.now() - started) / 100) / 10,
    }),
  );
}

function fail(error: unknown): never {
  abortAll();
  const message = error instanceof Error ? error.message : String(error);
  console.error(`bench failed: ${message.replace(/\s+/g, ' ')}`);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    abortAll();
    console.error(`bench failed: interrupted by ${signal}`);
    process.exit(130);
  });
}

main().then(
  () => {
    abortAll();
    process.exit(0);
  },
  (error) => fail(error),
);
