// Starts Houseboard from the command line: reads the environment, starts, and stops cleanly on
// SIGTERM or SIGINT once every pending write is stored.
// First: on too old a Node, stop with one line before anything else loads.
import './node-version.ts';
import os from 'node:os';
import { type Config, ConfigError, readConfig } from './config.ts';
import { createLogger, type Logger, lifecycleLogger, logEscapedErrors } from './log.ts';
import { type RunningServer, startServer } from './start-server.ts';

function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

/** The one clear line a refused start ends with, on stderr, and as a JSON line on stdout. */
function refuseStart(message: string, exitCode: number, log = createLogger('info')): never {
  log.fatal(message);
  console.error(message);
  process.exit(exitCode);
}

/** Where to open the board, the house network's addresses, and the houses (or the new one). */
function announce(log: Logger, server: RunningServer, config: Config): void {
  const base = config.publicUrl ?? server.url;
  const protocol = new URL(server.url).protocol;
  const lan = config.host === '0.0.0.0' ? lanAddresses() : [];
  log.info(
    {
      kiosk: `${base}/kiosk`,
      phone: `${base}/`,
      houseNetwork: lan.map((address) => `${protocol}//${address}:${server.port}/`),
      ...(server.metricsUrl ? { metrics: server.metricsUrl } : {}),
    },
    'Houseboard is running',
  );
  if (server.created) {
    const { house, adminLink } = server.created;
    log.info(
      { house: { id: house.id, name: house.name }, adminLink },
      `Made a new house, "${house.name}". Open the admin link (use once) on the admin's phone`,
    );
  } else {
    const houses = server.houses.list().map((h) => ({ id: h.id, name: h.name }));
    log.info(
      { houses },
      `Houses: ${houses.map((h) => `"${h.name}" (${h.id})`).join(', ')}. A new admin link: npm run houseboard -- house admin-link <house id>`,
    );
  }
}

async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) refuseStart(`houseboard: ${error.message}`, 2);
    throw error;
  }
  const log = createLogger(config.logLevel, config.logFormat);
  const lifecycle = lifecycleLogger(log);
  logEscapedErrors(log);
  let server: RunningServer;
  try {
    server = await startServer(config, { log });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? 'the port is already in use; set PORT to a free one'
        : (error as Error).message;
    refuseStart(`houseboard: could not start: ${reason}`, 1, log);
  }
  announce(lifecycle, server, config);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.info({ signal }, 'stopping: storing pending changes');
    server.close().then(
      () => {
        lifecycle.info({ signal }, 'stopped');
        process.exit(0);
      },
      (error) => {
        log.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  refuseStart(`houseboard: could not start: ${(error as Error).message}`, 1);
});
