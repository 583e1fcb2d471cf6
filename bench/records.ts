// The records case: a house whose board already holds thousands of day records (bench/day-records.ts),
// then many light clients connect to it at once, as every screen of a house does when the server
// comes back. Each client is timed from its connect to the server's syncStep2; the total is the
// time until the last one synced. The reference's room is sent the same board first.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordsHouse } from './day-records.ts';
import { LightClient } from './light-client.ts';
import { watchOthers } from './machine-load.ts';
import { percentile, round3 } from './percentiles.ts';
import {
  cpuSeconds,
  deviceCookie,
  makeTempDir,
  type RunningServer,
  removeTempDir,
  runScript,
  type ServerKind,
  startServer,
} from './servers.ts';

export interface RecordsSettings {
  records: number;
  clients: number;
  rounds: number;
  syncTimeoutMs: number;
}

export interface RecordsRun {
  /** Connect → synced of each client, ms. */
  clientMs: number[];
  /** Until the last client synced, ms. */
  totalMs: number;
  /** Server CPU seconds while the clients connected. */
  serverCpuS: number;
  /** Cores other processes used meanwhile. */
  others: number;
}

export interface RecordsFigures {
  p50_ms: number;
  p99_ms: number;
  /** Median over the rounds. */
  total_ms: number;
  total_runs_ms: number[];
  server_cpu_s: number;
  others_cpu: number[];
  sync_bytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Connects `count` clients to `url` at once; resolves with each one's connect → synced time. */
async function connectAll(
  url: string,
  cookies: string[] | undefined,
  count: number,
  timeoutMs: number,
): Promise<{ clientMs: number[]; bytes: number; close: () => void }> {
  const clients: LightClient[] = [];
  const times = Array.from({ length: count }, (_, i) => {
    const started = performance.now();
    const client = new LightClient({ url, cookie: cookies?.[i], onUpdate: () => undefined });
    clients.push(client);
    return client.synced.then(() => performance.now() - started);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not synced within ${timeoutMs} ms`)), timeoutMs);
  });
  const close = () => {
    for (const client of clients) client.close();
  };
  try {
    const clientMs = await Promise.race([Promise.all(times), timeout]);
    return { clientMs, bytes: clients[0]?.syncBytes ?? 0, close };
  } catch (error) {
    close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Sends the reference's empty room the board, and waits until a new client is sent all of it. */
async function seedReference(url: string, board: Uint8Array): Promise<void> {
  const seeder = new LightClient({ url, onUpdate: () => undefined });
  try {
    await seeder.synced;
    seeder.sendUpdate(board);
    for (let tries = 0; tries < 100; tries++) {
      const probe = await connectAll(url, undefined, 1, 10_000);
      probe.close();
      if (probe.bytes >= board.length * 0.9) return;
      await sleep(50);
    }
    throw new Error('the reference never held the board');
  } finally {
    seeder.close();
  }
}

async function oneRun(
  kind: ServerKind,
  template: string,
  house: RecordsHouse,
  s: RecordsSettings,
): Promise<RecordsRun & { bytes: number }> {
  let server: RunningServer;
  let url: string;
  let cookies: string[] | undefined;
  if (kind === 'ours') {
    server = await startServer('ours', {
      prepare: async (dir) => {
        for (const file of fs.readdirSync(template)) {
          if (file.startsWith('houseboard.sqlite'))
            fs.copyFileSync(path.join(template, file), path.join(dir, file));
        }
      },
    });
    url = `${server.wsUrl}/${house.houseId}/board`;
    cookies = house.tokens.map(deviceCookie);
  } else {
    server = await startServer('ref');
    url = `${server.wsUrl}/bench-house/board`;
  }
  try {
    if (kind === 'ref') await seedReference(url, Buffer.from(house.board, 'base64'));
    const others = watchOthers([server.pid]);
    const cpu = cpuSeconds(server.pid);
    const started = performance.now();
    const { clientMs, bytes, close } = await connectAll(url, cookies, s.clients, s.syncTimeoutMs);
    const totalMs = performance.now() - started;
    const run = {
      clientMs,
      totalMs,
      serverCpuS: cpuSeconds(server.pid) - cpu,
      others: others(),
      bytes,
    };
    close();
    return run;
  } finally {
    await server.stop();
  }
}

function figures(runs: Array<RecordsRun & { bytes: number }>): RecordsFigures {
  const all = runs.flatMap((r) => r.clientMs).sort((a, b) => a - b);
  return {
    p50_ms: round3(percentile(all, 50)),
    p99_ms: round3(percentile(all, 99)),
    total_ms: round3(median(runs.map((r) => r.totalMs))),
    total_runs_ms: runs.map((r) => Math.round(r.totalMs)),
    server_cpu_s: round3(median(runs.map((r) => r.serverCpuS))),
    others_cpu: runs.map((r) => r.others),
    sync_bytes: runs[0]?.bytes ?? 0,
  };
}

/** Runs both servers (or `kinds`) `rounds` times, interleaved; the figures of each. */
export async function runRecords(
  kinds: ServerKind[],
  s: RecordsSettings,
): Promise<Partial<Record<ServerKind, RecordsFigures>>> {
  const template = makeTempDir('houseboard-bench-records-');
  try {
    const out = path.join(template, 'house.json');
    await runScript('day-records.ts', [template, String(s.records), String(s.clients), out]);
    const house = JSON.parse(fs.readFileSync(out, 'utf8')) as RecordsHouse;
    const runs: Record<ServerKind, Array<RecordsRun & { bytes: number }>> = { ours: [], ref: [] };
    for (let round = 0; round < s.rounds; round++) {
      const order = round % 2 === 0 ? kinds : [...kinds].reverse();
      for (const kind of order) {
        const run = await oneRun(kind, template, house, s);
        runs[kind].push(run);
        const sorted = [...run.clientMs].sort((a, b) => a - b);
        console.log(
          `records ${kind.padEnd(4)} round ${round + 1}: ${s.clients} clients, ` +
            `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
            `total ${Math.round(run.totalMs)} ms, server CPU ${run.serverCpuS.toFixed(2)} s, ` +
            `${run.bytes} bytes each, others ${run.others} cores`,
        );
      }
    }
    const out2: Partial<Record<ServerKind, RecordsFigures>> = {};
    for (const kind of kinds) if (runs[kind].length > 0) out2[kind] = figures(runs[kind]);
    return out2;
  } finally {
    removeTempDir(template);
  }
}
