// Words for a board that has lost the server, and for a part of it that could not be shown.
import type { Catalog } from '../define.ts';

export const offline = {
  'offline.since': 'Offline since {time} — showing what we had',
  'offline.sinceDay': 'Offline since {day}, {time} — showing what we had',
  'offline.unknown': 'Offline — showing what we had',
  'offline.notLiveYet': 'Not live yet',
  'offline.kept': 'Changes made here are kept, and join up when the connection is back.',
  'offline.partNotShown': 'This part of the board could not be shown. The rest is fine.',
} satisfies Catalog;
