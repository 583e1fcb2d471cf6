// Spanish for ../calendar.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { calendar as english } from '../calendar.ts';

export const calendar = {
  'calendar.heading': 'Enlace del calendario de la casa',
  'calendar.hint':
    'Quien tenga este enlace puede ver los grupos, salidas y reuniones de la casa en su propia app de calendario. No muestra nombres, salvo el de quien dirige y eligió mostrarlo.',
  'calendar.linkLabel': 'Enlace del calendario',
  'calendar.copy': 'Copiar enlace',
  'calendar.copied': 'Enlace copiado.',
  'calendar.copyByHand': 'Selecciona el enlace y cópialo a mano.',
  'calendar.renew': 'Crear un enlace nuevo',
  'calendar.renewSure': 'Toca otra vez: el enlace anterior dejará de funcionar',
  'calendar.renewed': 'Enlace nuevo creado. El anterior ya no funciona.',
  'calendar.loading': 'Buscando el enlace…',
} satisfies Translated<typeof english>;
