// How busy the rest of the machine was while we measured: CPU used by every process other than
// the bench and the servers under test, in cores. The machine is shared; a run during which
// others took much of the CPU is repeated (see OTHERS_LIMIT).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpuSeconds } from './servers.ts';

/** Above this many cores used by other processes, a measurement counts as disturbed. */
export const OTHERS_LIMIT = 0.5;
/** How many times a disturbed measurement is repeated before it is kept anyway. */
export const NOISY_RETRIES = 2;

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
function machineCpu(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
  return { busy: (total - idle) / 100, total: total / 100 };
}

function ownCpu(pids: number[]): number {
  const { user, system } = process.cpuUsage();
  let seconds = (user + system) / 1e6;
  for (const pid of pids) {
    try {
      seconds += cpuSeconds(pid);
    } catch {
      // the process has ended
    }
  }
  return seconds;
}

/** Starts a measurement; the returned function gives the cores others used since then. */
export function watchOthers(pids: number[]): () => number {
  const machine = machineCpu();
  const own = ownCpu(pids);
  const started = performance.now();
  return () => {
    const wall = (performance.now() - started) / 1000;
    if (wall <= 0) return 0;
    const busy = machineCpu().busy - machine.busy;
    const mine = ownCpu(pids) - own;
    return Math.max(0, Math.round(((busy - mine) / wall) * 100) / 100);
  };
}

/** Seconds a whole bench run may spend repeating disturbed measurements (BENCH_RETRY_BUDGET_S). */
const budget = { left: Number(process.env.BENCH_RETRY_BUDGET_S ?? 150) };

/** Whether there is time left to repeat a disturbed measurement. */
export function retryBudgetLeft(): boolean {
  return budget.left > 0;
}

/** Counts time spent repeating a measurement against the budget. */
export function spendRetry(seconds: number): void {
  budget.left -= seconds;
}

/**
 * Runs a measurement; while other processes used more than OTHERS_LIMIT cores during it (and the
 * budget allows) runs it again, up to `retries` times. Keeps the least disturbed run.
 */
export async function leastDisturbed<T extends { others: number }>(
  label: string,
  run: () => Promise<T>,
  retries = NOISY_RETRIES,
): Promise<T> {
  let best = await run();
  for (let i = 0; i < retries && best.others > OTHERS_LIMIT && retryBudgetLeft(); i++) {
    console.log(`${label}: other processes used ${best.others} cores meanwhile; again`);
    const started = performance.now();
    const next = await run();
    spendRetry((performance.now() - started) / 1000);
    if (next.others < best.others) best = next;
  }
  return best;
}
