// What a new house starts with. Run once, on the server, when the house is created —
// never by a client, which would duplicate it.
import type * as Y from 'yjs';
import { announcementRecords } from './announcement.ts';
import { choreRecords } from './chore.ts';
import type { DocKind } from './documents.ts';
import { writeSettings } from './settings.ts';

export interface NewHouse {
  houseName: string;
  timeZone: string;
}

const FIRST_CHORES = ['Empty the dishwasher', 'Take out the recycling', 'Wipe the kitchen table'];

export function seedHouse(docs: Record<DocKind, Y.Doc>, house: NewHouse, now = Date.now()) {
  writeSettings(docs.settings, house);
  docs.board.transact(() => {
    const chores = choreRecords(docs.board);
    for (const title of FIRST_CHORES) {
      chores.add({ title, area: 'kitchen', schedule: { kind: 'daily' }, createdAt: now });
    }
    announcementRecords(docs.board).add({
      text: `Welcome to the ${house.houseName} board. Anyone can add chores, groups and notes from their phone.`,
      createdAt: now,
      expiresAt: now + 14 * 86_400_000,
    });
  });
}
