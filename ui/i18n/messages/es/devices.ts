// Spanish for ../devices.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { devices as english } from '../devices.ts';

export const devices = {
  'devices.connectedNow': 'conectado ahora',
  'devices.letGo': 'Desvincular {device}',
  'devices.letGoAgain': 'Toca otra vez para desvincular {device}',
  'devices.phoneOf': 'el móvil de {name}',
  'devices.phoneOfJoined': 'el móvil de {name} que se unió el {when}',
  'devices.unnamedPhone': 'el móvil sin nombre que se unió el {when}',
  'devices.kiosk': 'la pantalla',
  'devices.kioskPaired': 'la pantalla vinculada el {when}',
  'devices.armDropped': 'No se ha desvinculado nada.',
  'devices.staffCodeAsk':
    '¿Crear un código del equipo nuevo? El código anterior deja de funcionar (los móviles que ya son del equipo lo siguen siendo). Quien vea el código nuevo puede entrar en el equipo, así que créalo donde nadie más vea esta pantalla.',
  'devices.staffCodeYes': 'Sí, crear un código nuevo',
  'devices.staffCodeDone': 'Hecho, ya lo he apuntado',
  'devices.staffCodeHidden':
    'El código ya está oculto. El tablón solo guarda una copia cifrada, así que no puede volver a mostrarlo: si se pierde, crea uno nuevo.',
} satisfies Translated<typeof english>;
