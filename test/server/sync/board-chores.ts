// Chores as the sync tests add and read them: a daily chore by its title, and the titles a
// screen's copy of the board holds, sorted.
import { choreRecords } from '../../../board/chore.ts';
import type { SyncClient } from '../../helpers/sync-client.ts';

export const chore = (title: string) => ({
  title,
  schedule: { kind: 'daily' as const },
  createdAt: 1,
});

export const titles = (c: SyncClient) =>
  choreRecords(c.doc)
    .values()
    .map((x) => x.title)
    .sort();
