// Words for a phone that listens and installs: what changed on the board from another device,
// said to a screen reader, and why this board cannot be installed without https.
import type { Catalog } from '../define.ts';

export const install = {
  'news.ticked': '{name} ticked “{title}”',
  'news.tickedNoName': '“{title}” was ticked off',
  'news.unticked': '“{title}” is not done any more',
  'news.announcement': 'New announcement: {text}',
  'install.heading': 'Phones and installing',
  'install.insecure':
    "This board is opened without a secure connection (https), so phones can't install it or open it without a connection. Everything else works. Ask whoever set up the server to add a certificate.",
  'install.secure':
    'Phones can add this board to their home screen, and it opens even without a connection.',
} satisfies Catalog;
