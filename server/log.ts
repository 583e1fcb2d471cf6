// One logger for the server: JSON lines on stdout (or readable lines for a terminal), from the
// first line to the last. Never log a token or a person's words.
import { createRequire } from 'node:module';
import pino from 'pino';

/**
 * pino-pretty (and its colours and date formats) is loaded only when readable lines are asked
 * for: a server writing JSON, as a house's does, never carries it. It is CommonJS, so it can be
 * required synchronously here, where the logger is made.
 */
const loadPretty = (): typeof import('pino-pretty') =>
  createRequire(import.meta.url)('pino-pretty');

export type Logger = pino.Logger;

/**
 * Written synchronously, so the last line before an exit (a refused start, "stopped") is never
 * lost; the server logs little, and never per edit.
 */
export function createLogger(level: string, format: 'json' | 'pretty' = 'json'): Logger {
  const destination =
    format === 'pretty'
      ? loadPretty()({
          sync: true,
          colorize: process.stdout.isTTY === true,
          translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
          singleLine: false,
        })
      : pino.destination({ dest: 1, sync: true });
  return pino({ level, base: undefined }, destination);
}

/**
 * What a person needs at start and stop (the addresses, the admin link, "stopped") is written
 * whatever LOG_LEVEL says, as the plain lines it replaced were; only "silent" hides it.
 */
export function lifecycleLogger(log: Logger): Logger {
  return log.level === 'silent' ? log : log.child({}, { level: 'info' });
}

/**
 * What happens to an error that escapes every handler (thrown in a timer or a callback, or a
 * promise nobody waits on): it is logged with its stack, loudly, and the server keeps serving
 * every other house. Ending the process would take every house down for one fault.
 */
export function logEscapedErrors(log: Logger, on: NodeJS.Process = process): void {
  on.on('uncaughtException', (error, origin) => {
    log.error({ err: error, origin }, 'an error escaped its handler; the server keeps serving');
  });
  on.on('unhandledRejection', (reason) => {
    log.error(
      { err: reason },
      'a promise failed with nobody to handle it; the server keeps serving',
    );
  });
}
