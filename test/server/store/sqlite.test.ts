// The store contracts, run against SQLite: one real file in a temp dir.
import { describeAccessStore } from './access-store-contract.ts';
import { describeDocumentStore } from './document-store-contract.ts';
import { describeHouseStore } from './house-store-contract.ts';
import { sqlite } from './store-backends.ts';

describeDocumentStore(sqlite);
describeHouseStore(sqlite);
describeAccessStore(sqlite);
