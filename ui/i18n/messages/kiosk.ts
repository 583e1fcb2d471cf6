// The wall: its cards, the corner where phones join, visitor mode and the pairing screen.
import type { Catalog } from '../define.ts';

export const kiosk = {
  'kiosk.chores': 'Chores today',
  'kiosk.groups': 'Groups today',
  'kiosk.shifts': 'On shift',
  'kiosk.announcements': 'Announcements',
  'kiosk.noChores': 'No chores for today.',
  'kiosk.noGroups': 'No groups today.',
  'kiosk.noAnnouncements': 'No announcements right now.',
  'kiosk.doneToday': 'Done today:',
  'kiosk.joinShort': 'Join from your phone',
  'kiosk.nextCard': 'Next: {title}',
  'kiosk.pageOf': '{page} of {pages}',
  'kiosk.visitorOn': 'Visitor mode',
  'kiosk.visitorOnLabel': 'Visitor mode: hide every name on the wall for two hours',
  'kiosk.visitorEndLabel': 'Visitor mode is on. Tap twice to end it',
  'kiosk.visitorTapAgain': 'Tap again to end visitor mode',
  'kiosk.visitorEndsByStaff': 'Staff can end it from their phone.',
  'kiosk.joinPaused': 'Joining is paused while visitors are here',
  'kiosk.joinQr': 'QR code to add this phone to the house board',
  'kiosk.joinWaiting': 'The code shows when the board is online',
  'kiosk.joinTitle': 'Add to the board from your phone',
  'kiosk.joinScan': "Scan the code with your phone's camera",
  'kiosk.pairTitle': 'House board — pair this screen',
  'kiosk.pairLead':
    'To put the house board on this screen, an admin enters this code on their phone:',
  'kiosk.pairGetting': 'Getting a code…',
  'kiosk.pairWhere': 'Admin → Pair a kiosk',
  'kiosk.pairRenew': 'A new code shows here on its own when this one runs out.',
} satisfies Catalog;
