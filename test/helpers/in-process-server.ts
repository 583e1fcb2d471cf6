// The real server in this test process, on port 0 with its own temp data dir.
import { readConfig } from '../../server/config.ts';
import { type RunningServer, type StartOptions, startServer } from '../../server/start-server.ts';
import type { HouseRecord } from '../../server/store/house-store.ts';
import { deviceToken } from './device-tokens.ts';
import { dayZone } from './house-clock.ts';
import { tempDir } from './temp-dir.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** The house made on first start (or the first one in the data dir). */
  firstHouse: HouseRecord;
  /** An admin device token for that house: it may write every document. */
  adminToken: string;
}

export function tempDataDir(): string {
  return tempDir('houseboard-test-');
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // Midday in the house now, whatever the hour: see house-clock.ts.
    HOUSE_TIME_ZONE: dayZone(),
    ...env,
    DATA_DIR: dataDir,
  });
  const server = await startServer(config, options);
  const firstHouse = server.houses.list()[0]!;
  const adminToken = await deviceToken(server, firstHouse.id, 'admin');
  return Object.assign(server, { dataDir, firstHouse, adminToken });
}
