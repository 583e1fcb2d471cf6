// What a new house starts with. Run once, on the server, when the house is created —
// never by a client, which would duplicate it.
import type * as Y from 'yjs';
import { announcementRecords } from './announcement.ts';
import { choreRecords } from './chore.ts';
import type { DocKind } from './documents.ts';
import { SEED_WORDS } from './seed-words.ts';
import { DEFAULT_LANGUAGE, type Language, writeSettings } from './settings.ts';

export interface NewHouse {
  houseName: string;
  timeZone: string;
  /** The language the house's screens speak and its first chores are written in. */
  language?: Language;
}

export function seedHouse(docs: Record<DocKind, Y.Doc>, house: NewHouse, now = Date.now()) {
  const language = house.language ?? DEFAULT_LANGUAGE;
  writeSettings(docs.settings, { ...house, language });
  const words = SEED_WORDS[language];
  docs.board.transact(() => {
    const chores = choreRecords(docs.board);
    for (const title of words.chores) {
      chores.add({ title, area: words.area, schedule: { kind: 'daily' }, createdAt: now });
    }
    announcementRecords(docs.board).add({
      text: words.welcome(house.houseName),
      createdAt: now,
      expiresAt: now + 14 * 86_400_000,
    });
  });
}
