// Spanish for ../people.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { people as english } from '../people.ts';

export const people = {
  'move.open': 'Pasar a un móvil nuevo',
  'move.openHint':
    '¿Tienes un móvil nuevo? Haz aquí un código y escríbelo en el nuevo. Allí sigues siendo tú, con tu nombre y lo que dijiste que harías.',
  'move.codeLabel': 'Tu código para el móvil nuevo',
  'move.steps':
    "En tu móvil nuevo, abre la dirección de la casa y elige 'Ya tenía un móvil aquí'. Luego escribe este código.",
  'move.address': 'La dirección de la casa: {address}',
  'move.validFor': 'Sirve una vez, durante 10 minutos. Nadie más necesita verlo.',
  'move.keepsWorking':
    'Este móvil también sigue funcionando. Si no vas a usarlo más, desvincúlalo desde el nuevo.',
  'move.done': 'Listo',
  'move.hadPhone': 'Ya tenía un móvil aquí',
  'move.hadPhoneHint':
    "En tu móvil de antes, abre 'Este móvil' y elige 'Pasar a un móvil nuevo'. Escribe el código que muestra.",
  'move.code': 'El código de tu móvil de antes',
  'move.codeMissing': 'Escribe el código que muestra tu móvil de antes.',
  'move.submit': 'Ser yo en este móvil',
  'move.back': 'Volver',
  'mine.heading': 'Tus otros móviles',
  'mine.hint':
    'Los móviles de los que pasaste siguen funcionando. Desvincula el que no vayas a usar más.',
  'mine.phone': 'Un móvil que se unió {ago}',
  'mine.seen': 'usado por última vez {ago}',
  'mine.letGo': 'Desvincular el móvil que se unió {ago}',
  'mine.sure': 'Toca otra vez para desvincularlo',
  'mine.gone': 'Ese móvil está desvinculado.',
  'same.heading': 'Un móvil nuevo para quien perdió el suyo',
  'same.hint':
    'Si alguien pierde su móvil, vuelve a unirse escaneando el código de la pantalla. Después, con esa persona a tu lado, confirma aquí que el móvil nuevo es suyo. Un nombre solo nunca basta.',
  'same.newPhone': 'El móvil nuevo',
  'same.newPhoneHint': 'Los más recientes primero.',
  'same.isPerson': 'Es la misma persona que',
  'same.pick': 'Elige…',
  'same.joined': '{name}, se unió {ago}',
  'same.noName': 'Todavía sin nombre',
  'same.you': '{name} (tú)',
  'same.pickBoth': 'Elige el móvil nuevo y de quién es.',
  'same.confirm': 'Este móvil nuevo es de {name}',
  'same.sure':
    'Todo lo del móvil nuevo pasa a ser de {name}: lo que dijo que haría, los agradecimientos, los "voy" y los turnos. No se puede deshacer.',
  'same.yes': 'Sí, es de {name}',
  'same.cancel': 'Cancelar',
  'same.done': 'Hecho. El móvil nuevo ya es de {name}.',
  'same.nobody': 'Todavía no se ha unido nadie.',
} satisfies Translated<typeof english>;
