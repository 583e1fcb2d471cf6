// Leaving the house: a person's own "I'm leaving", staff and the admin saying someone has left,
// and forgetting them after the house's wait. Plain and warm: leaving is a normal part of a stay.
import { messages } from '../define.ts';

export const leaving = messages(
  {
    'leaving.heading': 'Leaving the house',
    'leaving.hint':
      'When you move on, your name comes off the board and this phone is let go. After {days} days the board forgets everything that names you.',
    'leaving.hintNow':
      'When you move on, your name comes off the board, this phone is let go, and the board forgets everything that names you.',
    'leaving.leave': "I'm leaving the house",
    'leaving.leaveAgain': 'Tap again to leave the house',
    'leaving.left': 'Take care. Your name is off the board, and this phone is let go.',
    'leaving.peopleHeading': 'Someone has left',
    'leaving.peopleHint':
      'When someone moves on, say so here: they come off every rota and the wall at once, and their phones are let go.',
    'leaving.nobody': 'Nobody else is on the board yet.',
    'leaving.markLeft': '{name} has left',
    'leaving.markLeftAgain': 'Tap again: {name} has left',
    'leaving.marked': '{name} is off the board.',
    'leaving.leftHeading': 'Left, not yet forgotten',
    'leaving.forgetOn': 'The board will forget them on {day}.',
    'leaving.forgetNow': 'Forget {name} now',
    'leaving.forgetNowAgain': 'Tap again to forget {name} now',
    'leaving.forgotten': 'The board has forgotten them.',
    'leaving.someone': 'Someone',
    'leaving.waitLabel': 'Days before the board forgets someone who left',
    'leaving.waitHint': '0 forgets them at once. The wait lets a mistake be put right.',
    'leaving.armDropped': 'Nothing was changed.',
  },
  {
    'leaving.heading': 'Irse de la casa',
    'leaving.hint':
      'Cuando te vayas, tu nombre sale del tablón y este teléfono se desconecta. Pasados {days} días, el tablón olvida todo lo que te nombra.',
    'leaving.hintNow':
      'Cuando te vayas, tu nombre sale del tablón, este teléfono se desconecta y el tablón olvida todo lo que te nombra.',
    'leaving.leave': 'Me voy de la casa',
    'leaving.leaveAgain': 'Toca otra vez para irte de la casa',
    'leaving.left':
      'Cuídate. Tu nombre ya no está en el tablón y este teléfono se ha desconectado.',
    'leaving.peopleHeading': 'Alguien se ha ido',
    'leaving.peopleHint':
      'Cuando alguien se vaya, dilo aquí: sale de todos los turnos y de la pantalla al momento, y sus teléfonos se desconectan.',
    'leaving.nobody': 'Todavía no hay nadie más en el tablón.',
    'leaving.markLeft': '{name} se ha ido',
    'leaving.markLeftAgain': 'Toca otra vez: {name} se ha ido',
    'leaving.marked': '{name} ya no está en el tablón.',
    'leaving.leftHeading': 'Se han ido, aún sin olvidar',
    'leaving.forgetOn': 'El tablón le olvidará el {day}.',
    'leaving.forgetNow': 'Olvidar ahora a {name}',
    'leaving.forgetNowAgain': 'Toca otra vez para olvidar ahora a {name}',
    'leaving.forgotten': 'El tablón ya le ha olvidado.',
    'leaving.someone': 'Alguien',
    'leaving.waitLabel': 'Días antes de que el tablón olvide a quien se fue',
    'leaving.waitHint': 'Con 0 se olvida al momento. La espera permite corregir un error.',
    'leaving.armDropped': 'No se ha cambiado nada.',
  },
);
