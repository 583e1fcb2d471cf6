// Announcements on the wall and on phones, and the announcement editor.
import type { Catalog } from '../define.ts';

export const announcements = {
  'announcements.until': 'until {day}',
  'announcements.pinned': 'Pinned',
  'announcements.this': 'this announcement',
  'announcements.recentlyRemoved': 'Recently removed announcements',
  'announcements.add': 'Add an announcement',
  'announcements.change': 'Change an announcement',
  'announcements.post': 'Post announcement',
  'announcements.text': 'Announcement',
  'announcements.author': 'Your name',
  'announcements.authorHint':
    'Leave it empty and your name shows the way you chose under This phone.',
  'announcements.keepFor': 'Keep it up for',
  'announcements.today': 'Today',
  'announcements.threeDays': '3 days',
  'announcements.week': 'A week',
  'announcements.twoWeeks': 'Two weeks',
  'announcements.keepUntil': 'Until {day}',
  'announcements.onTheWall': 'On the wall',
  'announcements.withOthers': 'With the others',
  'announcements.pinnedOnTop': 'Pinned on top',
} satisfies Catalog;
