// Words for the admin's calendar link: the address people add to their own calendar apps to see
// the house's groups, outings and house meetings, and making a new one.
import { messages } from '../define.ts';

export const calendar = messages(
  {
    'calendar.heading': 'House calendar link',
    'calendar.hint':
      "Anyone with this link can see the house's groups, outings and house meetings in their own calendar app. It shows no names, except a leader who chose to show theirs.",
    'calendar.linkLabel': 'Calendar link',
    'calendar.copy': 'Copy link',
    'calendar.copied': 'Link copied.',
    'calendar.copyByHand': 'Select the link and copy it by hand.',
    'calendar.renew': 'Make a new link',
    'calendar.renewSure': 'Tap again: the old link stops working',
    'calendar.renewed': 'New link made. The old link no longer works.',
    'calendar.loading': 'Getting the link…',
  },
  {
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
  },
);
