// Before a phone is part of the house, and right after it joins: how to join, the welcome, and
// the name the house will know it by.
import type { Catalog } from '../define.ts';

export const join = {
  'join.joining': 'Joining the house board…',
  'join.howTo': "To join, scan the code on the kiosk in the common room with this phone's camera.",
  'join.nothingToInstall':
    'There is nothing to install and no account to make. The code changes every few minutes, so it works for people who are in the house.',
  'join.letGo': 'This phone is no longer joined to the house board.',
  'join.left': 'Take care. Your name is off the board, and this phone is let go.',
  'join.adminNow': 'This phone is an admin phone now.',
  'join.welcomeTo': 'Welcome to {house}',
  'join.welcome': 'Welcome to the house board',
  'join.oneThing': 'One thing first',
  'join.done': 'Done',
  'profile.heading': 'Your name on the board',
  'profile.name': 'What should we call you?',
  'profile.nameHint': 'Any name you like. It is how the house will know this phone.',
  'profile.display': 'How may your name show on the wall?',
  'profile.full': 'As written',
  'profile.initial': 'Initial only',
  'profile.hidden': 'Hidden',
  'profile.previewHint': 'On the wall in the common room, where visitors pass, it shows as:',
  'profile.previewChore': 'Empty the dishwasher',
  'profile.previewDone': 'Done by {name}',
  'profile.previewNoName': 'Done — no name shows',
  'profile.saved': 'Saved.',
  'profile.notNow': 'Not now',
} satisfies Catalog;
