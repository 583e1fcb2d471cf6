// Where the time of an edit goes, for the bench only (EDIT_STAGES_FILE): the node that stores an
// edit writes one line with the times it was received, checked, sent to the store, stored and
// relayed; every node that reads it from the shared log writes when it read it and relayed it.
// Lines carry the edit's log position, so the bench joins them across nodes. Times are one clock
// for every process on the machine: the system's monotonic clock (process.hrtime), in ms.
// (performance.timeOrigin is taken once per process from the wall clock, and differs between
// processes by up to a millisecond or so: too much for stages of a millisecond.)
import fs from 'node:fs';

/** Times (ms, one clock) an edit passed through the node that stored it. */
export interface StoredStages {
  position: string;
  received: number;
  validated: number;
  sent: number;
  stored: number;
  relayed: number;
}

let file: string | undefined;
let lines: string[] = [];
let timer: NodeJS.Timeout | undefined;
let warn: (error: unknown) => void = () => undefined;

/** Writes the lines gathered so far; a file that cannot be written ends the recording, not the node. */
export function flushEditStages(): void {
  if (!file || lines.length === 0) return;
  const text = lines.join('');
  lines = [];
  try {
    fs.appendFileSync(file, text);
  } catch (error) {
    stopEditStages();
    warn(error);
  }
}

/**
 * Starts writing stage lines to `path` (appended; written every 200 ms and at exit). `onError`
 * hears once why the file could not be written; the lines stop then.
 */
export function recordEditStages(
  path: string | undefined,
  onError: (error: unknown) => void = () => undefined,
): void {
  if (!path || file) return;
  file = path;
  warn = onError;
  timer = setInterval(flushEditStages, 200);
  timer.unref();
  process.on('exit', flushEditStages);
}

/** Writes what is left and stops. */
export function stopEditStages(): void {
  clearInterval(timer);
  process.off('exit', flushEditStages);
  const last = lines;
  lines = [];
  const to = file;
  file = undefined;
  if (to && last.length > 0) {
    try {
      fs.appendFileSync(to, last.join(''));
    } catch {
      // Already failing: the caller hears it once.
    }
  }
}

/** Whether stage lines are written: the sync code times its stages only then. */
export function editStagesOn(): boolean {
  return file !== undefined;
}

/** The clock stage times are in: the same in every process on the machine. */
export function stageClock(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** From performance.now() in this process to the shared clock. */
export function onStageClock(at: number): number {
  return at + (stageClock() - performance.now());
}

export function stored(s: StoredStages): void {
  if (!file) return;
  const t = [s.received, s.validated, s.sent, s.stored, s.relayed].map((v) => v.toFixed(3));
  lines.push(`stored ${s.position} ${process.pid} ${t.join(' ')}\n`);
}

/** Another node's edit: when this node's read of the log returned it, and when it was relayed. */
export function readRemote(position: string, read: number, relayed: number): void {
  if (!file) return;
  lines.push(`read ${position} ${process.pid} ${read.toFixed(3)} ${relayed.toFixed(3)}\n`);
}

/** This node's own edit, when its read of the log returned it (it was relayed on the write's reply). */
export function readOwn(position: string, read: number): void {
  if (!file) return;
  lines.push(`own ${position} ${process.pid} ${read.toFixed(3)}\n`);
}
