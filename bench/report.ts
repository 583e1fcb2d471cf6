// The results as one Markdown table (printed, and written to bench/RESULTS.md after a full run)
// with the machine they were measured on.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { RampStep } from './ramp.ts';

type Num = number | null | undefined;

export interface Row {
  what: string;
  ours: string;
  ref: string;
  ratio: string;
}

export const ms = (n: Num) => (n === null || n === undefined ? '-' : `${n.toFixed(2)} ms`);
export const ratio = (n: Num) => (n === null || n === undefined ? '-' : n.toFixed(2));
export const perS = (n: Num) => (n === null || n === undefined ? '-' : `${n}/s`);

export function table(rows: Row[]): string[] {
  return [
    '| measure | ours | reference | ours / reference |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.what} | ${r.ours} | ${r.ref} | ${r.ratio} |`),
  ];
}

export function rampTable(kind: string, steps: RampStep[]): string[] {
  const f = (n: number | null) => (n === null ? '-' : Number.isFinite(n) ? n.toFixed(1) : '∞');
  return [
    `| ${kind}: rate | sent | server eld p99 | delivery p50 | delivery p99 | missing | server cpu | bench eld p99 | others cpu |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...steps.map(
      (s) =>
        `| ${s.rate}/s${s.attempt > 1 ? ' (again)' : ''} | ${s.sent_per_s}/s | ${f(s.server_eld_p99_ms)} ms | ${f(s.p50_ms)} ms | ` +
        `${f(s.p99_ms)} ms | ${s.missing} | ${s.server_cpu} | ${f(s.bench_eld_p99_ms)} ms | ${s.others_cpu} |`,
    ),
  ];
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trimEnd();
  } catch {
    return '(unavailable)';
  }
}

export function machine(): string[] {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1];
  return [
    `- date: ${new Date().toISOString()}`,
    `- nproc: ${run('nproc', [])}`,
    `- CPU: ${cpu ?? '(unknown)'}`,
    `- node: ${process.version}`,
    `- load average at the end (1/5/15 min): ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')}`,
    '- free -g:',
    '',
    '```',
    run('free', ['-g']),
    '```',
  ];
}

/** Below this line RESULTS.md holds the other benches' sections, which `npm run bench` keeps. */
const OTHER_BENCHES =
  '<!-- Below: sections written by the other benches (npm run bench:kiosk, bench:idle). -->';

function otherBenches(file: string): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = text.indexOf(OTHER_BENCHES);
  return at >= 0 ? text.slice(at) : `${OTHER_BENCHES}\n`;
}

/** Writes `npm run bench`'s sections, keeping the other benches' sections below them. */
export function writeResults(file: string, sections: string[][]): void {
  const ours = sections.map((s) => s.join('\n')).join('\n\n');
  fs.writeFileSync(file, `${ours}\n\n${otherBenches(file)}`);
}

/** Writes one other bench's section (`## heading` and `lines`), in place of its last one. */
export function writeSection(file: string, heading: string, lines: string[]): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = text.indexOf(OTHER_BENCHES);
  const head = at >= 0 ? text.slice(0, at) : text.length > 0 ? `${text.trimEnd()}\n\n` : '';
  const others = otherBenches(file).slice(OTHER_BENCHES.length);
  const blocks = others
    .split(/\n(?=## )/)
    .filter((b) => b.trim() && !b.startsWith(`## ${heading}\n`));
  const section = [`## ${heading}`, '', ...lines].join('\n');
  const body = [...blocks.map((b) => b.trim()), section].join('\n\n');
  fs.writeFileSync(file, `${head}${OTHER_BENCHES}\n\n${body}\n`);
}
