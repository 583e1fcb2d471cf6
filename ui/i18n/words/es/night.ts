// Spanish for ../night.ts: the same areas, loaded only by a screen that speaks Spanish. It
// imports nothing but the Spanish messages and types, so its chunk stands alone.
import type { Translated } from '../../define.ts';
import { night } from '../../messages/es/night.ts';
import type { words as english } from '../night.ts';

export const words: Translated<typeof english> = {
  ...night,
};
