// The admin's tools on a phone: the devices, pairing a kiosk, the staff code, reloading the
// kiosks; and the staff code as staff type it.
import type { Catalog } from '../define.ts';

export const admin = {
  'admin.kiosk': 'Kiosk',
  'admin.unnamed': 'Unnamed phone',
  'admin.lookingUp': 'Looking up the devices…',
  'admin.thisPhone': '(this phone)',
  'admin.lastSeen': 'last seen {ago}',
  'admin.revoke': 'Let this device go',
  'admin.revokeAgain': 'Tap again to let it go',
  'admin.revoked': '{name} is let go. It now shows how to join again.',
  'admin.devices': 'Devices',
  'admin.devicesHint': 'Every phone and kiosk that is part of the house board.',
  'admin.pair': 'Pair a kiosk',
  'admin.staffCode': 'Staff code',
  'admin.houseSettings': 'House settings',
  'admin.kiosks': 'Kiosks',
  'admin.kiosksHint': 'After an update, or when a kiosk looks stuck.',
  'admin.reload': 'Reload the kiosks',
  'admin.reloaded': 'Asked the kiosks to reload. They are back in a few seconds.',
  'admin.pairCode': 'The code on the kiosk',
  'admin.pairCodeHint': 'An unpaired kiosk shows a code like ABCD-EF23.',
  'admin.paired': 'The kiosk is paired. It shows the board in a moment.',
  'admin.pairSubmit': 'Pair the kiosk',
  'admin.pairCodeMissing': 'Please type the code the kiosk shows.',
  'admin.staffCodeHint':
    'Staff type this code on their own phone, under This phone, to go on shift. A new code replaces the old one; phones that are already staff stay staff.',
  'admin.staffCodeOnce': 'Pass it on in person. It shows only this once.',
  'admin.staffCodeNew': 'Make a new staff code',
  'admin.staffCodeFormHint':
    'The house admin gives it to staff in person. Dashes and spaces do not matter.',
  'admin.staffCodeEnter': 'Enter the code',
  'admin.staffCodeMissing': 'Please type the staff code.',
  'admin.houseName': 'Name of the house',
  'admin.timeZone': 'Time zone',
  'admin.timeZoneHint': "Clocks, chores and groups follow the house's time zone.",
  'admin.settingsSaved': 'Saved. Every screen shows it now.',
  'admin.saveSettings': 'Save the settings',
  'admin.visitorEnd': 'Ending visitor mode',
  'admin.visitorEndOnWall': 'The wall can end it (two taps)',
  'admin.visitorEndStaffOnly': 'Only staff, from their phones',
} satisfies Catalog;
