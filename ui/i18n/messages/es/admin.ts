// Spanish for ../admin.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { admin as english } from '../admin.ts';

export const admin = {
  'admin.kiosk': 'Pantalla',
  'admin.unnamed': 'Móvil sin nombre',
  'admin.lookingUp': 'Buscando los dispositivos…',
  'admin.thisPhone': '(este móvil)',
  'admin.lastSeen': 'visto por última vez {ago}',
  'admin.revoke': 'Desvincular este dispositivo',
  'admin.revokeAgain': 'Toca otra vez para desvincularlo',
  'admin.revoked': '{name} está desvinculado. Ahora muestra cómo volver a unirse.',
  'admin.devices': 'Dispositivos',
  'admin.devicesHint': 'Cada móvil y pantalla que forma parte del tablón de la casa.',
  'admin.pair': 'Vincular una pantalla',
  'admin.staffCode': 'Código del equipo',
  'admin.houseSettings': 'Ajustes de la casa',
  'admin.kiosks': 'Pantallas',
  'admin.kiosksHint': 'Después de una actualización, o si una pantalla parece atascada.',
  'admin.reload': 'Recargar las pantallas',
  'admin.reloaded': 'Se ha pedido a las pantallas que recarguen. Vuelven en unos segundos.',
  'admin.pairCode': 'El código de la pantalla',
  'admin.pairCodeHint': 'Una pantalla sin vincular muestra un código como ABCD-EF23.',
  'admin.paired': 'La pantalla está vinculada. Enseguida muestra el tablón.',
  'admin.pairSubmit': 'Vincular la pantalla',
  'admin.pairCodeMissing': 'Escribe el código que muestra la pantalla.',
  'admin.staffCodeHint':
    'El equipo escribe este código en su propio móvil, en Este móvil, para ponerse de turno. Un código nuevo sustituye al anterior; los móviles que ya son del equipo lo siguen siendo.',
  'admin.staffCodeOnce': 'Pásalo en persona. Solo se muestra esta vez.',
  'admin.staffCodeNew': 'Crear un código del equipo nuevo',
  'admin.staffCodeFormHint':
    'Quien gestiona la casa se lo da al equipo en persona. Los guiones y espacios dan igual.',
  'admin.staffCodeEnter': 'Escribir el código',
  'admin.staffCodeMissing': 'Escribe el código del equipo.',
  'admin.houseName': 'Nombre de la casa',
  'admin.timeZone': 'Zona horaria',
  'admin.timeZoneHint': 'Los relojes, las tareas y los grupos siguen la zona horaria de la casa.',
  'admin.settingsSaved': 'Guardado. Ya se ve en todas las pantallas.',
  'admin.saveSettings': 'Guardar los ajustes',
  'admin.visitorEnd': 'Terminar el modo visita',
  'admin.visitorEndOnWall': 'La pared puede terminarlo (dos toques)',
  'admin.visitorEndStaffOnly': 'Solo el equipo, desde sus móviles',
} satisfies Translated<typeof english>;
