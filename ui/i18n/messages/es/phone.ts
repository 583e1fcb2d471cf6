// Spanish for ../phone.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { phone as english } from '../phone.ts';

export const phone = {
  'tab.chores': 'Tareas',
  'tab.groups': 'Grupos',
  'tab.admin': 'Gestión',
  'phone.sections': 'Secciones',
  'phone.opening': 'Abriendo el tablón de la casa…',
  'phone.change': 'Cambiar',
  'phone.changeItem': 'Cambiar {what}',
  'phone.removedAgo': 'Quitado {ago}',
  'phone.bringBack': 'Recuperar',
  'phone.undo': 'Deshacer',
  'phone.undoLabel': 'Deshacer mi último cambio',
  'phone.visitorEndNow': 'Terminar ahora',
  'phone.thisPhone': 'Este móvil',
  'role.kiosk': 'pantalla',
  'role.member': 'residente',
  'role.staff': 'equipo',
  'role.admin': 'gestión',
  'role.kioskSentence': 'Esta pantalla es la pantalla de la casa.',
  'role.memberSentence': 'Este móvil puede añadir cosas al tablón: tareas, grupos y avisos.',
  'role.staffSentence':
    'Este es un móvil del equipo: puede añadir cosas al tablón y ponerse de turno.',
  'role.adminSentence':
    'Este es un móvil de gestión: puede añadir cosas al tablón, ponerse de turno y cuidar de los dispositivos y los ajustes de la casa.',
  'phone.awayPickLater': 'Elige hoy o un día posterior.',
  'phone.awayHeading': '¿Vas a estar fuera?',
  'phone.awayNameFirst': 'Cuando hayas guardado tu nombre arriba, podrás decir cuándo estás fuera.',
  'phone.awayUntil': 'Estás fuera hasta el {day}. Hasta entonces, los turnos de tareas te saltan.',
  'phone.awayBack': 'Ya he vuelto',
  'phone.awayHint': 'Mientras estás fuera, los turnos de tareas te saltan.',
  'phone.awayLabel': 'Estoy fuera hasta el (incluido)',
  'phone.awaySave': 'Estoy fuera hasta entonces',
  'phone.visitorsHeading': '¿Hay visitas en casa?',
  'phone.visitorHint':
    'El modo visita oculta todos los nombres de la pared — como mucho, iniciales — durante dos horas.',
  'phone.visitorOn': 'Activar el modo visita',
  'phone.visitorIsOn': 'El modo visita está activado: nombres ocultos hasta las {time}.',
  'phone.visitorOff': 'Terminar el modo visita ahora',
  'phone.visitorEndsItself': 'Termina solo; el equipo puede terminarlo antes.',
  'phone.languageHeading': 'Idioma en este móvil',
  'phone.languageHint': 'Solo cambia este móvil; la pared sigue con el idioma de la casa.',
  'phone.languageHouse': 'El idioma de la casa ({name})',
} satisfies Translated<typeof english>;
