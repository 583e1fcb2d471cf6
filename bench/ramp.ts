// Sustained updates per second on one node: light clients on a few documents send edits at a
// rate that grows by √2 every step (doubling every two), until the server's event-loop delay p99
// passes the limit.
//
// Both servers report the p99 delay on /healthz (server/loop-delay.ts: a fixed 10 s window, reset
// on a timer started at boot). Each step is laid over one such window — started just after a
// reset, read just before the next — so each reading holds one step's load only. The edit →
// other-client p99 of each step is measured too, so the two measures can be compared.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { LightFleet } from './light-fleet.ts';
import {
  NOISY_RETRIES,
  OTHERS_LIMIT,
  retryBudgetLeft,
  spendRetry,
  watchOthers,
} from './machine-load.ts';
import { percentile } from './percentiles.ts';
import { cpuSeconds, type RunningServer, type ServerKind, startWithRooms } from './servers.ts';

export interface RampSettings {
  rooms: number;
  clientsPerRoom: number;
  startRate: number;
  maxRate: number;
  /** The server's event-loop delay window (server/loop-delay.ts). */
  windowMs: number;
  limitMs: number;
  syncTimeoutMs: number;
}

export interface RampStep {
  rate: number;
  /** 2: the step failed once and was tried again. */
  attempt: number;
  sent_per_s: number;
  deliveries: number;
  missing: number;
  p50_ms: number;
  p99_ms: number;
  server_eld_p99_ms: number | null;
  bench_eld_p99_ms: number;
  /** Server CPU over the sending phase, in cores (1 = one core busy all the time). */
  server_cpu: number;
  /** CPU other processes (not the bench, not the server) used meanwhile, in cores. */
  others_cpu: number;
}

export interface RampResult {
  /** Highest step rate whose server event-loop delay p99 stayed under the limit. */
  sustained_eld: number | null;
  /** Highest step rate whose edit → other-client p99 stayed under the limit, none missing. */
  sustained_delivery: number | null;
  measure: string;
  steps: RampStep[];
}

const SEND_END_BEFORE_WINDOW_MS = 1000;
const DRAIN_MS = 3000;
/** How far before its first answer the server's window timer may have started. */
const BOOT_TO_HEALTHY_MS = 150;

async function serverEld(server: RunningServer): Promise<number | null> {
  const asked = performance.now();
  try {
    const res = await fetch(`${server.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json()) as { eventLoopDelayP99Ms?: number };
    // An answer that took long may come from the next window: it cannot pass.
    const took = performance.now() - asked;
    if (typeof body.eventLoopDelayP99Ms !== 'number') return null;
    return took > SEND_END_BEFORE_WINDOW_MS - 100
      ? Math.max(took, body.eventLoopDelayP99Ms)
      : body.eventLoopDelayP99Ms;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Sends `rate` edits per second from the clients in turn until `until`; returns how many. */
async function send(
  fleet: LightFleet,
  rate: number,
  until: number,
  counter: { next: number },
  into: number[],
  clientsPerRoom: number,
): Promise<number> {
  const start = performance.now();
  let sent = 0;
  const total = fleet.rooms * clientsPerRoom;
  while (performance.now() < until) {
    const due = Math.floor(((performance.now() - start) / 1000) * rate);
    for (; sent < due; sent++) {
      const c = counter.next++ % total;
      // Each client ticks its own 20 chores again and again: the board stays house-sized.
      const round = Math.floor(counter.next / total);
      fleet.edit(c % fleet.rooms, Math.floor(c / fleet.rooms), `r${c}k${round % 20}`, into);
    }
    await sleep(1);
  }
  return sent;
}

export async function runRamp(kind: ServerKind, s: RampSettings): Promise<RampResult> {
  // 50 synthetic clients send far more than a real screen: lift the per-screen flood limit.
  // One device per client, as real phones have (a device may hold only a few sockets).
  const { server, rooms } = await startWithRooms(
    kind,
    s.rooms,
    { RATE_LIMIT: '100000', RATE_BURST: '1000000' },
    s.clientsPerRoom,
  );
  const benchDelay = monitorEventLoopDelay({ resolution: 10 });
  benchDelay.enable();
  let fleet: LightFleet | undefined;
  const steps: RampStep[] = [];
  let measure = 'server event-loop delay p99 (/healthz eventLoopDelayP99Ms)';
  try {
    fleet = await LightFleet.connect(rooms, {
      label: `${kind} ramp`,
      clientsPerRoom: s.clientsPerRoom,
      concurrency: 50,
      syncTimeoutMs: s.syncTimeoutMs,
      seedRooms: kind === 'ref',
    });
    const boot = server.healthyAt - BOOT_TO_HEALTHY_MS;
    const counter = { next: 0 };
    const nextWindow = (after: number) =>
      boot + Math.ceil((after - boot) / s.windowMs) * s.windowMs;
    // Warm-up at the first rate until a window starts.
    let windowStart = nextWindow(performance.now() + 1500);
    await send(fleet, s.startRate, windowStart, counter, [], s.clientsPerRoom);
    await fleet.drain(DRAIN_MS);
    fleet.abandon();
    let stepIndex = 0;
    let rate = s.startRate;
    let attempt = 1;
    while (rate <= s.maxRate) {
      const latencies: number[] = [];
      const sendEnd = windowStart + s.windowMs - SEND_END_BEFORE_WINDOW_MS;
      await sleep(Math.max(0, windowStart + 100 - performance.now()));
      benchDelay.reset();
      const cpuBefore = cpuSeconds(server.pid);
      const othersCpu = watchOthers([server.pid]);
      const sendStart = performance.now();
      const sent = await send(fleet, rate, sendEnd, counter, latencies, s.clientsPerRoom);
      const sendMs = performance.now() - sendStart;
      const cpu = (cpuSeconds(server.pid) - cpuBefore) / (sendMs / 1000);
      const others = othersCpu();
      const benchEld = benchDelay.percentile(99) / 1e6;
      const eld = await serverEld(server);
      if (eld === null) measure = 'edit → other-client p99 (/healthz has no event-loop figure)';
      const drained = await fleet.drain(DRAIN_MS);
      const missing = drained ? 0 : fleet.missing();
      fleet.abandon();
      const sorted = latencies.sort((a, b) => a - b);
      const expected = sorted.length + missing;
      // Deliveries that never came count as slower than any that did.
      const p = (q: number) =>
        Math.ceil((q / 100) * expected) > sorted.length
          ? Number.POSITIVE_INFINITY
          : percentile(sorted, (q * expected) / sorted.length);
      const step: RampStep = {
        rate,
        attempt,
        sent_per_s: Math.round(sent / (sendMs / 1000)),
        deliveries: sorted.length,
        missing,
        p50_ms: round2(p(50)),
        p99_ms: round2(p(99)),
        server_eld_p99_ms: eld === null ? null : round2(eld),
        bench_eld_p99_ms: round2(benchEld),
        server_cpu: round2(cpu),
        others_cpu: others,
      };
      steps.push(step);
      console.log(
        `  ramp ${kind.padEnd(4)} ${String(rate).padStart(6)}/s${attempt > 1 ? ' again' : ''}: sent ${step.sent_per_s}/s, ` +
          `server eld p99 ${fmt(step.server_eld_p99_ms)} ms, delivery p50 ${fmt(step.p50_ms)} ` +
          `p99 ${fmt(step.p99_ms)} ms${missing ? ` (${missing} missing)` : ''}, ` +
          `server cpu ${step.server_cpu}, bench eld p99 ${fmt(step.bench_eld_p99_ms)} ms, ` +
          `others ${others} cores`,
      );
      const eldFailed = eld === null || eld >= s.limitMs;
      const deliveryFailed = !(step.p99_ms < s.limitMs);
      windowStart = nextWindow(performance.now());
      // The machine is shared: a step that failed is tried once more before it counts, and
      // again while other processes took much of the CPU during the try that failed.
      const disturbed = others > OTHERS_LIMIT && missing === 0 && retryBudgetLeft();
      const again = attempt === 1 || (disturbed && attempt <= NOISY_RETRIES);
      if ((eldFailed || deliveryFailed) && again) {
        if (attempt > 1) spendRetry(s.windowMs / 1000);
        attempt += 1;
        continue;
      }
      if ((eldFailed && deliveryFailed) || missing > 0) break;
      stepIndex += 1;
      rate = Math.round(s.startRate * Math.SQRT2 ** stepIndex);
      attempt = 1;
    }
    fleet.checkConnected();
  } finally {
    benchDelay.disable();
    fleet?.close();
    await server.stop();
  }
  // The highest rate that passed (in either try) with every lower rate passed too.
  const passing = (ok: (step: RampStep) => boolean) => {
    let best: number | null = null;
    for (const rate of new Set(steps.map((st) => st.rate))) {
      if (!steps.some((st) => st.rate === rate && ok(st))) break;
      best = rate;
    }
    return best;
  };
  return {
    sustained_eld: passing(
      (st) => st.server_eld_p99_ms !== null && st.server_eld_p99_ms < s.limitMs,
    ),
    sustained_delivery: passing((st) => st.p99_ms < s.limitMs && st.missing === 0),
    measure,
    steps,
  };
}

function round2(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : n;
}

function fmt(n: number | null): string {
  return n === null ? '-' : Number.isFinite(n) ? n.toFixed(1) : '∞';
}
