// A person, not a phone: moving to a new phone with a code from the old one, and staff or the
// admin confirming that a new phone is someone whose old phone was lost.
import { messages } from '../define.ts';

export const people = messages(
  {
    'move.open': 'Move to a new phone',
    'move.openHint':
      'Got a new phone? Make a code here and type it on the new one. You stay yourself there, with your name and what you said you will do.',
    'move.codeLabel': 'Your code for the new phone',
    'move.steps':
      "On your new phone, open the house's address and choose 'I had a phone here before'. Then type this code.",
    'move.address': "The house's address: {address}",
    'move.validFor': 'It works once, for 10 minutes. Nobody else needs to see it.',
    'move.keepsWorking':
      'This phone keeps working too. If you will not use it again, let it go from the new one.',
    'move.done': 'Done',
    'move.hadPhone': 'I had a phone here before',
    'move.hadPhoneHint':
      "On your old phone, open 'This phone' and choose 'Move to a new phone'. Type the code it shows.",
    'move.code': 'The code from your old phone',
    'move.codeMissing': 'Please type the code your old phone shows.',
    'move.submit': 'Be myself on this phone',
    'move.back': 'Back',
    'mine.heading': 'Your other phones',
    'mine.hint': 'Phones you moved from still work. Let go of one you will not use again.',
    'mine.phone': 'A phone that joined {ago}',
    'mine.seen': 'last used {ago}',
    'mine.letGo': 'Let go of the phone that joined {ago}',
    'mine.sure': 'Tap again to let it go',
    'mine.gone': 'That phone is let go.',
    'same.heading': 'A new phone for someone who lost theirs',
    'same.hint':
      "When someone's phone is lost, they join again by scanning the kiosk's code. Then, with them beside you, confirm here that the new phone is them. A name alone is never enough.",
    'same.newPhone': 'The new phone',
    'same.newPhoneHint': 'Newest first.',
    'same.isPerson': 'Is the same person as',
    'same.pick': 'Choose…',
    'same.joined': '{name}, joined {ago}',
    'same.noName': 'No name yet',
    'same.you': '{name} (you)',
    'same.pickBoth': 'Please choose the new phone and who it is.',
    'same.confirm': 'This new phone is {name}',
    'same.sure':
      "Everything of the new phone's becomes {name}'s: claims, thanks, \"I'm coming\" and turns. It cannot be undone.",
    'same.yes': 'Yes, this is {name}',
    'same.cancel': 'Cancel',
    'same.done': 'Done. The new phone is {name} now.',
    'same.nobody': 'Nobody has joined yet.',
  },
  {
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
  },
);
