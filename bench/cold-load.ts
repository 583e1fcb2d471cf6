// Cold load: a house whose board has a long un-compacted log (bench/long-log.ts), a fresh server
// on a copy of that data dir each time, and one light client timed from connect to synced.
// Then the same after compaction. The reference keeps nothing, so it cannot cold-load.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LightClient } from './light-client.ts';
import { deviceCookie, makeTempDir, removeTempDir, runScript, startServer } from './servers.ts';

export interface ColdLoadSettings {
  updates: number;
  repeats: number;
}

export interface LoadTimes {
  /** Connect → synced, one fresh server each. */
  cold_ms: number[];
  /** A second client right after, the document already in memory. */
  warm_ms: number[];
  sync_bytes: number;
}

export interface ColdLoadResult {
  updates: number;
  log_bytes: number;
  uncompacted: LoadTimes;
  compacted: LoadTimes;
}

async function timeSync(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const client = new LightClient({ url, cookie, onUpdate: () => undefined });
  try {
    await client.synced;
    return { ms: performance.now() - started, bytes: client.syncBytes };
  } finally {
    client.close();
  }
}

async function loadTimes(
  template: string,
  house: { houseId: string; token: string },
  repeats: number,
): Promise<LoadTimes> {
  const times: LoadTimes = { cold_ms: [], warm_ms: [], sync_bytes: 0 };
  for (let i = 0; i < repeats; i++) {
    const server = await startServer('ours', {
      // Nothing compacts while we time: not after N updates (and no update comes anyway).
      env: { COMPACT_EVERY: '1000000' },
      prepare: async (dir) => {
        for (const file of fs.readdirSync(template)) {
          if (file.startsWith('houseboard.sqlite'))
            fs.copyFileSync(path.join(template, file), path.join(dir, file));
        }
      },
    });
    try {
      const cookie = deviceCookie(house.token);
      // One connection first (to the small settings document), so the first-connection costs
      // of a fresh process (code not yet optimised) do not count as the board's load.
      await timeSync(`${server.wsUrl}/${house.houseId}/settings`, cookie);
      const url = `${server.wsUrl}/${house.houseId}/board`;
      const cold = await timeSync(url, cookie);
      const warm = await timeSync(url, cookie);
      times.cold_ms.push(Math.round(cold.ms * 10) / 10);
      times.warm_ms.push(Math.round(warm.ms * 10) / 10);
      times.sync_bytes = cold.bytes;
    } finally {
      await server.stop();
    }
  }
  return times;
}

export async function runColdLoad(s: ColdLoadSettings): Promise<ColdLoadResult> {
  const template = makeTempDir('houseboard-bench-longlog-');
  try {
    const out = path.join(template, 'house.json');
    await runScript('long-log.ts', ['append', template, String(s.updates), out]);
    const made = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      houseId: string;
      token: string;
      updates: number;
      bytes: number;
    };
    const uncompacted = await loadTimes(template, made, s.repeats);
    await runScript('long-log.ts', ['compact', template]);
    const compacted = await loadTimes(template, made, s.repeats);
    return { updates: made.updates, log_bytes: made.bytes, uncompacted, compacted };
  } finally {
    removeTempDir(template);
  }
}
