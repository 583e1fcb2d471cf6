// Spanish for ../join.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { join as english } from '../join.ts';

export const join = {
  'join.joining': 'Uniéndose al tablón de la casa…',
  'join.howTo':
    'Para unirte, escanea con la cámara de este móvil el código de la pantalla de la sala común.',
  'join.nothingToInstall':
    'No hay nada que instalar ni cuenta que crear. El código cambia cada pocos minutos, así que sirve para quien está en la casa.',
  'join.letGo': 'Este móvil ya no está unido al tablón de la casa.',
  'join.left': 'Cuídate. Tu nombre ya no está en el tablón y este teléfono se ha desconectado.',
  'join.adminNow': 'Este móvil ahora es un móvil de gestión.',
  'join.welcomeTo': 'Te damos la bienvenida a {house}',
  'join.welcome': 'Te damos la bienvenida al tablón de la casa',
  'join.oneThing': 'Primero, una cosa',
  'join.done': 'Listo',
  'profile.heading': 'Tu nombre en el tablón',
  'profile.name': '¿Cómo te llamamos?',
  'profile.nameHint': 'El nombre que quieras. Así conocerá la casa a este móvil.',
  'profile.display': '¿Cómo puede salir tu nombre en la pared?',
  'profile.full': 'Tal cual',
  'profile.initial': 'Solo la inicial',
  'profile.hidden': 'Oculto',
  'profile.previewHint': 'En la pared de la sala común, por donde pasan las visitas, sale así:',
  'profile.previewChore': 'Vaciar el lavavajillas',
  'profile.previewDone': 'La hizo {name}',
  'profile.previewNoName': 'Hecha — no sale ningún nombre',
  'profile.saved': 'Guardado.',
  'profile.notNow': 'Ahora no',
} satisfies Translated<typeof english>;
