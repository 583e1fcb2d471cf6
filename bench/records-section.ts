// The records case in the bench's summary and table: ours and the reference, and their ratios.
import { round3 } from './percentiles.ts';
import { type RecordsFigures, runRecords } from './records.ts';
import { ms, type Row, ratio } from './report.ts';
import type { ServerKind } from './servers.ts';
import type { Settings } from './settings.ts';

const div = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? round3(a / b) : null;

export async function recordsSection(kinds: ServerKind[], settings: Settings) {
  const { ours, ref } = await runRecords(kinds, {
    records: settings.records,
    clients: settings.recordsClients,
    rounds: settings.recordsRounds,
    syncTimeoutMs: Math.max(settings.syncTimeoutMs, 60_000),
  });
  return {
    records: settings.records,
    clients: settings.recordsClients,
    rounds: settings.recordsRounds,
    ours: ours ?? null,
    ref: ref ?? null,
    ratio_p50: div(ours?.p50_ms, ref?.p50_ms),
    ratio_p99: div(ours?.p99_ms, ref?.p99_ms),
    ratio_total: div(ours?.total_ms, ref?.total_ms),
    ratio_cpu: div(ours?.server_cpu_s, ref?.server_cpu_s),
  };
}

export type RecordsSummary = Awaited<ReturnType<typeof recordsSection>>;

export function recordsRows(d: RecordsSummary): Row[] {
  const row = (what: string, pick: (x: RecordsFigures) => string, r: number | null): Row => ({
    what,
    ours: d.ours ? pick(d.ours) : '-',
    ref: d.ref ? pick(d.ref) : '-',
    ratio: ratio(r),
  });
  const what = `${d.clients} light clients connect at once to a board with ${d.records} day records`;
  return [
    row(`${what}: connect → synced, p50`, (x) => ms(x.p50_ms), d.ratio_p50),
    row('… p99', (x) => ms(x.p99_ms), d.ratio_p99),
    row('… all synced (median of rounds)', (x) => ms(x.total_ms), d.ratio_total),
    row('… server CPU (median of rounds)', (x) => `${x.server_cpu_s} s`, d.ratio_cpu),
    row('… cores other processes used, each round', (x) => x.others_cpu.join(', '), null),
  ];
}
