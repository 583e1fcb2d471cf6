// Whether the SQLite store can write now. A full disk (or one that refuses writes) is a state,
// not a crash: writes are refused with the reason, /healthz and the logs say it, reads go on, and
// a probe write every few seconds notices by itself when space has come back.
import fs from 'node:fs';
import type { Logger } from '../../log.ts';

const PROBE_EVERY_MS = 1000;
/**
 * Room the disk must have again before writes resume: a probe of one page can fit in space the
 * WAL already holds, or in a few freed bytes, long before a house's next edits would.
 */
const ROOM_TO_RESUME_BYTES = 1024 * 1024;

/** Free bytes on the disk holding `dir` (root may use the blocks kept back for it). */
export function freeBytes(dir: string): number {
  const stats = fs.statfsSync(dir);
  const blocks = process.getuid?.() === 0 ? stats.bfree : stats.bavail;
  return blocks * stats.bsize;
}

/** The store refuses writes now; `healthReason` is what /healthz says. */
export class StoreWriteError extends Error {
  readonly healthReason: string;
  constructor(reason: string) {
    super(reason);
    this.name = 'StoreWriteError';
    this.healthReason = reason;
  }
}

const DISK_FULL = 'the disk is full: changes cannot be saved until space is freed';

/** Why a failed SQLite write means the disk cannot take writes now; undefined for other errors. */
export function diskProblem(error: unknown): string | undefined {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_FULL') return DISK_FULL;
  if (code.startsWith('SQLITE_IOERR'))
    return `the disk refuses writes (${code}): changes cannot be saved until it is fixed`;
  return undefined;
}

export class WriteHealth {
  /** Why writes fail now; undefined while they succeed. */
  problem?: string;
  private probeTimer?: NodeJS.Timeout;

  constructor(
    /** The folder of the data file, whose disk is watched for room. */
    private readonly dir: string,
    /** A small real write and a checkpoint: they succeed once there is room again. */
    private readonly probe: () => void,
    private readonly log?: Logger,
  ) {}

  /** Runs a write. A disk problem puts the store in the refusing state; the error is rethrown. */
  write<T>(what: string, write: () => T): T {
    // A write that succeeds while refusing does not end the state: it may have fit in the WAL's
    // free room while the checkpoint still has nowhere to go. Only the probe (both) ends it.
    try {
      return write();
    } catch (error) {
      this.failed(what, error);
      throw error;
    }
  }

  /**
   * Notes a failed write; true when it was the disk. Other errors are the caller's to handle: the
   * store never swallows them.
   */
  failed(what: string, error: unknown): boolean {
    const problem = diskProblem(error);
    if (!problem) return false;
    if (!this.problem) {
      this.log?.error(
        { err: error, write: what, reason: problem },
        `store refuses writes: ${problem}`,
      );
    }
    this.problem = problem;
    this.probeSoon();
    return true;
  }

  /** Throws while writes are refused, with the reason /healthz gives. */
  check(): void {
    if (this.problem) throw new StoreWriteError(this.problem);
  }

  stop(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
  }

  private probeSoon(): void {
    if (this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      try {
        if (this.problem === DISK_FULL && freeBytes(this.dir) < ROOM_TO_RESUME_BYTES) {
          this.probeSoon();
          return;
        }
        this.probe();
        this.recovered();
      } catch (error) {
        // Still full (or now another error): keep refusing and try again later. A problem that
        // is not the disk is logged, never dropped.
        if (!this.failed('probe', error)) {
          this.log?.error({ err: error }, 'store probe write failed');
          this.probeSoon();
        }
      }
    }, PROBE_EVERY_MS);
    this.probeTimer.unref();
  }

  private recovered(): void {
    if (!this.problem) return;
    this.log?.info({ was: this.problem }, 'store writes again: the disk has room');
    this.problem = undefined;
    this.stop();
  }
}
