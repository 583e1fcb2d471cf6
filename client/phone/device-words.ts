// Which device a button in the admin's list is for, in words people know it by: "Jo's phone",
// "the kiosk", "the unnamed phone that joined 2 Dec". No two devices in the list get the same
// words, so nobody (and no screen reader) meets two buttons that sound alike.
import './later-words.ts';
import type { DeviceListing } from '../../ui/api.ts';
import { t } from '../../ui/i18n/index.ts';
import { dateFormat } from '../../ui/intl-formats.ts';

type Listed = Pick<DeviceListing, 'id' | 'name' | 'role' | 'createdAt'>;

/** How much of when it joined tells a device apart: nothing, the day, the day and the time. */
const PRECISIONS = [0, 1, 2] as const;
type Precision = (typeof PRECISIONS)[number];

function whenWords(instant: number, timeZone: string, withTime: boolean): string {
  return dateFormat({
    day: 'numeric',
    month: 'short',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    timeZone,
  }).format(instant);
}

/** One device in words, with as much of when it joined as `precision` asks for. */
function describe(device: Listed, timeZone: string, precision: Precision): string {
  const when = whenWords(device.createdAt, timeZone, precision === 2);
  // A kiosk's stored name is the word "Kiosk", not one a person chose.
  if (device.role === 'kiosk') {
    return precision ? t('devices.kioskPaired', { when }) : t('devices.kiosk');
  }
  const name = device.name?.trim();
  if (!name) return t('devices.unnamedPhone', { when });
  return precision ? t('devices.phoneOfJoined', { name, when }) : t('devices.phoneOf', { name });
}

/**
 * Words for each device (by id), each different from every other's: the plainest that no other
 * device shares, then with the day it joined, then the time too, then a number as a last resort.
 */
export function deviceWords(devices: readonly Listed[], timeZone: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const device of devices) {
    for (const precision of PRECISIONS) {
      const mine = describe(device, timeZone, precision);
      const shared = devices.some(
        (other) => other.id !== device.id && describe(other, timeZone, precision) === mine,
      );
      if (!shared || precision === 2) {
        words.set(device.id, mine);
        break;
      }
    }
  }
  // Joined in the same minute with the same name: numbered in the list's order.
  const seen = new Map<string, number>();
  for (const device of devices) {
    const mine = words.get(device.id) ?? '';
    const times = (seen.get(mine) ?? 0) + 1;
    seen.set(mine, times);
    if (times > 1) words.set(device.id, `${mine} (${times})`);
  }
  return words;
}
