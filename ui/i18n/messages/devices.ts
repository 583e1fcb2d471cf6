// The admin's device list as it keeps a slip from letting the wrong phone go: which device each
// button is for, who is connected now; and the staff code, shown once and made anew only when asked.
import type { Catalog } from '../define.ts';

export const devices = {
  'devices.connectedNow': 'connected now',
  'devices.letGo': 'Let {device} go',
  'devices.letGoAgain': 'Tap again to let {device} go',
  'devices.phoneOf': "{name}'s phone",
  'devices.phoneOfJoined': "{name}'s phone that joined {when}",
  'devices.unnamedPhone': 'the unnamed phone that joined {when}',
  'devices.kiosk': 'the kiosk',
  'devices.kioskPaired': 'the kiosk paired {when}',
  'devices.armDropped': 'Nothing was let go.',
  'devices.staffCodeAsk':
    'Make a new staff code? The code made before stops working (phones that are already staff stay staff). Anyone who sees the new code can become staff, so make it where nobody else can see this screen.',
  'devices.staffCodeYes': 'Yes, make a new code',
  'devices.staffCodeDone': "Done, I've written it down",
  'devices.staffCodeHidden':
    'The code is hidden now. The board keeps only a scrambled copy of it, so it cannot show it again: if it is lost, make a new one.',
} satisfies Catalog;
