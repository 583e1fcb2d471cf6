// Who "me" is on this phone: the person this device belongs to (a person may have more than one
// device). One place, so every part of the phone asks the same way.
import type { Device } from '../../ui/session.ts';

/** This phone's person id, or undefined before the device is known. */
export function myPersonId(device: Device | undefined): string | undefined {
  return device?.personId;
}
