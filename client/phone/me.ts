// Who "me" is on this phone: the person this device belongs to. One place, so every part of the
// phone asks the same way (a device's own id until devices carry their person's id).
import type { Device } from '../../ui/session.ts';

/** This phone's person id, or undefined before the device is known. */
export function myPersonId(device: Device | undefined): string | undefined {
  return device?.id;
}
