// The bench's settings, from the environment. BENCH_QUICK=1 shrinks every default for a quick
// look; any BENCH_* variable still overrides. See bench/README.md for the list.

export const QUICK = process.env.BENCH_QUICK === '1';

function envInt(name: string, full: number, quick: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return QUICK ? quick : full;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number >= ${min}, not "${raw}"`);
  }
  return value;
}

export const CASE_NAMES = [
  'latency',
  'houses',
  'ramp',
  'cold',
  'multinode',
  'presence',
  'records',
  'walls',
] as const;
export type CaseName = (typeof CASE_NAMES)[number];

function caseList(): CaseName[] {
  const raw = process.env.BENCH_CASES;
  if (!raw) return [...CASE_NAMES];
  const names = raw.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!(CASE_NAMES as readonly string[]).includes(name)) {
      throw new Error(`BENCH_CASES: "${name}" is not one of ${CASE_NAMES.join(', ')}`);
    }
  }
  return names as CaseName[];
}

/** Measured edits of one latency case: its own variable, else BENCH_EDITS, else the default. */
const edits = (name: string, full: number, quick: number) =>
  envInt(name, envInt('BENCH_EDITS', full, quick), envInt('BENCH_EDITS', full, quick));

export const settings = {
  quick: QUICK,
  cases: caseList(),
  only: process.env.BENCH_ONLY ?? '',
  // edit → other-client latency on one document
  rounds: envInt('BENCH_ROUNDS', 4, 1),
  /** Only the latency cases with these client counts (BENCH_LATENCY_CLIENTS=50,200); all if unset. */
  latencyClients: (process.env.BENCH_LATENCY_CLIENTS ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(Number),
  warmupEdits: envInt('BENCH_WARMUP', 50, 20, 0),
  // Enough edits that a p99 is not one or two slow edits: each edit's deliveries come together.
  edits2: edits('BENCH_EDITS_2', 1000, 100),
  edits50: edits('BENCH_EDITS_50', 1000, 100),
  edits200: edits('BENCH_EDITS_200', 600, 60),
  intervalMs: envInt('BENCH_INTERVAL_MS', 20, 20),
  syncTimeoutMs: envInt('BENCH_SYNC_TIMEOUT_MS', 30_000, 30_000),
  deliveryTimeoutMs: envInt('BENCH_DELIVERY_TIMEOUT_MS', 10_000, 10_000),
  // many houses on one node
  houses: envInt('BENCH_HOUSES', 1000, 100),
  houseClients: envInt('BENCH_HOUSE_CLIENTS', 5, 5),
  // 1500 edits at 20 ms: 30 s, one full heartbeat period of both servers
  houseEdits: envInt('BENCH_HOUSE_EDITS', 1500, 150),
  // sustained updates per second
  rampRooms: envInt('BENCH_RAMP_ROOMS', 5, 5),
  rampClients: envInt('BENCH_RAMP_CLIENTS', 50, 50),
  rampStart: envInt('BENCH_RAMP_START', 400, 800),
  rampMax: envInt('BENCH_RAMP_MAX', 25_600, 3200),
  rampLimitMs: envInt('BENCH_RAMP_LIMIT_MS', 50, 50),
  // cold load
  coldUpdates: envInt('BENCH_COLD_UPDATES', 10_000, 2000),
  coldRepeats: envInt('BENCH_COLD_REPEATS', 3, 2),
  // multi-node
  nodes: envInt('BENCH_NODES', 3, 3),
  multiClients: envInt('BENCH_MULTI_CLIENTS', 50, 50),
  multiEdits: envInt('BENCH_EDITS_MULTI', 1000, 100),
  // presence only: stock y-websocket clients, no edits
  presenceClients: envInt('BENCH_PRESENCE_CLIENTS', 200, 50),
  presenceSeconds: envInt('BENCH_PRESENCE_SECONDS', 120, 20),
  // many screens connecting at once to a board that holds many day records
  records: envInt('BENCH_RECORDS', 5000, 5000),
  recordsClients: envInt('BENCH_RECORDS_CLIENTS', 200, 200),
  recordsRounds: envInt('BENCH_RECORDS_ROUNDS', 3, 1),
  // ten thousand walls: one light client per house, no edits; short quiet and unload times
  walls: envInt('BENCH_WALLS', 10_000, 1000),
  wallsHibernateMs: envInt('BENCH_WALLS_HIBERNATE_MS', 45_000, 5000),
  wallsUnloadMs: envInt('BENCH_WALLS_UNLOAD_MS', 5000, 2000),
};

export type Settings = typeof settings;
