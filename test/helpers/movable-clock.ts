// A server whose clock a test moves while it runs. The screens take the house's time from the
// server (ui/server-clock.ts), so a test that needs the house at 23:30 moves the server, not a
// page. Debian's libfaketime (the one .ci/run moves whole runs with) is preloaded into the server
// and reads its offset from a file at each clock reading; timers keep the real monotonic clock.
import fs from 'node:fs';
import path from 'node:path';
import { movedClockMs } from './chromium.ts';
import { tempDir } from './temp-dir.ts';

const LIBFAKETIME = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
].find((file) => fs.existsSync(file));

const INSTALL_HINT = 'install faketime (apt-get install faketime)';

/**
 * Whether a server's clock can be moved here. Without libfaketime the suites that need it skip
 * with a one-line notice — except in CI (CI=true), where nothing may skip.
 */
export function faketimeReady(): boolean {
  if (LIBFAKETIME) return true;
  if (process.env.CI === 'true') throw new Error(`libfaketime is missing: ${INSTALL_HINT}`);
  console.warn(`Skipping the tests that move the server's clock: ${INSTALL_HINT}`);
  return false;
}

export interface MovableClock {
  /** The environment to start the server with (ServerProcessOptions.env, HouseOptions.env). */
  env: Record<string, string | undefined>;
  /** Sets the server's clock to `instant` (ms since 1970); it runs on from there. */
  set(instant: number): void;
  /** Moves the server's clock on by `ms`. */
  move(ms: number): void;
  /** The server's time now. */
  now(): number;
}

/** A clock for one server; without libfaketime (faketimeReady) it cannot move. */
export function movableClock(): MovableClock {
  const file = path.join(tempDir('houseboard-clock-'), 'faketime');
  // On a run .ci/run moved, this process's clock is moved too: the real one is that less.
  const runShift = movedClockMs() ?? 0;
  const realNow = () => Date.now() - runShift;
  let shift = runShift;
  const write = () => {
    const seconds = (shift / 1000).toFixed(3);
    fs.writeFileSync(file, `${shift < 0 ? '' : '+'}${seconds}\n`);
  };
  write();
  return {
    env: {
      LD_PRELOAD: LIBFAKETIME ?? process.env.LD_PRELOAD,
      // FAKETIME would win over the file: the whole offset is the file's.
      FAKETIME: undefined,
      FAKETIME_TIMESTAMP_FILE: file,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    set(instant) {
      shift = instant - realNow();
      write();
    },
    move(ms) {
      shift += ms;
      write();
    },
    now: () => realNow() + shift,
  };
}
