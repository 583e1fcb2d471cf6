// The wall's night view, which loads the first time the wall dims (kiosk/night-view.ts).
import type { Catalog } from '../define.ts';
import { night } from '../messages/night.ts';

export const words = {
  ...night,
} satisfies Catalog;
