// Spanish for ../kiosk.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { kiosk as english } from '../kiosk.ts';

export const kiosk = {
  'kiosk.chores': 'Tareas de hoy',
  'kiosk.groups': 'Grupos de hoy',
  'kiosk.shifts': 'De turno',
  'kiosk.announcements': 'Avisos',
  'kiosk.noChores': 'Hoy no hay tareas.',
  'kiosk.noGroups': 'Hoy no hay grupos.',
  'kiosk.noAnnouncements': 'Ahora mismo no hay avisos.',
  'kiosk.doneToday': 'Hecho hoy:',
  'kiosk.joinShort': 'Únete desde tu móvil',
  'kiosk.nextCard': 'Después: {title}',
  'kiosk.pageOf': '{page} de {pages}',
  'kiosk.visitorOn': 'Modo visita',
  'kiosk.visitorOnLabel': 'Modo visita: oculta todos los nombres de la pared durante dos horas',
  'kiosk.visitorEndLabel': 'El modo visita está activado. Toca dos veces para terminarlo',
  'kiosk.visitorTapAgain': 'Toca otra vez para terminar el modo visita',
  'kiosk.visitorEndsByStaff': 'El equipo puede terminarlo desde su móvil.',
  'kiosk.joinPaused': 'Unirse queda en pausa mientras hay visitas',
  'kiosk.joinQr': 'Código QR para añadir este móvil al tablón de la casa',
  'kiosk.joinWaiting': 'El código aparece cuando el tablón está en línea',
  'kiosk.joinTitle': 'Participa en el tablón desde tu móvil',
  'kiosk.joinScan': 'Escanea el código con la cámara de tu móvil',
  'kiosk.pairTitle': 'Tablón de la casa — vincular esta pantalla',
  'kiosk.pairLead':
    'Para poner el tablón de la casa en esta pantalla, alguien con permisos de administración escribe este código en su móvil:',
  'kiosk.pairGetting': 'Pidiendo un código…',
  'kiosk.pairWhere': 'Gestión → Vincular una pantalla',
  'kiosk.pairRenew': 'Cuando este código caduque, aparecerá uno nuevo aquí solo.',
} satisfies Translated<typeof english>;
