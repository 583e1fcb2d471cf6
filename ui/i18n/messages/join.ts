// Before a phone is part of the house, and right after it joins: how to join, the welcome, and
// the name the house will know it by.
import { messages } from '../define.ts';

export const join = messages(
  {
    'join.joining': 'Joining the house board…',
    'join.howTo':
      "To join, scan the code on the kiosk in the common room with this phone's camera.",
    'join.nothingToInstall':
      'There is nothing to install and no account to make. The code changes every few minutes, so it works for people who are in the house.',
    'join.letGo': 'This phone is no longer joined to the house board.',
    'join.adminNow': 'This phone is an admin phone now.',
    'join.welcomeTo': 'Welcome to {house}',
    'join.welcome': 'Welcome to the house board',
    'join.oneThing': 'One thing first',
    'join.done': 'Done',
    'profile.heading': 'Your name on the board',
    'profile.name': 'What should we call you?',
    'profile.nameHint': 'Any name you like. It is how the house will know this phone.',
    'profile.display': 'How may your name show on the wall?',
    'profile.full': 'As written',
    'profile.initial': 'Initial only',
    'profile.hidden': 'Hidden',
    'profile.previewHint': 'On the wall in the common room, where visitors pass, it shows as:',
    'profile.previewChore': 'Empty the dishwasher',
    'profile.previewDone': 'Done by {name}',
    'profile.previewNoName': 'Done — no name shows',
    'profile.saved': 'Saved.',
    'profile.notNow': 'Not now',
  },
  {
    'join.joining': 'Uniéndose al tablón de la casa…',
    'join.howTo':
      'Para unirte, escanea con la cámara de este móvil el código de la pantalla de la sala común.',
    'join.nothingToInstall':
      'No hay nada que instalar ni cuenta que crear. El código cambia cada pocos minutos, así que sirve para quien está en la casa.',
    'join.letGo': 'Este móvil ya no está unido al tablón de la casa.',
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
  },
);
