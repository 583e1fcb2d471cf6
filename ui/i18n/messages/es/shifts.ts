// Spanish for ../shifts.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { shifts as english } from '../shifts.ts';

export const shifts = {
  'shifts.someoneFromStaff': 'Alguien del equipo',
  'shifts.until': 'hasta {time}',
  'shifts.from': 'desde {time}',
  'shifts.next': 'Después:',
  'shifts.handingOverWaiting': 'Pasando el turno — esperando a la siguiente persona',
  'shifts.upFor': 'Hoy me apunto a {what}',
  'shifts.nobody': 'Ahora mismo no hay nadie marcado de turno',
  'shifts.noteToHouse': 'Nota para la casa:',
  'shifts.fromHandover': 'Del cambio de turno:',
  'shifts.staffOnly': 'El equipo se pone de turno desde sus propios móviles.',
  'shifts.imStaff': 'Soy del equipo — escribir el código del equipo',
  'shifts.today': 'Turnos de hoy',
  'shifts.handOver': 'Pasar el turno',
  'shifts.end': 'Terminar el turno',
  'shifts.takeOff': 'Quitar',
  'shifts.goOn': 'Empezar un turno',
  'shifts.noteLabel': 'Una nota corta para la casa',
  'shifts.noteHint':
    'Todo el mundo la ve en la pared durante unas horas, p. ej. «La furgoneta está en el taller hasta el jueves».',
  'shifts.isHandingOver': '{name} está pasando el turno.',
  'shifts.waitingForNext': ' Esperando a que la siguiente persona lo recoja.',
  'shifts.takeOverMine': 'Recoger el turno (mi turno desde {time})',
  'shifts.takeOverNow': 'Recoger el turno — empezar mi turno ahora',
  'shifts.nameFirst': 'Para recoger el turno, pon antes tu nombre en Este móvil.',
  'shifts.notHandingOver': 'Al final no paso el turno',
  'shifts.someone': 'alguien',
  'shifts.history': 'Cambios de turno de esta semana',
  'shifts.handedTo': 'de {from} a {to}',
  'shifts.handedWaiting': '{from}, esperando a la siguiente persona',
  'shifts.noNote': 'Sin nota',
  'shifts.pronouns': 'Pronombres',
  'shifts.pronounsHint': 'p. ej. ella, elle, él',
  'shifts.upForLabel': 'Hoy me apunto a…',
  'shifts.upForHint': 'p. ej. un paseo, cocinar juntos',
  'shifts.takeOverFrom': 'Recoger el turno de {name}',
  'shifts.addShift': 'Añadir un turno',
} satisfies Translated<typeof english>;
