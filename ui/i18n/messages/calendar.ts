// Words for the admin's calendar link: the address people add to their own calendar apps to see
// the house's groups, outings and house meetings, and making a new one.
import type { Catalog } from '../define.ts';

export const calendar = {
  'calendar.heading': 'House calendar link',
  'calendar.hint':
    "Anyone with this link can see the house's groups, outings and house meetings in their own calendar app. It shows no names, except a leader who chose to show theirs.",
  'calendar.linkLabel': 'Calendar link',
  'calendar.copy': 'Copy link',
  'calendar.copied': 'Link copied.',
  'calendar.copyByHand': 'Select the link and copy it by hand.',
  'calendar.renew': 'Make a new link',
  'calendar.renewSure': 'Tap again: the old link stops working',
  'calendar.renewed': 'New link made. The old link no longer works.',
  'calendar.loading': 'Getting the link…',
} satisfies Catalog;
