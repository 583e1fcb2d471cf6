// Spanish for ../offline.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { offline as english } from '../offline.ts';

export const offline = {
  'offline.since': 'Sin conexión desde las {time} — mostrando lo que teníamos',
  'offline.sinceDay': 'Sin conexión desde el {day}, a las {time} — mostrando lo que teníamos',
  'offline.unknown': 'Sin conexión — mostrando lo que teníamos',
  'offline.notLiveYet': 'Aún no en directo',
  'offline.kept': 'Lo que cambies aquí se guarda y se une al resto cuando vuelva la conexión.',
  'offline.partNotShown': 'Esta parte del tablón no se pudo mostrar. El resto está bien.',
} satisfies Translated<typeof english>;
