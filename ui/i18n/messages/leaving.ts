// Leaving the house: a person's own "I'm leaving", staff and the admin saying someone has left,
// and forgetting them after the house's wait. Plain and warm: leaving is a normal part of a stay.
import type { Catalog } from '../define.ts';

export const leaving = {
  'leaving.heading': 'Leaving the house',
  'leaving.hint':
    'When you move on, your name comes off the board and this phone is let go. After {days} days the board forgets everything that names you.',
  'leaving.hintNow':
    'When you move on, your name comes off the board, this phone is let go, and the board forgets everything that names you.',
  'leaving.leave': "I'm leaving the house",
  'leaving.leaveAgain': 'Tap again to leave the house',
  'leaving.peopleHeading': 'Someone has left',
  'leaving.peopleHint':
    'When someone moves on, say so here: they come off every rota and the wall at once, and their phones are let go.',
  'leaving.nobody': 'Nobody else is on the board yet.',
  'leaving.markLeft': '{name} has left',
  'leaving.markLeftAgain': 'Tap again: {name} has left',
  'leaving.marked': '{name} is off the board.',
  'leaving.leftHeading': 'Left, not yet forgotten',
  'leaving.forgetOn': 'The board will forget them on {day}.',
  'leaving.forgetNow': 'Forget {name} now',
  'leaving.forgetNowAgain': 'Tap again to forget {name} now',
  'leaving.forgotten': 'The board has forgotten them.',
  'leaving.someone': 'Someone',
  'leaving.waitLabel': 'Days before the board forgets someone who left',
  'leaving.waitHint': '0 forgets them at once. The wait lets a mistake be put right.',
  'leaving.armDropped': 'Nothing was changed.',
} satisfies Catalog;
