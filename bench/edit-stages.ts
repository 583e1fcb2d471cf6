// Where an edit's time goes across nodes: each node writes a line per edit it stored and per
// edit it read from another node (server/edit-stages.ts, EDIT_STAGES_FILE); the lines are joined
// here by log position. And the Redis commands per edit, from INFO commandstats before and after.
import fs from 'node:fs';
import { createClient } from 'redis';
import { round3, summarize } from './percentiles.ts';

/** The stages, in the order an edit passes them; p50 / p99 in ms. */
export const STAGE_NAMES = [
  'received → checked (node A)',
  'checked → sent to Redis (node A)',
  'XADD sent → acknowledged (node A)',
  'acknowledged → relayed (node A)',
  "XADD sent → node B's XREAD returns",
  "XADD sent → node A's own XREAD returns",
  'XREAD returned → relayed (node B)',
  'received on A → relayed on B',
] as const;

export type StageFigures = Record<string, { p50_ms: number; p99_ms: number; count: number }>;

interface Stored {
  received: number;
  validated: number;
  sent: number;
  stored: number;
  relayed: number;
}

/** Reads every node's lines, empties the files for the next run, and joins them. */
export function takeStages(files: readonly string[]): StageFigures {
  const stored = new Map<string, Stored>();
  const reads: Array<{ position: string; read: number; relayed: number }> = [];
  const own = new Map<string, number>();
  for (const file of files) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (fs.existsSync(file)) fs.truncateSync(file);
    for (const line of text.split('\n')) {
      const [kind, position, , ...times] = line.split(' ');
      const t = times.map(Number);
      if (kind === 'stored' && position && t.length === 5) {
        const [received, validated, sent, storedAt, relayed] = t as [
          number,
          number,
          number,
          number,
          number,
        ];
        stored.set(position, { received, validated, sent, stored: storedAt, relayed });
      } else if (kind === 'read' && position && t.length === 2) {
        reads.push({ position, read: t[0]!, relayed: t[1]! });
      } else if (kind === 'own' && position && t.length === 1) {
        own.set(position, t[0]!);
      }
    }
  }
  const samples: number[][] = STAGE_NAMES.map(() => []);
  for (const s of stored.values()) {
    samples[0]!.push(s.validated - s.received);
    samples[1]!.push(s.sent - s.validated);
    samples[2]!.push(s.stored - s.sent);
    samples[3]!.push(s.relayed - s.stored);
  }
  for (const r of reads) {
    const s = stored.get(r.position);
    if (!s) continue;
    samples[4]!.push(r.read - s.sent);
    samples[6]!.push(r.relayed - r.read);
    samples[7]!.push(r.relayed - s.received);
  }
  for (const [position, read] of own) {
    const s = stored.get(position);
    if (s) samples[5]!.push(read - s.sent);
  }
  const figures: StageFigures = {};
  STAGE_NAMES.forEach((name, i) => {
    const sum = summarize(samples[i]!);
    figures[name] = { p50_ms: round3(sum.p50), p99_ms: round3(sum.p99), count: sum.count };
  });
  return figures;
}

/** Calls of each Redis command so far (INFO commandstats), by command name. */
export async function commandCalls(url: string): Promise<Map<string, number>> {
  const client = createClient({ url });
  await client.connect();
  try {
    const text = String(await client.info('commandstats'));
    const calls = new Map<string, number>();
    for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
      calls.set(match[1]!, Number(match[2]));
    }
    return calls;
  } finally {
    client.destroy();
  }
}

/** Commands per edit between two readings, the most frequent first ("xadd 1, xread 3"). */
export function commandsPerEdit(
  before: Map<string, number>,
  after: Map<string, number>,
  edits: number,
): Record<string, number> {
  const per: Array<[string, number]> = [];
  for (const [name, calls] of after) {
    // The readings themselves (INFO, and the client's HELLO/CLIENT on connecting) are left out.
    if (name === 'info' || name === 'hello' || name.startsWith('client|set')) continue;
    const n = calls - (before.get(name) ?? 0);
    if (n > 0) per.push([name, Math.round((n / edits) * 100) / 100]);
  }
  return Object.fromEntries(per.sort((a, b) => b[1] - a[1]));
}
