// Spanish for ../leaving.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { leaving as english } from '../leaving.ts';

export const leaving = {
  'leaving.heading': 'Irse de la casa',
  'leaving.hint':
    'Cuando te vayas, tu nombre sale del tablón y este teléfono se desconecta. Pasados {days} días, el tablón olvida todo lo que te nombra.',
  'leaving.hintNow':
    'Cuando te vayas, tu nombre sale del tablón, este teléfono se desconecta y el tablón olvida todo lo que te nombra.',
  'leaving.leave': 'Me voy de la casa',
  'leaving.leaveAgain': 'Toca otra vez para irte de la casa',
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
} satisfies Translated<typeof english>;
