// The store contracts, run against Redis: a real redis-server of the test's own for each test,
// never the machine's shared one.
import { describe } from 'vitest';
import { redisServerReady } from '../../helpers/redis-server.ts';
import { describeAccessStore } from './access-store-contract.ts';
import { describeDocumentStore } from './document-store-contract.ts';
import { describeHouseStore } from './house-store-contract.ts';
import { redis } from './store-backends.ts';

describe.skipIf(!redisServerReady())('on Redis', () => {
  describeDocumentStore(redis);
  describeHouseStore(redis);
  describeAccessStore(redis);
});
