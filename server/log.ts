// One logger for the server. Never log a token or a person's words.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined });
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
