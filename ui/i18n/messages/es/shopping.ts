// Spanish for ../shopping.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { shopping as english } from '../shopping.ts';

export const shopping = {
  'shopping.tab': 'Lista',
  'shopping.title': 'Lista de la compra',
  'shopping.what': '¿Qué hace falta?',
  'shopping.add': 'Añadir',
  'shopping.section': 'Sección (si quieres)',
  'shopping.sectionHint': 'Como «cocina» o «baño»',
  'shopping.myName': 'Poner mi nombre',
  'shopping.by': 'lo añadió {name}',
  'shopping.empty': 'No hay nada en la lista. Añade lo que haga falta en casa.',
  'shopping.wallEmpty': 'No hay nada en la lista.',
  'shopping.otherSection': 'Otras cosas',
  'shopping.boughtToday': 'Comprado hoy',
  'shopping.boughtRecently': 'Comprado hace poco',
  'shopping.boughtWhen': 'Comprado {when}',
  'shopping.needAgain': 'Hace falta otra vez',
  'shopping.needAgainLabel': 'Hace falta {name} otra vez',
  'shopping.remove': 'Quitar',
  'shopping.removeLabel': 'Quitar {name} de la lista',
  'shopping.recentlyRemoved': 'Quitado de la lista hace poco',
  'shopping.added': 'Añadido «{name}» a la lista',
  'shopping.bought': 'Comprado: {name}',
  'shopping.notBought': 'Otra vez en la lista: {name}',
  'shopping.addTitle': 'Añadir a la lista de la compra',
  'shopping.addLabel': 'Añadir a la lista de la compra desde la pantalla',
  'shopping.boughtBefore': 'Comprado antes: toca uno para añadirlo otra vez',
  'shopping.nothingBefore': 'Escribe lo que haga falta en casa.',
} satisfies Translated<typeof english>;
