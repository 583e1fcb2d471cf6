// Starts Houseboard from the command line: reads the environment, starts, and stops cleanly on
// SIGTERM or SIGINT once every pending write is stored.
// First: on too old a Node, stop with one line before anything else loads.
import './node-version.ts';
import os from 'node:os';
import { ConfigError, readConfig } from './config.ts';
import { createLogger, logEscapedErrors } from './log.ts';
import { startServer } from './start-server.ts';

function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`houseboard: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  logEscapedErrors(log);
  const server = await startServer(config, { log });
  const others = config.host === '0.0.0.0' ? lanAddresses() : [];
  const base = config.publicUrl ?? server.url;
  console.log('Houseboard is running.');
  console.log(`  Kiosk (wall screen): ${base}/kiosk`);
  console.log(`  Phone app:           ${base}/`);
  for (const address of others) {
    console.log(
      `  On the house network: ${new URL(server.url).protocol}//${address}:${server.port}/`,
    );
  }
  if (server.created) {
    console.log(
      `Made a new house, "${server.created.house.name}". Open this on the admin's phone:`,
    );
    console.log(`  Admin link (use once): ${server.created.adminLink}`);
  } else {
    const houses = server.houses.list().map((h) => `"${h.name}" (${h.id})`);
    console.log(`Houses: ${houses.join(', ')}.`);
    console.log('  A new admin link: npm run houseboard -- house admin-link <house id>');
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: storing pending changes');
    server.close().then(
      () => process.exit(0),
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
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? 'the port is already in use; set PORT to a free one'
      : (error as Error).message;
  console.error(`houseboard: could not start: ${reason}`);
  process.exit(1);
});
